"""Arguments, the database to work on, and exit codes: 0 done, 1 refused (one line on stderr), 2 usage."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from fms import __version__
from fms.core.errors import KnownError
from fms.storage.locations import DATABASE_URL_VARIABLE, DatabaseLocation, location_from_url, resolve_location

DONE, REFUSED, USAGE = 0, 1, 2
Command = Callable[[argparse.Namespace, DatabaseLocation, TextIO], int]


def parser() -> argparse.ArgumentParser:
    from fms.cli import commands

    top = argparse.ArgumentParser(
        prog="vivier-admin",
        description="Administration of a Vivier database: upgrades, copies to a team server.",
        epilog=f"The database is --db, else --url, else ${DATABASE_URL_VARIABLE}, else the user's own file.",
    )
    top.add_argument("--version", action="version", version=f"vivier-admin {__version__}")
    where = top.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH", help="a SQLite database file")
    where.add_argument("--url", metavar="URL", help="a SQLAlchemy URL, e.g. postgresql+psycopg://user@host/vivier")
    subcommands = top.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for register in commands.REGISTERED:
        register(subcommands)
    return top


def location_of(arguments: argparse.Namespace) -> DatabaseLocation:
    if arguments.url:
        return location_from_url(arguments.url)
    return resolve_location(arguments.db)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    try:
        arguments = parser().parse_args(sys.argv[1:] if argv is None else list(argv))
    except SystemExit as leaving:  # argparse's own --help (0) and usage errors (2)
        return int(leaving.code or 0)
    run: Command = arguments.run
    try:
        return run(arguments, location_of(arguments), out)
    except KnownError as error:
        print(f"vivier-admin: {error.message}", file=err)
        return REFUSED
    except KeyboardInterrupt:
        print("vivier-admin: interrupted; nothing more was done.", file=err)
        return REFUSED
