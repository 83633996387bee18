"""The answer every candidate is owed: who still waits for one, and marking it sent."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Select, select

from fms.models import Application
from fms.services.common import activity
from fms.services.pipeline.state import (
    ApplicationState,
    application_state,
    get_application,
)
from fms.storage.database import Database


def mark_feedback_sent(db: Database, application_id: int, now: datetime | None = None) -> ApplicationState:
    """Records that the candidate got an answer; lifts the flag."""
    with db.transaction() as session:
        application = get_application(session, application_id)
        application.feedback_sent_at = now or datetime.now(UTC)
        activity.record(
            session, db.actor, "application", application.id, "feedback_sent", freelancer_id=application.freelancer_id
        )
        return application_state(application)


def applications_owing_feedback(db: Database) -> list[int]:
    with db.reading() as session:
        return list(session.scalars(_owing_feedback_query().order_by(Application.closed_at)))


def _owing_feedback_query() -> Select[tuple[int]]:
    return select(Application.id).where(Application.feedback_owed, Application.archived_at.is_(None))
