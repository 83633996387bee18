"""The missions and clients lists at start-up, read with sqlite3 while SQLAlchemy still loads.

The same rows, in the same order, as `missions.list_missions` and `clients.list_clients` (tests
compare them): enums are stored as their values, dates as ISO text, booleans as 0 and 1.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path

from fms.core.enums import MissionStatus, Seniority, WorkMode
from fms.services.common.preview import day, read_preview
from fms.services.crm.rows import ACTIVE_MISSION_STATUSES, ClientRow, Contact, MissionRow

_MISSIONS_SQL = """
SELECT missions.id, missions.client_id, clients.name, missions.title, missions.description, missions.seniority,
       missions.budget_daily_rate_cents, missions.start_date, missions.end_date, missions.location,
       missions.work_mode, missions.status, coalesce(counts.n, 0), missions.archived_at IS NOT NULL, missions.version
FROM missions
JOIN clients ON clients.id = missions.client_id
LEFT OUTER JOIN (SELECT mission_id, count(id) AS n FROM applications WHERE archived_at IS NULL GROUP BY mission_id)
  AS counts ON counts.mission_id = missions.id
{archived}
ORDER BY missions.start_date DESC NULLS LAST, missions.id DESC
"""

_MISSION_SKILLS_SQL = """
SELECT mission_skills.mission_id, skills.name, mission_skills.min_level
FROM mission_skills JOIN skills ON skills.id = mission_skills.skill_id
ORDER BY mission_skills.mission_id, skills.key
"""

_CLIENTS_SQL = """
SELECT clients.id, clients.name, clients.sector, clients.address, clients.notes, coalesce(counts.total, 0),
       coalesce(counts.active, 0), clients.archived_at IS NOT NULL, clients.version
FROM clients
LEFT OUTER JOIN (SELECT client_id, count(id) AS total, sum(CASE WHEN status IN ({active}) THEN 1 ELSE 0 END) AS active
                 FROM missions GROUP BY client_id) AS counts ON counts.client_id = clients.id
{archived}
ORDER BY clients.name_key
"""

_CONTACTS_SQL = "SELECT client_id, name, role, email, phone, id FROM client_contacts ORDER BY client_id, name"


def preview_missions(path: Path, include_archived: bool = False) -> list[MissionRow] | None:
    """Every mission of the SQLite file at `path`, as the missions list shows them; None when unreadable."""
    archived = "" if include_archived else "WHERE missions.archived_at IS NULL"

    def read(connection: sqlite3.Connection) -> list[MissionRow]:
        skills: dict[int, list[tuple[str, int]]] = defaultdict(list)
        for mission_id, name, level in connection.execute(_MISSION_SKILLS_SQL):
            skills[mission_id].append((name, level))
        return [
            MissionRow(
                id=row[0],
                client_id=row[1],
                client_name=row[2],
                title=row[3],
                description=row[4],
                seniority=None if row[5] is None else Seniority(row[5]),
                budget_daily_rate_cents=row[6],
                start_date=day(row[7]),
                end_date=day(row[8]),
                location=row[9],
                work_mode=WorkMode(row[10]),
                status=MissionStatus(row[11]),
                required_skills=tuple(skills.get(row[0], ())),
                application_count=row[12],
                archived=bool(row[13]),
                version=row[14],
            )
            for row in connection.execute(_MISSIONS_SQL.format(archived=archived))
        ]

    return read_preview(path, read, "the missions")


def preview_clients(path: Path, include_archived: bool = False) -> list[ClientRow] | None:
    """Every client of the SQLite file at `path`, as the clients list shows them; None when unreadable."""
    archived = "" if include_archived else "WHERE clients.archived_at IS NULL"
    active = ", ".join("?" * len(ACTIVE_MISSION_STATUSES))

    def read(connection: sqlite3.Connection) -> list[ClientRow]:
        contacts: dict[int, list[Contact]] = defaultdict(list)
        for client_id, name, role, email, phone, contact_id in connection.execute(_CONTACTS_SQL):
            contacts[client_id].append(Contact(name=name, role=role, email=email, phone=phone, id=contact_id))
        statuses = tuple(status.value for status in ACTIVE_MISSION_STATUSES)
        return [
            ClientRow(
                id=row[0],
                name=row[1],
                sector=row[2],
                address=row[3],
                notes=row[4],
                mission_count=row[5],
                active_mission_count=row[6],
                archived=bool(row[7]),
                contacts=tuple(contacts.get(row[0], ())),
                version=row[8],
            )
            for row in connection.execute(_CLIENTS_SQL.format(active=active, archived=archived), statuses)
        ]

    return read_preview(path, read, "the clients")
