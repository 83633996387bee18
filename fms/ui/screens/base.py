"""A screen of the main window: a titled page that loads its data when it is seen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fms.core.errors import KnownError
from fms.ui.context import AppContext
from fms.ui.i18n import error_text


class Screen(QWidget):
    """Reloads from the services when shown after a change, never while hidden.

    `message` is for the main window's status bar; `undo_stack` is set by screens that undo.
    """

    message = Signal(str)
    undo_stack: QUndoStack | None = None

    def __init__(self, context: AppContext, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.context = context
        self._stale = True
        self._previewing = False
        context.data_changed.connect(self._on_data_changed)
        context.database_opened.connect(self._on_data_changed)
        self.heading = QLabel(self)
        self.heading.setObjectName("screenHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.status = QLabel(self)
        self.status.setObjectName("screenStatus")
        self.layout_ = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addStretch(1)
        header.addWidget(self.status)
        self.layout_.addLayout(header)

    def load(self) -> None:
        """Fetches the data from the services and fills the views."""
        raise NotImplementedError

    def show_preview(self, path: Path) -> bool:
        """Start-up's rows read from the SQLite file at `path` with sqlite3, shown disabled until `load`
        replaces them; False when this screen has no preview or the file could not be read so."""
        return False

    def clear_preview(self) -> None:
        """Empties the preview (still disabled): the file turned out not to be usable as it was read."""

    @property
    def previewing(self) -> bool:
        return self._previewing

    def begin_preview(self) -> None:
        """What `show_preview` showed stays disabled (no edit, menu or dialog) and busy until a refresh."""
        self.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._previewing = True

    def end_preview(self) -> None:
        if self._previewing:
            self._previewing = False
            self.setEnabled(True)  # the widgets disabled on their own (a button with no selection) stay so
            self.unsetCursor()

    def refresh(self) -> None:
        if not self.context.is_open:
            return
        try:
            self.load()
        except KnownError as error:
            if self.previewing:  # what the services could not confirm is not left on screen, usable
                self.clear_preview()
            self.status.setText(error_text(error))
        self.end_preview()
        self._stale = False

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_data_changed(self, _topic: str = "") -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()
