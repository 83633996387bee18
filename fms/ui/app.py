"""Start-up: arguments, logging, the database check, the window, then the data.

The window is shown before SQLAlchemy is even imported: only the standard-library check of
the database file runs first, so a damaged file is refused before anything else, and the
first paint does not wait for the ORM.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from fms import __version__
from fms.core.errors import KnownError
from fms.core.logging_setup import log_file_in, setup_logging
from fms.storage.errors import DatabaseOpenError
from fms.storage.locations import APP_NAME, DatabaseLocation, log_dir, resolve_location
from fms.storage.preflight import SchemaState, inspect_sqlite_file
from fms.ui.context import AppContext
from fms.ui.crash import ExceptionHook
from fms.ui.i18n import arg, error_text, install_translations
from fms.ui.main_window import MainWindow

log = logging.getLogger(__name__)
STARTUP_PROBE_VARIABLE = "VIVIER_STARTUP_PROBE"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="vivier", description="Vivier, a freelance management system.")
    parser.add_argument("--db", metavar="PATH", help="SQLite database file to open (created if missing)")
    parser.add_argument("--demo", action="store_true", help="fill an empty database with sample data")
    parser.add_argument("--lang", choices=("en", "fr"), help="user interface language (default: the system's)")
    parser.add_argument("--version", action="version", version=f"Vivier {__version__}")
    return parser.parse_args(list(argv))


def app_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    log_folder = log_dir()
    log_file = log_file_in(log_folder)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    language = install_translations(app, args.lang)
    hook = ExceptionHook(str(log_file))
    hook.install()
    location = resolve_location(args.db)
    try:
        state = inspect_sqlite_file(location.sqlite_path) if location.sqlite_path else None
    except DatabaseOpenError as error:
        setup_logging(log_folder)
        log.error("refused %s: %s", location.display_name, error.message)
        from PySide6.QtWidgets import QMessageBox

        from fms.ui.backups.damaged import offer_backup_after_damage

        restored = offer_backup_after_damage(None, error, location)
        if not restored:
            if restored is None:
                QMessageBox.critical(None, app.translate("app", "Cannot open the database"), error_text(error))
            return 2
        state = None  # the restored file is checked again when opened
    context = AppContext(language)
    window = MainWindow(context, app_settings(), location.display_name, str(log_file.parent))
    loader = DatabaseLoader(window, context, location, state, demo=args.demo, log_folder=log_folder)
    loader.start_after_first_paint()
    window.show()
    code = app.exec()
    # Qt deletes the window before Python finalizes: left to the garbage collector, PySide6
    # 6.12 crashes at exit after a list view's selection followed rows that moved.
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code


class DatabaseLoader(QObject):
    """Opens the database once the window is on screen, then lets the screens load."""

    def __init__(
        self,
        window: MainWindow,
        context: AppContext,
        location: DatabaseLocation,
        state: SchemaState | None,
        demo: bool,
        log_folder: Path,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.location = location
        self.state = state
        self.demo = demo
        self.log_folder = log_folder
        self._started = False
        self._probe = os.environ.get(STARTUP_PROBE_VARIABLE) == "1"

    def start_after_first_paint(self) -> None:
        self.window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Paint and not self._started:
            self._started = True
            if self._probe:
                print(f"shown {time.time():.6f}", flush=True)
            setup_logging(self.log_folder)
            log.info("Vivier %s starting on %s", __version__, self.location.display_name)
            self.window.set_busy_message(self.tr("Opening the database…"))
            QTimer.singleShot(0, self, self.load)
        return False

    def load(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from fms.storage.opening import open_database

        self.window.ensure_current_screen()

        try:
            opened = open_database(self.location, self.state)
        except DatabaseOpenError as error:
            from fms.ui.backups.damaged import offer_backup_after_damage

            log.error("cannot open %s: %s", self.location.display_name, error.message)
            restored = offer_backup_after_damage(self.window, error, self.location)
            if restored:
                self.state = None
                self.load()
                return
            if restored is None:
                QMessageBox.critical(self.window, self.tr("Cannot open the database"), error_text(error))
            QApplication.exit(2)
            return
        message = self.tr("Ready")
        if opened.backup is not None:
            message = arg(self.tr("Database upgraded; the previous version was saved as %1"), opened.backup)
        if self.demo:
            message = self._fill_demo(opened.db) or message
        self.context.set_database(opened.db)
        self.window.backups.start_automatic()
        self.window.statusBar().showMessage(message, 8000)
        if self._probe:
            print(f"loaded {time.time():.6f}", flush=True)
            QTimer.singleShot(0, self.window.close)

    def _fill_demo(self, db: object) -> str | None:
        from PySide6.QtWidgets import QMessageBox

        from fms.sampledata.generator import DatabaseNotEmpty, fill_demo

        self.window.set_busy_message(self.tr("Adding sample data…"))
        QApplication.processEvents()
        try:
            summary = fill_demo(db)  # type: ignore[arg-type]
        except DatabaseNotEmpty as error:
            return error_text(error)
        except KnownError as error:
            QMessageBox.warning(self.window, "Vivier", error_text(error))
            return None
        return arg(
            self.tr("Sample data added: %1 freelancers, %2 missions, %3 applications"),
            summary.freelancers,
            summary.missions,
            summary.applications,
        )
