"""A damaged database at start: the refusal names the latest good backup and offers to restore it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from fms.core.errors import KnownError
from fms.storage.backups import Backup, BackupCancelled
from fms.storage.errors import DamagedDatabaseError, DatabaseOpenError
from fms.storage.locations import DatabaseLocation
from fms.ui.backups.dialogs import kind_label
from fms.ui.backups.worker import run_with_progress
from fms.ui.errors import show_error
from fms.ui.formatting import show_datetime
from fms.ui.i18n import arg, error_text
from fms.ui.plurals import plurals


class DamagedDatabaseMessage(QMessageBox):
    """Why the file was refused, and the backup that can replace it."""

    def __init__(self, error: DatabaseOpenError, backup: Backup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damagedDatabaseMessage")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Cannot open the database"))
        counts = ""
        if backup.freelancers is not None:
            counts = plurals().freelancers(backup.freelancers)
        self.setText(error_text(error))
        self.setInformativeText(
            arg(
                self.tr(
                    "The latest good backup is from %1 (%2, %3): %4.\n\nRestore it? The damaged file is set "
                    "aside unchanged in the backups folder, and Vivier opens the restored database."
                ),
                show_datetime(backup.created),
                kind_label(backup.kind),
                counts,
                backup.folder,
            )
        )
        self.restore_button = self.addButton(self.tr("Restore this backup"), QMessageBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreLatestButton")
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.quit_button.setObjectName("quitButton")
        self.setDefaultButton(self.quit_button)

    def restore_chosen(self) -> bool:
        return self.clickedButton() is self.restore_button

    def restore_title(self) -> str:
        return self.tr("Restore")

    def stage_labels(self) -> dict[str, str]:
        return {
            "copy": self.tr("Restoring the backup…"),
            "check": self.tr("Checking the backup…"),
            "attachments": self.tr("Putting back the attached files…"),
        }


def offer_backup_after_damage(
    parent: QWidget | None, error: DatabaseOpenError, location: DatabaseLocation
) -> bool | None:
    """Offers the latest good backup in place of a damaged file.

    Returns None when there is nothing to offer (not damage, or no good backup: the caller shows
    its usual message), False when the user declined or the restore failed (already said), True
    once the backup is in place: the caller opens the database again.
    """
    from fms.storage.restore import latest_good_backup, restore_backup

    path = location.sqlite_path
    if not isinstance(error, DamagedDatabaseError) or path is None:
        return None
    backup = latest_good_backup(path)
    if backup is None:
        return None
    message = DamagedDatabaseMessage(error, backup, parent)
    message.exec()
    if not message.restore_chosen():
        return False
    title = message.restore_title()
    try:
        run_with_progress(
            parent, title, message.stage_labels(), lambda progress: restore_backup(path, backup, progress)
        )
    except BackupCancelled:
        return False
    except KnownError as failure:
        show_error(parent, failure, title)
        return False
    return True
