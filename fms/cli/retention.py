"""`vivier-admin retention [--erase [--yes]]`: who is kept too long or must renew consent, and the bulk erase."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from fms.storage.locations import DatabaseLocation

Subcommands = Any  # argparse's _SubParsersAction is private


def register_retention(subcommands: Subcommands) -> None:
    command = subcommands.add_parser(
        "retention",
        help="list the candidates due for erasure and the consents due for renewal",
        description="Non-hired candidates without talent-pool consent are due for erasure retention_months "
        "(a setting, 24 by default) after their last contact; consents older than 3 years are due for renewal. "
        "--erase erases everyone due (one transaction per person, backups included).",
    )
    command.add_argument("--erase", action="store_true", help="erase everyone listed as due for erasure")
    command.add_argument("--yes", action="store_true", help="with --erase: do not ask first")
    command.set_defaults(run=run_retention)


def run_retention(arguments: argparse.Namespace, location: DatabaseLocation, out: TextIO) -> int:
    from fms.services.data import erase_due, retention_review
    from fms.storage.opening import open_database

    db = open_database(location).db
    try:
        review = retention_review(db)
        out.write(f"Due for erasure ({review.retention_months} months without contact): {len(review.erasure)}\n")
        for due in review.erasure:
            who = f"{due.name} <{due.email}>" if due.email else due.name
            out.write(f"  #{due.freelancer_id} {who}: last contact {due.last_contact}, {due.months} months\n")
        out.write(f"Consent due for renewal (older than 3 years): {len(review.renewal)}\n")
        for renewal in review.renewal:
            drafted = ", renewal follow-up drafted" if renewal.renewal_drafted else ""
            out.write(f"  #{renewal.freelancer_id} {renewal.name}: consent of {renewal.consent_date}{drafted}\n")
        if not arguments.erase or not review.erasure:
            return 0
        if not arguments.yes:
            out.write(f"Erase these {len(review.erasure)} people? This cannot be undone. [y/N] ")
            out.flush()
            if input().strip().lower() not in ("y", "yes", "o", "oui"):
                out.write("Nothing was changed.\n")
                return 1
        erased = erase_due(db, [due.freelancer_id for due in review.erasure])
    finally:
        db.dispose()
    out.write(f"Erased {len(erased)} people (their backup copies too).\n")
    return 0
