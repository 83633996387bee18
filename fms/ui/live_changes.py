"""Other windows' saves reach this one's screens: SQLite's change counter or PostgreSQL's change
notifications, looked at every second.

A look is one `PRAGMA data_version` on a connection kept for it (a few microseconds), or a read of
the notifications already received on PostgreSQL, so the window looks while it is on screen,
active or beside the one being typed in, and stops while it is minimized or hidden. Coming back,
it looks at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from fms.storage.changes import Watcher
from fms.ui.context import AppContext

POLL_MS = 1000
# The data_changed topic of a change saved by another window or process.
ELSEWHERE = "elsewhere"


class ChangePoller(QObject):
    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.watcher: Watcher | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("changePollTimer")
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)
        context.database_opened.connect(self._on_database_opened)
        window.installEventFilter(self)

    def _on_database_opened(self) -> None:
        self.watcher = self.context.db.watch_changes()
        self._follow_window()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.WindowStateChange,
            QEvent.Type.ActivationChange,
        ):
            self._follow_window()
        return False

    def _follow_window(self) -> None:
        on_screen = self.window.isVisible() and not self.window.isMinimized()
        if self.watcher is None or not on_screen:
            self.timer.stop()
            return
        if not self.timer.isActive():
            self.timer.start()
            self.check()  # what changed while we were not looking
        elif self.window.isActiveWindow():
            self.check()  # the user comes back to this window: show them the latest at once

    def check(self) -> bool:
        """Tells the screens to reload when another connection committed; True if it did."""
        if self.watcher is None or not self.context.is_open:
            return False
        if not self.watcher.changed():
            return False
        self.context.notify(ELSEWHERE)
        return True
