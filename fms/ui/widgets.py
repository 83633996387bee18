"""Widget makers the screens and dialogs share: a push button named for tests and for screen readers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget


def action_button(parent: QWidget, text: str, object_name: str, slot: Callable[[], Any]) -> QPushButton:
    """A button whose accessible name is its text without the mnemonic.

    `slot` is called with no argument: `clicked` would pass its `checked` flag to a slot's first
    optional parameter (`mark_done(result=None)` would get False).
    """
    button = QPushButton(text, parent)
    button.setObjectName(object_name)
    button.setAccessibleName(text.replace("&", ""))
    button.clicked.connect(lambda: slot())
    return button
