"""Putting a backup back in place of the database, after checking it, keeping the current file.

The caller closes its own connections first and opens the database again afterwards (an older
schema is then upgraded as at any start). Until the final rename the current database is
untouched, so a restore that fails midway changes nothing.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.storage.backup_store import STORE_NAME, fsync_folder, recover_attachments
from fms.storage.backups import (
    BEFORE_RESTORE,
    STAMP,
    Backup,
    BackupFailedError,
    Progress,
    backups_folder,
    create_backup,
    list_backups,
    live_attachments,
)
from fms.storage.errors import DamagedDatabaseError, DatabaseOpenError, NewerSchemaError, UnreachableDatabaseError
from fms.storage.preflight import inspect_sqlite_file, verify_integrity
from fms.storage.revisions import KNOWN_REVISIONS

log = logging.getLogger(__name__)
CHUNK = 4 * 1024 * 1024


@dataclass(frozen=True)
class RestoreResult:
    kept: Path  # where the database that was replaced now is (a backup, or the damaged file set aside)
    attachments_restored: int
    attachments_unavailable: int


def check_backup(backup: Backup) -> str:
    """The backup's schema revision, or a `DatabaseOpenError` saying why it cannot be restored."""
    try:
        verify_integrity(backup.database)
        state = inspect_sqlite_file(backup.database)
    except NewerSchemaError as error:
        raise NewerSchemaError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup {path} was made by a newer version of Vivier (schema {revision}); "
                "this one cannot restore it.",
            ),
            path=backup.database,
            revision=error.params.get("revision", ""),
        ) from error
    except DamagedDatabaseError as error:
        raise DamagedDatabaseError(
            QT_TRANSLATE_NOOP("errors", "The backup {path} is damaged ({detail}); it cannot be restored."),
            path=backup.database,
            detail=error.params.get("detail", ""),
        ) from error
    if state.revision is None or state.revision not in KNOWN_REVISIONS:
        raise DamagedDatabaseError(
            QT_TRANSLATE_NOOP("errors", "The backup {path} holds no Vivier data; it cannot be restored."),
            path=backup.database,
        )
    return state.revision


def latest_good_backup(database: Path) -> Backup | None:
    """The newest backup that passes the checks a restore makes (they read each candidate)."""
    for backup in list_backups(database):
        try:
            check_backup(backup)
        except DatabaseOpenError:
            continue
        return backup
    return None


def in_use_elsewhere(database: Path) -> bool:
    """True while another connection (another window) has the database open.

    SQLite removes the -wal file when its last connection closes; if it is still there after
    this one closes, someone else holds the file.
    """
    wal = database.with_name(database.name + "-wal")
    if not wal.exists():
        return False
    try:
        with closing(sqlite3.connect(database, timeout=5)) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        return wal.exists()
    return wal.exists()


def restore_backup(database: Path, backup: Backup, progress: Progress | None = None) -> RestoreResult:
    """Checks `backup`, keeps the current database aside, swaps in the copy and its attached files."""
    check_backup(backup)
    if in_use_elsewhere(database):
        raise UnreachableDatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Another Vivier window (or another program) has {path} open. Close it, then restore again.",
            ),
            path=database,
        )
    kept = _keep_current(database, progress)
    incoming = Path(tempfile.mkstemp(dir=database.parent, prefix=f".{database.name}-", suffix=".restoring")[1])
    try:
        _copy_with_progress(backup.database, incoming, progress)
        for suffix in ("-wal", "-shm"):  # they belong to the file being replaced
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        os.replace(incoming, database)
        fsync_folder(database.parent)
    except OSError as error:
        incoming.unlink(missing_ok=True)
        raise BackupFailedError(
            QT_TRANSLATE_NOOP("errors", "Restoring {path} failed ({detail}). The database was not changed."),
            path=database,
            detail=error.strerror or str(error),
        ) from error
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
    restored, unavailable = recover_attachments(
        backups_folder(database) / STORE_NAME, live_attachments(database), backup.attachments
    )
    log.info("restored %s from %s (%d attached files put back)", database, backup.folder, restored)
    return RestoreResult(kept=kept, attachments_restored=restored, attachments_unavailable=unavailable)


def _keep_current(database: Path, progress: Progress | None) -> Path:
    """A backup of the current database, or, if it is damaged, the file itself moved aside intact."""
    if not database.exists():
        return database
    try:
        verify_integrity(database)
    except DamagedDatabaseError:
        aside = backups_folder(database) / "damaged"
        aside.mkdir(parents=True, exist_ok=True)
        target = aside / f"{database.stem}-{datetime.now().strftime(STAMP)}{database.suffix}"
        for suffix in ("", "-wal", "-shm"):
            source = database.with_name(database.name + suffix)
            if source.exists():
                shutil.move(source, target.with_name(target.name + suffix))
        fsync_folder(aside)
        return target
    return create_backup(database, BEFORE_RESTORE, progress=progress).database


def _copy_with_progress(source: Path, target: Path, progress: Progress | None) -> None:
    total, done = source.stat().st_size, 0
    with source.open("rb") as data, target.open("wb") as out:
        while block := data.read(CHUNK):
            out.write(block)
            done += len(block)
            if progress is not None:
                progress("copy", done, total)
        out.flush()
        os.fsync(out.fileno())
