"""Asked when a save is refused because someone saved the same record since the form was opened:
what differs, theirs against yours, then Reload (theirs) or Overwrite (yours)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fms.core.errors import ChangedElsewhere
from fms.ui.formatting import show_date
from fms.ui.i18n import error_text, label

RELOAD, OVERWRITE, KEEP_EDITING = "reload", "overwrite", "cancel"


class StaleSaveDialog(QDialog):
    """`choice` is RELOAD, OVERWRITE or KEEP_EDITING (Cancel, Escape) once it is closed."""

    def __init__(self, error: ChangedElsewhere, captions: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staleSaveDialog")
        self.setWindowTitle(self.tr("Saved elsewhere"))
        self.choice = KEEP_EDITING
        heading = QLabel(error_text(error), self)
        heading.setObjectName("staleSaveMessage")
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        explanation = QLabel(
            self.tr(
                "Reload shows their version and drops your changes. Overwrite saves yours over theirs, "
                "including the fields below."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.table = QTableWidget(len(error.changes), 3, self)
        self.table.setObjectName("staleSaveChanges")
        self.table.setAccessibleName(self.tr("What differs"))
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Saved now (theirs)"), self.tr("Yours")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read-only: the buttons take the keys
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, change in enumerate(error.changes):
            for column, text in enumerate(
                (captions.get(change.field, change.field), show_value(change.theirs), show_value(change.yours))
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(error.changes))
        buttons = QDialogButtonBox(self)
        self.reload_button = self._button(buttons, self.tr("&Reload theirs"), "reloadButton", RELOAD)
        self.overwrite_button = self._button(buttons, self.tr("&Overwrite with mine"), "overwriteButton", OVERWRITE)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Keep editing"))
        cancel.clicked.connect(self.reject)
        self.reload_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 180 + 30 * len(error.changes))

    def _button(self, buttons: QDialogButtonBox, text: str, name: str, choice: str) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def show_value(value: Any) -> str:
    """A field's value as the form shows it; an empty one as a dash, so that it is seen."""
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("StaleSaveDialog", "Yes")
        return QCoreApplication.translate("StaleSaveDialog", "No")
    if isinstance(value, Enum):
        return label(value)
    if isinstance(value, date):
        return show_date(value)
    text = "" if value is None else str(value)
    return text if text.strip() else "—"


def ask_stale_save(parent: QWidget, error: ChangedElsewhere, captions: Mapping[str, str]) -> str:
    """RELOAD, OVERWRITE or KEEP_EDITING."""
    dialog = StaleSaveDialog(error, captions, parent)
    dialog.exec()
    return dialog.choice
