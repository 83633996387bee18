"""The first screen's cards come first; the side queries run just after them and are never stale."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from fms.core.enums import Outcome, Stage
from fms.services.pipeline import OutcomeInput, move_application
from fms.storage.database import Database
from fms.ui.context import AppContext
from fms.ui.main_window import SCREEN_KEYS, MainWindow
from fms.ui.screens.board import BoardScreen
from tests.conftest import Factory


def opened_without_events(qtbot: QtBot, db: Database, tmp_path: Path) -> MainWindow:
    """The window as start-up leaves it: the database set, the event loop not yet turned."""
    context = AppContext()
    window = MainWindow(context, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "x.db")
    qtbot.addWidget(window)
    window.show()
    window.ensure_current_screen()
    context.set_database(db)
    return window


def board_of(window: MainWindow) -> BoardScreen:
    screen = window.central_screen()
    assert isinstance(screen, BoardScreen)
    return screen


def badge(window: MainWindow) -> str:
    return window.navigation.item(SCREEN_KEYS.index("answersOwed")).text()


def close_long_ago(db: Database, make: Factory, mission_id: int) -> None:
    application_id = make.application(mission_id=mission_id, freelancer_id=make.freelancer("Hugo"))
    outcome = OutcomeInput(Outcome.WITHDRAWN, details="No news")
    move_application(db, application_id, Stage.ALUMNI, outcome=outcome, now=datetime.now(UTC) - timedelta(5))


def test_the_cards_show_before_the_mission_choices_which_cannot_be_used_until_filled(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path
) -> None:
    mission_id = make.mission(title="Data platform")
    make.application(mission_id=mission_id)
    window = opened_without_events(qtbot, db, tmp_path)
    board = board_of(window).board
    assert sum(model.rowCount() for model in board.models.values()) == 1  # the card is there at once
    assert not board.mission_selector.isEnabled() and not board.client_filter.isEnabled()
    assert not board.skill_filter.isEnabled()
    qtbot.waitUntil(lambda: board.mission_selector.isEnabled())
    assert board.mission_selector.findData(mission_id) > 0
    assert board.client_filter.isEnabled() and board.skill_filter.isEnabled()
    assert board.client_filter.count() == 2  # all clients, then the mission's


def test_a_mission_created_before_the_choices_are_filled_is_offered(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path
) -> None:
    window = opened_without_events(qtbot, db, tmp_path)
    board = board_of(window).board
    later = make.mission(title="Created in between")  # e.g. by a colleague on the team database
    qtbot.waitUntil(lambda: board.mission_selector.isEnabled())
    assert board.mission_selector.findData(later) > 0


def test_the_attention_counts_come_after_the_cards_and_count_what_is_there_then(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path
) -> None:
    mission_id = make.mission()
    close_long_ago(db, make, mission_id)
    window = opened_without_events(qtbot, db, tmp_path)
    assert badge(window) == "Answers owed"  # no number rather than a guessed one
    close_long_ago(db, make, mission_id)  # owed before the counts run: counted
    qtbot.waitUntil(lambda: badge(window) == "Answers owed (2)")


def menu_entries(window: MainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    menus = [entry.menu() for entry in window.menuBar().actions()]
    return [
        (menu.title(), [(action.objectName(), action.shortcut().toString()) for action in menu.actions()])
        for menu in menus
        if isinstance(menu, QMenu)
    ]


def test_the_menus_are_titled_in_the_first_frame_and_filled_just_after_it(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    at_once = MainWindow(AppContext(), settings, "x.db")
    qtbot.addWidget(at_once)
    window = MainWindow(AppContext(), settings, "x.db", menus_after_first_paint=True)
    qtbot.addWidget(window)
    before = menu_entries(window)
    assert [title for title, _ in before] == ["&File", "&Edit", "&View", "&Help"]
    assert all(not entries for _, entries in before)  # the bar keeps its height; its entries come next
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QAction, "quitAction") is not None)
    assert menu_entries(window) == menu_entries(at_once)
    assert ("quitAction", QKeySequence(QKeySequence.StandardKey.Quit).toString()) in menu_entries(window)[0][1]
