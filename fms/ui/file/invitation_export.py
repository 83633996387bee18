"""Saves an interview's invitation (or its cancellation) as an .ics file where the user chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from fms.core.errors import KnownError
from fms.services import settings
from fms.services.file import Person, invitation, organizer
from fms.storage.database import Database
from fms.ui.errors import show_error


def save_invitation(db: Database, interview_id: int, parent: QWidget, cancel: bool = False) -> Path | None:
    """The file written, or None when the user gave up (or a problem was shown)."""
    sender = _ask_organizer(db, parent)
    if sender is None:
        return None
    title = (
        QCoreApplication.translate("invitations", "Save the cancellation")
        if cancel
        else QCoreApplication.translate("invitations", "Save the invitation")
    )
    name = "interview-cancelled.ics" if cancel else "interview.ics"
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), "iCalendar (*.ics)")
    if not chosen:
        return None
    path = Path(chosen) if chosen.lower().endswith(".ics") else Path(chosen + ".ics")
    try:
        data = invitation(db, interview_id, sender, cancel=cancel)
    except KnownError as error:
        show_error(parent, error)
        return None
    try:
        path.write_bytes(data)
    except OSError as error:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate("invitations", "The file could not be written: %1").replace("%1", str(error)),
        )
        return None
    return path


def _ask_organizer(db: Database, parent: QWidget) -> Person | None:
    """The organiser's address is asked once, then kept in the settings for the next invitations."""
    sender = organizer(db)
    if "@" in sender.email:
        return sender
    email, accepted = QInputDialog.getText(
        parent,
        QCoreApplication.translate("invitations", "Invitations"),
        QCoreApplication.translate("invitations", "Your email address, as the organiser of the interviews:"),
        QLineEdit.EchoMode.Normal,
    )
    if not accepted or "@" not in email:
        return None
    try:
        settings.set_texts(db, {settings.INVITATION_EMAIL: email.strip()})
    except KnownError as error:
        show_error(parent, error)
        return None
    return Person(sender.name, email.strip())
