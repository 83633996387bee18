"""Moves a whole database to another one (a single user's file to the team's server): rows, files, counters."""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass

from sqlalchemy import Connection, func, insert, inspect, select

from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models.base import Base
from fms.storage.database import Database
from fms.storage.locations import attachments_dir
from fms.storage.sequences import resync_id_sequences

log = logging.getLogger(__name__)
BATCH = 2000
# Rows every new database starts with, replaced by the source's rather than counted as data.
SEEDED_TABLES = {"settings"}


class TargetNotEmptyError(KnownError):
    pass


@dataclass(frozen=True)
class CopySummary:
    rows: dict[str, int]
    files: int
    missing_files: tuple[str, ...]


def copy_database(source: Database, target: Database) -> CopySummary:
    """Copies every table of `source` into the empty `target` (both at this build's schema) in one transaction."""
    tables = Base.metadata.sorted_tables  # parents before children, so foreign keys hold row by row
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
        stored = [path for path in reading.scalars(select(Base.metadata.tables["documents"].c.stored_path)) if path]
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


def _copy_files(source: Database, target: Database, stored: list[str]) -> tuple[int, list[str]]:
    """Attached files travel with their rows; a file already gone at the source is reported, not invented."""
    origin, destination = attachments_dir(source.location), attachments_dir(target.location)
    copied, missing = 0, []
    for relative in sorted(set(stored)):
        path = origin / relative
        if not path.is_file():
            missing.append(relative)
            continue
        (destination / relative).parent.mkdir(parents=True, exist_ok=True)
        if not (destination / relative).exists():
            shutil.copy2(path, destination / relative)
        copied += 1
    return copied, missing
