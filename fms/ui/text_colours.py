"""The two text colours beyond the palette's own, alert red and hint grey, readable on the current theme.

Labels keep them through a style sheet that is written again when the application's palette
changes (View → Theme), lists through brushes asked for at each `data()` call.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from fms.ui.contrast import readable

ALERT_HUE = "#b3261e"
HINT_HUE = "#5f6b7a"
DONE_HUE = "#8a8a8a"


@lru_cache(maxsize=32)
def _readable(hue: str, background: int) -> QColor:
    return readable(QColor(hue), QColor.fromRgb(background))


def text_colour(hue: str, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """`hue` made readable on the application palette's `role` (Window for labels, Base for lists)."""
    return QColor(_readable(hue, QGuiApplication.palette().color(role).rgb()))


def alert_brush() -> QBrush:
    """Rows that need acting on (late, expiring, do not rehire)."""
    return QBrush(text_colour(ALERT_HUE, QPalette.ColorRole.Base))


def done_brush() -> QBrush:
    """Rows that are over (done, archived)."""
    return QBrush(text_colour(DONE_HUE, QPalette.ColorRole.Base))


class _StyleFollower(QObject):
    def __init__(self, widget: QWidget, hue: str, extra: str) -> None:
        super().__init__(widget)
        self.widget, self.hue, self.extra = widget, hue, extra
        self.apply()
        widget.installEventFilter(self)

    def apply(self) -> None:
        self.widget.setStyleSheet(f"color: {text_colour(self.hue).name()};{' ' + self.extra if self.extra else ''}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.apply()
        return False


def show_as_alert(widget: QWidget, extra: str = "") -> None:
    """Red text (errors, warnings) that stays readable when the theme changes; `extra` is more CSS."""
    _StyleFollower(widget, ALERT_HUE, extra)


def show_as_hint(widget: QWidget) -> None:
    """Grey text for hints and notices, readable on the current theme."""
    _StyleFollower(widget, HINT_HUE, "")
