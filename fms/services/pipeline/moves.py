"""Moves cards through the pipeline: the rules of `rules` applied to the database, one transaction a move."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TypedDict, Unpack

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fms.core.enums import Stage
from fms.core.errors import KnownError, NotFoundError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Application, Engagement, Mission, Offboarding, StageChange
from fms.services.common import activity
from fms.services.pipeline.outcomes import OutcomeInput, close_application, hire
from fms.services.pipeline.positions import position_before
from fms.services.pipeline.rules import PROFILES_SENT_LIMIT, MoveKind, MoveRefused, classify_move
from fms.services.pipeline.state import (
    UNDONE_NOTE,
    ApplicationState,
    application_state,
    get_application,
    profiles_sent_count,
)
from fms.storage.database import Database


class ConfirmationRequired(KnownError):
    """Allowed only if the user confirms; call again with `confirm_over_limit=True`."""


class MovedElsewhere(MoveRefused):
    """The card is no longer in the stage the user saw: someone moved it meanwhile."""


class MoveChoices(TypedDict, total=False):
    """What a move is asked with besides the card and its stage; each may be left out."""

    before_id: int | None  # the card it is dropped before; None: last of its column
    outcome: OutcomeInput | None  # a hire's or a closing's decision
    confirm_over_limit: bool  # the user said yes to one more profile sent than the usual limit
    feedback_language: str  # the closing answer's language ("en", "fr")


def move_application(
    db: Database,
    application_id: int,
    to_stage: Stage,
    *,
    now: datetime | None = None,
    expected_stage: Stage | None = None,
    **choices: Unpack[MoveChoices],
) -> ApplicationState:
    """Moves a card to `to_stage`, before the card `before_id` (or last), in one transaction.

    `expected_stage` is the stage the user saw the card in: if it has left it since, the move is
    refused with `MovedElsewhere`. Raises `MoveRefused`, `OutcomeRequired`, `ConfirmationRequired`
    or `ValidationError` and then changes nothing.
    """
    now = now or datetime.now(UTC)
    with db.transaction() as session:
        if expected_stage is not None:
            _refuse_if_moved(session, application_id, expected_stage)
        return apply_move(session, db.actor, application_id, to_stage, now=now, **choices)


def apply_move(
    session: Session,
    actor: str,
    application_id: int,
    to_stage: Stage,
    *,
    before_id: int | None = None,
    outcome: OutcomeInput | None = None,
    confirm_over_limit: bool = False,
    feedback_language: str = "en",
    now: datetime,
) -> ApplicationState:
    """`move_application` inside the caller's transaction (the offboarding's Finish moves a card too)."""
    application = get_application(session, application_id, lock=True)
    from_stage = application.stage
    if outcome is not None and from_stage == to_stage:
        # A decision for a card already there: a colleague decided it meanwhile; this one would be lost.
        raise moved_elsewhere(session, application)
    kind = classify_move(from_stage, to_stage, outcome.outcome if outcome else None)
    if to_stage == Stage.PROFILE_SENT and kind == MoveKind.STEP and not confirm_over_limit:
        _check_profiles_sent_limit(session, application)
    if kind == MoveKind.HIRE:
        assert outcome is not None
        hire(session, actor, application, outcome)
    elif kind == MoveKind.CLOSE:
        assert outcome is not None
        close_application(session, actor, application, outcome, feedback_language, now)
    elif kind == MoveKind.START_OFFBOARDING:
        _start_offboarding(session, application, now)
    elif kind == MoveKind.FINISH_OFFBOARDING:
        _check_offboarding_finished(session, application)
    elif kind == MoveKind.RESUME_MISSION:
        _check_offboarding_open(session, application)

    application.position = position_before(session, to_stage, before_id, application.id)
    if kind != MoveKind.REORDER:
        application.stage = to_stage
        application.stage_entered_at = now
        session.add(
            StageChange(
                application=application,
                from_stage=from_stage,
                to_stage=to_stage,
                changed_at=now,
                changed_by=actor,
            )
        )
        activity.record(
            session,
            actor,
            "application",
            application.id,
            "stage_changed",
            f"{from_stage.value} -> {to_stage.value}",
            freelancer_id=application.freelancer_id,
        )
    session.flush()
    return application_state(application)


def _refuse_if_moved(session: Session, application_id: int, expected_stage: Stage) -> None:
    application = get_application(session, application_id, lock=True)
    if application.stage != expected_stage:
        raise moved_elsewhere(session, application)


def moved_elsewhere(session: Session, application: Application) -> MovedElsewhere:
    """The refusal naming who moved the card, and where, since the user saw it."""
    who = session.scalar(
        select(StageChange.changed_by)
        .where(StageChange.application_id == application.id)
        .order_by(StageChange.id.desc())
        .limit(1)
    )
    return MovedElsewhere(
        QT_TRANSLATE_NOOP("errors", "Moved by {who} to {stage}."), who=who or "?", stage=application.stage
    )


def _check_profiles_sent_limit(session: Session, application: Application) -> None:
    # The mission's row lock makes a colleague's send to the same mission wait, then count this one.
    session.execute(select(Mission.id).where(Mission.id == application.mission_id).with_for_update())
    already_sent = session.scalar(
        select(func.count())
        .select_from(StageChange)
        .where(
            StageChange.application_id == application.id,
            StageChange.to_stage == Stage.PROFILE_SENT,
            StageChange.note != UNDONE_NOTE,
        )
    )
    if already_sent:
        return
    sent = profiles_sent_count(session, application.mission_id, excluding=application.id)
    if sent >= PROFILES_SENT_LIMIT:
        raise ConfirmationRequired(
            QT_TRANSLATE_NOOP(
                "errors",
                "{count} profiles were already sent to the client for this mission (the usual limit is {limit}). "
                "Send this one too?",
            ),
            count=sent,
            limit=PROFILES_SENT_LIMIT,
        )


def _start_offboarding(session: Session, application: Application, now: datetime) -> None:
    engagement = _engagement(session, application, lock=True)  # as the wizard's open does: one of the two starts it
    if session.scalar(select(Offboarding.id).where(Offboarding.engagement_id == engagement.id)) is None:
        session.add(Offboarding(engagement_id=engagement.id, started_at=now))


def _check_offboarding_finished(session: Session, application: Application) -> None:
    engagement = _engagement(session, application)
    completed = session.scalar(select(Offboarding.completed_at).where(Offboarding.engagement_id == engagement.id))
    if completed is None:
        raise MoveRefused(
            QT_TRANSLATE_NOOP("errors", "Finish the offboarding checklist before the freelancer joins the alumni.")
        )


def _check_offboarding_open(session: Session, application: Application) -> None:
    engagement = _engagement(session, application)
    completed = session.scalar(select(Offboarding.completed_at).where(Offboarding.engagement_id == engagement.id))
    if completed is not None:
        raise MoveRefused(
            QT_TRANSLATE_NOOP("errors", "The offboarding is finished: renew or rehire rather than resume the mission.")
        )


def _engagement(session: Session, application: Application, lock: bool = False) -> Engagement:
    query = select(Engagement).where(Engagement.application_id == application.id)
    engagement = session.scalar(query.with_for_update() if lock else query)
    if engagement is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This application has no engagement."))
    return engagement
