"""`vivier-admin export KIND --to FILE`: a table to CSV or XLSX, the format from the file's suffix."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from fms.storage.locations import DatabaseLocation

KINDS = ("freelancers", "missions", "applications")  # fms.services.data.ExportKind, without importing it for --help


def register_export(subcommands: Any) -> None:
    command = subcommands.add_parser(
        "export",
        help="write freelancers, missions or applications to a .csv or .xlsx file",
        description="Exports one table, archived rows included. CSV is UTF-8 with a BOM (Excel reads the accents); "
        "a cell that starts like a formula (= + - @) is prefixed with ' so no spreadsheet runs it.",
    )
    command.add_argument("kind", choices=KINDS, help="what to export")
    command.add_argument("--to", dest="target", metavar="FILE", required=True, help="FILE.csv or FILE.xlsx")
    command.set_defaults(run=run_export)


def run_export(arguments: argparse.Namespace, location: DatabaseLocation, out: TextIO) -> int:
    from fms.services.data import ExportKind, export_table, format_for
    from fms.storage.opening import open_database

    target = Path(arguments.target)
    chosen = format_for(target)  # a wrong suffix is refused before the database is opened
    db = open_database(location).db
    try:
        result = export_table(db, ExportKind(arguments.kind), target, chosen)
    finally:
        db.dispose()
    out.write(f"{result.rows} {result.kind.value} written to {result.path}.\n")
    return 0
