"""What an erase needs below the services: stored bytes removed for good, no old page left in the file.

A deleted row's bytes stay in SQLite's free pages and in its WAL until overwritten; `secure_delete`
zeroes them as they are freed, and a TRUNCATE checkpoint empties the WAL once the erase is committed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from sqlalchemy import delete, text
from sqlalchemy.orm import Session

from fms.models import StoredBlob
from fms.storage.database import Database
from fms.storage.locations import attachments_dir
from fms.storage.pool_index import TEXT_TABLE

log = logging.getLogger(__name__)


def begin_secure_erase(session: Session) -> None:
    """Inside the erase's transaction: freed SQLite pages are overwritten with zeros."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    connection.exec_driver_sql("PRAGMA secure_delete = ON")


def compact_word_index(session: Session) -> None:
    """FTS5 keeps a deleted document's words in its segments until they are merged: merge them now."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    exists = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"), {"name": TEXT_TABLE}
    ).first()
    if exists:
        connection.exec_driver_sql(f"INSERT INTO {TEXT_TABLE}({TEXT_TABLE}) VALUES ('optimize')")


def drop_server_blobs(session: Session, digests: Iterable[str]) -> None:
    """On a server the bytes are rows (their chunks go with them): deleted in the erase's own transaction."""
    wanted = list(digests)
    if wanted and session.connection().dialect.name == "postgresql":
        session.execute(delete(StoredBlob).where(StoredBlob.sha256.in_(wanted)))


def drop_folder_files(db: Database, relative_paths: Iterable[str]) -> int:
    """After the commit: the files beside a SQLite database; returns how many were removed."""
    if db.location.sqlite_path is None:
        return 0
    folder = attachments_dir(db.location)
    removed = 0
    for relative in relative_paths:
        path = folder / relative
        try:
            path.unlink()
            removed += 1
        except FileNotFoundError:
            continue
    return removed


def checkpoint(db: Database) -> None:
    """Copies the WAL into the file and truncates it, so the erased rows' old pages are nowhere."""
    if db.engine.dialect.name != "sqlite":
        return
    with db.engine.connect() as connection:
        busy, _pages, _done = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        if busy:
            log.warning("the checkpoint after an erase was blocked by a reader; the WAL is emptied at its next one")
