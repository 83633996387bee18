"""Asking before a dialog throws typed changes away (Escape, Cancel, the window's close button).

One mechanism for every edit dialog: the form's values are read when the dialog is first shown
and read again on reject; a dialog whose values are as they were closes without a question.
Reading values (not counting edit signals) means typing a word and deleting it again is no change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTextEdit,
    QWidget,
)


def form_values(root: QWidget) -> list[object]:
    """What the user can change under `root`, in widget order (added or removed rows count too)."""
    values: list[object] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            if not isinstance(widget.parent(), QAbstractSpinBox | QComboBox):  # their own editor: read below
                values.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            values.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            values.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QDateTimeEdit):
            values.append(widget.dateTime().toString(Qt.DateFormat.ISODate))
        elif isinstance(widget, QSpinBox | QDoubleSpinBox):
            values.append(widget.value())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
        elif isinstance(widget, QTableWidget):
            values.append(
                [
                    (item.text() if (item := widget.item(row, column)) is not None else "")
                    for row in range(widget.rowCount())
                    for column in range(widget.columnCount())
                ]
            )
    return values


class ConfirmsDiscard:
    """Mixed into a QDialog (before it in the bases): `reject` asks when the form has changed.

    `changes_root` says which part of the dialog is the form (the whole dialog by default);
    `confirm_discard` is the question, which a dialog may make richer (the freelancer's file
    also offers to save).
    """

    _snapshot: list[object] | None = None

    def changes_root(self) -> QWidget:
        return self  # type: ignore[return-value]

    def take_snapshot(self) -> None:
        """The values as they are now count as unchanged (on first show, and after a save that stays open)."""
        self._snapshot = form_values(self.changes_root())

    @property
    def has_unsaved_changes(self) -> bool:
        return self._snapshot is not None and form_values(self.changes_root()) != self._snapshot

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._snapshot is None:
            self.take_snapshot()
        super().showEvent(event)  # type: ignore[misc]

    def confirm_discard(self) -> bool:
        """True to close and lose the changes."""
        answer = QMessageBox.question(
            self,  # type: ignore[arg-type]
            self.windowTitle(),  # type: ignore[attr-defined]
            QCoreApplication.translate("UnsavedChanges", "Discard the changes you made?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        # Escape and the close button come here too (QDialog's keyPressEvent and closeEvent).
        if self.has_unsaved_changes and not self.confirm_discard():
            return
        super().reject()  # type: ignore[misc]
