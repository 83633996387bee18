"""Backups of a SQLite database: whole, checked copies with the attached files they refer to.

Each backup is a folder in `backups/` beside the database, `vivier-20260105-093000-daily/`,
holding the copy (`vivier.db`, taken with SQLite's online backup API, so it is consistent
even while the app writes) and `manifest.json` (when, why, schema revision, counts, and the
attached files it refers to, kept in the shared store `backups/attachments/`). The folder is
built under a temporary name and renamed when complete: a failure, a full disk or a kill
leaves no partial backup.

Only the standard library is imported, so the start-up path can use it.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any

from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.storage.backup_catalog import (
    BEFORE_RESTORE,
    BEFORE_UPGRADE,
    BOOKKEEPING_TABLES,
    DAILY,
    KINDS,
    MANIFEST,
    MANUAL,
    STAMP,
    Backup,
    backups_folder,
    changes_marker,
    connect_read_only,
    fingerprint,
    last_backup_time,
    list_backups,
    live_attachments,
    needed_attachments,
    one_value,
    rotate,
    summary,
)
from fms.storage.backup_store import STORE_NAME, fsync_folder, store_attachments
from fms.storage.errors import DamagedDatabaseError

__all__ = [
    "BEFORE_RESTORE",
    "BEFORE_UPGRADE",
    "DAILY",
    "KINDS",
    "MANIFEST",
    "MANUAL",
    "STAMP",
    "Backup",
    "BackupCancelled",
    "BackupFailedError",
    "Progress",
    "automatic_backup",
    "automatic_backup_due",
    "backups_folder",
    "changes_marker",
    "create_backup",
    "last_backup_time",
    "list_backups",
    "live_attachments",
    "mark_changed",
    "needed_attachments",
    "rotate",
    "watch_changes",
]

log = logging.getLogger(__name__)

STEP_PAGES = 2048  # 8 MB a step with 4 KB pages: a progress tick about every 20 ms
# (stage, done, total): stage is "copy" (pages), "check" or "attachments" (files).
Progress = Callable[[str, int, int], None]


class BackupFailedError(KnownError):
    """The backup could not be made; nothing of it was kept."""


class BackupCancelled(Exception):
    """Raised from a progress callback to stop a backup; nothing of it is kept."""


# Changes since the last backup ------------------------------------------------------------------


def mark_changed(database: Path) -> None:
    """Notes that the database changed after its last backup (once; a stat on later commits)."""
    marker = changes_marker(database)
    if marker.exists():
        return
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()
    except OSError as error:  # a read-only medium: the summary comparison still notices
        log.debug("cannot write %s: %s", marker, error)


def watch_changes(engine: Any, database: Path) -> None:
    """Marks the database changed at each commit that wrote rows, from any window of the app.

    SQLite's `data_version` is per connection and forgotten at close, file dates also move
    when nothing changed (a checkpoint), and most tables carry no modification time; every
    write of Vivier commits through this engine, so the commit itself is the exact signal.
    """
    from sqlalchemy import event

    def on_commit(connection: Any) -> None:
        raw = connection.connection.dbapi_connection
        changes = getattr(raw, "total_changes", None)
        if changes is not None and changes != connection.info.get("vivier_changes_seen"):
            connection.info["vivier_changes_seen"] = changes
            mark_changed(database)

    event.listen(engine, "commit", on_commit)


def automatic_backup_due(database: Path, now: datetime | None = None) -> bool:
    """At most one automatic backup a day, and only when the data changed since the last backup.

    Changes are known from the marker that commits leave; the summary (row counts and highest
    ids) also catches rows added or removed by another program.
    """
    now = now or datetime.now().astimezone()
    if not database.is_file():
        return False
    backups = list_backups(database)
    if backups and backups[0].created.date() >= now.date():
        return False
    if changes_marker(database).exists():
        return True
    with closing(connect_read_only(database)) as connection:
        facts = summary(connection)
    if not backups:
        return any(counts[0] for name, counts in facts.items() if name not in BOOKKEEPING_TABLES)
    return backups[0].fingerprint != fingerprint(facts)


# Making a backup --------------------------------------------------------------------------------


def create_backup(
    database: Path,
    kind: str = MANUAL,
    progress: Progress | None = None,
    now: datetime | None = None,
    pages: int = STEP_PAGES,
) -> Backup:
    """Copies `database` and the files it refers to into a new backup folder, or keeps nothing.

    The copy must pass SQLite's `integrity_check` (the full one: it also compares indexes with
    their tables) or it is not kept: a backup is only useful if it is good.
    """
    assert kind in KINDS
    now = now or datetime.now().astimezone()
    folder = backups_folder(database)
    folder.mkdir(parents=True, exist_ok=True)
    _remove_stale_temporaries(folder)
    marker = changes_marker(database)
    had_changes = marker.exists()
    # Cleared before the copy starts: a commit made while it runs marks the database again.
    marker.unlink(missing_ok=True)
    building = Path(tempfile.mkdtemp(dir=folder, prefix=f".{database.stem}-", suffix=".building"))
    try:
        backup = _build(database, building, kind, now, progress, pages)
        final = _free_name(folder, f"{database.stem}-{now.strftime(STAMP)}-{kind}")
        os.rename(building, final)
        fsync_folder(folder)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        if had_changes:
            mark_changed(database)
        raise
    log.info("backed up %s to %s", database, final)
    return _with_folder(backup, final)


def _build(database: Path, building: Path, kind: str, now: datetime, progress: Progress | None, pages: int) -> Backup:
    copy = building / database.name

    def on_step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress("copy", total - remaining, total)

    try:
        with closing(sqlite3.connect(database, timeout=5)) as source, closing(sqlite3.connect(copy)) as target:
            source.backup(target, pages=pages, progress=on_step)
        _fsync_file(copy)
        if progress is not None:
            progress("check", 0, 0)
        with closing(connect_read_only(copy)) as connection:
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise DamagedDatabaseError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The database {path} is damaged ({detail}); the backup was not kept. "
                        "Restore an earlier backup with File → Restore….",
                    ),
                    path=database,
                    detail="; ".join(problems[:3]),
                )
            facts = summary(connection)
            tables = set(facts)
            revision = None
            if "alembic_version" in tables:
                revision = one_value(connection, "SELECT version_num FROM alembic_version")
            files = (
                connection.execute(
                    "SELECT DISTINCT stored_path, sha256 FROM documents "
                    "WHERE stored_path IS NOT NULL AND sha256 IS NOT NULL ORDER BY stored_path"
                ).fetchall()
                if "documents" in tables
                else []
            )
            if "settings" in tables:
                files = _with_stored_images(connection, files)
        if progress is not None:
            progress("attachments", 0, len(files))
        carried, missing = store_attachments(backups_folder(database) / STORE_NAME, live_attachments(database), files)
        if progress is not None:
            progress("attachments", len(files), len(files))
    except sqlite3.Error as error:
        raise _failed(database, error) from error
    except OSError as error:
        raise _failed(database, error) from error
    backup = Backup(
        folder=building,
        database=copy,
        created=now,
        kind=kind,
        size_bytes=copy.stat().st_size,
        revision=revision,
        freelancers=facts.get("freelancers", [None])[0],
        documents=facts.get("documents", [None])[0],
        attachments=tuple(carried),
        missing_attachments=tuple(missing),
        fingerprint=fingerprint(facts),
    )
    _write_manifest(building / MANIFEST, backup, database.name)
    return backup


def _with_stored_images(connection: sqlite3.Connection, files: list[Any]) -> list[tuple[str, str]]:
    """The documents' files and the letterhead images the settings keep in the store (`stored:ab/….png`)."""
    # Imported here: the start-up path imports this module and must not pull in SQLAlchemy.
    from fms.storage.attachment_store import STORED_PREFIX, digest_of_name, referenced_path

    kept = {stored_path: sha256 for stored_path, sha256 in files}
    for (value,) in connection.execute("SELECT value FROM settings WHERE substr(value, 1, ?) = ?",
                                       (len(STORED_PREFIX), STORED_PREFIX)):  # fmt: skip
        image = referenced_path(value)
        if image:
            kept.setdefault(image, digest_of_name(image))
    return sorted(kept.items())


def _failed(database: Path, error: Exception) -> BackupFailedError:
    detail = (error.strerror if isinstance(error, OSError) else None) or str(error)
    return BackupFailedError(
        QT_TRANSLATE_NOOP("errors", "The backup of {path} failed ({detail}). Nothing of it was kept."),
        path=database,
        detail=detail,
    )


def _write_manifest(path: Path, backup: Backup, database_name: str) -> None:
    content = {
        "format": 1,
        "database": database_name,
        "created": backup.created.isoformat(timespec="seconds"),
        "kind": backup.kind,
        "revision": backup.revision,
        "size_bytes": backup.size_bytes,
        "freelancers": backup.freelancers,
        "documents": backup.documents,
        "fingerprint": backup.fingerprint,
        "attachments": [list(pair) for pair in backup.attachments],
        "missing_attachments": list(backup.missing_attachments),
    }
    with path.open("w", encoding="utf-8") as out:
        json.dump(content, out, indent=1)
        out.flush()
        os.fsync(out.fileno())


def _with_folder(backup: Backup, folder: Path) -> Backup:
    from dataclasses import replace

    return replace(backup, folder=folder, database=folder / backup.database.name)


def _free_name(folder: Path, name: str) -> Path:
    candidate, number = folder / name, 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{name}-{number}"
    return candidate


def _remove_stale_temporaries(folder: Path) -> None:
    """Leftovers of a backup killed midway (another window's may be running: only old ones)."""
    for path in folder.glob(".*.building"):
        try:
            if time.time() - path.stat().st_mtime > 3600:
                shutil.rmtree(path, ignore_errors=True)
        except OSError:
            pass


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


# Listing and rotation ---------------------------------------------------------------------------


def automatic_backup(database: Path, progress: Progress | None = None) -> Backup | None:
    """The daily backup when due (then the rotation); None when nothing called for one."""
    if not automatic_backup_due(database):
        return None
    backup = create_backup(database, DAILY, progress=progress)
    rotate(database)
    return backup
