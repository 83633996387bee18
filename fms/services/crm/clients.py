"""Clients: list, create, edit, archive."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from fms.core import limits
from fms.core.errors import ValidationError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.core.text import name_key
from fms.models import Client, Mission
from fms.services.common import activity
from fms.services.common.bounds import check_lengths
from fms.services.common.lookup import get_or_not_found, gone
from fms.services.common.uniqueness import unique_fields
from fms.services.common.versions import mark_saved, refuse_if_stale
from fms.services.crm.contacts import contact_errors, contacts_by_client, sync_contacts
from fms.services.crm.rows import ACTIVE_MISSION_STATUSES, ClientInput, ClientRow, Contact
from fms.storage.database import Database

NAME_TAKEN = QT_TRANSLATE_NOOP("errors", "Another client already has this name.")
# Checked first; the constraint still decides when another window saves the same name meanwhile.
UNIQUE_NAME = {"uq_clients_name_key": ("name", NAME_TAKEN)}


def list_clients(db: Database, include_archived: bool = False) -> list[ClientRow]:
    with db.reading() as session:
        return _rows(session, include_archived=include_archived)


def get_client(db: Database, client_id: int) -> ClientRow:
    with db.reading() as session:
        rows = _rows(session, include_archived=True, only_id=client_id)
    if not rows:
        raise gone(Client)
    return rows[0]


def create_client(db: Database, data: ClientInput) -> ClientRow:
    with unique_fields(UNIQUE_NAME), db.transaction() as session:
        _validate(session, data, client_id=None)
        client = Client(**_clean(data))
        session.add(client)
        session.flush()
        sync_contacts(session, client.id, data.contacts)
        activity.record(session, db.actor, "client", client.id, "created", client.name)
        client_id = client.id
    return get_client(db, client_id)


def update_client(db: Database, client_id: int, data: ClientInput, *, version: int | None = None) -> ClientRow:
    """Saves the form; from a form read at an older `version`, writes nothing (`ChangedElsewhere`)."""
    with unique_fields(UNIQUE_NAME), db.transaction() as session:
        client = _get(session, client_id)
        _validate(session, data, client_id=client_id)
        # Contacts are rows of their own: compared as the lines the form shows.
        contacts = {"shown": _contact_lines(contacts_by_client(session, [client_id]).get(client_id, ()))}

        def fields() -> dict[str, object]:
            return {**{name: getattr(client, name) for name in _clean(data)}, "contacts": contacts["shown"]}

        def apply() -> None:
            for name, value in _clean(data).items():
                setattr(client, name, value)
            contacts["shown"] = _contact_lines(data.contacts)

        refuse_if_stale(session, client, version, fields, apply, "client")
        mark_saved(client)  # a change of contacts alone moves the client's version too
        apply()
        problem = sync_contacts(session, client.id, data.contacts)
        if problem:
            raise ValidationError({"contacts": problem})
        activity.record(session, db.actor, "client", client.id, "edited", client.name)
    return get_client(db, client_id)


def set_client_archived(db: Database, client_id: int, archived: bool) -> ClientRow:
    with db.transaction() as session:
        client = _get(session, client_id)
        client.archived_at = datetime.now(UTC) if archived else None
        activity.record(session, db.actor, "client", client.id, "archived" if archived else "restored", client.name)
    return get_client(db, client_id)


def _clean(data: ClientInput) -> dict[str, str]:
    return {
        "name": " ".join(data.name.split()),
        "sector": data.sector.strip(),
        "address": data.address.strip(),
        "notes": data.notes.strip(),
    }


def _contact_lines(contacts: tuple[Contact, ...]) -> str:
    """The contacts as one text, cleaned as they are saved, to compare a form with the database."""
    lines = []
    for contact in contacts:
        details = [contact.role.strip(), contact.email.strip().lower(), contact.phone.strip()]
        shown = ", ".join(detail for detail in details if detail)
        name = " ".join(contact.name.split())
        lines.append(f"{name} ({shown})" if shown else name)
    return "; ".join(lines)


def _validate(session: Session, data: ClientInput, client_id: int | None) -> None:
    name = " ".join(data.name.split())
    errors: dict[str, str] = {}
    check_lengths(
        errors,
        {
            "name": (name, limits.NAME),
            "sector": (data.sector, limits.SECTOR),
            "address": (data.address, limits.ADDRESS),
            "notes": (data.notes, limits.LONG_TEXT),
        },
    )
    if not name:
        errors["name"] = QT_TRANSLATE_NOOP("errors", "The name is required.")
    elif "name" not in errors:
        clash = select(Client.id).where(Client.name_key == name_key(name))
        if client_id is not None:
            clash = clash.where(Client.id != client_id)
        if session.scalar(clash) is not None:
            errors["name"] = NAME_TAKEN
    problem = contact_errors(data.contacts)
    if problem:
        errors["contacts"] = problem
    if errors:
        raise ValidationError(errors)


def _get(session: Session, client_id: int) -> Client:
    client = get_or_not_found(session, Client, client_id)
    return client


def _rows(session: Session, include_archived: bool, only_id: int | None = None) -> list[ClientRow]:
    missions = (
        select(
            Mission.client_id,
            func.count(Mission.id).label("total"),
            func.sum(case((Mission.status.in_(ACTIVE_MISSION_STATUSES), 1), else_=0)).label("active"),
        )
        .group_by(Mission.client_id)
        .subquery()
    )
    query = (
        select(Client, func.coalesce(missions.c.total, 0), func.coalesce(missions.c.active, 0))
        .outerjoin(missions, missions.c.client_id == Client.id)
        .order_by(Client.name_key)
    )
    if not include_archived:
        query = query.where(Client.archived_at.is_(None))
    if only_id is not None:
        query = query.where(Client.id == only_id)
    results = session.execute(query).all()
    contacts = contacts_by_client(session, [client.id for client, _, _ in results] if only_id else None)
    return [
        ClientRow(
            id=client.id,
            name=client.name,
            sector=client.sector,
            address=client.address,
            notes=client.notes,
            mission_count=total,
            active_mission_count=active,
            archived=client.archived_at is not None,
            contacts=contacts.get(client.id, ()),
            version=client.version,
        )
        for client, total, active in results
    ]
