"""The dashboard's bar chart on its own: clicks and keys pick the bar drawn there, long labels elide, text reads."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from pytestqt.qtbot import QtBot

from fms.ui.contrast import TEXT_CONTRAST, contrast_ratio
from fms.ui.dashboard.charts import Bar, BarChart
from fms.ui.theme import dark_palette, light_palette

BARS = (Bar("Sourced", 8.0), Bar("Screened", 6.0, "6 · 75%"), Bar("Hired", 2.0), Bar("Alumni", 0.0))


class RecordingPainter(QPainter):
    """Paints as usual, and notes each filled rectangle and each text with the pen it was drawn in."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.fills: list[tuple[QRectF, QColor]] = []
        self.texts: list[tuple[str, QRectF, QColor]] = []

    def fillRect(self, *args: Any) -> None:  # type: ignore[override]  # noqa: N802 - the chart's (rect, colour)
        rect, colour = args
        self.fills.append((QRectF(rect), QColor(colour)))
        super().fillRect(*args)

    def drawText(self, *args: Any) -> None:  # type: ignore[override]  # noqa: N802 - the chart's (rect, flags, text)
        rect, _flags, text = args
        self.texts.append((text, QRectF(rect), QColor(self.pen().color())))
        super().drawText(*args)

    def background_of(self, rect: QRectF) -> QColor:
        """The last rectangle filled under the text's left middle: the bars never reach under a text."""
        point = QPointF(rect.left() + 1, rect.center().y())
        return next(colour for shape, colour in reversed(self.fills) if shape.contains(point))


def chart(qtbot: QtBot, bars: tuple[Bar, ...] = BARS, width: int = 480) -> BarChart:
    widget = BarChart("testChart", "Funnel")
    qtbot.addWidget(widget)
    widget.set_bars(bars)
    widget.resize(width, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def record(widget: BarChart) -> RecordingPainter:
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    painter = RecordingPainter(image)
    try:
        widget.paint_on(painter)
    finally:
        painter.end()
    return painter


@pytest.mark.parametrize("index", range(len(BARS)))
def test_a_click_on_bar_k_activates_k(qtbot: QtBot, index: int) -> None:
    widget = chart(qtbot)

    with qtbot.waitSignal(widget.bar_activated) as activated:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.bar_center(index).toPoint())

    assert activated.args == [index]
    assert widget.current == index


def test_a_click_beside_the_bars_activates_nothing(qtbot: QtBot) -> None:
    widget = chart(qtbot)
    below = widget.rows()[-1].row.bottom() + 2

    with qtbot.assertNotEmitted(widget.bar_activated):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPointF(100, below).toPoint())
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPointF(100, 5).toPoint())  # the title


def test_bars_are_as_long_as_their_value_against_the_largest(qtbot: QtBot) -> None:
    rows = chart(qtbot).rows()

    assert rows[2].bar.width() == pytest.approx(rows[0].bar.width() / 4)
    assert rows[3].bar.width() == 0
    # Each figure is written just past its bar, inside the chart.
    assert all(row.text.left() > row.bar.right() and row.text.right() <= 480 for row in rows)


def test_the_keys_move_along_the_bars_and_enter_opens_one(qtbot: QtBot) -> None:
    widget = chart(qtbot)
    widget.setFocus()
    assert widget.accessibleDescription() == "Sourced: 8"

    qtbot.keyClick(widget, Qt.Key.Key_Up)  # already at the top
    qtbot.keyClick(widget, Qt.Key.Key_Down)
    assert (widget.current, widget.accessibleDescription()) == (1, "Screened: 6 · 75%")
    qtbot.keyClick(widget, Qt.Key.Key_End)
    qtbot.keyClick(widget, Qt.Key.Key_Down)  # already at the bottom
    assert widget.current == 3
    qtbot.keyClick(widget, Qt.Key.Key_Home)
    qtbot.keyClick(widget, Qt.Key.Key_Down)
    with qtbot.waitSignal(widget.bar_activated) as activated:
        qtbot.keyClick(widget, Qt.Key.Key_Return)

    assert activated.args == [1]
    assert widget.accessibleName() == "Funnel"


def test_an_empty_chart_paints_and_ignores_clicks_and_keys(qtbot: QtBot) -> None:
    widget = chart(qtbot, bars=())
    widget.setFocus()

    with qtbot.assertNotEmitted(widget.bar_activated):
        qtbot.keyClick(widget, Qt.Key.Key_Down)
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())

    assert not widget.grab().isNull()
    assert [text for text, _rect, _pen in record(widget).texts] == ["Funnel", "Nothing to show"]
    assert widget.accessibleDescription() == ""


def test_a_long_label_is_elided_and_whole_in_the_tooltip(qtbot: QtBot) -> None:
    long = "Senior data engineer for the payment platform · Banque Populaire du Grand Ouest"
    widget = chart(qtbot, bars=(Bar(long, 3.0), Bar("Short", 1.0)), width=360)

    drawn = [text for text, _rect, _pen in record(widget).texts]

    assert drawn[1].endswith("…") and long.startswith(drawn[1][:-1]) and drawn[3] == "Short"
    assert widget.tooltip_at(widget.bar_center(0)) == f"{long}: 3"
    assert widget.rows()[0].label.width() <= 360 * 0.4


def test_the_pointer_over_a_bar_is_a_hand(qtbot: QtBot) -> None:
    widget = chart(qtbot)

    qtbot.mouseMove(widget, widget.bar_center(1).toPoint())
    assert widget.cursor().shape() == Qt.CursorShape.PointingHandCursor
    qtbot.mouseMove(widget, QPointF(100, 5).toPoint())
    assert widget.cursor().shape() == Qt.CursorShape.ArrowCursor


@pytest.mark.parametrize("palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_every_text_reads_at_4_5_to_1_hovered_and_focused(qtbot: QtBot, palette: Any) -> None:
    widget = chart(qtbot)
    widget.setPalette(palette())
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Down)
    qtbot.mouseMove(widget, widget.bar_center(2).toPoint())

    painter = record(widget)

    assert len(painter.texts) == 1 + 2 * len(BARS)
    base = palette().color(QPalette.ColorRole.Base)
    assert painter.fills[0][1] == base
    for text, rect, pen in painter.texts:
        background = painter.background_of(rect)
        assert contrast_ratio(pen, background) >= TEXT_CONTRAST, (text, pen.name(), background.name())
    backgrounds = {painter.background_of(rect).name() for _text, rect, _pen in painter.texts}
    assert len(backgrounds) == 2  # the hovered and the focused rows are shaded
