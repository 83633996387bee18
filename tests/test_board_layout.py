"""The board's layout: folded columns (remembered), the empty-column hint, and where a moved card went."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fms.core.enums import Stage
from fms.storage.database import Database
from fms.ui.board.board_widget import COLUMN_KEYS, PipelineBoard
from fms.ui.board.stage_column import CLOSED
from fms.ui.context import AppContext
from tests.conftest import Factory, open_main_window
from tests.test_board import drag


def settings_at(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "board.ini"), QSettings.Format.IniFormat)


def open_board(qtbot: QtBot, db: Database, tmp_path: Path) -> PipelineBoard:
    context = AppContext()
    context.set_database(db)
    board = PipelineBoard(context, settings=settings_at(tmp_path))
    qtbot.addWidget(board)
    board.resize(1600, 900)
    board.show()
    board.reload()
    return board


@pytest.fixture
def board(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[PipelineBoard]:
    yield open_board(qtbot, db, tmp_path)


def test_alumni_is_folded_at_first_and_a_click_unfolds_it(board: PipelineBoard, make: Factory, qtbot: QtBot) -> None:
    mission_id = make.mission()
    make.application_at(Stage.SOURCED, mission_id)
    board.reload()
    alumni = board.columns[Stage.ALUMNI]
    assert alumni.folded and not alumni.view.isVisible() and alumni.strip.isVisible()
    assert alumni.strip.text() == "Alumni  ·  0"
    assert alumni.width() < 60
    qtbot.mouseClick(alumni.strip, Qt.MouseButton.LeftButton)
    assert not alumni.folded and alumni.view.isVisible()
    qtbot.mouseClick(board.columns[Stage.SOURCED].header, Qt.MouseButton.LeftButton)
    assert board.columns[Stage.SOURCED].folded
    assert board.columns[Stage.SOURCED].strip.text() == "Sourced  ·  1"


def test_folding_is_remembered(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    first = open_board(qtbot, db, tmp_path)
    first.columns[Stage.ALUMNI].toggle_fold()
    first.columns[Stage.SOURCED].toggle_fold()
    again = open_board(qtbot, db, tmp_path)
    assert not again.columns[Stage.ALUMNI].folded
    assert again.columns[Stage.SOURCED].folded
    assert again.columns[CLOSED].folded
    assert not again.columns[Stage.FINAL_ANSWER].folded


def test_every_column_header_is_in_view_at_1440_by_900(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = open_main_window(qtbot, db, tmp_path)
    window.resize(1440, 900)
    board = window.show_screen("board").board  # type: ignore[attr-defined]
    qtbot.waitExposed(window)
    viewport = board.scroll_area.viewport()
    for key in COLUMN_KEYS:
        column = board.columns[key]
        shown = column.strip if column.folded else column.header
        left = shown.mapTo(viewport, QPoint(0, 0)).x()
        assert 0 <= left and left + shown.width() <= viewport.width(), key
    assert board.scroll_area.horizontalScrollBar().maximum() == 0


def test_an_empty_column_says_where_to_drop(board: PipelineBoard, make: Factory) -> None:
    make.application_at(Stage.SOURCED, make.mission())
    board.reload()
    empty, full = board.view(Stage.PROFILE_SENT), board.view(Stage.SOURCED)
    painted = empty.viewport().grab().toImage()
    blank = full.viewport().grab().toImage()
    # Text in the empty column's top area: some pixel differs from the column's background.
    background = painted.pixelColor(2, 2)
    assert any(painted.pixelColor(x, y) != background for x in range(painted.width()) for y in range(24, 50))
    assert blank.pixelColor(2, 2).isValid()


def test_a_move_says_whose_card_went_where(board: PipelineBoard, make: Factory, qtbot: QtBot) -> None:
    application_id = make.application_at(Stage.SOURCED, make.mission())
    board.reload()
    name = board.card(application_id).freelancer_name  # type: ignore[union-attr]
    with qtbot.waitSignal(board.message) as said:
        drag(board, application_id, Stage.POSITIONING_CALL)
    assert said.args == [f"Moved {name} to Positioning call."]


def test_a_move_out_of_the_filtered_set_says_so(board: PipelineBoard, make: Factory, qtbot: QtBot) -> None:
    application_id = make.application_at(Stage.SOURCED, make.mission())
    board.reload()
    name = board.card(application_id).freelancer_name  # type: ignore[union-attr]
    board.text_filter.setText(name)
    board.apply_filters()  # what the pause after typing does
    board.moves.move(application_id, Stage.POSITIONING_CALL)
    board.text_filter.setText("zzz-nobody")
    board.apply_filters()
    with qtbot.waitSignal(board.message) as said:
        board.moves.move(application_id, Stage.PROFILE_SENT)
    assert said.args[0] == f"Moved {name} to Profile sent. The filters hide it."


def test_compact_cards_are_smaller_and_remembered(qtbot: QtBot, db: Database, make: Factory, tmp_path: Path) -> None:
    board = open_board(qtbot, db, tmp_path)
    make.application_at(Stage.SOURCED, make.mission())
    board.reload()
    view = board.view(Stage.SOURCED)
    tall = view.visualRect(view.model().index(0, 0)).height()
    qtbot.mouseClick(board.compact_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert view.visualRect(view.model().index(0, 0)).height() < tall * 0.7
    again = open_board(qtbot, db, tmp_path)
    assert again.compact_button.isChecked() and again.delegate.compact
