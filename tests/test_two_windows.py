"""Two windows on one SQLite file: a writer that cannot get the lock says so in words, and what one
window saves reaches the other's open screens."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from fms.services.crm import ClientInput, create_client, list_clients
from fms.storage.database import Database
from fms.storage.engine import make_engine
from fms.storage.errors import DatabaseBusyError
from fms.storage.opening import open_database
from fms.ui.dialogs.client_dialog import ClientDialog
from fms.ui.screens.clients import ClientsScreen
from tests.conftest import open_main_window

# About SQLite's file locks and data_version: a server has its own (row locks, LISTEN/NOTIFY).
pytestmark = pytest.mark.sqlite_only

BUSY = "Another Vivier window or another program is saving"


@pytest.fixture
def other_window(db: Database) -> Iterator[Database]:
    """A second Database on the same file, as another Vivier window opens it."""
    other = open_database(db.location).db
    yield other
    other.dispose()


@pytest.fixture
def impatient(db: Database) -> Iterator[Database]:
    """The same file with a short busy timeout, so a test need not wait five seconds."""
    quick = Database(make_engine(db.location, busy_timeout_ms=200), db.location)
    yield quick
    quick.dispose()


@pytest.fixture
def lock_held(db: Database) -> Iterator[sqlite3.Connection]:
    """Another process in the middle of a long write transaction."""
    with closing(sqlite3.connect(str(db.location.sqlite_path), isolation_level=None)) as holder:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("INSERT INTO settings (key, value) VALUES ('company_name', 'Theirs')")
        yield holder
        holder.execute("ROLLBACK")


def test_a_write_that_cannot_get_the_lock_is_refused_in_words(impatient: Database, lock_held: object) -> None:
    with pytest.raises(DatabaseBusyError) as refused:
        create_client(impatient, ClientInput(name="Orion"))
    assert refused.value.message.startswith(BUSY)
    assert list_clients(impatient) == []  # reads do not wait for the writer


def test_the_write_goes_through_once_the_other_window_is_done(impatient: Database, db: Database) -> None:
    with closing(sqlite3.connect(str(db.location.sqlite_path), isolation_level=None)) as holder:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseBusyError):
            create_client(impatient, ClientInput(name="Orion"))
        holder.execute("COMMIT")
    assert create_client(impatient, ClientInput(name="Orion")).name == "Orion"


def test_the_client_dialog_shows_the_busy_message_and_stays_open(
    qtbot: QtBot, impatient: Database, lock_held: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    dialog = ClientDialog(lambda data: create_client(impatient, data))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Orion")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and shown[0].startswith(BUSY)
    assert dialog.isVisible()


def test_a_client_saved_in_another_window_appears_on_the_open_screen(
    qtbot: QtBot, db: Database, other_window: Database, tmp_path: Path
) -> None:
    window = open_main_window(qtbot, db, tmp_path)
    screen = window.show_screen("clients")
    assert isinstance(screen, ClientsScreen)
    assert window.change_poller.timer.isActive() and window.change_poller.timer.interval() <= 1000
    create_client(other_window, ClientInput(name="Saved elsewhere"))
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
    assert screen.model.row_at(0).name == "Saved elsewhere"


def test_a_window_does_not_reload_for_its_own_saves(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = open_main_window(qtbot, db, tmp_path)
    window.show_screen("clients")
    poller = window.change_poller
    create_client(db, ClientInput(name="Mine"))  # the screen that saved tells the others itself
    assert poller.check() is False


def test_a_save_elsewhere_is_seen_even_when_this_window_saved_just_after(
    qtbot: QtBot, db: Database, other_window: Database, tmp_path: Path
) -> None:
    window = open_main_window(qtbot, db, tmp_path)
    poller = window.change_poller
    create_client(other_window, ClientInput(name="Theirs"))
    create_client(db, ClientInput(name="Mine"))
    assert poller.check() is True
    assert poller.check() is False


def test_a_minimized_window_stops_looking_and_looks_again_when_restored(
    qtbot: QtBot, db: Database, other_window: Database, tmp_path: Path
) -> None:
    window = open_main_window(qtbot, db, tmp_path)
    screen = window.show_screen("clients")
    assert isinstance(screen, ClientsScreen)
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.change_poller.timer.isActive(), timeout=2000)
    create_client(other_window, ClientInput(name="While away"))
    window.showNormal()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
