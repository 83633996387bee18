"""File → New database…, Open database… and Recent databases: choosing which file the app works on.

The menu only asks; `database_requested(path, create)` tells the application, which reopens
its window on the file. The recent list lives in QSettings, newest first, at most eight.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from fms.ui.i18n import arg

RECENT_KEY = "databases/recent"
MAX_RECENT = 8


def recent_databases(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_KEY, [])
    # QSettings gives back a str for a one-item list and None for an empty one on some backends.
    paths = [value] if isinstance(value, str) else list(value) if isinstance(value, list | tuple) else []
    return [str(path) for path in paths if path][:MAX_RECENT]


def remember_database(settings: QSettings, path: Path) -> None:
    """Puts `path` first in the recent list."""
    entry = str(path)
    paths = [entry, *(other for other in recent_databases(settings) if other != entry)]
    settings.setValue(RECENT_KEY, paths[:MAX_RECENT])
    settings.sync()


class DatabaseMenu(QObject):
    """The database entries of the File menu, added to `menu` at its current end."""

    database_requested = Signal(str, bool)  # path, and whether it is a new file to create

    def __init__(self, window: QWidget, menu: QMenu, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._add(menu, self.tr("New &database…"), "newDatabaseAction", self.new_database)
        self._add(menu, self.tr("&Open database…"), "openDatabaseAction", self.open_database)
        self.recent_menu = menu.addMenu(self.tr("&Recent databases"))
        self.recent_menu.setObjectName("recentDatabasesMenu")
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.fill_recent()

    def _add(self, menu: QMenu, text: str, name: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _folder(self) -> str:
        recent = recent_databases(self.settings)
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def _filter(self) -> str:
        return self.tr("Vivier databases (*.db *.sqlite);;All files (*)")

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New database"),
            str(Path(self._folder()) / "vivier.db"),
            self._filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return
        if Path(path).exists():  # a new database never replaces a file
            QMessageBox.warning(
                self.window,
                self.tr("New database"),
                arg(self.tr("%1 already exists. Choose another name, or open it with Open database…"), path),
            )
            return
        self.database_requested.emit(path, True)

    def open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open a database"), self._folder(), self._filter())
        if path:
            self.database_requested.emit(path, False)

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = recent_databases(self.settings)
        for path in paths:
            missing = not Path(path).exists()
            text = arg(self.tr("%1 (missing)"), path) if missing else path
            action = self.recent_menu.addAction(text.replace("&", "&&"))
            action.setData(path)
            action.setEnabled(not missing)
            action.triggered.connect(lambda _checked=False, path=path: self.database_requested.emit(path, False))
        self.recent_menu.setEnabled(bool(paths))
