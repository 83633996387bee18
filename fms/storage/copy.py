"""Moves a whole database to another one (a single user's file to the team's server): rows, files, counters."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Connection, func, insert, inspect, select

from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models.base import Base
from fms.storage.attachment_store import (
    StoredFileAltered,
    StoredFileMissing,
    digest_of_name,
    referenced_path,
    store_for,
)
from fms.storage.database import Database
from fms.storage.sequences import resync_id_sequences

log = logging.getLogger(__name__)
BATCH = 2000
# Rows every new database starts with, replaced by the source's rather than counted as data.
SEEDED_TABLES = {"settings"}
# The attachment store's own tables: their bytes move file by file through the stores, never as rows.
STORE_TABLES = {"attachment_blobs", "attachment_chunks"}
NO_LIMIT = 1 << 62


class TargetNotEmptyError(KnownError):
    pass


@dataclass(frozen=True)
class CopySummary:
    rows: dict[str, int]
    files: int
    missing_files: tuple[str, ...]


def copy_database(source: Database, target: Database) -> CopySummary:
    """Copies every table of `source` into the empty `target` (both at this build's schema) in one transaction."""
    # Parents before children, so foreign keys hold row by row.
    tables = [table for table in Base.metadata.sorted_tables if table.name not in STORE_TABLES]
    rows: dict[str, int] = {}
    with source.reading() as reading, target.transaction() as writing:
        for table in tables:
            if table.name not in SEEDED_TABLES and writing.scalar(select(func.count()).select_from(table)):
                raise TargetNotEmptyError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The target database {path} already holds data ({table}); nothing was copied."
                    ),
                    path=target.location.display_name,
                    table=table.name,
                )
        paused = _pause_pool_index(writing.connection())
        for table in tables:
            if table.name in SEEDED_TABLES:
                writing.execute(table.delete())
            count = 0
            result = reading.execute(select(table)).mappings()
            while batch := result.fetchmany(BATCH):
                writing.execute(insert(table), [dict(row) for row in batch])
                count += len(batch)
            rows[table.name] = count
        if paused:
            from fms.storage.pool_index import create_pool_index

            create_pool_index(writing.connection())
        resync_id_sequences(writing.connection())
        stored = _stored_files(reading.connection())
    files, missing = _copy_files(source, target, stored)
    log.info("copied %s to %s: %s rows, %s files", source.location.display_name, target.location.display_name,
             sum(rows.values()), files)  # fmt: skip
    return CopySummary(rows=rows, files=files, missing_files=tuple(missing))


def _pause_pool_index(connection: Connection) -> bool:
    """The talent pool's triggers would refresh per row: drop them, rebuild once after (either engine)."""
    from fms.storage.pool_index import STATS_TABLE, drop_pool_index

    if STATS_TABLE not in inspect(connection).get_table_names():
        return False
    drop_pool_index(connection)
    return True


def _stored_files(connection: Connection) -> dict[str, str]:
    """Every stored file the source refers to (documents, letterhead images), with its checksum."""
    documents = Base.metadata.tables["documents"]
    files = {
        path: sha256
        for path, sha256 in connection.execute(
            select(documents.c.stored_path, documents.c.sha256).where(documents.c.stored_path.is_not(None))
        )
        if path and sha256
    }
    settings = Base.metadata.tables["settings"]
    for value in connection.scalars(select(settings.c.value)):
        image = referenced_path(value or "")
        if image:
            files[image] = digest_of_name(image)
    return files


def _copy_files(source: Database, target: Database, stored: dict[str, str]) -> tuple[int, list[str]]:
    """Attached files travel with their rows, checked on the way; one gone or altered at the source is reported."""
    origin, destination = store_for(source), store_for(target)
    copied, missing = 0, []
    for relative, sha256 in sorted(stored.items()):
        try:
            path = origin.verified_path(relative, sha256)
        except (StoredFileMissing, StoredFileAltered, OSError):
            missing.append(relative)
            continue
        destination.store_file(path, NO_LIMIT)
        copied += 1
    return copied, missing
