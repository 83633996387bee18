"""The cards of the pipeline board: one query for all of them, one for a card that moved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from fms.enums import DocumentStatus, Outcome, Seniority, Stage
from fms.models import (
    Application,
    Client,
    Document,
    Engagement,
    Freelancer,
    FreelancerSkill,
    Interview,
    Mission,
    Skill,
    StageChange,
)
from fms.services.database import Database


@dataclass(frozen=True)
class Card:
    """What a card shows, and what the board's filters test."""

    id: int
    freelancer_id: int
    freelancer_name: str
    headline: str
    seniority: Seniority
    daily_rate_cents: int | None
    mission_id: int
    mission_title: str
    budget_cents: int | None
    client_id: int
    client_name: str
    stage: Stage
    position: int
    stage_entered_at: datetime
    outcome: Outcome | None
    interview_count: int
    feedback_owed: bool
    documents_to_sign: int
    skill_keys: frozenset[str]

    @property
    def initials(self) -> str:
        return "".join(part[0] for part in self.freelancer_name.split()[:2]).upper()

    @property
    def over_budget(self) -> bool:
        return (
            self.budget_cents is not None
            and self.daily_rate_cents is not None
            and self.daily_rate_cents > self.budget_cents
        )

    def days_in_stage(self, now: datetime | None = None) -> int:
        return max(0, ((now or datetime.now(UTC)) - self.stage_entered_at).days)


def load_cards(db: Database, mission_id: int | None = None) -> list[Card]:
    """Every live card (of one mission, or all), in column order."""
    with db.reading() as session:
        return _cards(session, _card_query(mission_id=mission_id))


def load_card(db: Database, application_id: int) -> Card | None:
    with db.reading() as session:
        cards = _cards(session, _card_query(application_id=application_id))
    return cards[0] if cards else None


def _card_query(mission_id: int | None = None, application_id: int | None = None) -> Select[tuple]:
    interviews = (
        select(Interview.application_id, func.count(Interview.id).label("n"))
        .group_by(Interview.application_id)
        .subquery()
    )
    unsigned = (
        select(Engagement.application_id, func.count(Document.id).label("n"))
        .join(Document, Document.engagement_id == Engagement.id)
        .where(Document.status.in_((DocumentStatus.DRAFT, DocumentStatus.SENT)))
        .group_by(Engagement.application_id)
        .subquery()
    )
    skills = (
        select(FreelancerSkill.freelancer_id, func.aggregate_strings(Skill.key, "\t").label("skill_list"))
        .join(Skill, Skill.id == FreelancerSkill.skill_id)
        .group_by(FreelancerSkill.freelancer_id)
        .subquery()
    )
    query = (
        select(
            Application.id,
            Application.freelancer_id,
            Freelancer.first_name,
            Freelancer.last_name,
            Freelancer.headline,
            Freelancer.seniority,
            Freelancer.daily_rate_cents,
            Application.mission_id,
            Mission.title,
            Mission.budget_daily_rate_cents,
            Mission.client_id,
            Client.name,
            Application.stage,
            Application.position,
            Application.stage_entered_at,
            Application.outcome,
            func.coalesce(interviews.c.n, 0),
            and_(
                Application.closed_at.is_not(None),
                Application.outcome != Outcome.HIRED,
                Application.feedback_sent_at.is_(None),
            ),
            func.coalesce(unsigned.c.n, 0),
            func.coalesce(skills.c.skill_list, ""),
        )
        .join(Freelancer, Freelancer.id == Application.freelancer_id)
        .join(Mission, Mission.id == Application.mission_id)
        .join(Client, Client.id == Mission.client_id)
        .outerjoin(interviews, interviews.c.application_id == Application.id)
        .outerjoin(unsigned, unsigned.c.application_id == Application.id)
        .outerjoin(skills, skills.c.freelancer_id == Application.freelancer_id)
        .where(Application.archived_at.is_(None))
        .order_by(Application.stage, Application.position, Application.id)
    )
    if mission_id is not None:
        query = query.where(Application.mission_id == mission_id)
    if application_id is not None:
        query = query.where(Application.id == application_id)
    return query


def _cards(session: Session, query: Select[tuple]) -> list[Card]:
    return [
        Card(
            id=row[0],
            freelancer_id=row[1],
            freelancer_name=f"{row[2]} {row[3]}",
            headline=row[4],
            seniority=row[5],
            daily_rate_cents=row[6],
            mission_id=row[7],
            mission_title=row[8],
            budget_cents=row[9],
            client_id=row[10],
            client_name=row[11],
            stage=row[12],
            position=row[13],
            stage_entered_at=row[14],
            outcome=row[15],
            interview_count=row[16],
            feedback_owed=bool(row[17]),
            documents_to_sign=row[18],
            skill_keys=frozenset(row[19].split("\t")) if row[19] else frozenset(),
        )
        for row in session.execute(query)
    ]


@dataclass(frozen=True)
class HistoryEntry:
    changed_at: datetime
    from_stage: Stage | None
    to_stage: Stage
    changed_by: str
    note: str


def card_history(db: Database, application_id: int) -> list[HistoryEntry]:
    with db.reading() as session:
        rows = session.execute(
            select(
                StageChange.changed_at,
                StageChange.from_stage,
                StageChange.to_stage,
                StageChange.changed_by,
                StageChange.note,
            )
            .where(StageChange.application_id == application_id)
            .order_by(StageChange.id)
        )
        return [HistoryEntry(*row) for row in rows]
