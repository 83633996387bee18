"""Telling the user, in the main window's status bar, what an action did: from any dialog or screen."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

MESSAGE_MILLISECONDS = 10000


def main_window_of(widget: QWidget | None) -> QMainWindow | None:
    """The main window a widget belongs to: dialogs are windows of their own, so their parents are walked."""
    while widget is not None:
        if isinstance(widget, QMainWindow):
            return widget
        widget = widget.parentWidget()
    return None


def tell(widget: QWidget | None, text: str, milliseconds: int = MESSAGE_MILLISECONDS) -> bool:
    """Shows `text` in the status bar of `widget`'s main window; False when it has none (a lone dialog)."""
    window = main_window_of(widget)
    if window is None:
        return False
    window.statusBar().showMessage(text, milliseconds)
    return True
