"""The board's scroll bars: a flat handle on the colour under it, drawn from a style sheet.

Fusion draws a scroll bar's groove and handle with gradients, about 2.3 ms a paint at a column's
height against 0.07 ms for this sheet (median of 20, offscreen), and every move repaints the
scroll bars of both its columns (their ranges change) as the first paint does all of them. The
handle reads at 3:1 on its groove (WCAG's contrast for the parts of a control); the arrows go, as
on the platforms' overlay scroll bars: the wheel, the keys and a drag on the handle scroll.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QScrollBar, QWidget

from fms.ui.contrast import mix, readable

CONTROL_CONTRAST = 3.0
THICKNESS = 10


def handle_colours(groove: QColor, palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """At rest, under the pointer, dragged: each further from the groove, the last the selection's."""
    text = palette.color(QPalette.ColorRole.Text)
    rest = readable(mix(groove, text, 0.3), groove, CONTROL_CONTRAST)
    hover = mix(rest, text, 0.3)
    pressed = readable(palette.color(QPalette.ColorRole.Highlight), groove, CONTROL_CONTRAST)
    return rest, hover, pressed


def scroll_bar_sheet(groove: QColor, palette: QPalette, orientation: Qt.Orientation) -> str:
    rest, hover, pressed = (colour.name() for colour in handle_colours(groove, palette))
    if orientation == Qt.Orientation.Vertical:
        way, thickness, length, arrows = "vertical", "width", "min-height", "height"
    else:
        way, thickness, length, arrows = "horizontal", "height", "min-width", "width"
    return (
        f"QScrollBar:{way} {{ background: {groove.name()}; {thickness}: {THICKNESS}px; margin: 0px; border: none; }}"
        f" QScrollBar::handle:{way} {{ background: {rest}; border-radius: 3px; {length}: 32px; margin: 2px; }}"
        f" QScrollBar::handle:{way}:hover {{ background: {hover}; }}"
        f" QScrollBar::handle:{way}:pressed {{ background: {pressed}; }}"
        f" QScrollBar::add-line:{way}, QScrollBar::sub-line:{way} {{ {arrows}: 0px; border: none; background: none; }}"
        f" QScrollBar::add-page:{way}, QScrollBar::sub-page:{way} {{ background: none; }}"
    )


def window_colour() -> QColor:
    """The groove of a scroll bar over the window's own background (the board's row of columns)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Window)


class FlatScrollBar(QScrollBar):
    """Restyles itself from `groove()` (the colour of what it scrolls) at each theme change."""

    def __init__(
        self, orientation: Qt.Orientation, groove: Callable[[], QColor], parent: QWidget | None = None
    ) -> None:
        super().__init__(orientation, parent)
        self._groove = groove
        self._apply_colours()

    def _apply_colours(self) -> None:
        self.setStyleSheet(scroll_bar_sheet(self._groove(), QGuiApplication.palette(), self.orientation()))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._apply_colours()
        return super().event(event)
