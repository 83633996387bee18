"""Actions shared by the screens that edit their rows: new, edit, archive or restore."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from fms.core.errors import KnownError
from fms.ui.errors import show_error


def archived_toggle(parent: QWidget, text: str, object_name: str, slot: Callable[[], Any]) -> QCheckBox:
    box = QCheckBox(text, parent)
    box.setObjectName(object_name)
    box.setAccessibleName(text.replace("&", ""))
    box.toggled.connect(slot)
    return box


def shortcut_action(parent: QWidget, keys: QKeySequence | QKeySequence.StandardKey, slot: Callable[[], Any]) -> QAction:
    """A shortcut that works while the screen has focus (Enter to edit, Delete to archive)."""
    action = QAction(parent)
    action.setShortcut(keys)
    action.setShortcutContext(action.shortcutContext().WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    parent.addAction(action)
    return action


def run_action(parent: QWidget, title: str, call: Callable[[], Any]) -> Any:
    """Runs a service call; a known problem is told in a message box and None returned."""
    try:
        return call()
    except KnownError as error:
        show_error(parent, error, title=title)
        return None


def confirm(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(
        parent, title, question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    return answer == QMessageBox.StandardButton.Yes
