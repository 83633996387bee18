"""Edit → Message templates…: each template in English and French, previewed on a real person as it is typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fms.core.errors import KnownError, ValidationError
from fms.services.file import freelancer_page
from fms.services.messages import (
    PLACEHOLDERS,
    MessageKind,
    Template,
    check_template,
    draft_message,
    list_templates,
    message_contexts,
    reset_template,
    save_template,
)
from fms.storage.database import Database
from fms.ui.errors import show_error
from fms.ui.i18n import arg, error_text, field_error_texts
from fms.ui.messages.message_dialog import kind_label, language_combo
from fms.ui.text_colours import show_as_alert, show_as_hint
from fms.ui.widgets import action_button, refill_combo

Key = tuple[MessageKind, str]
PEOPLE_SHOWN = 50  # the preview's person list: enough to find someone by typing a few letters


class MessageTemplatesDialog(QDialog):
    """Edits are kept per template and language until *Save*; closing with unsaved edits asks first."""

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageTemplatesDialog")
        self.setWindowTitle(self.tr("Message templates"))
        self.db = db
        self._saved: dict[Key, tuple[str, str]] = {}
        self._edited: dict[Key, bool] = {}
        for template in list_templates(db):
            self._saved[(template.kind, template.language)] = (template.subject, template.body)
            self._edited[(template.kind, template.language)] = template.edited
        self._texts = dict(self._saved)
        self._shown: Key | None = None
        self.kinds = QListWidget(self)
        self.kinds.setObjectName("templateKinds")
        self.kinds.setAccessibleName(self.tr("Templates"))
        for kind in MessageKind:
            item = QListWidgetItem(kind_label(kind), self.kinds)
            item.setData(Qt.ItemDataRole.UserRole, kind)
        self.kinds.setMaximumWidth(260)
        self.language = language_combo(self, "templateLanguage", language)
        self.language.setAccessibleName(self.tr("Language of the template"))
        self.subject = QLineEdit(self)
        self.subject.setObjectName("templateSubject")
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("templateBody")
        self.body.setAccessibleName(self.tr("Text of the template"))
        self.body.setTabChangesFocus(True)
        hint = QLabel(arg(self.tr("Placeholders: %1"), " ".join("{" + name + "}" for name in PLACEHOLDERS)), self)
        hint.setWordWrap(True)
        show_as_hint(hint)
        self.error = QLabel(self)
        self.error.setObjectName("templateError")
        self.error.setWordWrap(True)
        show_as_alert(self.error)
        self.search = QLineEdit(self)
        self.search.setObjectName("previewSearch")
        self.search.setAccessibleName(self.tr("Find a person for the preview"))
        self.search.setPlaceholderText(self.tr("Find a person…"))
        self.person = QComboBox(self)
        self.person.setObjectName("previewPerson")
        self.person.setAccessibleName(self.tr("Person of the preview"))
        self.about = QComboBox(self)
        self.about.setObjectName("previewAbout")
        self.about.setAccessibleName(self.tr("Mission of the preview"))
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("templatePreview")
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setReadOnly(True)
        self._layout(hint)
        self.kinds.currentRowChanged.connect(lambda _row: self._switch())
        self.language.currentIndexChanged.connect(lambda _index: self._switch())
        self.subject.textChanged.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.search.textChanged.connect(lambda _text: self._find_people())
        self.person.currentIndexChanged.connect(lambda _index: self._person_changed())
        self.about.currentIndexChanged.connect(lambda _index: self._update())
        self._find_people()
        self.kinds.setCurrentRow(0)
        self.resize(1000, 640)

    def _layout(self, hint: QLabel) -> None:
        editor = QFormLayout()
        editor.addRow(self.tr("&Language"), self.language)
        editor.addRow(self.tr("&Subject"), self.subject)
        editor.addRow(self.tr("&Text"), self.body)
        editor.addRow("", hint)
        editor.addRow("", self.error)
        preview = QFormLayout()
        preview.addRow(self.tr("&Person"), self.search)
        preview.addRow("", self.person)
        preview.addRow(self.tr("&Mission"), self.about)
        preview.addRow(self.tr("Preview"), self.preview)
        middle = QHBoxLayout()
        middle.addWidget(self.kinds)
        middle.addLayout(editor, 3)
        middle.addLayout(preview, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.save_button = action_button(self, self.tr("&Save"), "saveTemplateButton", self.save)
        self.reset_button = action_button(self, self.tr("&Reset to default"), "resetTemplateButton", self.reset)
        for button in (self.save_button, self.reset_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(middle, 1)
        layout.addWidget(buttons)

    def current_key(self) -> Key:
        item = self.kinds.currentItem()
        kind = MessageKind(item.data(Qt.ItemDataRole.UserRole)) if item is not None else MessageKind.INTERVIEW_THANKS
        return kind, str(self.language.currentData())

    def unsaved(self) -> list[Key]:
        return [key for key, texts in self._texts.items() if texts != self._saved[key]]

    # Editing ------------------------------------------------------------------------------

    def _switch(self) -> None:
        key = self.current_key()
        subject, body = self._texts[key]
        self._shown = None  # the editors' signals below must not write over the texts kept
        self.subject.setText(subject)
        self.subject.setCursorPosition(0)  # the start of the subject is what reads
        self.body.setPlainText(body)
        self._shown = key
        self._update()

    def _changed(self) -> None:
        if self._shown is not None:
            self._texts[self._shown] = (self.subject.text(), self.body.toPlainText())
            self._update()

    def _update(self) -> None:
        key = self.current_key()
        subject, body = self._texts[key]
        self.reset_button.setEnabled(self._edited[key] or self._texts[key] != self._saved[key])
        try:
            check_template(subject, body)
        except ValidationError as error:
            self.error.setText("\n".join(field_error_texts(error.field_errors).values()))
            self.preview.clear()
            return
        self.error.clear()
        freelancer_id = self.person.currentData()
        if freelancer_id is None:
            self.preview.setPlainText(self.tr("Choose a person to see the message filled in."))
            return
        try:
            draft = draft_message(
                self.db,
                key[0],
                key[1],
                freelancer_id,
                self.about.currentData(),
                Template(key[0], key[1], subject, body),
            )
        except KnownError as error:
            self.preview.setPlainText(error_text(error))
            return
        self.preview.setPlainText(f"{draft.subject}\n\n{draft.body}")

    # The preview's person -------------------------------------------------------------------

    def _find_people(self) -> None:
        rows = freelancer_page(self.db, self.search.text().strip(), limit=PEOPLE_SHOWN)
        refill_combo(self.person, [(row.name, row.id) for row in rows])
        self._person_changed()

    def _person_changed(self) -> None:
        freelancer_id = self.person.currentData()
        contexts = message_contexts(self.db, freelancer_id) if freelancer_id is not None else []
        refill_combo(
            self.about,
            [(f"{c.mission_title} · {c.client_name}", c.application_id) for c in contexts],
            self.tr("No mission in particular"),
        )
        if contexts and self.about.currentData() is None:
            self.about.setCurrentIndex(1)  # the latest application: most templates speak of a mission
        self._update()

    # Saving ---------------------------------------------------------------------------------

    def save(self) -> bool:
        for key in self.unsaved():
            subject, body = self._texts[key]
            try:
                save_template(self.db, key[0], key[1], subject, body)
            except KnownError as error:
                self._show_key(key)
                show_error(self, error)
                return False
            self._saved[key] = (subject.strip(), body.strip())
            self._texts[key] = self._saved[key]
            self._edited[key] = True
        self._update()
        return True

    def reset(self) -> None:
        key = self.current_key()
        template = reset_template(self.db, *key)
        self._saved[key] = self._texts[key] = (template.subject, template.body)
        self._edited[key] = False
        self._switch()

    def _show_key(self, key: Key) -> None:
        self.kinds.setCurrentRow(list(MessageKind).index(key[0]))
        self.language.setCurrentIndex(self.language.findData(key[1]))

    def reject(self) -> None:
        if self.unsaved():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Save the changes to the templates?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        super().reject()
