"""Start-up: arguments, logging, the database check, the window, then the data.

The window is shown before SQLAlchemy is even imported: only the standard-library check of
the database file runs first, so a damaged file is refused before anything else, and the
first paint does not wait for the ORM.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fms.core.collector import resume_after_start_up
from fms.core.display import NO_DISPLAY, display_missing
from fms.core.errors import KnownError
from fms.core.logging_setup import log_file_in, setup_logging
from fms.storage.errors import DatabaseOpenError
from fms.storage.locations import (
    APP_NAME,
    DatabaseLocation,
    location_from_url,
    log_dir,
    resolve_location,
    sqlite_location,
)
from fms.storage.preflight import IntegrityCheck, SchemaState, inspect_sqlite_file
from fms.ui.arguments import parse_args
from fms.ui.context import AppContext
from fms.ui.crash import ExceptionHook
from fms.ui.i18n import arg, error_text, install_translations
from fms.ui.icons import app_icon
from fms.ui.main_window import MainWindow
from fms.ui.theme import apply_saved_theme

if TYPE_CHECKING:  # SQLAlchemy is imported after the window shows
    from fms.storage.database import Database

log = logging.getLogger(__name__)
STARTUP_PROBE_VARIABLE = "VIVIER_STARTUP_PROBE"


def app_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if QApplication.instance() is None and display_missing(os.environ):
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    log_folder = log_dir()
    log_file = log_file_in(log_folder)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    QApplication.setWindowIcon(app_icon())
    if args.smoke:
        from fms.ui.smoke import run_smoke

        return run_smoke(app)
    language = install_translations(app, args.lang)
    apply_saved_theme(app_settings())
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
    if args.db and not args.demo and location.sqlite_path is not None and not location.sqlite_path.exists():
        # A mistyped path must not become a new, empty database without a word.
        if not confirm_new_database(location.display_name):
            return 2
    launcher = Launcher(language, log_folder, str(log_file.parent))
    launcher.start(location, state, demo=args.demo)
    code = app.exec()
    # Qt deletes the window before Python finalizes: left to the garbage collector, PySide6
    # 6.12 crashes at exit after a list view's selection followed rows that moved.
    launcher.window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code


def confirm_new_database(path: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        None,
        QApplication.translate("app", "No database here"),
        QApplication.translate("app", "There is no database at %1.\n\nCreate a new, empty database there?").replace(
            "%1", path
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class Launcher(QObject):
    """The window on the open database; File → New, Open or Recent database replaces it with one on another file.

    The new file is opened first, so a file that cannot be used leaves the current window as it was;
    then a new window (with its own context) takes the old one's place, and the old database is closed.
    """

    def __init__(self, language: str, log_folder: Path, log_file_folder: str) -> None:
        super().__init__()
        self.language = language
        self.log_folder = log_folder
        self.log_file_folder = log_file_folder
        self.window: MainWindow
        self.location: DatabaseLocation

    def start(self, location: DatabaseLocation, state: SchemaState | None, demo: bool) -> MainWindow:
        context = AppContext(self.language)
        window = self._new_window(context, location, menus_after_first_paint=True)
        loader = DatabaseLoader(window, context, location, state, demo=demo, log_folder=self.log_folder)
        loader.show_preview()  # before `show`: the rows are in the window's first paint
        loader.start_after_first_paint()
        window.show()
        return window

    def _new_window(
        self, context: AppContext, location: DatabaseLocation, menus_after_first_paint: bool = False
    ) -> MainWindow:
        window = MainWindow(
            context, app_settings(), location.display_name, self.log_file_folder, menus_after_first_paint
        )
        window.database_requested.connect(self.switch)
        window.server_requested.connect(self.connect_server)
        self.window, self.location = window, location
        return window

    def switch(self, path: str, create: bool) -> bool:
        """Reopens the app on `path`; False (with the reason shown) when it cannot be used."""
        location = sqlite_location(Path(path))
        assert location.sqlite_path is not None
        if location == self.location:
            return True
        if not create and not location.sqlite_path.exists():
            title = self.tr("Cannot open the database")
            QMessageBox.warning(self.window, title, arg(self.tr("%1 no longer exists."), location.display_name))
            return False
        return self._reopen(location, None)  # open_database inspects the file (a refusal is shown)

    def connect_server(self, url: str) -> bool:
        """File → Connect to a team database…: reopens the app on that server (same steps as `switch`)."""
        location = location_from_url(url)
        if location == self.location:
            return True
        return self._reopen(location, None)

    def _reopen(self, location: DatabaseLocation, state: SchemaState | None) -> bool:
        from fms.storage.opening import open_database
        from fms.ui.errors import show_error
        from fms.ui.team.manager_name import apply_manager_name

        try:
            opened = open_database(location, state)
        except DatabaseOpenError as error:
            log.error("cannot open %s: %s", location.display_name, error.message)
            show_error(self.window, error, self.tr("Cannot open the database"))
            return False
        log.info("switching to %s", location.display_name)
        old = self.window
        old.save_layout()
        context = AppContext(self.language)
        window = self._new_window(context, location)
        window.show()  # before the old one closes, so the application does not quit
        window.ensure_current_screen()
        apply_manager_name(window, window.settings, opened.db)
        context.set_database(opened.db)
        if location.sqlite_path is not None:
            from fms.ui.database_menu import remember_database

            remember_database(window.settings, location.sqlite_path)
        window.backups.start_automatic()
        old.close()
        old.deleteLater()
        # Forgotten, not only disposed: the old window's counts and choices, queued for after its first
        # paint, may still run before it is deleted, and a disposed engine would reopen the file (or,
        # for a file since removed, create an empty one) to run them.
        previous = old.context.close_database()
        if previous is not None:
            previous.dispose()
        _clean_attachments(opened.db)
        return True


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
        self._previewed = False
        self._integrity: IntegrityCheck | None = None
        self._probe = os.environ.get(STARTUP_PROBE_VARIABLE) == "1"

    def show_preview(self) -> None:
        """The first screen's rows read with sqlite3 before SQLAlchemy is even imported: on screen sooner, never
        editable."""
        self._previewed = _show_preview(self.window, self.location, self.state)

    def start_after_first_paint(self) -> None:
        self.window.set_busy_message(self.tr("Opening the database…"))
        # Not the window's FirstPaint: installed after it, this filter sees the paint first, so the probe's
        # marks and the opening come before the menus and the Tab order the window put off until then.
        self.window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Paint and not self._started:
            self._started = True
            self.window.removeEventFilter(self)  # no Python call for each of the window's later events
            if self._probe:
                print(f"shown {time.time():.6f}", flush=True)
            QTimer.singleShot(0, self, self.open)
        return False

    def open(self) -> None:
        """After the first paint: logging, the integrity check in a thread, then the load."""
        if self._previewed and self._probe:  # the first paint, with the rows in it, is done
            print(f"cards {time.time():.6f} {_cards_shown(self.window)}", flush=True)
        setup_logging(self.log_folder)
        path = self.location.sqlite_path
        if path is not None and self.state is not None and not self.state.is_new:
            self._integrity = IntegrityCheck(path)  # while `load` imports SQLAlchemy; waited for before the engine
        QTimer.singleShot(0, self, self.load)

    def load(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from fms import __version__
        from fms.storage.opening import open_database

        QApplication.setApplicationVersion(__version__)
        log.info("Vivier %s starting on %s", __version__, self.location.display_name)
        self.window.ensure_current_screen()

        try:
            opened = open_database(self.location, self.state, self._integrity)
        except DatabaseOpenError as error:
            from fms.ui.backups.damaged import offer_backup_after_damage

            self._integrity = None  # a restored file is checked again
            log.error("cannot open %s: %s", self.location.display_name, error.message)
            if self._previewed:  # not left showing what the file may no longer hold
                _clear_preview(self.window)
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
        from fms.ui.team.manager_name import apply_manager_name

        apply_manager_name(self.window, self.window.settings, opened.db)
        self.context.set_database(opened.db)
        # The first screen's rows painted now, before the side queries queued behind them run.
        self.window.repaint()
        if self._probe:
            # After a preview the rows were already shown: now they can be used.
            mark = "ready" if self._previewed else "cards"
            print(f"{mark} {time.time():.6f} {_cards_shown(self.window)}", flush=True)
        if self.location.sqlite_path is not None:
            from fms.ui.database_menu import remember_database  # with the File menu, after the first paint

            remember_database(self.window.settings, self.location.sqlite_path)
        self.window.backups.start_automatic()
        self.window.statusBar().showMessage(message, 8000)
        if self._probe:
            print(f"loaded {time.time():.6f}", flush=True)
            QTimer.singleShot(0, self.window.close)
        _clean_attachments(opened.db)
        resume_after_start_up()

    def _fill_demo(self, db: Database) -> str | None:
        from fms.sampledata.generator import DatabaseNotEmpty, fill_demo
        from fms.ui.errors import show_error

        self.window.set_busy_message(self.tr("Adding sample data…"))
        QApplication.processEvents()
        try:
            summary = fill_demo(db)
        except DatabaseNotEmpty as error:
            return error_text(error)
        except KnownError as error:
            show_error(self.window, error)
            return None
        return arg(
            self.tr("Sample data added: %1 freelancers, %2 missions, %3 applications"),
            summary.freelancers,
            summary.missions,
            summary.applications,
        )


def _show_preview(window: MainWindow, location: DatabaseLocation, state: SchemaState | None) -> bool:
    """Shows the remembered screen's first rows read-only from a current SQLite file; False when not shown.

    Only on a file already at this version's schema (a migration may change what the queries read);
    anything that prevents it leaves the normal opening alone.
    """
    if location.sqlite_path is None or state is None or not state.is_current:
        return False  # and the remembered screen's modules not imported: `load` builds it
    return window.ensure_current_screen().show_preview(location.sqlite_path)


def _clear_preview(window: MainWindow) -> None:
    """Empties the previewed screen (still disabled): the file turned out not to be usable as it was read."""
    window.ensure_current_screen().clear_preview()
    window.repaint()


def _cards_shown(window: MainWindow) -> int:
    """For the start-up probe: the cards on the board's columns, or the rows of the first screen's list
    (-1 for the dashboard, whose tiles are not rows)."""
    screen = window.central_screen()
    if (board := getattr(screen, "board", None)) is not None:
        return sum(model.total for model in board.models.values())
    for name in ("model", "results"):  # a list's, the talent pool's
        if (model := getattr(screen, name, None)) is not None:
            return int(model.rowCount())
    return -1


def _clean_attachments(db: Database) -> None:
    """Stored files nothing refers to any more, and leftovers of stopped copies, go at each start."""
    from fms.services.file import clean_attachments

    try:
        report = clean_attachments(db)
    except (KnownError, OSError) as error:
        log.warning("attachments not cleaned: %s", error)
        return
    if report.removed:
        log.info("removed %d unused attachment files (%d bytes)", report.removed, report.freed_bytes)
