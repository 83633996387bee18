"""The offboarding checklist's items, one per line for each page that has a checklist."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from fms.core.enums import OffboardingPage
from fms.services.offboarding import CHECKLIST_PAGES, default_template, read_template, save_template
from fms.storage.database import Database
from fms.ui.dialogs.form import FormDialog
from fms.ui.i18n import default_language, label


class OffboardingTemplateDialog(FormDialog[None]):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__("offboardingTemplateDialog", "", lambda template: save_template(db, template), parent)
        self.setWindowTitle(self.tr("Offboarding checklist"))
        template = read_template(db, default_language())
        self.editors: dict[str, QPlainTextEdit] = {}
        for page in CHECKLIST_PAGES:
            editor = QPlainTextEdit("\n".join(template[page]), self)
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(90)
            editor.setPlaceholderText(self.tr("One item per line"))
            self.editors[page] = editor
            self.add_field(page, label(OffboardingPage(page)), editor)
        reset = self.buttons.addButton(self.tr("Back to the &default"), self.buttons.ButtonRole.ResetRole)
        reset.setObjectName("resetTemplateButton")
        reset.clicked.connect(self.reset)
        self.resize(620, 520)

    def reset(self) -> None:
        for page, editor in self.editors.items():
            editor.setPlainText("\n".join(default_template(default_language())[page]))

    def collect(self) -> dict[str, tuple[str, ...]]:
        return {page: tuple(editor.toPlainText().splitlines()) for page, editor in self.editors.items()}
