"""Two windows on one database, on either engine: what one saves reaches the other's open screen
(SQLite's data_version, PostgreSQL's LISTEN/NOTIFY), and a window does not reload for its own saves."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from fms.services.crm import ClientInput, create_client
from fms.storage.database import Database
from fms.storage.opening import open_database
from fms.ui.live_changes import ELSEWHERE, POLL_MS
from fms.ui.screens.clients import ClientsScreen
from tests.conftest import open_main_window
from tests.engines import ENGINES


@pytest.fixture
def other_window(db: Database) -> Iterator[Database]:
    """A second Database on the same database, as another manager's Vivier opens it."""
    other = open_database(db.location).db
    yield other
    other.dispose()


def test_a_client_saved_by_a_colleague_appears_on_the_open_clients_screen(
    qtbot: QtBot, db: Database, other_window: Database, tmp_path: Path
) -> None:
    window = open_main_window(qtbot, db, tmp_path)
    screen = window.show_screen("clients")
    assert isinstance(screen, ClientsScreen)
    assert window.change_poller.timer.isActive() and POLL_MS <= 1000  # within 2 s of the save
    create_client(other_window, ClientInput(name="Saved elsewhere"))
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
    assert screen.model.row_at(0).name == "Saved elsewhere"


def test_a_window_ignores_its_own_saves_but_not_a_colleagues(
    qtbot: QtBot, db: Database, other_window: Database, tmp_path: Path
) -> None:
    window = open_main_window(qtbot, db, tmp_path)
    window.show_screen("clients")
    told: list[str] = []
    window.context.data_changed.connect(told.append)
    create_client(db, ClientInput(name="Mine"))  # the screen that saved tells the others itself
    create_client(db, ClientInput(name="Mine too"))
    assert window.change_poller.check() is False
    create_client(other_window, ClientInput(name="Theirs"))
    qtbot.waitUntil(lambda: ELSEWHERE in told, timeout=5000)
    assert told.count(ELSEWHERE) == 1


@pytest.mark.skipif("postgresql" not in ENGINES, reason="needs a PostgreSQL server (VIVIER_TEST_POSTGRES_URL)")
@pytest.mark.parametrize("engine_name", ["postgresql"], indirect=True)
def test_the_server_watcher_reads_its_own_notifications_without_reporting_them(
    qtbot: QtBot, db: Database, other_window: Database
) -> None:
    watcher = db.watch_changes()
    assert watcher is not None
    create_client(db, ClientInput(name="Mine"))
    answers: list[bool] = []
    qtbot.waitUntil(lambda: answers.append(watcher.changed()) is None and watcher.received >= 1, timeout=5000)
    assert not any(answers)  # our notification arrived, and was not taken for a colleague's
    create_client(other_window, ClientInput(name="Theirs"))
    qtbot.waitUntil(watcher.changed, timeout=5000)


@pytest.mark.skipif("postgresql" not in ENGINES, reason="needs a PostgreSQL server (VIVIER_TEST_POSTGRES_URL)")
@pytest.mark.parametrize("engine_name", ["postgresql"], indirect=True)
def test_a_look_after_the_database_is_closed_does_not_listen_again(db: Database, other_window: Database) -> None:
    watcher = db.watch_changes()
    assert watcher is not None
    db.dispose()  # closing the window or switching databases; its poller may still look once

    assert watcher.changed() is False

    def listening() -> int:
        with other_window.reading() as session:
            return int(
                session.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                        " AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()"
                    )
                ).scalar()
                or 0
            )

    # The server ends a closed connection's backend on its own time: a listener the app kept stays.
    deadline = time.monotonic() + 5
    while listening() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert listening() == 0
