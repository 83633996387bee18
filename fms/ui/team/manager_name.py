"""The manager's name: the actor written in history, notes and stage changes, set once per user.

It lives in the user's QSettings, not in the database: two managers on one server each keep their
own. On a team database with no name set yet it is asked at start, prefilled with the login.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from fms.storage.database import Database, default_actor

NAME_KEY = "user/managerName"
# The activity log's actor column holds 120 characters.
MAX_LENGTH = 120


def manager_name(settings: QSettings) -> str:
    value = settings.value(NAME_KEY, "")
    return str(value).strip() if value else ""


def set_manager_name(settings: QSettings, name: str) -> None:
    settings.setValue(NAME_KEY, name.strip())
    settings.sync()


def apply_manager_name(parent: QWidget | None, settings: QSettings, db: Database) -> None:
    """Makes the saved name the actor of `db`; on a team database with none saved, asks for it first."""
    name = manager_name(settings)
    if not name and db.location.sqlite_path is None:
        dialog = ManagerNameDialog(default_actor(), parent, first_start=True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name = dialog.name()
            set_manager_name(settings, name)
    if name:
        db.actor = name


class ManagerNameDialog(QDialog):
    """One line: the name colleagues read in the history of what this user did."""

    def __init__(self, name: str, parent: QWidget | None = None, first_start: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("managerNameDialog")
        self.setWindowTitle(self.tr("Your name"))
        intro = QLabel(
            self.tr(
                "Your colleagues see this name in the history of every change you make, in your notes and in "
                "stage changes. It is kept for you on this computer."
            ),
            self,
        )
        intro.setWordWrap(True)
        if first_start:
            intro.setText(self.tr("This database is shared by a team.") + " " + intro.text())
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("managerNameEdit")
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setMaxLength(MAX_LENGTH)
        self.name_edit.selectAll()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setParent(self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._update_ok()

    def name(self) -> str:
        return self.name_edit.text().strip()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name()))  # an empty actor would hide who did what


def change_manager_name(parent: QWidget | None, settings: QSettings, db: Database | None) -> bool:
    """File → Your name…: the new name is the actor of everything done from now on."""
    dialog = ManagerNameDialog(manager_name(settings) or default_actor(), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    set_manager_name(settings, dialog.name())
    if db is not None:
        db.actor = dialog.name()
    return True
