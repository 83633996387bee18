"""`vivier-admin import-freelancers FILE`: Vivier's CSV columns or a LinkedIn Connections.csv."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.storage.locations import DatabaseLocation

Subcommands = Any  # argparse's _SubParsersAction is private
UNREADABLE_FILE = QT_TRANSLATE_NOOP("errors", "The file {path} cannot be read: {reason}")


def register_import_freelancers(subcommands: Subcommands) -> None:
    command = subcommands.add_parser(
        "import-freelancers",
        help="add freelancers from a CSV file (Vivier's columns or LinkedIn's Connections.csv)",
        description="Reads UTF-8 or Windows-1252, ',' or ';'. People already known by email, LinkedIn "
        "profile or phone are skipped. Valid rows are imported even when others have errors, "
        "unless --all-or-nothing.",
    )
    command.add_argument("file", metavar="FILE", type=Path, help="the CSV file")
    command.add_argument("--all-or-nothing", action="store_true", help="import nothing if any row has an error")
    command.set_defaults(run=run_import_freelancers)


def run_import_freelancers(arguments: argparse.Namespace, location: DatabaseLocation, out: TextIO) -> int:
    from fms.services.data import import_freelancers
    from fms.services.file import REASONS
    from fms.storage.opening import open_database
    from fms.values.people_csv import read_people_csv

    try:
        data = Path(arguments.file).read_bytes()
    except OSError as failure:
        reason = failure.strerror or str(failure)
        raise KnownError(UNREADABLE_FILE, path=str(arguments.file), reason=reason) from failure
    people = read_people_csv(data)
    db = open_database(location).db
    try:
        summary = import_freelancers(db, people, all_or_nothing=arguments.all_or_nothing)
    finally:
        db.dispose()
    out.write(
        f"Imported {summary.imported} freelancers ({people.source} file), "
        f"skipped {len(summary.skipped)} duplicates, {len(summary.errors)} errors.\n"
    )
    for skipped in summary.skipped:
        known = f"freelancer {skipped.freelancer_id}" if skipped.freelancer_id else "an earlier row"
        out.write(f"  row {skipped.line}: skipped, {REASONS[skipped.reason]} as {known}\n")
    for error in summary.errors:
        column = f" ({error.column})" if error.column else ""
        out.write(f"  row {error.line}{column}: {error.message}\n")
    return 0
