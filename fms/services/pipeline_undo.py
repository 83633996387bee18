"""Undoing a card move: the application is put back exactly as it was, in one transaction.

A snapshot is taken before a move; restoring it removes what the move created (the
engagement of a hire and its draft documents, an offboarding just opened) and puts the
mission's status back. Undo is not a move through the rules: it reverses one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fms.enums import DeclineReason, MissionStatus, Outcome, Stage
from fms.errors import KnownError
from fms.i18n import QT_TRANSLATE_NOOP
from fms.models import Application, Engagement, Mission, Offboarding, StageChange
from fms.services import activity
from fms.services.database import Database
from fms.services.pipeline import ApplicationState, application_state, get_application


@dataclass(frozen=True)
class ApplicationSnapshot:
    application_id: int
    stage: Stage
    position: int
    stage_entered_at: datetime
    outcome: Outcome | None
    decline_reason: DeclineReason | None
    outcome_details: str
    client_justification: str
    feedback_draft: str
    closed_at: datetime | None
    engagement_id: int | None
    offboarding_id: int | None
    mission_status: MissionStatus


def take_snapshot(db: Database, application_id: int) -> ApplicationSnapshot:
    with db.reading() as session:
        application = get_application(session, application_id)
        engagement_id = session.scalar(select(Engagement.id).where(Engagement.application_id == application_id))
        offboarding_id = None
        if engagement_id is not None:
            offboarding_id = session.scalar(select(Offboarding.id).where(Offboarding.engagement_id == engagement_id))
        return ApplicationSnapshot(
            application_id=application.id,
            stage=application.stage,
            position=application.position,
            stage_entered_at=application.stage_entered_at,
            outcome=application.outcome,
            decline_reason=application.decline_reason,
            outcome_details=application.outcome_details,
            client_justification=application.client_justification,
            feedback_draft=application.feedback_draft,
            closed_at=application.closed_at,
            engagement_id=engagement_id,
            offboarding_id=offboarding_id,
            mission_status=session.get_one(Mission, application.mission_id).status,
        )


def restore_snapshot(db: Database, snapshot: ApplicationSnapshot, now: datetime | None = None) -> ApplicationState:
    with db.transaction() as session:
        application = get_application(session, snapshot.application_id)
        current_stage = application.stage
        _remove_what_the_move_created(session, application, snapshot)
        for field in (
            "stage",
            "position",
            "stage_entered_at",
            "outcome",
            "decline_reason",
            "outcome_details",
            "client_justification",
            "feedback_draft",
            "closed_at",
        ):
            setattr(application, field, getattr(snapshot, field))
        session.get_one(Mission, application.mission_id).status = snapshot.mission_status
        if current_stage != snapshot.stage:
            session.add(
                StageChange(
                    application=application,
                    from_stage=current_stage,
                    to_stage=snapshot.stage,
                    changed_at=now or datetime.now(UTC),
                    changed_by=db.actor,
                    note="undo",
                )
            )
        activity.record(
            session,
            db.actor,
            "application",
            application.id,
            "move_undone",
            f"{current_stage.value} -> {snapshot.stage.value}",
            freelancer_id=application.freelancer_id,
        )
        session.flush()
        session.refresh(application)
        return application_state(application)


def _remove_what_the_move_created(session: Session, application: Application, snapshot: ApplicationSnapshot) -> None:
    engagement = session.scalar(select(Engagement).where(Engagement.application_id == application.id))
    if engagement is None:
        if snapshot.engagement_id is not None:
            raise KnownError(QT_TRANSLATE_NOOP("errors", "This move can no longer be undone: its engagement is gone."))
        return
    if snapshot.engagement_id is None:
        session.delete(engagement)  # its draft documents and any offboarding go with it
        session.flush()
        return
    offboarding = session.scalar(select(Offboarding).where(Offboarding.engagement_id == engagement.id))
    if offboarding is not None and snapshot.offboarding_id is None:
        if offboarding.completed_at is not None:
            raise KnownError(
                QT_TRANSLATE_NOOP("errors", "This move can no longer be undone: the offboarding is finished.")
            )
        session.delete(offboarding)
        session.flush()


def archive_application(db: Database, application_id: int, archived: bool = True) -> ApplicationState:
    """Takes a card off the board (or back); its history stays."""
    with db.transaction() as session:
        application = get_application(session, application_id)
        application.archived_at = datetime.now(UTC) if archived else None
        activity.record(
            session,
            db.actor,
            "application",
            application.id,
            "archived" if archived else "restored",
            freelancer_id=application.freelancer_id,
        )
        return application_state(application)
