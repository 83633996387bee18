"""A horizontal bar chart, painted with QPainter, whose bars open the list behind them, by mouse or keyboard.

Drawn by hand rather than by a plotting library: pyqtgraph brought numpy, OpenBLAS and QtOpenGL (about
50 MB of the bundle) for a few bars; Qt Charts is GPL.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from fms.ui.dashboard.bar_painting import PADDING, Row, colours, layout_rows, min_row_height, paint_rows, row_height


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    # What is written at the end of the bar (the count, a rate): the value when empty.
    text: str = ""

    @property
    def shown(self) -> str:
        return self.text or _number(self.value)


class BarChart(QWidget):
    """Its title, then bars from top to bottom in the order given; `bar_activated(index)` on a click or Enter.

    Colours come from the widget's palette, so the chart reads in light and dark themes alike.
    """

    bar_activated = Signal(int)

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = title
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self._bars: tuple[Bar, ...] = ()
        self.current = 0
        self._hovered: int | None = None
        self._pressed: int | None = None

    @property
    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def set_bars(self, bars: tuple[Bar, ...]) -> None:
        self._bars = bars
        self.current = min(self.current, max(0, len(bars) - 1))
        self._hovered = None
        self._describe()
        self.updateGeometry()
        self.update()

    def rows(self) -> list[Row]:
        """Where each bar is drawn, in the widget's coordinates."""
        metrics = QFontMetricsF(self.font())
        area = QRectF(self.rect()).adjusted(PADDING, PADDING + self._title_height(), -PADDING, -PADDING)
        labels = [bar.label for bar in self._bars]
        return layout_rows([bar.value for bar in self._bars], labels, [bar.shown for bar in self._bars], area, metrics)

    def bar_center(self, index: int) -> QPointF:
        """The middle of bar `index` (what a click there hits)."""
        return self.rows()[index].bar.center()

    def bar_at(self, point: QPointF) -> int | None:
        return next((index for index, row in enumerate(self.rows()) if row.row.contains(point)), None)

    def tooltip_at(self, point: QPointF) -> str:
        """The full label and figure of the bar under `point`: the label may be elided on screen."""
        index = self.bar_at(point)
        return "" if index is None else f"{self._bars[index].label}: {self._bars[index].shown}"

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        metrics = QFontMetricsF(self.font())
        height = self._title_height() + max(len(self._bars), 3) * row_height(metrics) + 2 * PADDING
        return QSize(480, int(height + 0.5))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # Every bar keeps a readable row: a long chart grows, and the dashboard scrolls, rather than overlapping.
        metrics = QFontMetricsF(self.font())
        height = self._title_height() + max(len(self._bars), 1) * min_row_height(metrics) + 2 * PADDING
        return QSize(240, int(height + 0.5))

    # Painting -----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        try:
            self.paint_on(painter)
        finally:
            painter.end()

    def paint_on(self, painter: QPainter) -> None:
        """Paints the whole chart with `painter` (a test passes one that draws into an image)."""
        palette = colours(self.palette())
        painter.save()
        painter.setFont(self.font())
        painter.fillRect(QRectF(self.rect()), palette.background)
        heading = QRectF(self.rect()).adjusted(PADDING, PADDING, -PADDING, 0)
        heading.setHeight(self._title_height())
        painter.setFont(self._title_font())
        painter.setPen(palette.text)
        title = QFontMetricsF(self._title_font()).elidedText(self.title, Qt.TextElideMode.ElideRight, heading.width())
        painter.drawText(heading, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        painter.setFont(self.font())
        if self._bars:
            focused = self.current if self.hasFocus() else None
            labels, texts = [bar.label for bar in self._bars], [bar.shown for bar in self._bars]
            paint_rows(painter, self.rows(), labels, texts, palette, self._hovered, focused)
        else:
            body = QRectF(self.rect()).adjusted(PADDING, PADDING + self._title_height(), -PADDING, -PADDING)
            painter.drawText(body, int(Qt.AlignmentFlag.AlignCenter), self.tr("Nothing to show"))
        painter.restore()

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _title_height(self) -> float:
        return QFontMetricsF(self._title_font()).height() + PADDING

    # Mouse and keyboard -------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        hovered = self.bar_at(event.position())
        if hovered != self._hovered:
            self._hovered = hovered
            if hovered is None:
                self.unsetCursor()
            else:
                self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        self._hovered = None
        self.unsetCursor()
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self.bar_at(event.position())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pressed, self._pressed = self._pressed, None
        # Like a button: the bar pressed is activated only if the mouse is released over it.
        if event.button() == Qt.MouseButton.LeftButton and pressed is not None:
            if self.bar_at(event.position()) == pressed:
                self._set_current(pressed)
                self.bar_activated.emit(pressed)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, last = event.key(), len(self._bars) - 1
        moves = {
            Qt.Key.Key_Down: self.current + 1,
            Qt.Key.Key_Up: self.current - 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: last,
        }
        if key in moves and self._bars:
            self._set_current(max(0, min(last, moves[Qt.Key(key)])))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._bars:
            self.bar_activated.emit(self.current)
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def _set_current(self, index: int) -> None:
        if index != self.current:
            self.current = index
            self._describe()
        self.update()

    def _describe(self) -> None:
        # A screen reader reads the bar the arrows are on; setAccessibleDescription tells it of the change.
        bar = self._bars[self.current] if self._bars else None
        self.setAccessibleDescription("" if bar is None else f"{bar.label}: {bar.shown}")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
