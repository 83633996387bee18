"""`gdpr-export EMAIL --to FILE.zip` and `erase-person EMAIL [--yes]`: a person's requests under the GDPR."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from fms.storage.locations import DatabaseLocation

Subcommands = Any  # argparse's _SubParsersAction is private


def register_gdpr(subcommands: Subcommands) -> None:
    export = subcommands.add_parser(
        "gdpr-export",
        help="write a zip with every record about a person and their attached files",
        description="Writes FILE.zip: records.json (profile, skills, applications, stage history, interviews, "
        "notes, documents, follow-ups, activity) and the person's files under attachments/.",
    )
    export.add_argument("email", metavar="EMAIL", help="the person's email address")
    export.add_argument("--to", dest="target", metavar="FILE.zip", required=True, help="the zip to write")
    export.set_defaults(run=run_gdpr_export)
    erase = subcommands.add_parser(
        "erase-person",
        help="erase a person's identity, free texts and files; statistics keep anonymised rows",
        description="Removes the person's name, contact details, free texts, documents and files; applications, "
        "stage changes, engagements and rates stay under 'Erased person <id>'. Each backup copy is erased too.",
    )
    erase.add_argument("email", metavar="EMAIL", help="the person's email address")
    erase.add_argument("--yes", action="store_true", help="do not ask before erasing")
    erase.set_defaults(run=run_erase_person)


def _confirmed(arguments: argparse.Namespace, question: str, out: TextIO) -> bool:
    if arguments.yes:
        return True
    out.write(f"{question} [y/N] ")
    out.flush()
    return input().strip().lower() in ("y", "yes", "o", "oui")


def run_gdpr_export(arguments: argparse.Namespace, location: DatabaseLocation, out: TextIO) -> int:
    from fms.services.data import gdpr_export
    from fms.storage.opening import open_database

    db = open_database(location).db
    try:
        result = gdpr_export(db, arguments.email, Path(arguments.target))
    finally:
        db.dispose()
    out.write(f"Wrote {result.records} records and {result.files} files to {result.path}.\n")
    if result.missing_files:
        out.write(f"{result.missing_files} attached files were missing from the store.\n")
    return 0


def run_erase_person(arguments: argparse.Namespace, location: DatabaseLocation, out: TextIO) -> int:
    from fms.services.data import erase_person
    from fms.storage.opening import open_database

    question = f"Erase {arguments.email} from {location.display_name}? This cannot be undone."
    if not _confirmed(arguments, question, out):
        out.write("Nothing was changed.\n")
        return 1
    db = open_database(location).db
    try:
        result = erase_person(db, arguments.email)
    finally:
        db.dispose()
    out.write(
        f"Erased: the record is now {result.label}; {result.documents} documents and "
        f"{result.files_removed} stored files removed; {result.backups} backup copies erased too.\n"
    )
    return 0
