"""Storage failures while the app runs: each is a plain message, nothing is half done, and the
next try works once the cause is gone.

Tests run as root here, and root ignores file modes, so a read-only medium is simulated in
SQLite itself: `PRAGMA query_only` makes every write fail with SQLITE_READONLY, the very error a
file opened from a read-only disk gives. A full disk is `PRAGMA max_page_count` at the file's
current size (SQLITE_FULL); a lock is another connection holding an exclusive transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from fms.services.crm.clients import ClientInput, create_client, list_clients
from fms.storage.database import Database
from fms.storage.errors import (
    DatabaseGoneError,
    DiskFullError,
    NoPermissionError,
    ReadOnlyStorageError,
    StorageDamagedError,
    StorageIOError,
    StorageLockedError,
    storage_error,
)

# A SQLite file's own failures (its disk, its inode, its locks); a server reports its own.
pytestmark = pytest.mark.sqlite_only

LARGEST_PAGE_COUNT = 1_073_741_823


class Medium:
    """What the disk under the database does, applied to every connection the app takes."""

    def __init__(self, db: Database) -> None:
        self.full = False
        self.read_only = False
        event.listen(db.engine, "checkout", self._apply)

    def _apply(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            pages = cursor.execute("PRAGMA page_count").fetchone()[0]
            cursor.execute(f"PRAGMA max_page_count = {pages if self.full else LARGEST_PAGE_COUNT}")
            cursor.execute(f"PRAGMA query_only = {int(self.read_only)}")
            cursor.execute("PRAGMA busy_timeout = 100")  # a lock is reported in 0.1 s, not 5
        finally:
            cursor.close()


@pytest.fixture
def medium(db: Database) -> Iterator[Medium]:
    assert db.location.sqlite_path is not None
    with closing(sqlite3.connect(db.location.sqlite_path)) as connection:
        connection.execute("VACUUM")  # no free page left inside the file: a new row needs the disk
    yield Medium(db)


def client_names(db: Database) -> list[str]:
    return [row.name for row in list_clients(db)]


def test_a_full_disk_saves_nothing_then_the_same_save_works_once_space_is_freed(db: Database, medium: Medium) -> None:
    medium.full = True
    data = ClientInput(name="Hexa", notes="Long-standing client; " * 300)
    with pytest.raises(DiskFullError) as refused:
        create_client(db, data)
    assert refused.value.message.startswith(f"The disk holding {db.location.display_name} is full")
    medium.full = False
    assert client_names(db) == []  # not half done: no client, no history line
    assert create_client(db, data).name == "Hexa"
    assert client_names(db) == ["Hexa"]


def test_a_read_only_medium_saves_nothing_then_works_once_writable(db: Database, medium: Medium) -> None:
    medium.read_only = True
    with pytest.raises(ReadOnlyStorageError, match="read-only disk"):
        create_client(db, ClientInput(name="Hexa"))
    assert client_names(db) == []  # reading still works
    medium.read_only = False
    create_client(db, ClientInput(name="Hexa"))
    assert client_names(db) == ["Hexa"]


def test_a_lock_held_by_another_program_is_reported_then_released(db: Database, medium: Medium) -> None:
    assert db.location.sqlite_path is not None
    other = sqlite3.connect(db.location.sqlite_path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StorageLockedError, match="another program is saving"):
            create_client(db, ClientInput(name="Hexa"))
        other.execute("COMMIT")
    finally:
        other.close()
    create_client(db, ClientInput(name="Hexa"))
    assert client_names(db) == ["Hexa"]


def test_a_database_file_moved_away_while_open_refuses_writes_until_it_is_back(db: Database) -> None:
    """SQLite would keep writing to the moved (or deleted) file: every later save would be lost."""
    path = db.location.sqlite_path
    assert path is not None
    create_client(db, ClientInput(name="Before"))
    aside = path.with_name("moved.db")
    path.rename(aside)
    with pytest.raises(DatabaseGoneError, match="removed or moved while Vivier had it open"):
        create_client(db, ClientInput(name="Lost"))
    aside.rename(path)
    create_client(db, ClientInput(name="After"))
    with closing(sqlite3.connect(path)) as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM clients ORDER BY id")]
    assert names == ["Before", "After"]


def test_a_copy_put_back_in_place_of_the_file_is_the_one_written(db: Database, tmp_path: Path) -> None:
    path = db.location.sqlite_path
    assert path is not None
    create_client(db, ClientInput(name="Before"))
    copy = tmp_path / "copy.db"
    with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)
    path.unlink()
    copy.rename(path)
    create_client(db, ClientInput(name="After"))
    with closing(sqlite3.connect(path)) as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM clients ORDER BY id")]
    assert names == ["Before", "After"]


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (sqlite3.OperationalError("database or disk is full"), DiskFullError),
        (sqlite3.OperationalError("attempt to write a readonly database"), ReadOnlyStorageError),
        (sqlite3.OperationalError("database is locked"), StorageLockedError),
        (sqlite3.OperationalError("disk I/O error"), StorageIOError),
        (sqlite3.OperationalError("unable to open database file"), StorageIOError),
        (sqlite3.DatabaseError("database disk image is malformed"), StorageDamagedError),
        (OSError(28, "No space left on device"), DiskFullError),
        (OSError(30, "Read-only file system"), ReadOnlyStorageError),
        (OSError(13, "Permission denied"), NoPermissionError),
    ],
    ids=["full", "readonly", "locked", "ioerr", "cantopen", "malformed", "ENOSPC", "EROFS", "EACCES"],
)
def test_each_cause_has_its_own_message(error: BaseException, kind: type) -> None:
    known = storage_error(error, "/data/vivier.db")
    assert isinstance(known, kind)
    assert "/data/vivier.db" in known.message


def test_other_errors_are_not_storage_errors() -> None:
    assert storage_error(sqlite3.IntegrityError("UNIQUE constraint failed"), "x") is None
    assert storage_error(OSError(2, "No such file or directory"), "x") is None
    assert storage_error(ValueError("bad"), "x") is None


def test_the_dialog_shows_the_message_stays_open_and_saves_on_the_next_try(
    qtbot: Any, db: Database, medium: Medium, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from fms.ui.dialogs.client_dialog import ClientDialog

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    dialog = ClientDialog(lambda data: create_client(db, data))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Hexa")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    medium.read_only = True
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and len(warnings) == 1 and "read-only disk" in warnings[0]
    assert client_names(db) == []
    medium.read_only = False
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert client_names(db) == ["Hexa"]


@pytest.mark.parametrize("needle", [b"clientsclients", b"has_owner"], ids=["in-a-name", "in-a-constraint"])
def test_an_invalid_utf8_byte_in_the_schema_reads_as_damaged(
    tmp_path: Path, migrated_template: Path, needle: bytes
) -> None:
    from fms.storage.errors import DamagedDatabaseError
    from fms.storage.locations import sqlite_location
    from fms.storage.opening import open_database

    data = bytearray(migrated_template.read_bytes())
    data[data.index(needle) + 1] = 0xFF  # one byte of sqlite_master's text that is not UTF-8
    path = tmp_path / "odd.db"
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError, match="is damaged") as refused:
        open_database(sqlite_location(path))
    assert "not valid UTF-8" in refused.value.message
    assert path.read_bytes() == bytes(data)
