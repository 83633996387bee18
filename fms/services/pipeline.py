"""Moves cards through the pipeline: the rules of `pipeline_rules` applied to the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Select, distinct, func, select
from sqlalchemy.orm import Session

from fms.enums import DeclineReason, MissionStatus, Outcome, Stage
from fms.errors import KnownError, NotFoundError, ValidationError
from fms.i18n import QT_TRANSLATE_NOOP
from fms.models import Application, Engagement, Freelancer, Interview, Mission, Offboarding, StageChange
from fms.services import activity
from fms.services.agreements import add_drafts, gate_error, missing_agreements
from fms.services.database import Database
from fms.services.feedback import draft_rejection_feedback
from fms.services.pipeline_rules import PROFILES_SENT_LIMIT, MoveKind, MoveRefused, classify_move
from fms.services.settings import REQUIRE_SIGNED_AGREEMENTS, read_flag

POSITION_GAP = 1024
# A stage change reverted by undo: kept in the history, no longer counted (e.g. as a profile sent).
UNDONE_NOTE = "undone"


class ConfirmationRequired(KnownError):
    """Allowed only if the user confirms; call again with `confirm_over_limit=True`."""


@dataclass(frozen=True)
class OutcomeInput:
    """How an application ended, with what each outcome requires."""

    outcome: Outcome
    decline_reason: DeclineReason | None = None
    details: str = ""
    client_justification: str = ""
    feedback: str = ""
    start_date: date | None = None
    planned_end_date: date | None = None
    daily_rate_cents: int | None = None
    sign_later: bool = False


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


def move_application(
    db: Database,
    application_id: int,
    to_stage: Stage,
    *,
    before_id: int | None = None,
    outcome: OutcomeInput | None = None,
    confirm_over_limit: bool = False,
    feedback_language: str = "en",
    now: datetime | None = None,
) -> ApplicationState:
    """Moves a card to `to_stage`, before the card `before_id` (or last), in one transaction.

    Raises `MoveRefused`, `OutcomeRequired`, `ConfirmationRequired` or `ValidationError`
    and then changes nothing.
    """
    now = now or datetime.now(UTC)
    with db.transaction() as session:
        return apply_move(
            session,
            db.actor,
            application_id,
            to_stage,
            before_id=before_id,
            outcome=outcome,
            confirm_over_limit=confirm_over_limit,
            feedback_language=feedback_language,
            now=now,
        )


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
    application = get_application(session, application_id)
    from_stage = application.stage
    kind = classify_move(from_stage, to_stage, outcome.outcome if outcome else None)
    if to_stage == Stage.PROFILE_SENT and kind == MoveKind.STEP and not confirm_over_limit:
        _check_profiles_sent_limit(session, application)
    if kind == MoveKind.HIRE:
        assert outcome is not None
        _hire(session, application, outcome)
    elif kind == MoveKind.CLOSE:
        assert outcome is not None
        _close(session, application, outcome, feedback_language, now)
    elif kind == MoveKind.START_OFFBOARDING:
        _start_offboarding(session, application, now)
    elif kind == MoveKind.FINISH_OFFBOARDING:
        _check_offboarding_finished(session, application)
    elif kind == MoveKind.RESUME_MISSION:
        _check_offboarding_open(session, application)

    application.position = _position_before(session, to_stage, before_id, application.id)
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


def propose(db: Database, freelancer_id: int, mission_id: int, now: datetime | None = None) -> ApplicationState:
    """Puts a freelancer on a mission's board, in Sourced."""
    now = now or datetime.now(UTC)
    with db.transaction() as session:
        return apply_proposal(session, db.actor, freelancer_id, mission_id, now)


def propose_many(db: Database, freelancer_ids: list[int], mission_id: int) -> list[ApplicationState]:
    """Several people on one mission's board in one transaction; those already on it are left as they are."""
    now = datetime.now(UTC)
    with db.transaction() as session:
        already = set(session.scalars(select(Application.freelancer_id).where(Application.mission_id == mission_id)))
        return [
            apply_proposal(session, db.actor, freelancer_id, mission_id, now)
            for freelancer_id in dict.fromkeys(freelancer_ids)
            if freelancer_id not in already
        ]


def apply_proposal(
    session: Session, actor: str, freelancer_id: int, mission_id: int, now: datetime
) -> ApplicationState:
    if session.get(Freelancer, freelancer_id) is None or session.get(Mission, mission_id) is None:
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
        position=_position_before(session, Stage.SOURCED, None, 0),
    )
    session.add(application)
    session.flush()
    session.add(StageChange(application=application, to_stage=Stage.SOURCED, changed_at=now, changed_by=actor))
    activity.record(session, actor, "application", application.id, "proposed", freelancer_id=freelancer_id)
    session.flush()
    return application_state(application)


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


def _owing_feedback_query() -> Select[tuple[int]]:
    return select(Application.id).where(Application.feedback_owed, Application.archived_at.is_(None))


def get_application(session: Session, application_id: int) -> Application:
    application = session.get(Application, application_id)
    if application is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This application no longer exists."))
    return application


def _check_profiles_sent_limit(session: Session, application: Application) -> None:
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


def _hire(session: Session, application: Application, outcome: OutcomeInput) -> None:
    mission = session.get_one(Mission, application.mission_id)
    freelancer = session.get_one(Freelancer, application.freelancer_id)
    start = outcome.start_date
    end = outcome.planned_end_date or mission.end_date
    rate = outcome.daily_rate_cents if outcome.daily_rate_cents is not None else freelancer.daily_rate_cents
    errors: dict[str, str] = {}
    if start is None:
        errors["start_date"] = QT_TRANSLATE_NOOP("errors", "The start date is required.")
    if end is None:
        errors["planned_end_date"] = QT_TRANSLATE_NOOP("errors", "The planned end date is required.")
    elif start is not None and end < start:
        errors["planned_end_date"] = QT_TRANSLATE_NOOP("errors", "The planned end is before the start.")
    if rate is None:
        errors["daily_rate"] = QT_TRANSLATE_NOOP("errors", "The agreed daily rate is required.")
    elif rate < 0:
        errors["daily_rate"] = QT_TRANSLATE_NOOP("errors", "The daily rate cannot be negative.")
    if errors:
        raise ValidationError(errors)
    assert start is not None and end is not None and rate is not None
    missing = missing_agreements(session, freelancer.id, start) if read_flag(session, REQUIRE_SIGNED_AGREEMENTS) else ()
    if missing and not outcome.sign_later:
        raise gate_error(missing)
    application.outcome = Outcome.HIRED
    application.outcome_details = outcome.details.strip()
    engagement = Engagement(application=application, start_date=start, planned_end_date=end, daily_rate_cents=rate)
    session.add(engagement)
    session.flush()
    add_drafts(session, freelancer.id, engagement.id, missing)
    if mission.status in (MissionStatus.DRAFT, MissionStatus.OPEN):
        mission.status = MissionStatus.STAFFED


def _close(session: Session, application: Application, outcome: OutcomeInput, language: str, now: datetime) -> None:
    errors: dict[str, str] = {}
    if outcome.outcome == Outcome.DECLINED_BY_FREELANCER and outcome.decline_reason is None:
        errors["decline_reason"] = QT_TRANSLATE_NOOP("errors", "Choose why the freelancer declined.")
    if outcome.outcome == Outcome.REJECTED_BY_CLIENT and not outcome.client_justification.strip():
        errors["client_justification"] = QT_TRANSLATE_NOOP("errors", "The client's justification is required.")
    if outcome.outcome == Outcome.WITHDRAWN and not outcome.details.strip():
        errors["details"] = QT_TRANSLATE_NOOP("errors", "Say why the application was withdrawn or lost.")
    if errors:
        raise ValidationError(errors)
    application.outcome = outcome.outcome
    application.decline_reason = outcome.decline_reason
    application.outcome_details = outcome.details.strip()
    application.client_justification = outcome.client_justification.strip()
    application.closed_at = now
    if outcome.outcome == Outcome.REJECTED_BY_CLIENT:
        application.feedback_draft = outcome.feedback.strip() or _draft_from_interviews(session, application, language)


def _draft_from_interviews(session: Session, application: Application, language: str) -> str:
    freelancer = session.get_one(Freelancer, application.freelancer_id)
    mission = session.get_one(Mission, application.mission_id)
    interviews = session.execute(
        select(Interview.client_feedback, Interview.notes)
        .where(Interview.application_id == application.id)
        .order_by(Interview.scheduled_at)
    ).all()
    # What the client said comes first: the answer to the freelancer is built from it.
    said = [text for client_feedback, notes in interviews for text in (client_feedback, notes) if text]
    return draft_rejection_feedback(
        first_name=freelancer.first_name,
        client=mission.client.name,
        mission=mission.title,
        justification=application.client_justification,
        strengths=" ".join(said),
        language=language,
    )


def _start_offboarding(session: Session, application: Application, now: datetime) -> None:
    engagement = _engagement(session, application)
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


def _engagement(session: Session, application: Application) -> Engagement:
    engagement = session.scalar(select(Engagement).where(Engagement.application_id == application.id))
    if engagement is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This application has no engagement."))
    return engagement


def _position_before(session: Session, stage: Stage, before_id: int | None, moving_id: int) -> int:
    """A position in `stage`'s column just before `before_id`, or after the last card."""
    if before_id == moving_id:
        return session.get_one(Application, moving_id).position
    column = select(Application.position).where(Application.stage == stage, Application.id != moving_id)
    if before_id is None:
        last = session.scalar(column.order_by(Application.position.desc(), Application.id.desc()).limit(1))
        return POSITION_GAP if last is None else last + POSITION_GAP
    before = session.get(Application, before_id)
    if before is None or before.stage != stage:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "The card to drop beside has moved; try again."))
    tied = session.scalar(
        select(func.count()).where(
            Application.stage == stage, Application.position == before.position, Application.id != moving_id
        )
    )
    if tied and tied > 1:  # cards sharing a position: spread them first, or "before" is ambiguous
        _respace_column(session, stage, moving_id)
    previous = session.scalar(
        column.where(Application.position < before.position).order_by(Application.position.desc()).limit(1)
    )
    low = previous if previous is not None else before.position - 2 * POSITION_GAP
    if before.position - low >= 2:
        return (low + before.position) // 2
    _respace_column(session, stage, moving_id)
    return _position_before(session, stage, before_id, moving_id)


def _respace_column(session: Session, stage: Stage, moving_id: int) -> None:
    """Spreads a crowded column again; rare, since positions start 1024 apart."""
    cards = session.scalars(
        select(Application)
        .where(Application.stage == stage, Application.id != moving_id)
        .order_by(Application.position, Application.id)
    ).all()
    for index, card in enumerate(cards, start=1):
        card.position = index * POSITION_GAP
    session.flush()


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
