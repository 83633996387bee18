"""`vivier-admin` as an administrator scripts it: exit codes, copies to a server, upgrades run once."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from fms.cli.main import main
from fms.models import Client, Document, Freelancer
from fms.models.base import Base
from fms.sampledata.generator import fill_demo
from fms.services.crm import ClientInput, create_client
from fms.storage.attachment_store import store_for
from fms.storage.copy import STORE_TABLES
from fms.storage.database import Database
from fms.storage.locations import sqlite_location
from fms.storage.opening import open_database
from tests.engines import SERVER_URL


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def counts(db: Database) -> dict[str, int]:
    with db.reading() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
            if table.name not in STORE_TABLES  # the bytes move through the stores, not as rows
        }


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    path = tmp_path_factory.mktemp("source") / "vivier.db"
    path.write_bytes(migrated_template.read_bytes())
    opened = open_database(sqlite_location(path))
    fill_demo(opened.db, freelancers=80)  # with its contracts and NDAs as files
    opened.db.dispose()
    return path


def test_help_and_usage_errors_have_their_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--help")[0] == 0
    assert run("copy", "--help")[0] == 0
    assert run("no-such-command")[0] == 2
    assert run("copy", "--from", "sqlite:///x.db")[0] == 2  # --to is required
    capsys.readouterr()


def test_a_copy_moves_every_row_and_file_and_the_counters_follow(demo_source: Path, db: Database) -> None:
    source = open_database(sqlite_location(demo_source)).db
    expected = counts(source)
    source.dispose()
    code, out, err = run("copy", "--from", f"sqlite:///{demo_source}", "--to", db.location.url)
    assert (code, err) == (0, "")
    assert counts(db) == expected
    assert "Copied" in out
    with db.reading() as session:
        stored = {
            path: sha256 for path, sha256 in session.execute(select(Document.stored_path, Document.sha256)) if path
        }
        first = session.scalars(select(Freelancer).order_by(Freelancer.id)).first()
    store = store_for(db)
    assert stored and all(store.verified_path(path, sha256).is_file() for path, sha256 in stored.items())
    assert first is not None and first.first_name
    # The first ordinary insert after the load gets a fresh id (PostgreSQL's sequences were moved on).
    created = create_client(db, ClientInput(name="Après la copie"))
    with db.reading() as session:
        assert created.id > (session.scalar(select(func.max(Client.id)).where(Client.id != created.id)) or 0)


def test_a_copy_into_a_database_holding_data_is_refused_and_changes_nothing(demo_source: Path, db: Database) -> None:
    create_client(db, ClientInput(name="Déjà là"))
    before = counts(db)
    code, _out, err = run("copy", "--from", f"sqlite:///{demo_source}", "--to", db.location.url)
    assert code == 1
    assert err.count("\n") == 1 and "already holds data" in err
    assert counts(db) == before


def test_upgrading_a_file_that_is_current_says_so(tmp_path: Path, migrated_template: Path) -> None:
    path = tmp_path / "v.db"
    path.write_bytes(migrated_template.read_bytes())
    code, out, _ = run("--db", str(path), "upgrade")
    assert code == 0 and "current schema" in out


needs_server = pytest.mark.skipif(not SERVER_URL, reason="needs a PostgreSQL server (VIVIER_TEST_POSTGRES_URL)")


@pytest.fixture
def old_server_database() -> object:
    """An empty database on the server, brought to an older schema than this build's."""
    from fms.storage.engine import make_engine
    from fms.storage.locations import location_from_url
    from fms.storage.migrate import upgrade

    server = make_url(SERVER_URL)
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    name = "vivier_cli_old_schema"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    location = location_from_url(server.set(database=name).render_as_string(hide_password=False))
    engine = make_engine(location)
    upgrade(engine, "0007_offboarding_answers")
    engine.dispose()
    yield location
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@needs_server
def test_the_app_never_upgrades_a_team_server_and_the_administrator_does_once(old_server_database: object) -> None:
    from fms.storage.locations import DatabaseLocation
    from fms.storage.server import ServerUpgradeNeededError

    assert isinstance(old_server_database, DatabaseLocation)
    with pytest.raises(ServerUpgradeNeededError, match="vivier-admin upgrade"):
        open_database(old_server_database)
    code, out, _ = run("--url", old_server_database.url, "upgrade", "--yes")
    assert code == 0 and "upgraded from 0007_offboarding_answers" in out
    open_database(old_server_database).db.dispose()  # now current: opens without a word
    code, out, _ = run("--url", old_server_database.url, "upgrade", "--yes")
    assert code == 0 and "already at schema" in out


@needs_server
def test_the_schema_lock_is_held_by_one_upgrade_at_a_time(old_server_database: object) -> None:
    from fms.storage.engine import make_engine
    from fms.storage.locations import DatabaseLocation
    from fms.storage.server import SCHEMA_LOCK_KEY, schema_lock

    assert isinstance(old_server_database, DatabaseLocation)
    engine = make_engine(old_server_database)
    try:
        with schema_lock(engine), engine.connect() as other:
            taken = other.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": SCHEMA_LOCK_KEY}).scalar()
            assert taken is False
    finally:
        engine.dispose()
