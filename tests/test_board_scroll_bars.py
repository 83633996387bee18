"""A column's scroll bar: a flat handle that reads on the column in both themes, follows a theme change, and scrolls."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QScrollBar
from pytestqt.qtbot import QtBot

from fms.core.enums import Stage
from fms.storage.database import Database
from fms.ui.board.board_widget import PipelineBoard
from fms.ui.board.flat_scroll_bar import CONTROL_CONTRAST, handle_colours, window_colour
from fms.ui.board.stage_column import column_colour
from fms.ui.contrast import contrast_ratio
from fms.ui.theme import DARK, LIGHT, SYSTEM, apply_theme, dark_palette, light_palette
from tests.conftest import Factory
from tests.test_board_layout import open_board


@contextmanager
def themes() -> Iterator[Callable[[str], None]]:
    """Switches themes, back to the platform's before the test's board and database go.

    Earlier tests' closed boards (whose databases are gone) are deleted first: a theme change
    reaches every widget still alive, and theirs would read their databases again.
    """
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    try:
        yield apply_theme
    finally:
        apply_theme(SYSTEM)


@pytest.fixture
def full_column(qtbot: QtBot, db: Database, make: Factory, tmp_path: Path) -> PipelineBoard:
    mission_id = make.mission()
    for _ in range(14):  # more cards than the column's height shows
        make.application_at(Stage.SOURCED, mission_id)
    board = open_board(qtbot, db, tmp_path)
    qtbot.waitUntil(lambda: scroll_bar(board).maximum() > 0)
    return board


def scroll_bar(board: PipelineBoard) -> QScrollBar:
    return board.columns[Stage.SOURCED].view.verticalScrollBar()


def pixel(bar: QScrollBar, x: int, y: int) -> QColor:
    return bar.grab().toImage().pixelColor(x, y)


def handle_centre(bar: QScrollBar) -> QPoint:
    """Where the handle is at the top of the range: 2 pixels in, at least 32 tall."""
    return QPoint(bar.width() // 2, 2 + 16)


@pytest.mark.parametrize("palette_of", [light_palette, dark_palette], ids=["light", "dark"])
def test_the_handle_reads_on_the_column_at_rest_and_dragged(palette_of: Callable[[], QPalette]) -> None:
    palette = palette_of()
    for column in (QColor("#f1f3f6"), QColor("#e9ebef"), palette.color(QPalette.ColorRole.Window).darker(125)):
        rest, hover, pressed = handle_colours(column, palette)
        assert contrast_ratio(rest, column) >= CONTROL_CONTRAST
        assert contrast_ratio(pressed, column) >= CONTROL_CONTRAST
        assert hover not in (rest, pressed)


def test_the_column_draws_its_handle_and_groove_in_the_theme_of_the_moment(full_column: PipelineBoard) -> None:
    bar = scroll_bar(full_column)
    with themes() as switch:
        for theme in (LIGHT, DARK):
            switch(theme)
            column = column_colour(Stage.SOURCED.value)
            rest, _hover, _pressed = handle_colours(column, QGuiApplication.palette())
            centre = handle_centre(bar)
            assert pixel(bar, centre.x(), centre.y()).name() == rest.name(), theme
            assert pixel(bar, centre.x(), bar.height() - 2).name() == column.name(), theme  # the groove below


def test_dragging_the_handle_scrolls_the_column(full_column: PipelineBoard, qtbot: QtBot) -> None:
    bar = scroll_bar(full_column)
    start = handle_centre(bar)
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(bar, start + QPoint(0, 120))
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=start + QPoint(0, 120))
    assert bar.value() > 0
    assert full_column.columns[Stage.SOURCED].view.indexAt(QPoint(20, 20)).row() > 0


def test_the_row_of_columns_scrolls_sideways_with_the_same_flat_handle(
    full_column: PipelineBoard, qtbot: QtBot
) -> None:
    full_column.resize(900, 700)  # narrower than the columns: the row scrolls
    bar = full_column.scroll_area.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0)
    with themes() as switch:
        for theme in (LIGHT, DARK):
            switch(theme)
            rest, _hover, _pressed = handle_colours(window_colour(), QGuiApplication.palette())
            assert pixel(bar, 2 + 16, bar.height() // 2).name() == rest.name(), theme
            assert pixel(bar, bar.width() - 2, bar.height() // 2).name() == window_colour().name(), theme
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=QPoint(18, bar.height() // 2))
    qtbot.mouseMove(bar, QPoint(218, bar.height() // 2))
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=QPoint(218, bar.height() // 2))
    assert bar.value() > 0


def test_a_column_paints_its_rounded_background_in_the_theme_s_colour_and_follows_a_change(
    full_column: PipelineBoard,
) -> None:
    column = full_column.columns[Stage.SOURCED]
    with themes() as switch:
        for theme in (LIGHT, DARK):
            switch(theme)
            image = column.grab().toImage()
            inside = image.pixelColor(column.width() // 2, 3)  # above the header's text, inside the corners
            corner = image.pixelColor(0, 0)  # outside the rounded corner: what is under the column
            assert inside.name() == column_colour(column.view.key).name(), theme
            assert corner != inside, theme
