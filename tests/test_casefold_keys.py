"""Names unique whatever their case and accents ("élan", "Élan", "ÉLAN", a decomposed É), in the
check and in the database's own index; a name lost to another window's save is the field's message."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event, func, select

from fms.core.errors import ValidationError
from fms.models import ActivityEntry, Client, SavedList
from fms.services.common.skills import skill_for
from fms.services.crm import ClientInput, create_client, list_clients, update_client
from fms.services.file import ProfileInput, save_profile
from fms.services.pool import create_list, rename_list, saved_lists
from fms.storage.database import Database
from fms.storage.engine import make_engine
from fms.storage.locations import sqlite_location
from fms.storage.migrate import upgrade
from fms.ui.dialogs.client_dialog import ClientDialog
from tests.conftest import Factory

DECOMPOSED = "E\u0301lan"  # "Élan" as some keyboards and pasted text give it: E + combining acute
CLIENT_TAKEN = {"name": "Another client already has this name."}


@pytest.mark.parametrize("second", ["Élan", "élan", "ÉLAN", f"  {DECOMPOSED}  "])
def test_a_client_name_is_unique_whatever_its_case_and_accents(db: Database, second: str) -> None:
    create_client(db, ClientInput(name="Élan"))
    with pytest.raises(ValidationError) as refused:  # "Élan" twice raised an IntegrityError
        create_client(db, ClientInput(name=second))
    assert refused.value.field_errors == CLIENT_TAKEN
    assert [row.name for row in list_clients(db)] == ["Élan"]


def test_renaming_a_client_onto_another_is_refused_but_recasing_its_own_is_not(db: Database, make: Factory) -> None:
    own = make.client("Élan")
    other = make.client("Orion")
    with pytest.raises(ValidationError) as refused:
        update_client(db, other, ClientInput(name="élan"))
    assert refused.value.field_errors == CLIENT_TAKEN
    assert update_client(db, own, ClientInput(name="ÉLAN")).name == "ÉLAN"


def test_the_client_dialog_shows_the_clash_beside_the_name(qtbot: QtBot, db: Database, make: Factory) -> None:
    make.client("Élan")
    dialog = ClientDialog(lambda data: create_client(db, data))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.insert("élan")  # QTest cannot type characters beyond ASCII
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_for("name") == "Another client already has this name."


@contextmanager
def another_window_inserts_first(db: Database, table: str, sql: str) -> Iterator[None]:
    """Runs `sql` (another window's row) right before this window's INSERT into `table`: the check
    has passed, the database's unique index decides."""
    fired: list[bool] = []

    def before(connection, cursor, statement: str, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith(f"INSERT INTO {table} ") and not fired:
            fired.append(True)
            cursor.connection.execute(sql)

    event.listen(db.engine, "before_cursor_execute", before)
    try:
        yield
    finally:
        event.remove(db.engine, "before_cursor_execute", before)
    assert fired, f"no INSERT INTO {table}"


def count(db: Database, model: type[object]) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_client_name_lost_to_a_race_is_the_fields_message(db: Database) -> None:
    rival = (
        "INSERT INTO clients (name, name_key, sector, address, notes, created_at)"
        " VALUES ('ÉLAN', 'élan', '', '', '', '2026-01-01')"
    )
    with pytest.raises(ValidationError) as refused, another_window_inserts_first(db, "clients", rival):
        create_client(db, ClientInput(name="Élan"))
    assert refused.value.field_errors == CLIENT_TAKEN
    assert count(db, Client) == 0 and count(db, ActivityEntry) == 0  # the whole action rolled back


def test_list_names_are_unique_whatever_their_case_even_in_a_race(db: Database) -> None:
    create_list(db, "Séniors React")
    with pytest.raises(ValidationError) as refused:
        create_list(db, "SÉNIORS react")
    assert refused.value.field_errors == {"name": "A list already has this name."}
    other = create_list(db, "Data")
    with pytest.raises(ValidationError):
        rename_list(db, other.id, "séniors  REACT")
    rival = "INSERT INTO saved_lists (name, name_key, created_by, created_at) VALUES ('Go', 'go', '', '2026-01-01')"
    with pytest.raises(ValidationError) as refused, another_window_inserts_first(db, "saved_lists", rival):
        create_list(db, "GO")
    assert refused.value.field_errors == {"name": "A list already has this name."}
    assert [row.name for row in saved_lists(db)] == ["Data", "Séniors React"]


def test_a_list_of_someone_removed_meanwhile_is_not_told_as_a_name_clash(db: Database, make: Factory) -> None:
    person = make.freelancer()
    row = create_list(db, "Shortlist", (person, 999_999))  # the second one was erased in another window
    assert row.size == 1


def test_an_email_lost_to_a_race_is_the_fields_message(db: Database) -> None:
    rival = (
        "INSERT INTO freelancers (first_name, last_name, email, phone, linkedin_url, location, headline, seniority,"
        " sourcing_channel, portage_company, talent_pool_consent, notes, rehire_status, do_not_rehire_reason,"
        " search_text, created_at, updated_at) VALUES ('Ada', 'L', 'ada@example.com', '', '', '', '', 'senior',"
        " 'direct', '', FALSE, '', 'undecided', '', '', '2026-01-01', '2026-01-01')"
    )
    with pytest.raises(ValidationError) as refused, another_window_inserts_first(db, "freelancers", rival):
        save_profile(db, None, ProfileInput("Ada", "Lovelace", email="ADA@example.com"))
    assert refused.value.field_errors == {"email": "Another freelancer has this email address."}


def test_a_skill_typed_decomposed_is_the_same_skill(db: Database) -> None:
    with db.transaction() as session:
        assert skill_for(session, "Élan").id == skill_for(session, f" {DECOMPOSED.upper()} ").id


def test_an_old_database_with_colliding_names_upgrades_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(sqlite_location(path))
    upgrade(engine, "0008_talent_pool_search")
    with closing(sqlite3.connect(path)) as connection:
        connection.executescript(
            f"""
            INSERT INTO clients (id, name, sector, address, notes, created_at) VALUES
                (1, 'Élan', '', '', '', '2026-01-01'), (2, 'élan', '', '', '', '2026-01-01'),
                (3, 'Élan (2)', '', '', '', '2026-01-01'), (4, '{DECOMPOSED}', '', '', '', '2026-01-01'),
                (5, 'Orion', '', '', '', '2026-01-01');
            INSERT INTO missions (id, client_id, title, description, location, work_mode, status, created_at)
                VALUES (1, 2, 'M', '', '', 'hybrid', 'open', '2026-01-01');
            INSERT INTO saved_lists (id, name, created_by, created_at) VALUES
                (1, 'React', '', '2026-01-01'), (2, 'REACT', '', '2026-01-01');
            INSERT INTO skills (id, name, key) VALUES (1, 'Élan', 'élan'), (2, '{DECOMPOSED}', '{DECOMPOSED.lower()}'),
                (3, 'Go', 'go');
            """
        )
        connection.commit()
    upgrade(engine)
    engine.dispose()
    with closing(sqlite3.connect(path)) as connection:
        clients = connection.execute("SELECT id, name, name_key FROM clients ORDER BY id").fetchall()
        lists = connection.execute("SELECT name, name_key FROM saved_lists ORDER BY id").fetchall()
        skills = connection.execute("SELECT id, name, key FROM skills ORDER BY id").fetchall()
        renames = connection.execute(
            "SELECT entity_type, entity_id, details FROM activity_log WHERE actor = 'upgrade' ORDER BY id"
        ).fetchall()
        mission_client = connection.execute("SELECT client_id FROM missions").fetchone()[0]
    # The oldest keeps its name; the others are renamed to the first free "(n)", and the log says so.
    assert clients == [
        (1, "Élan", "élan"),
        (2, "élan (3)", "élan (3)"),
        (3, "Élan (2)", "élan (2)"),
        (4, f"{DECOMPOSED} (4)", "élan (4)"),
        (5, "Orion", "orion"),
    ]
    assert renames == [
        ("client", 2, "élan → élan (3)"),
        ("client", 4, f"{DECOMPOSED} → {DECOMPOSED} (4)"),
        ("saved_list", 2, "REACT → REACT (2)"),
    ]
    assert lists == [("React", "react"), ("REACT (2)", "react (2)")]
    assert skills == [(1, "Élan", "élan"), (2, DECOMPOSED, "élan #2"), (3, "Go", "go")]
    assert mission_client == 2
    database = Database(make_engine(sqlite_location(path)), sqlite_location(path))
    with pytest.raises(ValidationError):
        create_client(database, ClientInput(name="ÉLAN"))
    with database.reading() as session:
        assert session.scalar(select(func.count(SavedList.id))) == 2
    database.dispose()
