"""The migrations build exactly the ORM's schema, and take it down again."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from fms.models import Base
from fms.storage.engine import make_engine
from fms.storage.locations import sqlite_location
from fms.storage.migrate import current_revision, downgrade, script_revisions, upgrade
from fms.storage.revisions import HEAD_REVISION, KNOWN_REVISIONS


def test_known_revisions_match_the_migration_scripts() -> None:
    assert tuple(script_revisions()) == KNOWN_REVISIONS
    assert script_revisions()[-1] == HEAD_REVISION


def test_upgrade_gives_the_orm_schema_without_drift_and_downgrade_removes_it(tmp_path: Path) -> None:
    engine = make_engine(sqlite_location(tmp_path / "round-trip.db"))
    upgrade(engine)
    assert current_revision(engine) == HEAD_REVISION
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "render_as_batch": True})
        assert compare_metadata(context, Base.metadata) == []
        tables = set(inspect(connection).get_table_names())
    assert tables == set(Base.metadata.tables) | {"alembic_version"}
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
