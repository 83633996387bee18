"""Who did it and where: the manager's name as the actor, and File → Connect to a team database…."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.engine import make_url

from fms.core.enums import Stage
from fms.models import ActivityEntry
from fms.services.crm.clients import ClientInput, create_client
from fms.services.pipeline import move_application
from fms.storage.database import Database, default_actor
from fms.ui.team.connect_dialog import ConnectDialog
from fms.ui.team.manager_name import NAME_KEY, apply_manager_name
from tests.conftest import Factory, open_main_window
from tests.engines import ENGINES, PostgresDatabases, SqliteDatabases
from tests.test_database_choice import client_names_shown, database_with_client, start, trigger
from tests.test_database_choice import own_settings_and_hooks as own_settings_and_hooks  # noqa: F401 - autouse
from tests.test_ui_backups import ModalAnswers

needs_server = pytest.mark.skipif("postgresql" not in ENGINES, reason="needs a server: VIVIER_TEST_POSTGRES_URL")


@pytest.fixture
def answers(qapp) -> Iterator[ModalAnswers]:  # type: ignore[no-untyped-def]
    helper = ModalAnswers()
    yield helper
    for timer in helper.findChildren(QTimer):
        timer.stop()
    helper.deleteLater()


@pytest.fixture
def server(databases: dict[str, SqliteDatabases | PostgresDatabases], tmp_path: Path) -> Iterator[Database]:
    provider = databases["postgresql"]
    database = provider.fresh(provider.template("migrated"), tmp_path)
    yield database
    provider.drop(database)


def type_name(name: str, seen: list[str]) -> object:
    def act(dialog: QWidget) -> None:
        edit = dialog.findChild(QLineEdit, "managerNameEdit")
        seen.append(edit.text())
        edit.clear()
        edit.setText(name)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    return act


def actors(db: Database, entity_type: str) -> list[str]:
    with db.reading() as session:
        query = select(ActivityEntry.actor).where(ActivityEntry.entity_type == entity_type).order_by(ActivityEntry.id)
        return list(session.scalars(query))


def test_the_name_set_in_the_file_menu_is_the_actor_of_what_the_manager_does_next(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path, answers: ModalAnswers
) -> None:
    window = open_main_window(qtbot, db, tmp_path)
    application_id = make.application()
    move_application(db, application_id, Stage.POSITIONING_CALL)
    seen: list[str] = []
    answers.when_shown("managerNameDialog", type_name("Claire Dubois", seen))
    trigger_action(window, "managerNameAction")
    move_application(db, application_id, Stage.PROFILE_SENT)
    assert seen == [default_actor()]  # prefilled with the login
    assert actors(db, "application")[-2:] == [default_actor(), "Claire Dubois"]
    assert QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat).value(NAME_KEY) == "Claire Dubois"


def trigger_action(window: QWidget, name: str) -> None:
    from PySide6.QtGui import QAction

    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


@pytest.mark.sqlite_only
def test_a_single_user_file_never_asks_for_the_name(
    qtbot: QtBot, db: Database, tmp_path: Path, answers: ModalAnswers
) -> None:
    asked: list[str] = []
    answers.when_shown("managerNameDialog", type_name("Asked", asked))
    apply_manager_name(None, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), db)
    create_client(db, ClientInput(name="Acme"))
    assert asked == [] and actors(db, "client") == [default_actor()]


@needs_server
def test_a_team_database_asks_the_name_once_then_uses_it(
    qtbot: QtBot, server: Database, tmp_path: Path, answers: ModalAnswers
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    seen: list[str] = []
    answers.when_shown("managerNameDialog", type_name("Claire Dubois", seen))
    apply_manager_name(None, settings, server)
    create_client(server, ClientInput(name="Acme"))
    assert seen == [default_actor()]
    server.actor = "someone else"
    apply_manager_name(None, settings, server)  # the second start: nothing asked, the saved name used
    create_client(server, ClientInput(name="Globex"))
    assert seen == [default_actor()]
    assert actors(server, "client") == ["Claire Dubois", "Claire Dubois"]


def fill_connect_dialog(url: str, password: str = "") -> object:
    address = make_url(url)

    def act(dialog: QWidget) -> None:
        dialog.findChild(QLineEdit, "hostEdit").setText(address.host or "")
        dialog.findChild(QSpinBox, "portSpin").setValue(address.port or 5432)
        dialog.findChild(QLineEdit, "databaseEdit").setText(address.database or "")
        dialog.findChild(QLineEdit, "userEdit").setText(address.username or "")
        dialog.findChild(QLineEdit, "passwordEdit").setText(password)
        dialog.findChild(QPushButton, "testConnectionButton").click()
        dialog.findChild(QPushButton, "connectButton").click()

    return act


@needs_server
def test_connecting_to_a_team_database_switches_the_app_and_keeps_no_password(
    qtbot: QtBot, server: Database, tmp_path: Path, migrated_template: Path, answers: ModalAnswers
) -> None:
    create_client(server, ClientInput(name="Team client"))
    local = database_with_client(tmp_path / "mine.db", migrated_template, "My client")
    launcher = start(qtbot, local, tmp_path)
    assert client_names_shown(launcher) == ["My client"]
    answers.when_shown("connectDialog", fill_connect_dialog(server.location.url, password="not-kept-anywhere"))
    names = ModalAnswers()
    names.when_shown("managerNameDialog", type_name("Claire Dubois", []))
    trigger(launcher, "connectServerAction")
    qtbot.addWidget(launcher.window)
    assert launcher.location.sqlite_path is None
    assert client_names_shown(launcher) == ["Team client"]
    assert launcher.window.context.db.actor == "Claire Dubois"
    settings_text = (tmp_path / "s.ini").read_text()
    assert make_url(server.location.url).database in settings_text  # the address is remembered…
    assert "not-kept-anywhere" not in settings_text  # …never the password
    for timer in names.findChildren(QTimer):
        timer.stop()
    names.deleteLater()
    # As the app does: forgotten first, or the window's counts queued after its paint reopen it (and, on a
    # server, leave a connection nobody closes).
    closed = launcher.window.context.close_database()
    assert closed is not None
    closed.dispose()


def test_with_no_keyring_the_dialog_says_the_password_is_asked_each_time(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ConnectDialog(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "hostEdit"), "db.example")
    note = dialog.findChild(QLabel, "passwordNote").text()
    assert "No system keyring is available" in note and "asked at each connection" in note  # this machine


def test_a_pgpass_line_for_the_server_means_no_password_is_asked(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pgpass = tmp_path / "pgpass"
    pgpass.write_text("# team\nother.example:5432:*:*:x\ndb.example:5432:vivier:claire:s\\:cret\n")
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    dialog = ConnectDialog(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "hostEdit"), "db.example")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "userEdit"), "claire")
    assert "comes from your .pgpass file" in dialog.findChild(QLabel, "passwordNote").text()
    assert dialog.address().password is None  # libpq reads it from the file itself
    dialog.findChild(QLineEdit, "userEdit").setText("jules")
    assert "No system keyring" in dialog.findChild(QLabel, "passwordNote").text()


def test_test_connection_says_why_a_server_cannot_be_reached(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ConnectDialog(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "hostEdit"), "127.0.0.1")
    dialog.findChild(QSpinBox, "portSpin").setValue(9)  # discard port: nothing listens
    qtbot.mouseClick(dialog.findChild(QPushButton, "testConnectionButton"), qtbot_left())
    assert "Cannot reach the database postgresql+psycopg://127.0.0.1:9/vivier" in dialog.result_label.text()


def qtbot_left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
