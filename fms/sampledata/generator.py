"""Sample data: a coherent company history, small for `--demo`, large for the benchmarks.

Rows are built as plain dictionaries and inserted in bulk, so 100,000 freelancers take
seconds, not minutes. Everything is drawn from one seeded random generator: the same
size and seed give the same data.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from fms.core.enums import MissionStatus, Seniority, SourcingChannel, WorkMode
from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.core.text import name_key
from fms.models import (
    ActivityEntry,
    Application,
    Client,
    ClientContact,
    CollaborationNote,
    Document,
    Engagement,
    FollowUp,
    Freelancer,
    FreelancerSkill,
    Interview,
    InterviewEvaluation,
    Mission,
    MissionSkill,
    Offboarding,
    OffboardingItem,
    Renewal,
    Setting,
    Skill,
    StageChange,
)
from fms.models.freelancers import freelancer_search_text
from fms.sampledata import vocabulary as vocab
from fms.sampledata.after_hire import ascii_slug, at
from fms.sampledata.applications import ApplicationRows
from fms.storage.attachment_store import AttachmentStore, store_for
from fms.storage.database import Database
from fms.storage.sequences import resync_id_sequences

RATE_RANGES = {Seniority.JUNIOR: (350, 460), Seniority.CONFIRMED: (450, 650), Seniority.SENIOR: (600, 950)}


class DatabaseNotEmpty(KnownError):
    pass


@dataclass(frozen=True)
class DemoSummary:
    clients: int
    missions: int
    freelancers: int
    applications: int
    engagements: int
    documents: int


def fill_demo(
    db: Database,
    freelancers: int = 600,
    with_files: bool = True,
    seed: int = 7,
    today: date | None = None,
    applications: int | None = None,
) -> DemoSummary:
    """Fills an empty database; refuses one that already holds clients or freelancers.

    `applications` aims at that many applications (about; default half the freelancers).
    """
    with db.transaction() as session:
        if session.scalar(select(func.count(Freelancer.id))) or session.scalar(select(func.count(Client.id))):
            raise DatabaseNotEmpty(
                QT_TRANSLATE_NOOP("errors", "Sample data goes only into an empty database; this one holds data.")
            )
        files = store_for(db) if with_files else None
        builder = _Builder(random.Random(seed), today or date.today(), files)
        builder.build(freelancers, applications)
        with _pool_index_paused(session):
            builder.insert_all(session)
        resync_id_sequences(session.connection())
        return builder.summary()


@contextmanager
def _pool_index_paused(session: Session) -> Iterator[None]:
    """A bulk load without the pool index's triggers (one refresh per inserted row), rebuilt once after."""
    from fms.services.pool.search import has_pool_index
    from fms.storage.pool_index import create_pool_index, drop_pool_index

    indexed = has_pool_index(session)
    if indexed:
        drop_pool_index(session.connection())
    yield
    if indexed:
        create_pool_index(session.connection())


class _Builder(ApplicationRows):
    """Accumulates rows per table, with ids assigned here so rows can point at each other."""

    def __init__(self, rng: random.Random, today: date, files: AttachmentStore | None) -> None:
        self.rng = rng
        self.today = today
        self.files = files
        self.rows: dict[type[Any], list[dict[str, Any]]] = {}
        self.freelancers_by_role: dict[str, list[int]] = {}
        self._rates_by_role: dict[str, list[tuple[int, int]]] = {}
        self.freelancer_info: dict[int, dict[str, Any]] = {}
        self.client_info: dict[int, dict[str, Any]] = {}
        self._open_cycle = 0

    def add(self, model: type[Any], **values: Any) -> int:
        table_rows = self.rows.setdefault(model, [])
        if "id" not in values and "id" in model.__table__.c:
            values["id"] = len(table_rows) + 1
        table_rows.append(values)
        return int(values.get("id", 0))

    def count(self, model: type[Any]) -> int:
        return len(self.rows.get(model, []))

    def build(self, freelancer_count: int, application_target: int | None = None) -> None:
        self._company()
        self._skills()
        self._clients(max(8, min(400, freelancer_count // 250)))
        self._freelancers(freelancer_count)
        target = freelancer_count // 2 if application_target is None else application_target
        self._missions(max(24, freelancer_count // 20), target)

    def _company(self) -> None:
        """The sample company's letterhead, so sample letters look like the real thing."""
        from fms.services import settings

        for key, value in (
            (settings.COMPANY_NAME, "Atelier Nord Conseil"),
            (settings.COMPANY_ADDRESS, "12 rue des Tanneurs, 69002 Lyon\ncontact@ateliernord.example"),
            (settings.LETTER_PLACE, "Lyon"),
            (settings.SIGNATORY_NAME, "Henry Thomas"),
            (settings.SIGNATORY_ROLE, "Directeur des opérations"),
        ):
            self.add(Setting, key=key, value=value)

    def insert_all(self, session: Session) -> None:
        order = (
            Setting, Skill, Client, ClientContact, Freelancer, FreelancerSkill, Mission, MissionSkill, Application,
            StageChange, Interview, InterviewEvaluation, Engagement, Renewal, Offboarding, OffboardingItem, Document,
            CollaborationNote, FollowUp, ActivityEntry,
        )  # fmt: skip
        for model in order:
            rows = self.rows.get(model, [])
            for start in range(0, len(rows), 5000):
                session.execute(insert(model), rows[start : start + 5000])

    def summary(self) -> DemoSummary:
        return DemoSummary(
            clients=self.count(Client),
            missions=self.count(Mission),
            freelancers=self.count(Freelancer),
            applications=self.count(Application),
            engagements=self.count(Engagement),
            documents=self.count(Document),
        )

    # -- reference data -------------------------------------------------------------------

    def _skills(self) -> None:
        self.skill_ids = {name: self.add(Skill, name=name, key=name_key(name)) for name in vocab.SKILLS}

    def _clients(self, count: int) -> None:
        for index in range(count):
            name, sector = vocab.CLIENTS[index % len(vocab.CLIENTS)]
            if index >= len(vocab.CLIENTS):
                name = f"{name} {vocab.CITIES[index // len(vocab.CLIENTS) % len(vocab.CITIES)]} {index}"
            client_id = self.add(
                Client,
                name=name,
                name_key=name_key(name),  # a bulk insert skips the ORM's events, which keep it otherwise
                sector=sector,
                address=self.rng.choice(vocab.CITIES),
                notes="",
                created_at=self._past(900),
            )
            contacts = []
            for _ in range(2):
                person = f"{self.rng.choice(vocab.FIRST_NAMES)} {self.rng.choice(vocab.LAST_NAMES)}"
                contacts.append(
                    self.add(
                        ClientContact,
                        client_id=client_id,
                        name=person,
                        role=self.rng.choice(vocab.CONTACT_ROLES),
                        email=f"{ascii_slug(person).replace('.', '')}@{ascii_slug(name.split()[0])}.example",
                        phone=self._phone("+33 1"),
                    )
                )
            self.client_info[client_id] = {"name": name, "contacts": contacts}

    def _freelancers(self, count: int) -> None:
        seniorities = (Seniority.JUNIOR, Seniority.CONFIRMED, Seniority.SENIOR)
        channels = tuple(SourcingChannel)
        for index in range(1, count + 1):
            first, last = self.rng.choice(vocab.FIRST_NAMES), self.rng.choice(vocab.LAST_NAMES)
            role, role_skills = self.rng.choice(vocab.ROLES)
            seniority = self.rng.choices(seniorities, weights=(2, 4, 5))[0]
            low, high = RATE_RANGES[seniority]
            channel = self.rng.choices(channels, weights=(5, 3, 2, 2, 1))[0]
            email = f"{ascii_slug(first)}.{ascii_slug(last)}.{index}@example.com"
            headline = f"{role} \u00b7 {', '.join(role_skills[:3])}"
            freelancer_id = self.add(
                Freelancer,
                first_name=first,
                last_name=last,
                email=email,
                phone=self._phone("+33 6"),
                linkedin_url=f"https://www.linkedin.com/in/{ascii_slug(first)}-{ascii_slug(last)}-{index}",
                location=self.rng.choice(vocab.CITIES),
                headline=headline,
                seniority=seniority,
                daily_rate_cents=self.rng.randrange(low, high + 1, 10) * 100,
                availability_date=self.today + timedelta(days=self.rng.randint(-30, 150)),
                sourcing_channel=channel,
                portage_company=self.rng.choice(vocab.PORTAGE_COMPANIES) if channel == SourcingChannel.PORTAGE else "",
                talent_pool_consent=False,
                consent_date=None,
                notes="",
                search_text=freelancer_search_text(first, last, headline, email),
                created_at=self._past(1200),
                updated_at=self._past(60),
            )
            for skill in self.rng.sample(role_skills, k=min(len(role_skills), self.rng.randint(2, 4))):
                self.add(
                    FreelancerSkill,
                    freelancer_id=freelancer_id,
                    skill_id=self.skill_ids[skill],
                    level=self.rng.randint(2, 5),
                )
            self.freelancers_by_role.setdefault(role, []).append(freelancer_id)
            self.freelancer_info[freelancer_id] = {"first": first, "name": f"{first} {last}", "role": role}

    # -- missions (their applications: applications.py) ----------------------------------

    def _missions(self, count: int, application_target: int) -> None:
        statuses = tuple(MissionStatus)
        per_mission = max(3, application_target // count)
        for index in range(count):
            client_id = self.rng.randint(1, len(self.client_info))
            role, role_skills = self.rng.choice(vocab.ROLES)
            # The first missions take every status once, so even a small sample shows them all.
            status = statuses[index] if index < len(statuses) else self.rng.choices(statuses, (1, 4, 1, 3, 2, 1))[0]
            start = self._mission_start(status)
            seniority = self.rng.choice(tuple(Seniority))
            mission_id = self.add(
                Mission,
                client_id=client_id,
                title=vocab.MISSION_TITLES[role],
                description=f"{vocab.MISSION_TITLES[role]}. {self.client_info[client_id]['name']}.",
                seniority=seniority,
                budget_daily_rate_cents=RATE_RANGES[seniority][1] * 100,
                start_date=start,
                end_date=start + timedelta(days=self.rng.choice((90, 120, 180, 270))),
                location=self.rng.choice(vocab.CITIES),
                work_mode=self.rng.choice(tuple(WorkMode)),
                status=status,
                created_at=at(start - timedelta(days=60)),
                archived_at=None,
            )
            for skill in role_skills[:3]:
                self.add(MissionSkill, mission_id=mission_id, skill_id=self.skill_ids[skill], min_level=3)
            self._applications(mission_id, client_id, role, status, start, per_mission, RATE_RANGES[seniority][1] * 100)

    def _mission_start(self, status: MissionStatus) -> date:
        offsets = {
            MissionStatus.DRAFT: (30, 90),
            MissionStatus.OPEN: (10, 60),
            MissionStatus.STAFFED: (3, 30),
            MissionStatus.RUNNING: (-240, -20),
            MissionStatus.CLOSED: (-600, -200),
            MissionStatus.CANCELLED: (-120, 30),
        }
        low, high = offsets[status]
        return self.today + timedelta(days=self.rng.randint(low, high))

    def _phone(self, prefix: str) -> str:
        return " ".join([prefix, *(f"{self.rng.randint(10, 99)}" for _ in range(4))])

    def _past(self, max_days: int) -> datetime:
        return at(self.today - timedelta(days=self.rng.randint(1, max_days)))
