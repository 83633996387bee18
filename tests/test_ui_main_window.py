"""The main window: screens reachable by name and shortcut, data shown, layout remembered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from fms.core.enums import Stage
from fms.services.crm import ClientInput, create_client
from fms.storage.database import Database
from fms.ui.context import AppContext
from fms.ui.main_window import SCREEN_KEYS, MainWindow
from fms.ui.screens.board import BoardScreen
from fms.ui.screens.clients import ClientsScreen
from fms.ui.screens.dashboard import DashboardScreen
from fms.ui.text_colours import done_brush
from tests.conftest import sample_data_file


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """Sample data built once for the module; each test opens a copy."""
    return sample_data_file(tmp_path_factory.mktemp("demo"), migrated_template, freelancers=200)


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    from fms.storage.locations import sqlite_location
    from fms.storage.opening import open_database

    path = tmp_path / "demo.db"
    path.write_bytes(demo_template.read_bytes())
    opened = open_database(sqlite_location(path))
    yield opened.db
    opened.db.dispose()


def make_window(qtbot: QtBot, settings_file: Path, db: Database | None) -> MainWindow:
    context = AppContext()
    window = MainWindow(context, QSettings(str(settings_file), QSettings.Format.IniFormat), "test.db")
    qtbot.addWidget(window)
    window.show()
    if db is not None:
        context.set_database(db)
    return window


def test_every_screen_is_reachable_by_its_shortcut(qtbot: QtBot, tmp_path: Path, demo_db: Database) -> None:
    window = make_window(qtbot, tmp_path / "s.ini", demo_db)
    assert window.objectName() == "mainWindow"
    for number, key in enumerate(SCREEN_KEYS, start=1):
        action = window.findChild(QAction, f"show_{key}Action")
        assert action is not None and action.shortcut().toString() == f"Ctrl+{number}"
        action.trigger()
        assert window.current_screen_key() == key
        assert window.stack.currentWidget() is window.screen_for(key)


def test_screens_show_the_database(qtbot: QtBot, tmp_path: Path, demo_db: Database) -> None:
    from fms.services.file import freelancer_page
    from fms.services.pipeline import load_cards

    window = make_window(qtbot, tmp_path / "s.ini", demo_db)
    window.show_screen("freelancers")
    table = window.findChild(QTableView, "freelancerList")
    assert table.model().rowCount() == len(freelancer_page(demo_db, limit=None)) == 200
    board = window.show_screen("board")
    assert isinstance(board, BoardScreen)
    cards = load_cards(demo_db)
    assert sum(model.total for model in board.board.models.values()) == len(cards)  # fetched or not
    dashboard = window.show_screen("dashboard")
    assert isinstance(dashboard, DashboardScreen)
    assert dashboard.tile_text("onMission") == str(sum(card.stage == Stage.ON_MISSION for card in cards))


def test_a_change_elsewhere_reaches_the_screen_without_a_restart(
    qtbot: QtBot, tmp_path: Path, demo_db: Database
) -> None:
    window = make_window(qtbot, tmp_path / "s.ini", demo_db)
    clients = window.show_screen("clients")
    assert isinstance(clients, ClientsScreen)
    before = clients.model.rowCount()
    create_client(demo_db, ClientInput(name="Zeta Nouveau"))
    window.context.notify("client")
    assert clients.model.rowCount() == before + 1
    assert clients.select_where(lambda row: row.name == "Zeta Nouveau")
    assert clients.archive_button.isEnabled()


def test_archiving_a_client_asks_then_hides_it(
    qtbot: QtBot, tmp_path: Path, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_client(db, ClientInput(name="Orion Retail"))
    window = make_window(qtbot, tmp_path / "s.ini", db)
    clients = window.show_screen("clients")
    assert isinstance(clients, ClientsScreen)
    clients.select_where(lambda row: row.name == "Orion Retail")
    monkeypatch.setattr("fms.ui.screens.editable.confirm", lambda *args: False)
    clients.archive_button.click()
    assert clients.model.rowCount() == 1
    monkeypatch.setattr("fms.ui.screens.editable.confirm", lambda *args: True)
    clients.archive_button.click()
    assert clients.model.rowCount() == 0
    clients.show_archived.setChecked(True)
    assert clients.model.rowCount() == 1 and clients.select_where(lambda row: row.archived)
    assert clients.archive_button.text() == "&Restore"
    assert clients.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == done_brush()  # archived reads grey


def test_window_geometry_and_last_screen_are_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    settings_file = tmp_path / "settings.ini"
    first = make_window(qtbot, settings_file, None)
    first.resize(720, 540)  # inside the offscreen screen (800x600): larger is clamped
    first.show_screen("talentPool")
    first.close()
    second = make_window(qtbot, settings_file, None)
    assert second.current_screen_key() == "talentPool"
    assert (second.width(), second.height()) == (720, 540)
