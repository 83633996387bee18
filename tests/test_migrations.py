"""The migrations build exactly the ORM's schema, and take it down again."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from fms.models import Base
from fms.storage import pool_index
from fms.storage.engine import make_engine
from fms.storage.locations import sqlite_location
from fms.storage.migrate import current_revision, downgrade, script_revisions, upgrade
from fms.storage.revisions import HEAD_REVISION, KNOWN_REVISIONS


def _not_search_index(name: str | None, type_: str, parent_names: object) -> bool:
    """The full-text index is SQLite's own virtual table, not an ORM table."""
    return not (type_ == "table" and name in pool_index.TABLES)


def test_known_revisions_match_the_migration_scripts() -> None:
    assert tuple(script_revisions()) == KNOWN_REVISIONS
    assert script_revisions()[-1] == HEAD_REVISION


def test_upgrade_gives_the_orm_schema_without_drift_and_downgrade_removes_it(tmp_path: Path) -> None:
    engine = make_engine(sqlite_location(tmp_path / "round-trip.db"))
    upgrade(engine)
    assert current_revision(engine) == HEAD_REVISION
    with engine.connect() as connection:
        options = {"compare_type": True, "render_as_batch": True, "include_name": _not_search_index}
        context = MigrationContext.configure(connection, opts=options)
        assert compare_metadata(context, Base.metadata) == []
        tables = set(inspect(connection).get_table_names())
    assert tables == set(Base.metadata.tables) | {"alembic_version"} | set(pool_index.TABLES)
    downgrade(engine, "base")
    with engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) == {"alembic_version"}
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == HEAD_REVISION
    engine.dispose()


def test_sqlite_is_opened_with_foreign_keys_and_wal(tmp_path: Path) -> None:
    engine = make_engine(sqlite_location(tmp_path / "pragmas.db"))
    with engine.connect() as connection:
        foreign_keys = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
        journal = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        timeout = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
    engine.dispose()
    assert (foreign_keys, journal, timeout) == (1, "wal", 5000)


def test_upgrading_keeps_the_rows_that_refer_to_rebuilt_tables(tmp_path: Path) -> None:
    """Rebuilding a table on SQLite must not cascade: every application survives every migration."""
    import sqlite3
    from contextlib import closing

    path = tmp_path / "history.db"
    engine = make_engine(sqlite_location(path))
    upgrade(engine, KNOWN_REVISIONS[0])
    with closing(sqlite3.connect(path)) as connection:
        connection.executescript(
            """
            INSERT INTO clients (id, name, sector, address, notes, created_at)
                VALUES (1, 'C', '', '', '', '2026-01-01');
            INSERT INTO missions (id, client_id, title, description, location, work_mode, status, created_at)
                VALUES (1, 1, 'M', '', '', 'hybrid', 'open', '2026-01-01');
            INSERT INTO freelancers (id, first_name, last_name, phone, linkedin_url, location, headline, seniority,
                sourcing_channel, portage_company, talent_pool_consent, notes, created_at, updated_at)
                VALUES (1, 'A', 'B', '', '', '', '', 'senior', 'direct', '', 0, '', '2026-01-01', '2026-01-01');
            INSERT INTO skills (id, name, key) VALUES (1, 'Go', 'go');
            INSERT INTO freelancer_skills (freelancer_id, skill_id, level) VALUES (1, 1, 4);
            INSERT INTO applications (id, freelancer_id, mission_id, stage, position, stage_entered_at,
                outcome_details, client_justification, feedback_draft, created_at)
                VALUES (1, 1, 1, 'sourced', 1, '2026-01-01', '', '', '', '2026-01-01');
            INSERT INTO collaboration_notes (freelancer_id, author, rating, would_rehire, strengths, text, created_at)
                VALUES (1, 'me', 5, 1, '', 'great', '2026-01-01');
            """
        )
    upgrade(engine)
    engine.dispose()
    with closing(sqlite3.connect(path)) as connection:
        counts = [
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("freelancers", "freelancer_skills", "applications", "collaboration_notes")
        ]
        foreign_keys = connection.execute("PRAGMA foreign_key_check").fetchall()
    assert counts == [1, 1, 1, 1]
    assert foreign_keys == []
