"""Start-up as a user meets it: a bad database is refused before anything runs; errors are caught."""

from __future__ import annotations

import hashlib
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fms.ui import app as app_module
from fms.ui.crash import ExceptionHook
from fms.ui.crash_dialog import CrashDialog


@pytest.fixture(autouse=True)
def keep_hooks(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """main() installs an exception hook and log handlers: undo both after each test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


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
    assert app_module.main(["--db", str(path), "--demo"]) == 0
    from fms.services.freelancers import freelancer_page
    from fms.storage.locations import sqlite_location
    from fms.storage.opening import open_database

    opened = open_database(sqlite_location(path))
    assert len(freelancer_page(opened.db, limit=-1)) > 100
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
    from fms.errors import KnownError

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(CrashDialog, "exec", lambda self: pytest.fail("a known error is not a crash"))
    error = KnownError("The file {name} is missing.", name="nda.pdf")
    ExceptionHook("/tmp/vivier.log")(KnownError, error, None)
    assert warned == ["The file nda.pdf is missing."]
