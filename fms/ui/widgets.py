"""Widget helpers the screens and dialogs share: a button named for tests and screen readers, a refilled choice list."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWidget


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


def refill_combo(combo: QComboBox, items: Iterable[tuple[str, Any]], first: str | None = None) -> None:
    """Replaces the (text, data) choices, `first` on top with no data, keeping the chosen data if it remains.

    Silent: a refill after a reload is not the user choosing, so no filter runs again.
    """
    current = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        if first is not None:
            combo.addItem(first, None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
    finally:
        combo.blockSignals(False)


def filter_combo(parent: QWidget, name: str, caption: str) -> QComboBox:
    """A toolbar's choice, named for tests and screen readers, wide enough for its longest usual entry."""
    box = QComboBox(parent)
    box.setObjectName(name)
    box.setAccessibleName(caption)
    box.setMinimumContentsLength(14)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return box


def search_box(parent: QWidget, placeholder: str, object_name: str, width: int = 320) -> QLineEdit:
    """A text to search or filter by, its placeholder also its accessible name, with a clear button."""
    box = QLineEdit(parent)
    box.setObjectName(object_name)
    box.setPlaceholderText(placeholder)
    box.setAccessibleName(placeholder)
    box.setClearButtonEnabled(True)
    box.setMaximumWidth(width)
    return box


def filter_line(parent: QWidget, name: str, caption: str) -> QLineEdit:
    """A toolbar's text filter: narrower, several stand side by side."""
    return search_box(parent, caption, name, width=220)
