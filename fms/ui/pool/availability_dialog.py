"""The availability requests of a saved list: one text per person, copied or opened in mail."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fms.services.pool import AvailabilityRequest
from fms.ui.i18n import arg
from fms.values.mail import mailto_url


class AvailabilityDialog(QDialog):
    def __init__(self, requests: list[AvailabilityRequest], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("availabilityRequestDialog")
        self.setWindowTitle(self.tr("Availability request"))
        self.requests = requests
        self.texts = [request.body for request in requests]  # edits are kept per person
        self.people = QListWidget(self)
        self.people.setObjectName("availabilityPeople")
        self.people.setAccessibleName(self.tr("People asked"))
        for request in requests:
            self.people.addItem(arg(self.tr("%1 <%2>"), request.name, request.email) if request.email else request.name)
        self.recipient = QLabel(self)
        self.recipient.setObjectName("availabilityRecipient")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("availabilityText")
        self.text.setAccessibleName(self.tr("Message"))
        self.text.textChanged.connect(self._keep_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for text, name, slot in (
            (self.tr("&Copy"), "copyAvailabilityButton", self.copy),
            (self.tr("Copy &all"), "copyAllAvailabilityButton", self.copy_all),
            (self.tr("Open in &mail"), "mailAvailabilityButton", self.open_mail),
        ):
            button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
            button.setObjectName(name)
            button.clicked.connect(slot)
        self.people.currentRowChanged.connect(self._show)
        right = QVBoxLayout()
        right.addWidget(self.recipient)
        right.addWidget(self.text, 1)
        body = QHBoxLayout()
        body.addWidget(self.people)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.people.setCurrentRow(0)
        self.resize(760, 420)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.requests):
            request = self.requests[row]
            self.recipient.setText(arg(self.tr("To %1 · %2"), request.name, request.subject))
            self.text.blockSignals(True)
            self.text.setPlainText(self.texts[row])
            self.text.blockSignals(False)

    def _keep_edit(self) -> None:
        row = self.people.currentRow()
        if 0 <= row < len(self.texts):
            self.texts[row] = self.text.toPlainText()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText("\n\n---\n\n".join(self.texts))

    def mail_url(self) -> str:
        row = self.people.currentRow()
        request = self.requests[row]
        return mailto_url(request.email, request.subject, self.texts[row])

    def open_mail(self) -> None:
        QDesktopServices.openUrl(QUrl(self.mail_url()))
