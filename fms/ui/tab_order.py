"""Keeps one widget last in the window's Tab order while screens are added after it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class LastInTabOrder(QObject):
    """Puts `last` after each new screen's own controls when tabbing; before the window's first paint, just after it.

    Walking a screen's focus chain meets widgets Qt made itself (a view's viewport, a line edit's
    button). The first of them makes PySide6 build the Python type of every QWidget subclass with
    all their enums (about 80 classes, 8 ms here): at start-up that came before the first cards.
    """

    def __init__(self, window: QWidget, last: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.last = last
        self._waiting: list[QWidget] = []
        self._painted = False

    def add(self, screen: QWidget) -> None:
        if self._painted:
            self._put_last_after(screen)
            return
        if not self._waiting:  # not from the start: each event to the window through Python costs
            self.window.installEventFilter(self)
        self._waiting.append(screen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            self._painted = True
            QTimer.singleShot(0, self, self._put_waiting)  # once the whole first paint is on screen
        return False

    def _put_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        for screen in waiting:
            self._put_last_after(screen)

    def _put_last_after(self, screen: QWidget) -> None:
        end: QWidget = screen
        widget = screen.nextInFocusChain()
        while widget is not None and widget is not screen and screen.isAncestorOf(widget):
            end, widget = widget, widget.nextInFocusChain()
        if end is not screen:
            QWidget.setTabOrder(end, self.last)
