"""0009 gives the edited records a version and keeps the talent pool's triggers working."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from fms.storage.engine import make_engine
from fms.storage.locations import sqlite_location
from fms.storage.migrate import downgrade, upgrade
from fms.storage.pool_index import STATS_TABLE

VERSIONED = ("freelancers", "clients", "missions", "applications", "documents", "offboardings", "settings")


def _triggers(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}


def test_existing_rows_get_version_one_and_the_pool_stays_indexed(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(sqlite_location(path))
    upgrade(engine, "0008_talent_pool_search")
    triggers = _triggers(path)
    with closing(sqlite3.connect(path)) as connection:
        connection.executescript(
            """
            INSERT INTO freelancers (id, first_name, last_name, phone, linkedin_url, location, headline, seniority,
                sourcing_channel, portage_company, talent_pool_consent, notes, created_at, updated_at)
                VALUES (1, 'A', 'B', '', '', '', '', 'senior', 'direct', '', 0, '', '2026-01-01', '2026-01-01');
            INSERT INTO settings (key, value) VALUES ('company_name', 'Vivier');
            """
        )
    upgrade(engine)
    assert _triggers(path) == triggers
    with closing(sqlite3.connect(path)) as connection:
        assert [
            connection.execute(f"SELECT version FROM {table}").fetchall() for table in ("freelancers", "settings")
        ] == [
            [(1,)],
            [(1,)],
        ]
        connection.execute("UPDATE freelancers SET headline = 'Go developer' WHERE id = 1")
        assert connection.execute(f"SELECT count(*) FROM {STATS_TABLE} WHERE freelancer_id = 1").fetchone() == (1,)
    downgrade(engine, "0008_talent_pool_search")
    assert _triggers(path) == triggers
    with closing(sqlite3.connect(path)) as connection:
        for table in VERSIONED:
            columns = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
            assert "version" not in columns
    engine.dispose()
