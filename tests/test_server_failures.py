"""A slow or lost team server is a message, and the next action reconnects by itself (PostgreSQL only)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text

from fms.models import Client
from fms.services.crm import ClientInput, create_client, list_clients, update_client
from fms.services.crm.clients import get_client
from fms.storage.database import Database
from fms.storage.engine import make_engine
from fms.storage.errors import ServerTimeoutError, ServerUnreachableError
from fms.ui.dialogs.client_dialog import ClientDialog
from tests.engines import ENGINES, PostgresDatabases, SqliteDatabases

pytestmark = pytest.mark.skipif("postgresql" not in ENGINES, reason="needs a server: VIVIER_TEST_POSTGRES_URL")


@pytest.fixture
def server(databases: dict[str, SqliteDatabases | PostgresDatabases], tmp_path: Path) -> Iterator[Database]:
    provider = databases["postgresql"]
    database = provider.fresh(provider.template("migrated"), tmp_path)
    yield database
    provider.drop(database)


@pytest.fixture
def impatient(server: Database) -> Iterator[Database]:
    """The same database through the app's own engine, with timeouts short enough for a test."""
    engine = make_engine(server.location, lock_timeout_ms=200, statement_timeout_ms=300)
    database = Database(engine, server.location)
    yield database
    database.dispose()


def _backend_pid(db: Database) -> int:
    with db.reading() as session:
        return int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())


def _terminate(db: Database, pid: int) -> None:
    other = create_engine(db.location.url, isolation_level="AUTOCOMMIT")
    try:
        with other.connect() as connection:
            assert connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar_one()
    finally:
        other.dispose()


def test_each_session_has_the_declared_timeouts(server: Database) -> None:
    with server.reading() as session:
        assert session.execute(text("SHOW lock_timeout")).scalar_one() == "5s"
        assert session.execute(text("SHOW statement_timeout")).scalar_one() == "30s"


def test_a_statement_past_the_timeout_is_a_message(impatient: Database) -> None:
    with pytest.raises(ServerTimeoutError) as caught, impatient.reading() as session:
        session.execute(text("SELECT pg_sleep(2)"))
    assert "took too long to answer; nothing was saved" in caught.value.message
    assert list_clients(impatient) == []  # the same engine goes on working


def test_a_lock_held_by_a_colleague_past_the_lock_timeout_is_a_message(server: Database, impatient: Database) -> None:
    client = create_client(server, ClientInput(name="Acme"))
    colleague = create_engine(server.location.url)
    try:
        with colleague.connect() as connection:
            connection.execute(text("SELECT id FROM clients WHERE id = :id FOR UPDATE"), {"id": client.id})
            with pytest.raises(ServerTimeoutError) as caught:
                update_client(impatient, client.id, ClientInput(name="Acme Group"))
            connection.rollback()
    finally:
        colleague.dispose()
    assert "a colleague is saving the same records" in caught.value.message
    assert get_client(server, client.id).name == "Acme"  # nothing was saved
    assert update_client(impatient, client.id, ClientInput(name="Acme Group")).name == "Acme Group"


def test_a_connection_the_server_dropped_is_replaced_on_the_next_action(server: Database) -> None:
    create_client(server, ClientInput(name="Acme"))
    _terminate(server, _backend_pid(server))
    assert [row.name for row in list_clients(server)] == ["Acme"]
    assert create_client(server, ClientInput(name="Globex")).name == "Globex"


def test_a_connection_lost_during_an_action_is_a_message_then_the_next_action_works(server: Database) -> None:
    with pytest.raises(ServerUnreachableError) as caught, server.transaction() as session:
        pid = int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())
        session.add(Client(name="Lost", name_key="lost"))
        session.flush()
        _terminate(server, pid)
        session.execute(text("SELECT 1"))
    assert "cannot be reached; nothing was saved" in caught.value.message
    assert list_clients(server) == []  # the insert before the loss was not kept
    assert create_client(server, ClientInput(name="Acme")).name == "Acme"


def test_a_dialog_saving_against_a_held_lock_shows_the_message_and_stays_open(
    qtbot: QtBot, server: Database, impatient: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = create_client(server, ClientInput(name="Acme"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: shown.append(text))
    dialog = ClientDialog(lambda data: update_client(impatient, client.id, data), get_client(server, client.id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Acme Group")
    colleague = create_engine(server.location.url)
    try:
        with colleague.connect() as connection:
            connection.execute(text("SELECT id FROM clients WHERE id = :id FOR UPDATE"), {"id": client.id})
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
            connection.rollback()
    finally:
        colleague.dispose()
    assert len(shown) == 1 and "a colleague is saving the same records" in shown[0]
    assert dialog.isVisible()  # what was typed is still there to save again
    assert get_client(server, client.id).name == "Acme"
