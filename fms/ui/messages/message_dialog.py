"""A message to a person from a template: choose it, read the draft, copy it, open it in mail, mark it sent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fms.core.errors import KnownError
from fms.services.messages import (
    KIND_LABELS,
    MessageDraft,
    MessageKind,
    draft_message,
    message_contexts,
    record_message_sent,
)
from fms.storage.database import Database
from fms.ui.errors import show_error
from fms.ui.i18n import arg
from fms.ui.text_colours import show_as_hint
from fms.values.mail import mailto_url

# Each language named in itself, as a language picker does: not translated.
LANGUAGE_NAMES = (("en", "English"), ("fr", "Français"))


def plain_text(editor: QPlainTextEdit) -> str:
    """The text as typed: `toPlainText()` turns the no-break spaces of French typography into spaces."""
    return editor.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


def kind_label(kind: MessageKind) -> str:
    return QCoreApplication.translate("labels", KIND_LABELS[kind])


def language_combo(parent: QWidget, name: str, language: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for code, shown in LANGUAGE_NAMES:
        combo.addItem(shown, code)
    combo.setCurrentIndex(max(0, combo.findData(language)))
    return combo


class MessageDialog(QDialog):
    """Drafted again whenever the template, the language or the mission changes; `sent` once marked."""

    def __init__(
        self,
        db: Database,
        freelancer_id: int,
        application_id: int | None = None,
        language: str = "en",
        kind: MessageKind = MessageKind.INTERVIEW_THANKS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("messageDialog")
        self.setWindowTitle(self.tr("Message"))
        self.db = db
        self.freelancer_id = freelancer_id
        self.sent = False
        self.draft: MessageDraft | None = None
        self.kind = QComboBox(self)
        self.kind.setObjectName("messageKind")
        self.kind.setAccessibleName(self.tr("Template"))
        for choice in MessageKind:
            self.kind.addItem(kind_label(choice), choice)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.language = language_combo(self, "messageLanguage", language)
        self.language.setAccessibleName(self.tr("Language of the message"))
        self.about = QComboBox(self)
        self.about.setObjectName("messageAbout")
        self.about.setAccessibleName(self.tr("Mission"))
        self.about.addItem(self.tr("No mission in particular"), None)
        for context in message_contexts(db, freelancer_id):
            self.about.addItem(f"{context.mission_title} · {context.client_name}", context.application_id)
        self.about.setCurrentIndex(max(0, self.about.findData(application_id)))
        self.recipient = QLabel(self)
        self.recipient.setObjectName("messageRecipient")
        self.subject = QLineEdit(self)
        self.subject.setObjectName("messageSubject")
        self.subject.setAccessibleName(self.tr("Subject"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("messageText")
        self.text.setAccessibleName(self.tr("Message"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(260)
        self.notice = QLabel(self)
        self.notice.setObjectName("messageNotice")
        show_as_hint(self.notice)
        form = QFormLayout()
        form.addRow(self.tr("&Template"), self.kind)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&About"), self.about)
        form.addRow(self.tr("To"), self.recipient)
        form.addRow(self.tr("&Subject"), self.subject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self._buttons())
        for combo in (self.kind, self.language, self.about):
            combo.currentIndexChanged.connect(self.redraft)
        self.redraft()
        self.resize(680, 600)

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.copy_button = self._button(buttons, self.tr("&Copy"), "copyMessageButton", self.copy)
        self.mail_button = self._button(buttons, self.tr("Open in &mail"), "openMessageMailButton", self.open_in_mail)
        self.sent_button = self._button(buttons, self.tr("Mark as &sent"), "markMessageSentButton", self.mark_sent)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeMessageButton")
        buttons.rejected.connect(self.reject)
        return buttons

    def _button(self, buttons: QDialogButtonBox, text: str, name: str, slot: object) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())  # type: ignore[operator]
        return button

    def redraft(self) -> None:
        try:
            draft = draft_message(
                self.db,
                MessageKind(self.kind.currentData()),
                self.language.currentData(),
                self.freelancer_id,
                self.about.currentData(),
            )
        except KnownError as error:
            show_error(self, error)
            return
        self.draft = draft
        to = draft.recipient_name or self.tr("the client's contact")
        if draft.recipient_email:
            to = f"{to} <{draft.recipient_email}>"
        else:
            to = arg(self.tr("%1 (no email address known: add it before opening the mail)"), to)
        self.recipient.setText(to)
        self.subject.setText(draft.subject)
        self.subject.setCursorPosition(0)
        self.text.setPlainText(draft.body)
        self.notice.clear()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(plain_text(self.text))
        self.notice.setText(self.tr("Copied to the clipboard."))

    def mailto(self) -> str:
        email = self.draft.recipient_email if self.draft else ""
        return mailto_url(email, self.subject.text(), plain_text(self.text))

    def open_in_mail(self) -> None:
        QDesktopServices.openUrl(QUrl.fromEncoded(self.mailto().encode("ascii")))
        self.notice.setText(self.tr("Once the mail has gone, mark the message as sent."))

    def mark_sent(self) -> None:
        try:
            record_message_sent(
                self.db,
                self.freelancer_id,
                MessageKind(self.kind.currentData()),
                self.subject.text(),
                self.about.currentData(),
            )
        except KnownError as error:
            show_error(self, error)
            return
        self.sent = True
        self.accept()
