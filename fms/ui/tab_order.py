"""Keeps one widget last in the window's Tab order while screens are added after it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def put_last_after(screen: QWidget, last: QWidget) -> None:
    """Tab reaches `last` after the screen's own controls (a screen built after `last` came before it).

    Called after the window's first paint: the walk meets widgets Qt made itself (a view's viewport,
    a line edit's button), and the first of them makes PySide6 build the Python type of every
    QWidget subclass with all their enums (about 80 classes, 8 ms), which held back the first cards.
    """
    end: QWidget = screen
    widget = screen.nextInFocusChain()
    while widget is not None and widget is not screen and screen.isAncestorOf(widget):
        end, widget = widget, widget.nextInFocusChain()
    if end is not screen:
        QWidget.setTabOrder(end, last)
