"""Start-up as a user meets it: a bad database is refused before anything runs; errors are caught."""

from __future__ import annotations

import gc
import hashlib
import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from fms.core.collector import hold_during_start_up
from fms.ui import app as app_module
from fms.ui.crash import ExceptionHook
from fms.ui.crash_dialog import CrashDialog
from fms.ui.main_window import SCREEN_KEYS, MainWindow
from tests.conftest import sample_data_file

pytestmark = pytest.mark.usefixtures("keep_hooks")  # main() installs an exception hook and log handlers


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not a database")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert app_module.main(["--db", str(path)]) == 2
    assert shown and "is not a SQLite database" in shown[0]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_the_app_starts_opens_and_fills_a_demo_database(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv(app_module.STARTUP_PROBE_VARIABLE, "1")
    monkeypatch.setattr(
        app_module,
        "app_settings",
        lambda: app_module.QSettings(str(tmp_path / "s.ini"), app_module.QSettings.Format.IniFormat),
    )
    path = tmp_path / "fresh.db"
    hold_during_start_up()  # as main.py does before its imports
    try:
        assert app_module.main(["--db", str(path), "--demo"]) == 0
        # Collecting again once the window is usable, start-up's own objects set aside.
        assert gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()
    from fms.services.file import freelancer_page
    from fms.storage.locations import sqlite_location
    from fms.storage.opening import open_database

    opened = open_database(sqlite_location(path))
    assert len(freelancer_page(opened.db, limit=None)) > 100
    opened.db.dispose()


def test_an_unexpected_error_is_logged_and_shown_and_the_app_goes_on(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self.details.toPlainText()) or 0)
    hook = ExceptionHook("/tmp/vivier.log")
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as error:
        with caplog.at_level(logging.ERROR):
            hook(type(error), error, error.__traceback__)
    assert shown and "ZeroDivisionError: boom" in shown[0]
    assert "unexpected error" in caplog.text


def test_a_known_error_reaching_the_hook_is_a_plain_warning(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from fms.core.errors import KnownError

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(CrashDialog, "exec", lambda self: pytest.fail("a known error is not a crash"))
    error = KnownError("The file {name} is missing.", name="nda.pdf")
    ExceptionHook("/tmp/vivier.log")(KnownError, error, None)
    assert warned == ["The file nda.pdf is missing."]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    return sample_data_file(tmp_path_factory.mktemp("startup"), migrated_template, freelancers=120)


@pytest.mark.parametrize("key", SCREEN_KEYS)
def test_the_next_start_shows_the_remembered_screen_with_its_data_and_no_dialog(
    qapp,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    demo_file: Path,
    key: str,
) -> None:
    path = tmp_path / "vivier.db"
    path.write_bytes(demo_file.read_bytes())
    settings_file = tmp_path / "s.ini"
    remembered = app_module.QSettings(str(settings_file), app_module.QSettings.Format.IniFormat)
    remembered.setValue("window/screen", key)  # as if the user had quit on this screen
    remembered.sync()
    monkeypatch.setattr(
        app_module,
        "app_settings",
        lambda: app_module.QSettings(str(settings_file), app_module.QSettings.Format.IniFormat),
    )
    monkeypatch.setenv(app_module.STARTUP_PROBE_VARIABLE, "1")
    dialogs: list[str] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: dialogs.append(self.details.toPlainText()) or 0)
    for kind in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args, kind=kind: dialogs.append(f"{kind}: {args[2]}"))
    seen: dict[str, object] = {}
    original_close = MainWindow.closeEvent

    def look_then_close(window: MainWindow, event: object) -> None:
        screen = window.stack.currentWidget()
        views = [view for view in screen.findChildren(QAbstractItemView) if view.isVisibleTo(window)]
        seen["key"] = window.current_screen_key()
        seen["rows"] = sum(view.model().rowCount() for view in views if view.model() is not None)
        original_close(window, event)  # type: ignore[arg-type]

    monkeypatch.setattr(MainWindow, "closeEvent", look_then_close)
    # A start that never finishes loading would never close: quit after a while instead of hanging.
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: (dialogs.append("the data never loaded"), QApplication.exit(3)))
    watchdog.start(10_000)
    code = app_module.main(["--db", str(path)])
    watchdog.stop()
    assert code == 0
    assert dialogs == []
    assert seen["key"] == key
    assert seen["rows"] > 0, f"the {key} screen shows no data"
