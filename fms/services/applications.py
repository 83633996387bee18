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
    interviews = (
        select(Interview.application_id, func.count(Interview.id).label("n"))
        .group_by(Interview.application_id)
        .subquery()
    )
    query = (
        select(
            Application,
            Freelancer.first_name,
            Freelancer.last_name,
            Freelancer.headline,
            Mission.title,
            Client.name,
            func.coalesce(interviews.c.n, 0),
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
                id=app.id,
                freelancer_id=app.freelancer_id,
                freelancer_name=f"{first} {last}",
                headline=headline,
                mission_id=app.mission_id,
                mission_title=title,
                client_name=client,
                stage=app.stage,
                stage_entered_at=app.stage_entered_at,
                outcome=app.outcome,
                interview_count=count,
                feedback_owed=app.closed_at is not None
                and app.outcome != Outcome.HIRED
                and app.feedback_sent_at is None,
            )
            for app, first, last, headline, title, client, count in session.execute(query)
        ]
