"""The talent pool's first people at start-up, read with sqlite3 while SQLAlchemy still loads.

The same people, in the same order, as `search.search_pool` with no words and no filter on a
database that keeps the pool's figures (a test compares them); with no `pool_stats` (an SQLite
without FTS5), no preview: the search computes the figures itself once the database is open.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fms.core.enums import RehireStatus, Seniority
from fms.services.common.preview import day, read_preview
from fms.services.pool.members import RESULT_LIMIT, PoolMember, PoolResults, member_from_row

# `fms.storage.pool_index`'s tables, kept by triggers.
_INDEX_TABLES_SQL = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('pool_stats', 'pool_text')"
_POOL_SQL = """
SELECT freelancers.id, freelancers.first_name, freelancers.last_name, freelancers.headline, freelancers.seniority,
       freelancers.daily_rate_cents, freelancers.availability_date, freelancers.rehire_status, pool_stats.rating,
       pool_stats.rehire, pool_stats.last_end, pool_stats.missions, pool_stats.last_follow_up
FROM pool_stats JOIN freelancers ON freelancers.id = pool_stats.freelancer_id
WHERE pool_stats.in_pool = 1
ORDER BY pool_stats.rating DESC NULLS LAST, freelancers.last_name, freelancers.first_name, freelancers.id
LIMIT ?
"""


def preview_pool(path: Path, limit: int = RESULT_LIMIT) -> PoolResults | None:
    """Everyone in the pool, best rated first, as the search tab lists them; None when it cannot say."""

    def read(connection: sqlite3.Connection) -> PoolResults | None:
        if connection.execute(_INDEX_TABLES_SQL).fetchone()[0] != 2:
            return None
        rows = connection.execute(_POOL_SQL, (limit + 1,)).fetchall()
        members = [_member(row) for row in rows[:limit]]
        return PoolResults(members, truncated=len(rows) > limit)

    return read_preview(path, read, "the talent pool")


def _member(row: Sequence[Any]) -> PoolMember:
    """A row with SQLite's text and integers as SQLAlchemy's types give them: enums and dates."""
    values = list(row)
    values[4] = None if values[4] is None else Seniority(values[4])
    values[6] = day(values[6])
    values[7] = RehireStatus(values[7])
    values[10] = day(values[10])
    return member_from_row(values)
