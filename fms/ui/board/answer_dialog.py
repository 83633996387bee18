"""The answer owed when an application closes: edit it, copy it, open it in the mail client, mark it sent.

Shown when a card closes (nothing is stored before its buttons say so) and later from the card's
details, the freelancer's file and the answers-owed list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fms.core.enums import Outcome
from fms.core.errors import KnownError
from fms.services.pipeline import Answer
from fms.storage.database import Database
from fms.ui.errors import show_error
from fms.ui.formatting import show_datetime
from fms.ui.i18n import arg, label
from fms.ui.text_colours import show_as_hint
from fms.values.mail import mailto_url

# Each language named in itself, as a language picker does: not translated.
LANGUAGE_NAMES = (("en", "English"), ("fr", "Français"))

Store = Callable[[str, str, bool], object]  # (subject, text, sent) -> what was stored
Redraft = Callable[[str], tuple[str, str]]  # language -> (subject, text)


class AnswerDialog(QDialog):
    """`store` writes the text (and whether it was sent); its refusals show here and keep the dialog open."""

    def __init__(
        self,
        answer: Answer,
        store: Store,
        redraft: Redraft,
        language: str,
        closing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("answerDialog")
        self.setModal(True)
        self.answer = answer
        self._store = store
        self._redraft = redraft
        self.result_value: object = None
        self.sent = False
        # The text last drafted by the app: changing the language replaces it without asking.
        self._last_draft: str | None = answer.body if answer.drafted else None
        self.setWindowTitle(self.tr("Note to the client") if answer.to_client else self.tr("Answer to the candidate"))
        self.language = QComboBox(self)
        self.language.setObjectName("answerLanguage")
        self.language.setAccessibleName(self.tr("Language of the answer"))
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self._language_shown = self.language.currentData()
        self.language.currentIndexChanged.connect(self._language_changed)
        self.subject = QLineEdit(answer.subject, self)
        self.subject.setObjectName("answerSubject")
        self.subject.setAccessibleName(self.tr("Subject"))
        self.subject.setCursorPosition(0)  # the start of the subject, not its end, is what reads
        self.text = QPlainTextEdit(answer.body, self)
        self.text.setObjectName("answerText")
        self.text.setAccessibleName(self.tr("Answer"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(260)
        self.notice = QLabel(self)
        self.notice.setObjectName("answerNotice")
        show_as_hint(self.notice)
        layout = QVBoxLayout(self)
        layout.addLayout(self._facts())
        layout.addWidget(self.text, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self._buttons(closing))
        if answer.justification and not answer.sent:
            self.notice.setText(self.tr("The client's justification is quoted as written: check that it reads well."))
        if answer.sent:
            for editor in (self.subject, self.text):
                editor.setReadOnly(True)
            self.language.setEnabled(False)
        self.resize(680, 620)

    def _facts(self) -> QFormLayout:
        answer = self.answer
        facts = QFormLayout()
        to = answer.recipient_name or self.tr("the client's contact")
        if answer.recipient_email:
            to = f"{to} <{answer.recipient_email}>"
        else:
            to = arg(self.tr("%1 (no email address known: add it before opening the mail)"), to)
        self.recipient = QLabel(to, self)
        self.recipient.setObjectName("answerRecipient")
        facts.addRow(self.tr("To"), self.recipient)
        outcome = label(answer.outcome)
        if answer.outcome == Outcome.DECLINED_BY_FREELANCER and answer.decline_reason is not None:
            outcome = f"{outcome} · {label(answer.decline_reason)}"
        facts.addRow(self.tr("Outcome"), QLabel(outcome, self))
        if answer.justification:
            said = QLabel(answer.justification, self)
            said.setWordWrap(True)
            facts.addRow(self.tr("The client's justification"), said)
        if answer.details and answer.outcome != Outcome.REJECTED_BY_CLIENT:
            details = QLabel(answer.details, self)
            details.setWordWrap(True)
            facts.addRow(self.tr("Details"), details)
        sent = arg(self.tr("Sent on %1"), show_datetime(answer.sent_at)) if answer.sent_at else self.tr("Not yet")
        self.sent_label = QLabel(sent, self)
        self.sent_label.setObjectName("answerSentOn")
        facts.addRow(self.tr("Answer"), self.sent_label)
        facts.addRow(self.tr("Language"), self.language)
        facts.addRow(self.tr("Subject"), self.subject)
        return facts

    def _buttons(self, closing: bool) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        buttons.setObjectName("answerButtons")
        self.copy_button = self._button(buttons, self.tr("&Copy"), "copyAnswerButton", self.copy)
        self.mail_button = self._button(buttons, self.tr("Open in &mail"), "openMailButton", self.open_in_mail)
        save_text = self.tr("&Close, answer later") if closing else self.tr("Save the &draft")
        sent_text = self.tr("Close and mark as &sent") if closing else self.tr("Mark as &sent")
        self.save_button = self._button(buttons, save_text, "saveAnswerButton", lambda: self.store(sent=False))
        self.sent_button = self._button(buttons, sent_text, "markSentButton", lambda: self.store(sent=True))
        close = buttons.addButton(
            QDialogButtonBox.StandardButton.Cancel if closing else QDialogButtonBox.StandardButton.Close
        )
        close.setObjectName("closeAnswerButton")
        buttons.rejected.connect(self.reject)
        if self.answer.sent:
            self.save_button.hide()
            self.sent_button.hide()
        return buttons

    def _button(self, buttons: QDialogButtonBox, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        return button

    # What the user does ---------------------------------------------------------------------

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.notice.setText(self.tr("Copied to the clipboard."))

    def open_in_mail(self) -> None:
        url = mailto_url(self.answer.recipient_email, self.subject.text(), self.text.toPlainText())
        QDesktopServices.openUrl(QUrl.fromEncoded(url.encode("ascii")))
        if not self.answer.sent:
            self.notice.setText(self.tr("Once the mail has gone, mark the answer as sent."))

    def store(self, sent: bool) -> None:
        try:
            self.result_value = self._store(self.subject.text(), self.text.toPlainText(), sent)
        except KnownError as error:
            show_error(self, error)
            return
        self.sent = sent
        self.accept()

    def _language_changed(self) -> None:
        language = self.language.currentData()
        if language == self._language_shown:
            return
        edited = self._last_draft is None or self.text.toPlainText() != self._last_draft
        if edited and not self._confirm_replace():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(self.language.findData(self._language_shown))
            self.language.blockSignals(False)
            return
        try:
            subject, body = self._redraft(language)
        except KnownError as error:
            show_error(self, error)
            return
        self._language_shown = language
        self.subject.setText(subject)
        self.subject.setCursorPosition(0)
        self.text.setPlainText(body)
        self._last_draft = body

    def _confirm_replace(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Replace the text with a new draft in this language? Your changes to it are lost."),
        )
        return answer == QMessageBox.StandardButton.Yes


def open_answer(db: Database, application_id: int, language: str, parent: QWidget) -> bool:
    """The answer of a closed application, to edit, send or read again; True when something was stored."""
    from fms.services.pipeline import get_answer, mark_feedback_sent, redraft_answer, save_answer

    try:
        answer = get_answer(db, application_id, language)
    except KnownError as error:
        show_error(parent, error)
        return False

    def store(_subject: str, text: str, sent: bool) -> object:
        if sent:
            return mark_feedback_sent(db, application_id, text)
        save_answer(db, application_id, text)
        return None

    def redraft(chosen: str) -> tuple[str, str]:
        return redraft_answer(db, application_id, chosen)

    dialog = AnswerDialog(answer, store, redraft, language, closing=False, parent=parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
