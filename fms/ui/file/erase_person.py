"""*Erase this person…* in a freelancer's file: one confirmation naming what goes and what stays anonymised."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from fms.core.errors import KnownError
from fms.ui.errors import show_error
from fms.ui.i18n import arg
from fms.ui.status import tell
from fms.ui.worker import run_in_worker

if TYPE_CHECKING:
    from fms.services.data import ErasedPerson
    from fms.storage.database import Database


def confirmation_text(name: str) -> str:
    return arg(
        QCoreApplication.translate(
            "ErasePerson",
            "Erase %1?\n\nRemoved, here and in every backup: the name, email, phone, LinkedIn profile, location, "
            "headline, notes and every free text, skills, follow-ups, saved-list entries, documents and their "
            "files.\n\nKept, anonymised as “Erased person” for the statistics: applications and their stage "
            "changes, interview results and scores, engagements and rates.\n\nThis cannot be undone.",
        ),
        name,
    )


def confirm_and_erase(db: Database, freelancer_id: int, name: str, parent: QWidget) -> ErasedPerson | None:
    """The erase once confirmed (run in a worker: every backup copy is rewritten), or None."""
    from fms.services.data import erase_freelancer

    title = QCoreApplication.translate("ErasePerson", "Erase this person")
    answer = QMessageBox.question(
        parent,
        title,
        confirmation_text(name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        erased = run_in_worker(lambda _progress, _cancelled: erase_freelancer(db, freelancer_id), parent)
    except KnownError as error:
        show_error(parent, error)
        return None
    # The file's own window closes: the main window it was opened from says so.
    message = QCoreApplication.translate("ErasePerson", "%1 was erased; the record is now “%2”.")
    tell(parent, arg(message, name, erased.label))
    return erased
