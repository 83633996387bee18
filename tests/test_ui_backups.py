"""Backups as a user meets them: File → Back up now…, File → Restore…, a damaged file at start."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from fms.core.enums import DocumentKind
from fms.services.file import attach_document
from fms.storage.backups import DAILY, BackupCancelled, backups_folder, create_backup, list_backups
from fms.storage.database import Database
from fms.storage.locations import attachments_dir, sqlite_location
from fms.storage.opening import open_database
from fms.ui import app as app_module
from fms.ui.backups.dialogs import BackupsDialog, RestoreConfirmation
from fms.ui.backups.worker import run_with_progress
from tests.conftest import Factory, open_main_window

# Vivier's own backups are copies of a SQLite file; a team's server is backed up with pg_dump.
pytestmark = pytest.mark.sqlite_only


def count(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class ModalAnswers(QObject):
    """Answers modal dialogs as a user would: when the one named shows, act on it."""

    def when_shown(self, name: str, act: Callable[[QWidget], None]) -> None:
        timer = QTimer(self)
        timer.setInterval(10)

        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if widget is not None and widget.objectName() == name:
                timer.stop()
                act(widget)

        timer.timeout.connect(poll)
        timer.start()


@pytest.fixture
def answers(qapp) -> Iterator[ModalAnswers]:  # type: ignore[no-untyped-def]
    helper = ModalAnswers()
    yield helper
    for timer in helper.findChildren(QTimer):
        timer.stop()
    helper.deleteLater()


@pytest.fixture
def filled(db: Database, make: Factory, tmp_path: Path) -> Database:
    source = tmp_path / "cv.txt"
    source.write_text("Camille: Python, SQL\n")
    attach_document(db, make.freelancer("Camille"), source, DocumentKind.OTHER, "CV")
    make.freelancer("Jules")
    return db


def database_file(db: Database) -> Path:
    assert db.location.sqlite_path is not None
    return db.location.sqlite_path


def trigger(window: QWidget, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def test_back_up_now_makes_a_backup_and_shows_its_time(qtbot: QtBot, filled: Database, tmp_path: Path) -> None:
    window = open_main_window(qtbot, filled, tmp_path)
    label = window.backups.label
    assert label.objectName() == "lastBackupLabel" and label.text() == "No backup yet"
    trigger(window, "backUpNowAction")
    backups = list_backups(database_file(filled))
    assert [(b.kind, b.freelancers, b.documents, len(b.attachments)) for b in backups] == [("manual", 2, 1, 1)]
    assert label.text().startswith("Last backup: ")
    assert "Backup made" in window.statusBar().currentMessage()


def test_the_list_shows_each_backup_with_date_size_and_counts(qtbot: QtBot, filled: Database, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    path = database_file(filled)
    older = create_backup(path, DAILY, now=datetime.now().astimezone() - timedelta(days=3))
    newer = create_backup(path)
    dialog = BackupsDialog(list_backups(path), str(backups_folder(path)))
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    rows = [[dialog.model.index(r, c).data() for c in range(1, 6)] for r in range(dialog.model.rowCount())]
    assert [row[0] for row in rows] == ["By hand", "Automatic"]
    assert [row[2:] for row in rows] == [["2", "1", "1"], ["2", "1", "1"]]
    assert all(row[1] for row in rows)  # a size
    assert [dialog.model.row_at(r).folder for r in range(2)] == [newer.folder, older.folder]
    assert dialog.restore_button.isEnabled()  # the newest is selected


def test_restore_from_the_menu_confirms_then_swaps_and_reopens(
    qtbot: QtBot, filled: Database, make: Factory, tmp_path: Path, answers: ModalAnswers
) -> None:
    path = database_file(filled)
    window = open_main_window(qtbot, filled, tmp_path)
    backup = create_backup(path)
    make.freelancer("Added", "Later")
    (attachments_dir(filled.location) / backup.attachments[0][0]).unlink()  # a lost attached file

    def choose_and_confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, BackupsDialog)
        answers.when_shown("restoreConfirmation", lambda confirm: confirm.restore_button.click())  # type: ignore[attr-defined]
        dialog.select(0)
        dialog.restore_button.click()

    answers.when_shown("backupsDialog", choose_and_confirm)
    trigger(window, "restoreAction")

    assert count(path, "freelancers") == 2
    assert window.context.is_open and window.context.db is not filled
    stored_path, sha256 = backup.attachments[0]
    assert checksum(attachments_dir(filled.location) / stored_path) == sha256
    kept = [b for b in list_backups(path) if b.kind == "before-restore"]
    assert len(kept) == 1 and kept[0].freelancers == 3
    assert "restored" in window.statusBar().currentMessage()
    # As the app does: forgotten first, or the window's counts queued after its paint reopen it (and, on a
    # server, leave a connection nobody closes).
    closed = window.context.close_database()
    assert closed is not None
    closed.dispose()


def test_cancelling_the_confirmation_changes_nothing(qtbot: QtBot, filled: Database, answers: ModalAnswers) -> None:
    path = database_file(filled)
    create_backup(path)
    dialog = BackupsDialog(list_backups(path), str(backups_folder(path)))
    qtbot.addWidget(dialog)
    answers.when_shown("restoreConfirmation", lambda confirm: confirm.reject())  # type: ignore[attr-defined]
    dialog.restore_button.click()
    assert dialog.chosen is None
    assert [b.kind for b in list_backups(path)] == ["manual"]  # no copy of the current one either


def test_the_confirmation_says_what_will_happen(qtbot: QtBot, filled: Database) -> None:
    backup = create_backup(database_file(filled))
    confirmation = RestoreConfirmation(backup)
    qtbot.addWidget(confirmation)
    text = confirmation.findChild(QWidget, "restoreDetails").text()  # type: ignore[union-attr]
    assert "2 freelancer" in text and "1 document" in text and "kept as a backup" in text


def test_a_progress_dialog_can_stop_a_backup(qtbot: QtBot, answers: ModalAnswers) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    steps: list[int] = []

    def endless(progress: Callable[[str, int, int], None]) -> None:
        import time

        while True:
            progress("copy", len(steps), 1_000_000)
            steps.append(1)
            time.sleep(0.001)

    def stop_once_running(dialog: QWidget) -> None:
        qtbot.waitUntil(lambda: bool(steps))  # the worker may not have started yet on a busy machine
        dialog.findChild(QPushButton).click()  # type: ignore[union-attr]

    answers.when_shown("backupProgress", stop_once_running)
    with pytest.raises(BackupCancelled):
        run_with_progress(parent, "Back up", {"copy": "Copying…"}, endless)
    assert steps  # the worker ran, and stopped at the dialog's word


def test_the_automatic_backup_runs_in_the_background_once(qtbot: QtBot, filled: Database, tmp_path: Path) -> None:
    window = open_main_window(qtbot, filled, tmp_path)
    window.backups._run_automatic()
    qtbot.waitUntil(lambda: window.backups.automatic is None)
    assert [b.kind for b in list_backups(database_file(filled))] == [DAILY]
    assert window.backups.label.text().startswith("Last backup: ")
    window.backups._run_automatic()  # nothing changed since: no second one
    qtbot.waitUntil(lambda: window.backups.automatic is None)
    assert len(list_backups(database_file(filled))) == 1


def test_a_damaged_database_at_start_offers_the_latest_good_backup(
    qapp,  # type: ignore[no-untyped-def]
    filled: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answers: ModalAnswers,
    keep_hooks: None,
) -> None:
    path = database_file(filled)
    backup = create_backup(path)
    filled.dispose()
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 8192] = bytes(8192)  # pages in the middle: the header still reads
    path.write_bytes(bytes(data))
    damaged = checksum(path)
    offered: list[str] = []

    def restore(message: QWidget) -> None:
        assert isinstance(message, QMessageBox)
        offered.append(message.text() + "\n" + message.informativeText())
        message.restore_button.click()  # type: ignore[attr-defined]

    answers.when_shown("damagedDatabaseMessage", restore)
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: pytest.fail(f"refused: {args[2]}"))
    monkeypatch.setenv(app_module.STARTUP_PROBE_VARIABLE, "1")
    monkeypatch.setattr(
        app_module,
        "app_settings",
        lambda: app_module.QSettings(str(tmp_path / "s.ini"), app_module.QSettings.Format.IniFormat),
    )
    assert app_module.main(["--db", str(path)]) == 0

    assert "is damaged" in offered[0] and "The latest good backup is from" in offered[0]
    assert str(backup.folder) in offered[0]
    assert count(path, "freelancers") == 2  # the backup, opened
    aside = list((backups_folder(path) / "damaged").iterdir())
    assert [checksum(file) for file in aside] == [damaged]  # the damaged file, kept unchanged
    reopened = open_database(sqlite_location(path))
    reopened.db.dispose()


def test_a_damaged_database_without_backup_is_only_refused(
    qapp,  # type: ignore[no-untyped-def]
    filled: Database,
    monkeypatch: pytest.MonkeyPatch,
    keep_hooks: None,
) -> None:
    path = database_file(filled)
    filled.dispose()
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 8192] = bytes(8192)
    path.write_bytes(bytes(data))
    before = checksum(path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setenv(app_module.STARTUP_PROBE_VARIABLE, "1")
    assert app_module.main(["--db", str(path)]) == 2
    assert shown and "is damaged" in shown[0]
    assert checksum(path) == before
