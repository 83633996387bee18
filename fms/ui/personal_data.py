"""File → Export a person's data… and File → Retention review…: the GDPR requests a manager answers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from fms.core.errors import KnownError
from fms.ui.errors import show_error
from fms.ui.i18n import arg
from fms.ui.status import tell
from fms.ui.worker import run_in_worker

if TYPE_CHECKING:  # the main window builds its menus before the first paint: no SQLAlchemy yet
    from fms.storage.database import Database
    from fms.ui.context import AppContext

MATCHES = 50  # a name or an address narrows to a handful; more would only be scrolled past


def add_personal_data_actions(window: QMainWindow, menu: QMenu, context: AppContext) -> None:
    """The two File menu entries (the main window adds this one call, nothing else)."""

    def export() -> None:
        PersonExportDialog(context.db, window).exec()

    def review() -> None:
        from fms.ui.retention_dialog import RetentionReviewDialog

        RetentionReviewDialog(context.db, window).exec()
        context.notify("freelancer")

    for text, name, slot in (
        (QCoreApplication.translate("PersonalData", "Export a &person's data…"), "exportPersonDataAction", export),
        (QCoreApplication.translate("PersonalData", "Re&tention review…"), "retentionReviewAction", review),
    ):
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)


class PersonExportDialog(QDialog):
    """Find the person by name or email, then choose where their zip goes; it is written in a worker."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("personExportDialog")
        self.setWindowTitle(self.tr("Export a person's data"))
        self.search = QLineEdit(self)
        self.search.setObjectName("personSearchEdit")
        self.search.setAccessibleName(self.tr("Name or email"))
        self.search.setPlaceholderText(self.tr("Name or email"))
        self.matches = QListWidget(self)
        self.matches.setObjectName("personMatches")
        self.matches.setAccessibleName(self.tr("People found"))
        hint = QLabel(self.tr("The zip holds every record about the person as JSON, and their attached files."), self)
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("personExportButtons")
        self.export_button = self.buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("personExportButton")
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.search, self.matches, hint, self.buttons):
            layout.addWidget(widget)
        self.search.textChanged.connect(self.find_people)
        self.matches.currentItemChanged.connect(lambda *_: self._update())
        self.matches.itemDoubleClicked.connect(lambda *_: self.export())
        self.written: Path | None = None
        self.find_people("")

    def find_people(self, text: str) -> None:
        from fms.services.file import freelancer_page

        self.matches.clear()
        for row in freelancer_page(self.db, text.strip(), limit=MATCHES):
            if not row.email:  # an export is asked for, and answered, by email
                continue
            item = QListWidgetItem(f"{row.name} — {row.email}")
            item.setData(Qt.ItemDataRole.UserRole, row.email)
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)
        self._update()

    def _update(self) -> None:
        self.export_button.setEnabled(self.matches.currentItem() is not None)

    def chosen_email(self) -> str:
        item = self.matches.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def ask_target(self, email: str) -> str:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), f"{email.split('@')[0]}-data.zip", self.tr("Zip archive (*.zip)")
        )
        return chosen

    def export(self) -> None:
        from fms.services.data import gdpr_export

        email = self.chosen_email()
        if not email:
            return
        target = self.ask_target(email)
        if not target:
            return
        path = Path(target) if target.lower().endswith(".zip") else Path(f"{target}.zip")
        try:
            result = run_in_worker(lambda _progress, _cancelled: gdpr_export(self.db, email, path), self)
        except KnownError as error:
            show_error(self, error)
            return
        self.written = result.path
        message = self.tr("%1's data written to %2 (%3 records, %4 files).")
        tell(self, arg(message, email, result.path, result.records, result.files))
        self.accept()
