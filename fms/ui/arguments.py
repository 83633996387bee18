"""The command line: `vivier [--db PATH] [--demo] [--lang fr] [--version] [--smoke]`."""

from __future__ import annotations

import argparse
from collections.abc import Sequence


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="vivier", description="Vivier, a freelance management system.")
    parser.add_argument("--db", metavar="PATH", help="SQLite database file to open (asks before creating one)")
    parser.add_argument("--demo", action="store_true", help="fill an empty database with sample data")
    parser.add_argument("--lang", choices=("en", "fr"), help="user interface language (default: the system's)")
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version and exit")
    parser.add_argument("--smoke", action="store_true", help="check this copy works on a temporary database, then exit")
    return parser.parse_args(list(argv))


class _VersionAction(argparse.Action):
    """argparse's own version action needs the text when the parser is built; this reads it only if asked."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from fms import __version__

        print(f"Vivier {__version__}")
        parser.exit()
