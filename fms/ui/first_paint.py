"""Work a window puts off until its first paint is on screen: what the first frame does not show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Runs each callback given to `then` once the window has painted once; at once when it already has."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.done = False
        self._waiting: list[Callable[[], object]] = []
        window.installEventFilter(self)

    def then(self, callback: Callable[[], object]) -> None:
        if self.done:
            callback()
        else:
            self._waiting.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run_waiting)  # after the whole paint, its children's included
        return False

    def _run_waiting(self) -> None:
        self.done = True
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()
