"""Clients and missions through their services: validation, edits, archiving."""

from __future__ import annotations

from datetime import date

import pytest

from fms.core.enums import MissionStatus, Seniority, WorkMode
from fms.core.errors import ValidationError
from fms.services.crm import (
    ClientInput,
    MissionInput,
    create_client,
    create_mission,
    list_clients,
    list_missions,
    set_client_archived,
    set_mission_archived,
    update_client,
    update_mission,
)
from fms.storage.database import Database
from tests.conftest import Factory


def errors_of(call) -> set[str]:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as invalid:
        call()
    return set(invalid.value.field_errors)


def test_a_client_needs_a_unique_name(db: Database) -> None:
    assert errors_of(lambda: create_client(db, ClientInput(name="   "))) == {"name"}
    create_client(db, ClientInput(name="Banque  Lumière", sector="Banking"))
    assert errors_of(lambda: create_client(db, ClientInput(name="banque lumière"))) == {"name"}
    assert [row.name for row in list_clients(db)] == ["Banque Lumière"]  # spaces tidied


def test_editing_a_client_keeps_its_own_name_available(db: Database) -> None:
    client = create_client(db, ClientInput(name="Orion"))
    edited = update_client(db, client.id, ClientInput(name="Orion", sector="Retail"))
    assert edited.sector == "Retail"


def test_archived_clients_leave_the_list_and_can_come_back(db: Database) -> None:
    client = create_client(db, ClientInput(name="Hexa"))
    set_client_archived(db, client.id, True)
    assert list_clients(db) == []
    assert [row.archived for row in list_clients(db, include_archived=True)] == [True]
    assert set_client_archived(db, client.id, False).archived is False


def test_mission_validation_names_each_field(db: Database, make: Factory) -> None:
    bad = MissionInput(
        client_id=None,
        title=" ",
        budget_daily_rate_cents=-1,
        start_date=date(2026, 5, 1),
        end_date=date(2026, 4, 1),
        required_skills=(("Python", 9),),
    )
    assert errors_of(lambda: create_mission(db, bad)) == {"client", "title", "budget", "end_date", "skills"}
    assert list_missions(db) == []


def test_a_mission_keeps_its_skills_and_counts(db: Database, make: Factory) -> None:
    client_id = make.client("Carmine Health")
    data = MissionInput(
        client_id=client_id,
        title="Data pipelines",
        seniority=Seniority.SENIOR,
        budget_daily_rate_cents=70000,
        work_mode=WorkMode.REMOTE,
        status=MissionStatus.OPEN,
        required_skills=(("Kafka", 4), ("python", 3), ("Python", 5)),
    )
    mission = create_mission(db, data)
    assert mission.required_skills == (("Kafka", 4), ("Python", 5))  # one tag per skill, the last one typed wins
    make.application(mission.id)
    edited = update_mission(db, mission.id, MissionInput(**{**data.__dict__, "required_skills": (("Kafka", 2),)}))
    assert edited.required_skills == (("Kafka", 2),)
    assert edited.application_count == 1
    assert [row.active_mission_count for row in list_clients(db)] == [1]


def test_archived_missions_are_hidden_but_kept(db: Database, make: Factory) -> None:
    mission_id = make.mission()
    set_mission_archived(db, mission_id, True)
    assert list_missions(db) == []
    assert [row.id for row in list_missions(db, include_archived=True)] == [mission_id]


def test_contacts_are_saved_edited_and_removed_with_the_client(db: Database) -> None:
    from fms.services.crm import Contact

    client = create_client(
        db, ClientInput(name="Hexa", contacts=(Contact("Nadia Haddad", "CTO", "Nadia@Hexa.example"), Contact("Tom")))
    )
    nadia, tom = client.contacts
    assert (nadia.name, nadia.email) == ("Nadia Haddad", "nadia@hexa.example")
    edited = update_client(db, client.id, ClientInput(name="Hexa", contacts=(Contact("Nadia H.", id=nadia.id),)))
    assert [(c.id, c.name) for c in edited.contacts] == [(nadia.id, "Nadia H.")]


def test_bad_contacts_are_refused(db: Database) -> None:
    from fms.services.crm import Contact

    assert errors_of(lambda: create_client(db, ClientInput(name="A", contacts=(Contact(" "),)))) == {"contacts"}
    bad_email = ClientInput(name="A", contacts=(Contact("Tom", email="tom@"),))
    assert errors_of(lambda: create_client(db, bad_email)) == {"contacts"}


def test_a_contact_with_follow_ups_is_not_silently_deleted(db: Database) -> None:
    from datetime import UTC, datetime

    from fms.core.enums import ContactChannel
    from fms.models import FollowUp
    from fms.services.crm import Contact

    client = create_client(db, ClientInput(name="Hexa", contacts=(Contact("Nadia"),)))
    with db.transaction() as session:
        session.add(
            FollowUp(
                client_contact_id=client.contacts[0].id,
                due_at=datetime(2026, 12, 1, 10, tzinfo=UTC),
                channel=ContactChannel.PHONE,
                purpose="Debrief",
            )
        )
    assert errors_of(lambda: update_client(db, client.id, ClientInput(name="Hexa"))) == {"contacts"}
    assert [c.name for c in list_clients(db)[0].contacts] == ["Nadia"]
