"""The subcommands: each registers its arguments and a `run(arguments, location, out) -> exit code`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, TextIO

from fms.cli.backup import register_backup
from fms.cli.export import register_export
from fms.cli.gdpr import register_gdpr
from fms.cli.import_people import register_import_freelancers
from fms.cli.retention import register_retention
from fms.storage.locations import DatabaseLocation, location_from_url

Subcommands = Any  # argparse's _SubParsersAction is private


def _confirmed(arguments: argparse.Namespace, question: str, out: TextIO) -> bool:
    if arguments.yes:
        return True
    out.write(f"{question} [y/N] ")
    out.flush()
    return input().strip().lower() in ("y", "yes", "o", "oui")


def register_upgrade(subcommands: Subcommands) -> None:
    command = subcommands.add_parser(
        "upgrade",
        help="bring the schema to this version (on a team server: one administrator, once)",
        description="Upgrades the database schema. On PostgreSQL, take a dump first (pg_dump -Fc); the upgrade "
        "holds a lock so that only one runs at a time. A SQLite file is copied to its backups folder first.",
    )
    command.add_argument("--yes", action="store_true", help="do not ask before upgrading a server")
    command.set_defaults(run=run_upgrade)


def run_upgrade(arguments: argparse.Namespace, location: DatabaseLocation, out: TextIO) -> int:
    from fms.storage.engine import make_engine

    if location.sqlite_path is not None:
        from fms.storage.opening import open_database

        opened = open_database(location)
        opened.db.dispose()
        saved = f" (the previous version was saved as {opened.backup})" if opened.backup else ""
        out.write(f"{location.display_name} is at the current schema{saved}.\n")
        return 0
    from fms.storage.server import upgrade_server

    if not _confirmed(arguments, f"Upgrade {location.display_name}? Take a pg_dump first.", out):
        out.write("Nothing was changed.\n")
        return 1
    engine = make_engine(location)
    try:
        result = upgrade_server(engine)
    finally:
        engine.dispose()
    if result.before == result.after:
        out.write(f"{location.display_name} was already at schema {result.after}.\n")
    else:
        out.write(f"{location.display_name} upgraded from {result.before or 'nothing'} to {result.after}.\n")
    return 0


def register_copy(subcommands: Subcommands) -> None:
    command = subcommands.add_parser(
        "copy",
        help="copy a whole database (rows, attached files, counters) into an empty one",
        description="Moves a single user's database to the team server: "
        "vivier-admin copy --from sqlite:///home/me/vivier.db --to postgresql+psycopg://admin@server/vivier",
    )
    command.add_argument("--from", dest="source", metavar="URL", required=True, help="the database to copy")
    command.add_argument("--to", dest="target", metavar="URL", required=True, help="an empty database")
    command.set_defaults(run=run_copy)


def run_copy(arguments: argparse.Namespace, _location: DatabaseLocation, out: TextIO) -> int:
    from fms.storage.copy import copy_database
    from fms.storage.opening import open_database

    source = open_database(location_from_url(arguments.source)).db
    try:
        target = open_database(location_from_url(arguments.target)).db
        try:
            summary = copy_database(source, target)
        finally:
            target.dispose()
    finally:
        source.dispose()
    out.write(f"Copied {sum(summary.rows.values())} rows and {summary.files} files.\n")
    for table, count in summary.rows.items():
        if count:
            out.write(f"  {table}: {count}\n")
    if summary.missing_files:
        out.write(f"{len(summary.missing_files)} attached files were already missing at the source.\n")
    return 0


REGISTERED: tuple[Callable[[Subcommands], None], ...] = (
    register_upgrade,
    register_copy,
    register_import_freelancers,
    register_export,
    register_gdpr,
    register_backup,
    register_retention,
)
