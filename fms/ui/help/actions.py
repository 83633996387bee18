"""What the Help menu and File → Open data folder do, kept out of the main window's module."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence

from fms.storage.locations import data_dir
from fms.ui.context import AppContext

if TYPE_CHECKING:
    from fms.ui.main_window import MainWindow


def settings_keys() -> QKeySequence:
    """The platform's Preferences key (⌘, on macOS); Ctrl+, where the platform has none (Windows, most Linux)."""
    standard = QKeySequence(QKeySequence.StandardKey.Preferences)
    return standard if not standard.isEmpty() else QKeySequence("Ctrl+,")


def data_folder(context: AppContext) -> str:
    """The open database's folder (its backups and attachments sit beside it), else Vivier's data folder."""
    path = context.db.location.sqlite_path if context.is_open else None
    return str(path.parent if path is not None else data_dir())


def open_folder(folder: str) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(folder))


def open_data_folder(window: MainWindow) -> bool:
    return open_folder(data_folder(window.context))


def show_about(window: MainWindow) -> None:
    from fms.ui.help.about import AboutDialog

    dialog = AboutDialog(data_folder(window.context), window.database_label.text(), window.backups.label.text(), window)
    dialog.exec()
