"""What the client and mission forms and lists exchange with the services: plain frozen values.

Importing this module imports no SQLAlchemy: start-up's previews build these rows with sqlite3.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from fms.core.enums import MissionStatus, Seniority, WorkMode

# A client's missions that count as active in its list.
ACTIVE_MISSION_STATUSES = (MissionStatus.OPEN, MissionStatus.STAFFED, MissionStatus.RUNNING)


@dataclass(frozen=True)
class Contact:
    """A contact as the form shows and returns it; `id` is None for a new one."""

    name: str
    role: str = ""
    email: str = ""
    phone: str = ""
    id: int | None = None


@dataclass(frozen=True)
class ClientInput:
    name: str
    sector: str = ""
    address: str = ""
    notes: str = ""
    contacts: tuple[Contact, ...] = ()


@dataclass(frozen=True)
class ClientRow:
    id: int
    name: str
    sector: str
    address: str
    notes: str
    mission_count: int
    active_mission_count: int
    archived: bool
    contacts: tuple[Contact, ...] = ()
    version: int = 1  # the record's, when read: a save passes it back


@dataclass(frozen=True)
class MissionInput:
    client_id: int | None
    title: str
    description: str = ""
    seniority: Seniority | None = None
    budget_daily_rate_cents: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    location: str = ""
    work_mode: WorkMode = WorkMode.HYBRID
    status: MissionStatus = MissionStatus.DRAFT
    required_skills: tuple[tuple[str, int], ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class MissionRow:
    id: int
    client_id: int
    client_name: str
    title: str
    description: str
    seniority: Seniority | None
    budget_daily_rate_cents: int | None
    start_date: date | None
    end_date: date | None
    location: str
    work_mode: WorkMode
    status: MissionStatus
    required_skills: tuple[tuple[str, int], ...]
    application_count: int
    archived: bool
    version: int = 1  # the record's, when read: a save passes it back

    def as_input(self) -> MissionInput:
        return MissionInput(
            client_id=self.client_id,
            title=self.title,
            description=self.description,
            seniority=self.seniority,
            budget_daily_rate_cents=self.budget_daily_rate_cents,
            start_date=self.start_date,
            end_date=self.end_date,
            location=self.location,
            work_mode=self.work_mode,
            status=self.status,
            required_skills=self.required_skills,
        )
