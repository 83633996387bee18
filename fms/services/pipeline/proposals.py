"""Putting freelancers on a mission's board, in Sourced."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fms.core.enums import Stage
from fms.core.errors import KnownError, NotFoundError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Application, Freelancer, Mission, StageChange
from fms.services.common import activity
from fms.services.pipeline.positions import position_before
from fms.services.pipeline.state import (
    ApplicationState,
    application_state,
)
from fms.storage.database import Database


def propose(db: Database, freelancer_id: int, mission_id: int, now: datetime | None = None) -> ApplicationState:
    """Puts a freelancer on a mission's board, in Sourced."""
    now = now or datetime.now(UTC)
    with db.transaction() as session:
        return apply_proposal(session, db.actor, freelancer_id, mission_id, now)


def propose_many(db: Database, freelancer_ids: list[int], mission_id: int) -> list[ApplicationState]:
    """Several people on one mission's board in one transaction; those already on it are left as they are."""
    now = datetime.now(UTC)
    with db.transaction() as session:
        session.get(Mission, mission_id, with_for_update=True)  # a colleague's proposals to it wait for these
        already = set(session.scalars(select(Application.freelancer_id).where(Application.mission_id == mission_id)))
        return [
            apply_proposal(session, db.actor, freelancer_id, mission_id, now)
            for freelancer_id in dict.fromkeys(freelancer_ids)
            if freelancer_id not in already
        ]


def apply_proposal(
    session: Session, actor: str, freelancer_id: int, mission_id: int, now: datetime
) -> ApplicationState:
    # The mission's lock makes the same proposal made by a colleague at the same moment wait, then see this one.
    mission = session.get(Mission, mission_id, with_for_update=True)
    if session.get(Freelancer, freelancer_id) is None or mission is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "The freelancer or the mission no longer exists."))
    existing = session.scalar(
        select(Application.id).where(Application.freelancer_id == freelancer_id, Application.mission_id == mission_id)
    )
    if existing is not None:
        raise KnownError(QT_TRANSLATE_NOOP("errors", "This freelancer is already proposed for this mission."))
    application = Application(
        freelancer_id=freelancer_id,
        mission_id=mission_id,
        stage=Stage.SOURCED,
        stage_entered_at=now,
        created_at=now,
        position=position_before(session, Stage.SOURCED, None, 0),
    )
    session.add(application)
    session.flush()
    session.add(StageChange(application=application, to_stage=Stage.SOURCED, changed_at=now, changed_by=actor))
    activity.record(session, actor, "application", application.id, "proposed", freelancer_id=freelancer_id)
    session.flush()
    return application_state(application)
