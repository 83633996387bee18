"""Applications as rows for lists: one query, whatever the number of cards."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from fms.enums import Outcome, Stage
from fms.models import Application, Client, Freelancer, Interview, Mission
from fms.services.database import Database


@dataclass(frozen=True)
class ApplicationRow:
    id: int
    freelancer_id: int
    freelancer_name: str
    headline: str
    mission_id: int
    mission_title: str
    client_name: str
    stage: Stage
    stage_entered_at: datetime
    outcome: Outcome | None
    interview_count: int
    feedback_owed: bool

    def days_in_stage(self, now: datetime | None = None) -> int:
        return max(0, ((now or datetime.now(UTC)) - self.stage_entered_at).days)


def list_applications(db: Database, mission_id: int | None = None) -> list[ApplicationRow]:
    """One query of plain columns: building ORM objects for thousands of cards costs more than the SQL."""
    interviews = (
        select(Interview.application_id, func.count(Interview.id).label("n"))
        .group_by(Interview.application_id)
        .subquery()
    )
    query = (
        select(
            Application.id,
            Application.freelancer_id,
            Freelancer.first_name,
            Freelancer.last_name,
            Freelancer.headline,
            Application.mission_id,
            Mission.title,
            Client.name,
            Application.stage,
            Application.stage_entered_at,
            Application.outcome,
            func.coalesce(interviews.c.n, 0),
            Application.closed_at.is_not(None)
            & (Application.outcome != Outcome.HIRED)
            & Application.feedback_sent_at.is_(None),
        )
        .join(Freelancer, Freelancer.id == Application.freelancer_id)
        .join(Mission, Mission.id == Application.mission_id)
        .join(Client, Client.id == Mission.client_id)
        .outerjoin(interviews, interviews.c.application_id == Application.id)
        .where(Application.archived_at.is_(None))
        .order_by(Application.stage, Application.position, Application.id)
    )
    if mission_id is not None:
        query = query.where(Application.mission_id == mission_id)
    with db.reading() as session:
        return [
            ApplicationRow(
                id=app_id,
                freelancer_id=freelancer_id,
                freelancer_name=f"{first} {last}",
                headline=headline,
                mission_id=mission,
                mission_title=title,
                client_name=client,
                stage=stage,
                stage_entered_at=entered,
                outcome=outcome,
                interview_count=count,
                feedback_owed=bool(owed),
            )
            for (
                app_id,
                freelancer_id,
                first,
                last,
                headline,
                mission,
                title,
                client,
                stage,
                entered,
                outcome,
                count,
                owed,
            ) in session.execute(query)
        ]
