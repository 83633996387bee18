"""A card as the services hand it back, and the lookups every pipeline action starts from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from fms.core.enums import Outcome, Stage
from fms.models import Application, StageChange
from fms.services.common.lookup import get_for_update, get_or_not_found

# A stage change reverted by undo: kept in the history, no longer counted (e.g. as a profile sent).
UNDONE_NOTE = "undone"


@dataclass(frozen=True)
class ApplicationState:
    """A card after a move, as the board redraws it."""

    id: int
    freelancer_id: int
    mission_id: int
    stage: Stage
    position: int
    stage_entered_at: datetime
    outcome: Outcome | None
    feedback_owed: bool
    engagement_id: int | None


def application_state(application: Application) -> ApplicationState:
    engagement_id = application.engagement.id if application.engagement is not None else None
    return ApplicationState(
        id=application.id,
        freelancer_id=application.freelancer_id,
        mission_id=application.mission_id,
        stage=application.stage,
        position=application.position,
        stage_entered_at=application.stage_entered_at,
        outcome=application.outcome,
        feedback_owed=application.feedback_owed,
        engagement_id=engagement_id,
    )


def get_application(session: Session, application_id: int, lock: bool = False) -> Application:
    """The application; with `lock`, row-locked so a colleague's move of the same card waits for this one."""
    if lock:
        return get_for_update(session, Application, application_id)
    application = get_or_not_found(session, Application, application_id)
    return application


def profiles_sent_count(session: Session, mission_id: int, excluding: int | None = None) -> int:
    """Applications of the mission that were ever sent to the client."""
    query = (
        select(func.count(distinct(StageChange.application_id)))
        .join(Application, Application.id == StageChange.application_id)
        .where(
            Application.mission_id == mission_id,
            StageChange.to_stage == Stage.PROFILE_SENT,
            StageChange.note != UNDONE_NOTE,
        )
    )
    if excluding is not None:
        query = query.where(StageChange.application_id != excluding)
    return session.scalar(query) or 0
