"""Folded board columns: a narrow strip with the stage's name turned on its side, and its count.

Folding is a view choice only: the column keeps its model and its filter, and the choice is
remembered in the settings with the rest of the layout.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

FOLDED_WIDTH = 34
SETTINGS_KEY = "board/folded"


class ClickableHeader(QLabel):
    """A column's header: a click folds or unfolds the column."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class FoldedStrip(ClickableHeader):
    """Paints «count · title» bottom to top, as a spine on a shelf."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setFixedWidth(FOLDED_WIDTH)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(FOLDED_WIDTH, 200)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.translate(0, self.height())
            painter.rotate(-90)
            # Rotated: the strip's height is the text's width, drawn from the top end down.
            room = QRect(8, 0, self.height() - 16, self.width())
            painter.drawText(room, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.text())
        finally:
            painter.end()


class FoldMemory:
    """Which columns are folded, read from and written to the settings (Alumni folded at first)."""

    def __init__(self, settings: QSettings, default: Iterable[str]) -> None:
        self.settings = settings
        stored = settings.value(SETTINGS_KEY)
        if stored is None:
            self.folded = set(default)
        elif isinstance(stored, str):
            self.folded = {stored} if stored else set()
        else:
            self.folded = {str(key) for key in stored}

    def set_folded(self, key: str, folded: bool) -> None:
        (self.folded.add if folded else self.folded.discard)(key)
        # An empty list is stored as "" so that "nothing folded" is told apart from "never chosen".
        self.settings.setValue(SETTINGS_KEY, sorted(self.folded) or "")
        self.settings.sync()
