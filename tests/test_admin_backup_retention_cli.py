"""`vivier-admin backup`, `restore FILE` and `retention [--erase --yes]`, as an administrator runs them."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from fms.cli.main import main
from fms.models import Freelancer
from fms.storage.backup_catalog import BEFORE_RESTORE, list_backups
from fms.storage.database import Database
from fms.storage.locations import sqlite_location
from fms.storage.opening import open_database
from tests.conftest import Factory


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def database_file(tmp_path: Path, migrated_template: Path) -> Path:
    path = tmp_path / "vivier.db"
    path.write_bytes(migrated_template.read_bytes())
    opened = open_database(sqlite_location(path))
    Factory(opened.db).freelancer("Before")
    opened.db.dispose()
    return path


def names(path: Path) -> list[str]:
    db = open_database(sqlite_location(path)).db
    try:
        with db.reading() as session:
            return list(session.scalars(select(Freelancer.first_name).order_by(Freelancer.id)))
    finally:
        db.dispose()


def test_every_new_command_has_help() -> None:
    for command in ("backup", "restore", "retention"):
        assert run(command, "--help")[0] == 0
    assert run("restore")[0] == 2  # FILE is required


@pytest.mark.sqlite_only
def test_backup_then_restore_brings_the_data_back_and_keeps_the_replaced_one(database_file: Path) -> None:
    code, out, err = run("--db", str(database_file), "backup")
    assert (code, err) == (0, "")
    backup = list_backups(database_file)[0]
    assert str(backup.folder) in out
    db = open_database(sqlite_location(database_file)).db
    with db.transaction() as session:
        session.add(Freelancer(first_name="After", last_name="Backup", email="after@example.com"))
    db.dispose()
    assert names(database_file) == ["Before", "After"]
    code, out, err = run("--db", str(database_file), "restore", str(backup.folder))
    assert (code, err) == (0, "")
    assert names(database_file) == ["Before"]
    kept = [item for item in list_backups(database_file) if item.kind == BEFORE_RESTORE]
    assert len(kept) == 1 and str(kept[0].database) in out
    assert names(kept[0].database) == ["Before", "After"]


@pytest.mark.sqlite_only
def test_restore_refuses_a_damaged_file_or_a_foreign_one_and_changes_nothing(
    database_file: Path, tmp_path: Path
) -> None:
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(database_file.read_bytes()[:4096] + b"\x00garbage" * 2000)
    foreign = tmp_path / "foreign.db"
    import sqlite3

    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    for candidate in (damaged, foreign, tmp_path / "missing.db"):
        code, out, err = run("--db", str(database_file), "restore", str(candidate))
        assert code == 1 and out == ""
        assert err.startswith("vivier-admin: ") and err.count("\n") == 1
    assert names(database_file) == ["Before"]
    assert list_backups(database_file) == []  # nothing was even set aside


def test_backup_of_a_server_is_refused_with_one_line(db: Database) -> None:
    if db.location.sqlite_path is not None:
        pytest.skip("a server's refusal")
    code, _out, err = run("--url", db.location.url, "backup")
    assert code == 1 and "pg_dump" in err and err.count("\n") == 1


def test_retention_lists_who_is_due_and_erases_them_when_told(db: Database, make: Factory) -> None:
    forgotten, kept = make.freelancer("Forgotten"), make.freelancer("Kept")
    long_ago = datetime.now(UTC) - timedelta(days=800)
    with db.transaction() as session:
        session.execute(update(Freelancer).where(Freelancer.id == forgotten).values(created_at=long_ago))
    code, out, err = run("--url", db.location.url, "retention")
    assert (code, err) == (0, "")
    assert "Due for erasure (24 months without contact): 1" in out
    assert f"#{forgotten} Forgotten" in out and "Kept" not in out
    assert run("--url", db.location.url, "retention", "--erase", "--yes")[0] == 0
    with db.reading() as session:
        assert session.get(Freelancer, forgotten).first_name == "Erased person"  # type: ignore[union-attr]
        assert session.get(Freelancer, kept).first_name == "Kept"  # type: ignore[union-attr]
    code, out, _err = run("--url", db.location.url, "retention")
    assert "Due for erasure (24 months without contact): 0" in out
