"""Which database the app works on: a mistyped --db asks first; File → New, Open and Recent database."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from fms.services.crm.clients import ClientInput, create_client
from fms.storage.locations import sqlite_location
from fms.storage.opening import open_database
from fms.storage.preflight import inspect_sqlite_file
from fms.ui import app as app_module


@pytest.fixture(autouse=True)
def own_settings_and_hooks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A private settings file; main() installs an exception hook and log handlers: undo both."""
    monkeypatch.setattr(
        app_module,
        "app_settings",
        lambda: app_module.QSettings(str(tmp_path / "s.ini"), app_module.QSettings.Format.IniFormat),
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def database_with_client(path: Path, template: Path, name: str) -> Path:
    path.write_bytes(template.read_bytes())
    opened = open_database(sqlite_location(path))
    create_client(opened.db, ClientInput(name=name))
    opened.db.dispose()
    return path


def test_a_missing_db_path_asks_and_no_quits_with_nothing_created(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No)
    path = tmp_path / "typo" / "vivir.db"
    assert app_module.main(["--db", str(path)]) == 2
    assert len(asked) == 1 and f"There is no database at {path}" in asked[0]
    assert not path.exists() and not path.parent.exists()


def test_a_missing_db_path_is_created_when_the_user_says_yes(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    monkeypatch.setenv(app_module.STARTUP_PROBE_VARIABLE, "1")
    path = tmp_path / "new.db"
    assert app_module.main(["--db", str(path)]) == 0
    assert inspect_sqlite_file(path).is_current


def test_demo_on_a_new_file_creates_it_without_asking(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail("--demo must not ask"))
    monkeypatch.setenv(app_module.STARTUP_PROBE_VARIABLE, "1")
    path = tmp_path / "demo.db"
    assert app_module.main(["--db", str(path), "--demo"]) == 0
    assert inspect_sqlite_file(path).is_current


def start(qtbot: QtBot, path: Path, tmp_path: Path) -> app_module.Launcher:
    launcher = app_module.Launcher("en", tmp_path / "logs", str(tmp_path / "logs"))
    launcher.start(sqlite_location(path), inspect_sqlite_file(path), demo=False)
    qtbot.addWidget(launcher.window)
    qtbot.waitUntil(lambda: launcher.window.context.is_open, timeout=10_000)
    return launcher


def client_names_shown(launcher: app_module.Launcher) -> list[str]:
    screen = launcher.window.show_screen("clients")
    screen.refresh()
    model = screen.table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def trigger(launcher: app_module.Launcher, name: str) -> None:
    action = launcher.window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def test_open_database_reopens_the_app_on_the_chosen_file(
    qtbot: QtBot, tmp_path: Path, migrated_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = database_with_client(tmp_path / "first.db", migrated_template, "Alpha")
    second = database_with_client(tmp_path / "second.db", migrated_template, "Beta")
    launcher = start(qtbot, first, tmp_path)
    old = launcher.window
    assert client_names_shown(launcher) == ["Alpha"]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(second), ""))
    trigger(launcher, "openDatabaseAction")
    assert launcher.window is not old and not old.isVisible()
    qtbot.addWidget(launcher.window)
    assert str(second) in launcher.window.windowTitle()
    assert client_names_shown(launcher) == ["Beta"]
    menu = launcher.window.database_menu
    menu.fill_recent()
    assert [a.data() for a in menu.recent_menu.actions()] == [str(second), str(first)]  # newest first


def test_recent_databases_mark_missing_ones_and_reopen_the_others(
    qtbot: QtBot, tmp_path: Path, migrated_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = database_with_client(tmp_path / "first.db", migrated_template, "Alpha")
    second = database_with_client(tmp_path / "second.db", migrated_template, "Beta")
    gone = database_with_client(tmp_path / "gone.db", migrated_template, "Gamma")
    launcher = start(qtbot, gone, tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(second), ""))
    trigger(launcher, "openDatabaseAction")
    qtbot.addWidget(launcher.window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(first), ""))
    trigger(launcher, "openDatabaseAction")
    qtbot.addWidget(launcher.window)
    gone.unlink()
    menu = launcher.window.database_menu
    menu.fill_recent()
    entries = [(a.text(), a.isEnabled()) for a in menu.recent_menu.actions()]
    assert entries == [(str(first), True), (str(second), True), (f"{gone} (missing)", False)]
    menu.recent_menu.actions()[1].trigger()
    qtbot.addWidget(launcher.window)
    assert client_names_shown(launcher) == ["Beta"]


def test_new_database_creates_an_empty_file_and_never_replaces_one(
    qtbot: QtBot, tmp_path: Path, migrated_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = database_with_client(tmp_path / "first.db", migrated_template, "Alpha")
    launcher = start(qtbot, first, tmp_path)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(first), ""))
    old = launcher.window
    trigger(launcher, "newDatabaseAction")
    assert launcher.window is old and "already exists" in warnings[0]
    assert client_names_shown(launcher) == ["Alpha"]
    fresh = tmp_path / "fresh.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(fresh), ""))
    trigger(launcher, "newDatabaseAction")
    qtbot.addWidget(launcher.window)
    assert inspect_sqlite_file(fresh).is_current
    assert client_names_shown(launcher) == []


def test_a_file_that_cannot_be_used_leaves_the_current_window(
    qtbot: QtBot, tmp_path: Path, migrated_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = database_with_client(tmp_path / "first.db", migrated_template, "Alpha")
    notes = tmp_path / "notes.db"
    notes.write_text("not a database")
    launcher = start(qtbot, first, tmp_path)
    old = launcher.window
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(notes), ""))
    trigger(launcher, "openDatabaseAction")
    assert launcher.window is old and old.isVisible()
    assert "is not a SQLite database" in warnings[0]
    assert client_names_shown(launcher) == ["Alpha"]
    assert notes.read_text() == "not a database"
