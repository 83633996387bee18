"""Sample data: a coherent company history, small for `--demo`, large for the benchmarks.

Rows are built as plain dictionaries and inserted in bulk, so 100,000 freelancers take
seconds, not minutes. Everything is drawn from one seeded random generator: the same
size and seed give the same data.
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from fms.core.enums import (
    DeclineReason,
    InterviewKind,
    InterviewResult,
    MissionStatus,
    Outcome,
    Seniority,
    SourcingChannel,
    Stage,
    WorkMode,
)
from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
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
from fms.sampledata.after_hire import AfterHireRows, ascii_slug, at
from fms.storage.database import Database
from fms.storage.locations import attachments_dir

RATE_RANGES = {Seniority.JUNIOR: (350, 460), Seniority.CONFIRMED: (450, 650), Seniority.SENIOR: (600, 950)}
PATH_TO_HIRE = (
    Stage.SOURCED,
    Stage.POSITIONING_CALL,
    Stage.PROFILE_SENT,
    Stage.CLIENT_INTERVIEW,
    Stage.TECHNICAL_INTERVIEW,
    Stage.FINAL_ANSWER,
)
OPEN_STAGES = PATH_TO_HIRE


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
    db: Database, freelancers: int = 600, with_files: bool = True, seed: int = 7, today: date | None = None
) -> DemoSummary:
    """Fills an empty database; refuses one that already holds clients or freelancers."""
    with db.transaction() as session:
        if session.scalar(select(func.count(Freelancer.id))) or session.scalar(select(func.count(Client.id))):
            raise DatabaseNotEmpty(
                QT_TRANSLATE_NOOP("errors", "Sample data goes only into an empty database; this one holds data.")
            )
        files_folder = attachments_dir(db.location) if with_files else None
        builder = _Builder(random.Random(seed), today or date.today(), files_folder)
        builder.build(freelancers)
        with _pool_index_paused(session):
            builder.insert_all(session)
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


class _Builder(AfterHireRows):
    """Accumulates rows per table, with ids assigned here so rows can point at each other."""

    def __init__(self, rng: random.Random, today: date, files_folder: Path | None) -> None:
        self.rng = rng
        self.today = today
        self.files_folder = files_folder
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

    def build(self, freelancer_count: int) -> None:
        self._company()
        self._skills()
        self._clients(max(8, min(400, freelancer_count // 250)))
        self._freelancers(freelancer_count)
        self._missions(max(24, freelancer_count // 20), freelancer_count // 2)

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
        self.skill_ids = {name: self.add(Skill, name=name, key=name.casefold()) for name in vocab.SKILLS}

    def _clients(self, count: int) -> None:
        for index in range(count):
            name, sector = vocab.CLIENTS[index % len(vocab.CLIENTS)]
            if index >= len(vocab.CLIENTS):
                name = f"{name} {vocab.CITIES[index // len(vocab.CLIENTS) % len(vocab.CITIES)]} {index}"
            client_id = self.add(
                Client,
                name=name,
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

    # -- missions and their applications -------------------------------------------------

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

    def _by_rate(self, role: str, candidates: list[int]) -> list[tuple[int, int]]:
        """A role's freelancers as (rate, id), sorted once and kept for every mission."""
        cached = self._rates_by_role.get(role)
        if cached is None:
            rates = self.rows[Freelancer]
            cached = sorted((rates[f - 1]["daily_rate_cents"], f) for f in candidates)
            self._rates_by_role[role] = cached
        return cached

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

    def _applications(
        self,
        mission_id: int,
        client_id: int,
        role: str,
        status: MissionStatus,
        start: date,
        count: int,
        budget_cents: int,
    ) -> None:
        if status == MissionStatus.DRAFT:
            return
        candidates = self.freelancers_by_role.get(role) or list(self.freelancer_info)
        # Sourcing picks by rate: mostly people within the budget, a few just above it.
        by_rate = self._by_rate(role, candidates)
        affordable = bisect.bisect_right(by_rate, (budget_cents * 11 // 10, len(self.freelancer_info) + 1))
        if affordable >= count:
            candidates = [freelancer_id for _, freelancer_id in by_rate[:affordable]]
        chosen = self.rng.sample(candidates, k=min(len(candidates), self.rng.randint(max(1, count - 2), count + 2)))
        hired_stage = {
            MissionStatus.STAFFED: Stage.ON_MISSION,
            MissionStatus.RUNNING: Stage.OFFBOARDING if mission_id % 3 == 1 else Stage.ON_MISSION,
            MissionStatus.CLOSED: Stage.ALUMNI,
        }.get(status)
        sent = 0
        for index, freelancer_id in enumerate(chosen):
            if hired_stage is not None and index == 0:
                self._hired(mission_id, client_id, freelancer_id, hired_stage, start)
                sent += 1
                continue
            if status == MissionStatus.OPEN and self.rng.random() < 0.7:
                # Cycled rather than drawn, so every column of the board has cards.
                pool = OPEN_STAGES if sent < 4 else OPEN_STAGES[:2]
                stage = pool[self._open_cycle % len(pool)]
                self._open_cycle += 1
                sent += stage.order >= Stage.PROFILE_SENT.order
                self._open(mission_id, client_id, freelancer_id, stage)
            else:
                reached = self.rng.choice(PATH_TO_HIRE if sent < 4 else PATH_TO_HIRE[:2])
                sent += reached.order >= Stage.PROFILE_SENT.order
                self._closed(mission_id, client_id, freelancer_id, reached, start)

    def _new_application(self, mission_id: int, freelancer_id: int, path: list[Stage], end: datetime) -> int:
        gap = timedelta(days=self.rng.randint(2, 9))
        entered = [end - gap * (len(path) - 1 - step) for step in range(len(path))]
        application_id = self.add(
            Application,
            freelancer_id=freelancer_id,
            mission_id=mission_id,
            stage=path[-1],
            position=(self.count(Application) + 1) * 1024,
            stage_entered_at=entered[-1],
            outcome=None,
            decline_reason=None,
            outcome_details="",
            client_justification="",
            feedback_draft="",
            feedback_sent_at=None,
            closed_at=None,
            created_at=entered[0],
            archived_at=None,
        )
        previous: Stage | None = None
        for stage, moment in zip(path, entered, strict=True):
            self.add(
                StageChange,
                application_id=application_id,
                from_stage=previous,
                to_stage=stage,
                changed_at=moment,
                changed_by="demo",
                note="",
            )
            self.add(
                ActivityEntry,
                occurred_at=moment,
                actor="demo",
                entity_type="application",
                entity_id=application_id,
                freelancer_id=freelancer_id,
                action="proposed" if previous is None else "stage_changed",
                details="" if previous is None else f"{previous.value} -> {stage.value}",
            )
            previous = stage
        return application_id

    def _path_to(self, stage: Stage) -> list[Stage]:
        path = [s for s in PATH_TO_HIRE if s.order <= stage.order]
        if stage != Stage.TECHNICAL_INTERVIEW and Stage.TECHNICAL_INTERVIEW in path and self.rng.random() < 0.5:
            path.remove(Stage.TECHNICAL_INTERVIEW)
        return path

    def _open(self, mission_id: int, client_id: int, freelancer_id: int, stage: Stage) -> None:
        end = at(self.today - timedelta(days=self.rng.randint(0, 25)), hour=self.rng.randint(8, 18))
        path = self._path_to(stage)
        application_id = self._new_application(mission_id, freelancer_id, path, end)
        self._interviews(application_id, client_id, path, end, failed=False)

    def _closed(self, mission_id: int, client_id: int, freelancer_id: int, reached: Stage, start: date) -> None:
        end = at(min(self.today, start) - timedelta(days=self.rng.randint(1, 30)))
        path = [*self._path_to(reached), Stage.ALUMNI]
        application_id = self._new_application(mission_id, freelancer_id, path, end)
        application = self.rows[Application][-1]
        outcome = self.rng.choice(
            (Outcome.DECLINED_BY_FREELANCER, Outcome.REJECTED_BY_CLIENT, Outcome.WITHDRAWN)
            if reached.order >= Stage.CLIENT_INTERVIEW.order
            else (Outcome.DECLINED_BY_FREELANCER, Outcome.WITHDRAWN)
        )
        application.update(outcome=outcome, closed_at=end)
        if outcome == Outcome.DECLINED_BY_FREELANCER:
            application["decline_reason"] = self.rng.choice(tuple(DeclineReason))
            application["outcome_details"] = "Préfère une mission en full remote."
        elif outcome == Outcome.REJECTED_BY_CLIENT:
            justification = self.rng.choice(vocab.REJECTIONS)
            # No stored draft: the answer is drafted from the interviews when first opened.
            application["client_justification"] = justification
        else:
            application["outcome_details"] = "Took another mission before the client interview."
        if self.rng.random() < 0.75:
            application["feedback_sent_at"] = end + timedelta(days=1)
        self._interviews(application_id, client_id, path, end, failed=outcome == Outcome.REJECTED_BY_CLIENT)
        if self.rng.random() < 0.3:
            self._consent(freelancer_id, end.date())

    def _hired(self, mission_id: int, client_id: int, freelancer_id: int, stage: Stage, start: date) -> None:
        path = [*self._path_to(Stage.FINAL_ANSWER), Stage.ON_MISSION]
        if stage in (Stage.OFFBOARDING, Stage.ALUMNI):
            path.append(Stage.OFFBOARDING)
        if stage == Stage.ALUMNI:
            path.append(Stage.ALUMNI)
        planned_end = start + timedelta(days=self.rng.choice((90, 120, 180)))
        renewed = self.rng.random() < 0.8
        final_end = planned_end + timedelta(days=90) if renewed else planned_end
        moment = {
            Stage.ON_MISSION: at(min(start, self.today - timedelta(days=1))),
            Stage.OFFBOARDING: at(self.today - timedelta(days=self.rng.randint(1, 6))),
            Stage.ALUMNI: at(final_end),
        }[stage]
        application_id = self._new_application(mission_id, freelancer_id, path, moment)
        self.rows[Application][-1].update(outcome=Outcome.HIRED, feedback_sent_at=moment)
        self._interviews(application_id, client_id, path, at(start - timedelta(days=14)), failed=False)
        freelancer = self.rows[Freelancer][freelancer_id - 1]
        if stage == Stage.ON_MISSION:
            # Running missions end after today; about half within the month, so offboardings are due.
            soon = self.today + timedelta(days=self.rng.randint(6, 28))
            fits = start < soon and (not renewed or soon > planned_end)
            final_end = soon if fits and self.rng.random() < 0.5 else max(final_end, self.today + timedelta(days=5))
        engagement_id = self.add(
            Engagement,
            application_id=application_id,
            start_date=start,
            planned_end_date=final_end,
            real_end_date=final_end if stage == Stage.ALUMNI else None,
            daily_rate_cents=freelancer["daily_rate_cents"],
            created_at=at(start - timedelta(days=10)),
        )
        if renewed and start < self.today:
            self.add(
                Renewal,
                engagement_id=engagement_id,
                renewed_at=at(planned_end - timedelta(days=20)),
                previous_end_date=planned_end,
                new_end_date=final_end,
                new_daily_rate_cents=None,
            )
        self._agreements(engagement_id, freelancer_id, client_id, start, final_end)
        if stage in (Stage.OFFBOARDING, Stage.ALUMNI):
            self._offboarding(engagement_id, done=stage == Stage.ALUMNI, moment=moment)
        if stage == Stage.ALUMNI:
            self._collaboration_note(freelancer_id, engagement_id, client_id, final_end)
            if self.rng.random() < 0.85:
                self._consent(freelancer_id, final_end)

    def _interviews(self, application_id: int, client_id: int, path: list[Stage], end: datetime, failed: bool) -> None:
        contacts = self.client_info[client_id]["contacts"]
        interviewer = self.rows[ClientContact][contacts[0] - 1]["name"]
        kinds: list[InterviewKind] = []
        if Stage.CLIENT_INTERVIEW in path:
            kinds += [InterviewKind.CLIENT] * self.rng.randint(1, 2)
        if Stage.TECHNICAL_INTERVIEW in path:
            kinds.append(InterviewKind.TECHNICAL)
        for number, kind in enumerate(kinds):
            held = end - timedelta(days=3 * (len(kinds) - number))
            is_last = number == len(kinds) - 1
            result = InterviewResult.FAILED if failed and is_last else InterviewResult.PASSED
            if is_last and path[-1] in (Stage.CLIENT_INTERVIEW, Stage.TECHNICAL_INTERVIEW):
                result = InterviewResult.PENDING
            scored = result != InterviewResult.PENDING
            by_client = kind == InterviewKind.CLIENT
            interview_id = self.add(
                Interview,
                application_id=application_id,
                kind=kind,
                scheduled_at=held,
                interviewers=f"{interviewer}, tech lead" if kind == InterviewKind.TECHNICAL else interviewer,
                notes=self.rng.choice(vocab.INTERVIEW_NOTES) if scored else "",
                client_feedback=self.rng.choice(vocab.CLIENT_FEEDBACK) if scored and by_client else "",
                # Drawn after the notes, as before the causes had codes: the same seed gives the same data.
                **self._failure(result),
                result=result,
            )
            if scored:
                evaluators = [(interviewer, True)] + ([("tech lead", False)] if kind == InterviewKind.TECHNICAL else [])
                for evaluator, from_client in evaluators:
                    self.add(
                        InterviewEvaluation,
                        interview_id=interview_id,
                        evaluator=evaluator,
                        from_client=from_client,
                        hard_skills_score=self.rng.randint(2, 5),
                        soft_skills_score=self.rng.randint(2, 5),
                        comment="",
                    )

    def _failure(self, result: InterviewResult) -> dict[str, str]:
        if result != InterviewResult.FAILED:
            return {"failure_causes": "", "failure_cause_codes": ""}
        words, cause = self.rng.choice(vocab.FAILURE_CAUSES)
        return {"failure_causes": words, "failure_cause_codes": cause.value}

    def _phone(self, prefix: str) -> str:
        return " ".join([prefix, *(f"{self.rng.randint(10, 99)}" for _ in range(4))])

    def _past(self, max_days: int) -> datetime:
        return at(self.today - timedelta(days=self.rng.randint(1, max_days)))
