"""`vivier-admin backup` and `vivier-admin restore FILE`: the GUI's backups, for a SQLite database file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.storage.locations import DatabaseLocation

if TYPE_CHECKING:
    from fms.storage.backups import Backup

Subcommands = Any  # argparse's _SubParsersAction is private
NOT_A_FILE = QT_TRANSLATE_NOOP(
    "errors", "{name} is a server: back it up with pg_dump and restore with pg_restore, not with vivier-admin."
)
NO_SUCH_BACKUP = QT_TRANSLATE_NOOP("errors", "There is no backup at {path}.")


def register_backup(subcommands: Subcommands) -> None:
    backup = subcommands.add_parser(
        "backup",
        help="copy the database and its attached files into a new, checked backup",
        description="Makes a backup as File → Back up now does: the copy must pass SQLite's integrity check, "
        "and it is kept in the backups folder beside the database.",
    )
    backup.set_defaults(run=run_backup)
    restore = subcommands.add_parser(
        "restore",
        help="put a backup back in place of the database (the current one is kept as a backup)",
        description="FILE is a backup folder, or a database file. A damaged file, or one from another schema, "
        "is refused and nothing changes. The current database is first saved as a 'before restore' backup.",
    )
    restore.add_argument("file", metavar="FILE", type=Path, help="a backup folder or a Vivier database file")
    restore.set_defaults(run=run_restore)


def _database_file(location: DatabaseLocation) -> Path:
    if location.sqlite_path is None:
        raise KnownError(NOT_A_FILE, name=location.display_name)
    return location.sqlite_path


def run_backup(_arguments: argparse.Namespace, location: DatabaseLocation, out: TextIO) -> int:
    from fms.storage.backups import MANUAL, create_backup

    database = _database_file(location)
    if not database.is_file():
        raise KnownError(NO_SUCH_BACKUP, path=str(database))
    backup = create_backup(database, MANUAL)
    out.write(f"Backed up {database} to {backup.folder}.\n")
    return 0


def run_restore(arguments: argparse.Namespace, location: DatabaseLocation, out: TextIO) -> int:
    from fms.storage.restore import restore_backup

    database = _database_file(location)
    backup = backup_at(database, Path(arguments.file))
    result = restore_backup(database, backup)
    out.write(f"Restored {database} from {backup.folder}; the replaced database was kept as {result.kept}.\n")
    if result.attachments_unavailable:
        out.write(f"{result.attachments_unavailable} attached files were not in the backup store.\n")
    return 0


def backup_at(database: Path, path: Path) -> Backup:
    """The listed backup that `path` names (its folder or its file), else the file alone, without attached files."""
    from fms.storage.backups import BEFORE_RESTORE, list_backups

    wanted = path.resolve()
    for backup in list_backups(database):
        if wanted in (backup.folder.resolve(), backup.database.resolve()):
            return backup
    if path.is_dir():
        path = path / database.name
    if not path.is_file():
        raise KnownError(NO_SUCH_BACKUP, path=str(path))
    return _bare_file(path, BEFORE_RESTORE)


def _bare_file(path: Path, kind: str) -> Backup:
    from datetime import datetime

    from fms.storage.backups import Backup

    return Backup(
        folder=path,
        database=path,
        created=datetime.fromtimestamp(path.stat().st_mtime).astimezone(),
        kind=kind,
        size_bytes=path.stat().st_size,
        revision=None,
        freelancers=None,
        documents=None,
        attachments=(),
        missing_attachments=(),
        fingerprint=None,
    )
