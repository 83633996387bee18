"""Opening a database: each bad file is refused with its own message and left untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from fms.storage.backups import create_backup, list_backups
from fms.storage.errors import (
    DamagedDatabaseError,
    DatabaseOpenError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    UnreachableDatabaseError,
)
from fms.storage.locations import (
    DATABASE_URL_VARIABLE,
    DatabaseLocation,
    backups_dir,
    location_from_url,
    resolve_location,
    sqlite_location,
)
from fms.storage.opening import open_database
from fms.storage.revisions import HEAD_REVISION


def checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def text_file(path: Path) -> Path:
    path.write_text("name,email\nCamille,camille@example.com\n")
    return path


def damaged_database(path: Path, template: Path) -> Path:
    data = bytearray(template.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page's b-tree: sqlite_master unreadable
    path.write_bytes(bytes(data))
    return path


def foreign_database(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
        connection.commit()
    return path


def newer_database(path: Path, template: Path) -> Path:
    path.write_bytes(template.read_bytes())
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        connection.commit()
    return path


@pytest.mark.parametrize(
    ("make_file", "error_class", "words"),
    [
        (lambda path, template: text_file(path), NotADatabaseError, "is not a SQLite database"),
        (damaged_database, DamagedDatabaseError, "is damaged"),
        (lambda path, template: foreign_database(path), ForeignDatabaseError, "another application"),
        (newer_database, NewerSchemaError, "newer version of Vivier"),
    ],
    ids=["not-sqlite", "damaged", "foreign", "newer"],
)
def test_a_bad_file_is_refused_with_its_own_message_and_not_modified(
    tmp_path: Path, migrated_template: Path, make_file, error_class: type[DatabaseOpenError], words: str
) -> None:
    path = make_file(tmp_path / "bad.db", migrated_template)
    before = checksum(path)
    with pytest.raises(error_class) as refused:
        open_database(sqlite_location(path))
    assert words in refused.value.message
    assert str(path) in refused.value.message
    assert checksum(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.db"]  # no -wal, -shm or backup left behind


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(NotADatabaseError, match="is a folder"):
        open_database(sqlite_location(tmp_path))


def test_an_unreachable_server_says_so(tmp_path: Path) -> None:
    location = DatabaseLocation(url=f"sqlite:///{tmp_path}/missing/dir/x.db?mode=ro&uri=true", sqlite_path=None)
    with pytest.raises(UnreachableDatabaseError, match="Cannot reach"):
        open_database(location)


def test_a_new_file_is_created_at_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.db"
    opened = open_database(sqlite_location(path))
    opened.db.dispose()
    assert opened.backup is None
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)


def test_a_current_database_opens_without_backup(tmp_path: Path, migrated_template: Path) -> None:
    path = tmp_path / "current.db"
    path.write_bytes(migrated_template.read_bytes())
    opened = open_database(sqlite_location(path))
    opened.db.dispose()
    assert opened.backup is None
    assert not backups_dir(sqlite_location(path)).exists()


def test_a_database_behind_the_code_is_copied_then_migrated(tmp_path: Path) -> None:
    from fms.storage.engine import make_engine
    from fms.storage.migrate import upgrade

    path = tmp_path / "old.db"
    engine = make_engine(sqlite_location(path))
    upgrade(engine, "0001_initial")
    engine.dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(
            "INSERT INTO clients (name, sector, address, notes, created_at) VALUES ('Kept', '', '', '', '2026-01-01')"
        )
        connection.commit()
    opened = open_database(sqlite_location(path))
    opened.db.dispose()
    assert opened.backup is not None and opened.backup.parent.parent == backups_dir(sqlite_location(path))
    assert [(backup.kind, backup.revision) for backup in list_backups(path)] == [("before-upgrade", "0001_initial")]
    with closing(sqlite3.connect(opened.backup)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_initial",)
        assert connection.execute("SELECT name FROM clients").fetchall() == [("Kept",)]
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
        assert connection.execute("SELECT name FROM clients").fetchall() == [("Kept",)]


def test_backups_are_complete_copies(tmp_path: Path, migrated_template: Path) -> None:
    source = tmp_path / "live.db"
    source.write_bytes(migrated_template.read_bytes())
    copy = create_backup(source).database
    with closing(sqlite3.connect(copy)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    assert copy.parent.parent == tmp_path / "backups" and copy.parent.name.startswith("live-")


def test_the_command_line_wins_over_the_environment(tmp_path: Path) -> None:
    environ = {DATABASE_URL_VARIABLE: "postgresql+psycopg://vivier:secret@db.example/vivier"}
    assert resolve_location(str(tmp_path / "cli.db"), environ).sqlite_path == tmp_path / "cli.db"
    server = resolve_location(None, environ)
    assert server.sqlite_path is None
    assert server.display_name == "postgresql+psycopg://db.example/vivier"  # never the password
    assert resolve_location(None, {}).sqlite_path.name == "vivier.db"  # type: ignore[union-attr]
    assert location_from_url(f"sqlite:///{tmp_path}/env.db").sqlite_path == tmp_path / "env.db"


def test_an_interrupted_creation_is_reported_not_built_upon(tmp_path: Path, migrated_template: Path) -> None:
    path = tmp_path / "interrupted.db"
    path.write_bytes(migrated_template.read_bytes())
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("DELETE FROM alembic_version")
        connection.commit()
    before = checksum(path)
    with pytest.raises(DamagedDatabaseError, match="interrupted"):
        open_database(sqlite_location(path))
    assert checksum(path) == before


def test_a_failed_upgrade_leaves_the_database_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import fms.storage.migrate as migrate
    from fms.storage.engine import make_engine
    from fms.storage.errors import MigrationFailedError

    path = tmp_path / "old.db"
    engine = make_engine(sqlite_location(path))
    migrate.upgrade(engine, "0001_initial")
    engine.dispose()
    real_upgrade = migrate.command.upgrade

    def upgrade_then_fail(config, target):  # type: ignore[no-untyped-def]
        real_upgrade(config, target)  # every step runs, then the last one fails
        raise OSError("disk full")

    monkeypatch.setattr(migrate.command, "upgrade", upgrade_then_fail)
    with pytest.raises(MigrationFailedError, match="disk full") as failed:
        open_database(sqlite_location(path))
    assert "left as it was" in failed.value.message
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_initial",)
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "settings" not in tables  # the new table was rolled back with the rest
    assert list(backups_dir(sqlite_location(path)).iterdir())
