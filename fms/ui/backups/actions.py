"""File → Back up now… and File → Restore…, the daily automatic backup, and the last backup's time."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from fms.core.errors import KnownError
from fms.storage.errors import DamagedDatabaseError
from fms.storage.locations import DatabaseLocation
from fms.ui.context import AppContext
from fms.ui.errors import show_error
from fms.ui.i18n import arg, error_text
from fms.ui.plurals import plurals

# The backups' storage (and Babel, for the dates) is imported where used: the main window that
# builds these actions is painted before any of it is needed.
if TYPE_CHECKING:
    from fms.storage.backups import Backup
    from fms.ui.backups.worker import Task

log = logging.getLogger(__name__)
# The automatic backup waits for the first screen to settle, then runs in the background.
AUTOMATIC_DELAY_MS = 3000


class BackupActions(QObject):
    """The main window's backups: what the menus call, and the status bar's "Last backup" label."""

    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.label = QLabel(window)
        self.label.setObjectName("lastBackupLabel")
        self.automatic: Task | None = None
        context.database_opened.connect(self.update_label)

    def database_file(self) -> Path | None:
        return self.context.db.location.sqlite_path if self.context.is_open else None

    def update_label(self) -> None:
        from fms.storage.backups import last_backup_time
        from fms.ui.formatting import show_datetime

        path = self.database_file()
        if path is None:
            self.label.setText("")
            return
        last = last_backup_time(path)
        self.label.setText(arg(self.tr("Last backup: %1"), show_datetime(last)) if last else self.tr("No backup yet"))
        self.label.setAccessibleName(self.label.text())

    def _stage_labels(self) -> dict[str, str]:
        return {
            "copy": self.tr("Copying the database…"),
            "check": self.tr("Checking the copy…"),
            "attachments": self.tr("Copying the attached files…"),
        }

    def _file_or_explain(self) -> Path | None:
        path = self.database_file()
        if path is None and self.context.is_open:
            QMessageBox.information(
                self.window,
                self.tr("Backups"),
                self.tr("This database is on a server: it is backed up there, not by Vivier."),
            )
        return path

    # Back up now ------------------------------------------------------------------------------

    def back_up_now(self) -> Backup | None:
        from fms.storage.backups import MANUAL, BackupCancelled, create_backup
        from fms.ui.backups.worker import run_with_progress

        path = self._file_or_explain()
        if path is None:
            return None
        try:
            backup: Backup = run_with_progress(
                self.window,
                self.tr("Back up"),
                self._stage_labels(),
                lambda progress: create_backup(path, MANUAL, progress=progress),
            )
        except BackupCancelled:
            self.window.statusBar().showMessage(self.tr("Backup stopped; nothing was kept."), 8000)
            return None
        except KnownError as error:
            show_error(self.window, error, self.tr("Back up"))
            return None
        self.update_label()
        self.window.statusBar().showMessage(arg(self.tr("Backup made: %1"), backup.folder), 10000)
        return backup

    # Restore ----------------------------------------------------------------------------------

    def show_backups(self) -> None:
        from fms.storage.backups import backups_folder, list_backups
        from fms.ui.backups.dialogs import BackupsDialog

        path = self._file_or_explain()
        while path is not None:
            dialog = BackupsDialog(list_backups(path), str(backups_folder(path)), self.window)
            if dialog.exec() != BackupsDialog.DialogCode.Accepted:
                return
            if dialog.back_up_requested:
                self.back_up_now()
                continue  # the list again, with the new backup
            if dialog.chosen is not None:
                self.restore(dialog.chosen)
            return

    def restore(self, backup: Backup) -> bool:
        """Closes the database, restores `backup`, and opens the database again (restored or not)."""
        from fms.storage.backups import BackupCancelled
        from fms.storage.restore import restore_backup
        from fms.ui.backups.worker import run_with_progress
        from fms.ui.formatting import show_datetime

        path = self.database_file()
        if path is None:
            return False
        location = self.context.db.location
        self.stop()
        closed = self.context.close_database()
        if closed is not None:
            closed.dispose()
        restored = False
        try:
            result = run_with_progress(
                self.window,
                self.tr("Restore"),
                self._stage_labels(),
                lambda progress: restore_backup(path, backup, progress),
            )
            restored = True
        except BackupCancelled:
            pass
        except KnownError as error:
            show_error(self.window, error, self.tr("Restore"))
        if not self.reopen(location):
            return False
        if restored:
            message = arg(
                self.tr("Backup of %1 restored; the replaced database was kept as %2"),
                show_datetime(backup.created),
                result.kept,
            )
            self.window.statusBar().showMessage(message, 15000)
            if result.attachments_unavailable:
                QMessageBox.warning(
                    self.window,
                    self.tr("Restore"),
                    plurals().files_not_put_back(result.attachments_unavailable),
                )
        return restored

    def reopen(self, location: DatabaseLocation) -> bool:
        from fms.storage.opening import open_database

        try:
            opened = open_database(location)
        except KnownError as error:
            QMessageBox.critical(self.window, self.tr("Cannot open the database"), error_text(error))
            return False
        self.context.set_database(opened.db)
        return True

    # Automatic backups ------------------------------------------------------------------------

    def start_automatic(self) -> None:
        """Schedules today's backup, if one is due, in the background (never blocks the window)."""
        QTimer.singleShot(AUTOMATIC_DELAY_MS, self, self._run_automatic)

    def _run_automatic(self) -> None:
        from fms.storage.backups import automatic_backup
        from fms.ui.backups.worker import Task

        path = self.database_file()
        if path is None or self.automatic is not None:
            return
        self.automatic = Task(lambda progress: automatic_backup(path, progress), self)
        self.automatic.succeeded.connect(self._automatic_done)
        self.automatic.failed.connect(self._automatic_failed)
        self.automatic.finished.connect(self._automatic_finished)
        self.automatic.start()

    def _automatic_done(self, backup: Backup | None) -> None:
        if backup is not None:
            self.update_label()
            self.window.statusBar().showMessage(self.tr("Daily backup made"), 8000)

    def _automatic_failed(self, error: BaseException) -> None:
        from fms.storage.backups import BackupCancelled

        if isinstance(error, BackupCancelled):
            return
        if isinstance(error, DamagedDatabaseError):
            show_error(self.window, error, self.tr("Back up"))
        elif isinstance(error, KnownError):
            log.warning("automatic backup failed: %s", error.message)
            self.window.statusBar().showMessage(error_text(error), 15000)
        else:
            raise error  # a bug: the crash dialog

    def _automatic_finished(self) -> None:
        if self.automatic is not None:
            self.automatic.deleteLater()
        self.automatic = None

    def stop(self) -> None:
        """Stops a running automatic backup (nothing of it is kept) and waits for its thread."""
        if self.automatic is not None:
            self.automatic.cancel()
            self.automatic.wait()
