"""A horizontal bar chart (pyqtgraph) whose bars open the list behind them, by mouse or keyboard.

Imported only when the dashboard is first shown: pyqtgraph and numpy cost start-up time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    # What is written at the end of the bar (the count, a rate): the value when empty.
    text: str = ""


class BarChart(QWidget):
    """Bars from top to bottom in the order given; `bar_activated(index)` on a click or Enter.

    Colours come from the widget's palette, so the chart reads in light and dark themes alike.
    """

    bar_activated = Signal(int)

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._bars: tuple[Bar, ...] = ()
        self.current = 0
        heading = QLabel(title, self)
        heading.setStyleSheet("font-weight: bold;")
        self.plot = pg.PlotWidget(self)
        self.plot.setObjectName(f"{name}Plot")
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.getPlotItem().hideAxis("bottom")
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self._items: list[Any] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.plot, 1)
        self._apply_palette()

    @property
    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def set_bars(self, bars: tuple[Bar, ...]) -> None:
        self._bars = bars
        self.current = min(self.current, max(0, len(bars) - 1))
        # A screen reader reads the figures the bars draw.
        self.setAccessibleDescription("; ".join(f"{bar.label}: {bar.text or _number(bar.value)}" for bar in bars))
        self._draw()

    def bar_center(self, index: int) -> QPointF:
        """Where bar `index` is on the plot's viewport (what a click there hits)."""
        bar = self._bars[index]
        view_point = QPointF(max(bar.value, self._top() * 0.02) / 2, float(index))
        scene_point = self.plot.getPlotItem().vb.mapViewToScene(view_point)
        return QPointF(self.plot.mapFromScene(scene_point))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
            self._draw()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self._bars:
            step = 1 if key == Qt.Key.Key_Down else -1
            self.current = max(0, min(len(self._bars) - 1, self.current + step))
            self._draw()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._bars:
            self.bar_activated.emit(self.current)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self._draw()

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self._draw()

    def _top(self) -> float:
        return max((bar.value for bar in self._bars), default=0.0) or 1.0

    def _apply_palette(self) -> None:
        palette = self.palette()
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        for axis in ("left", "bottom"):
            item = self.plot.getPlotItem().getAxis(axis)
            item.setPen(pg.mkPen(text))
            item.setTextPen(pg.mkPen(text))

    def _draw(self) -> None:
        plot = self.plot.getPlotItem()
        for item in self._items:
            plot.removeItem(item)
        self._items = []
        palette = self.palette()
        fill = palette.color(QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.Text)
        count = len(self._bars)
        if count:
            brushes = [pg.mkBrush(fill) for _ in self._bars]
            pens = [
                pg.mkPen(text, width=2) if self.hasFocus() and i == self.current else pg.mkPen(fill)
                for i in range(count)
            ]
            bars = pg.BarGraphItem(
                x0=[0.0] * count,
                y=list(range(count)),
                height=0.6,
                width=[bar.value for bar in self._bars],
                brushes=brushes,
                pens=pens,
            )
            plot.addItem(bars)
            self._items.append(bars)
            for index, bar in enumerate(self._bars):
                label = pg.TextItem(bar.text or _number(bar.value), color=QColor(text), anchor=(0, 0.5))
                label.setPos(bar.value, index)
                plot.addItem(label)
                self._items.append(label)
        plot.getAxis("left").setTicks([[(i, bar.label) for i, bar in enumerate(self._bars)]])
        plot.getViewBox().invertY(True)
        plot.setXRange(0, self._top() * 1.25, padding=0)
        plot.setYRange(-0.5, max(count, 1) - 0.5, padding=0.02)

    def _clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._bars:
            return
        point = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        index = round(point.y())
        if 0 <= index < len(self._bars) and abs(point.y() - index) <= 0.3:
            self.current = index
            self._draw()
            self.bar_activated.emit(index)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
