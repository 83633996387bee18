"""How an application ends: the hire with its engagement, or a closed card with what each outcome needs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fms.core import limits
from fms.core.enums import DeclineReason, MissionStatus, Outcome
from fms.core.errors import ValidationError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Application, Engagement, Freelancer, Interview, Mission
from fms.services.common.bounds import check_date, check_length, check_lengths, check_rate
from fms.services.pipeline.agreements import add_drafts, gate_error, missing_agreements
from fms.services.pipeline.feedback import draft_rejection_feedback
from fms.services.settings import REQUIRE_SIGNED_AGREEMENTS, read_flag


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


def hire(session: Session, application: Application, outcome: OutcomeInput) -> None:
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
    elif start is not None and end < start and "planned_end_date" not in errors:
        errors["planned_end_date"] = QT_TRANSLATE_NOOP("errors", "The planned end is before the start.")
    if rate is None:
        errors["daily_rate"] = QT_TRANSLATE_NOOP("errors", "The agreed daily rate is required.")
    check_rate(errors, "daily_rate", rate)
    check_date(errors, "start_date", start)
    check_date(errors, "planned_end_date", end)
    check_length(errors, "details", outcome.details, limits.LONG_TEXT)
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


def close_application(
    session: Session, application: Application, outcome: OutcomeInput, language: str, now: datetime
) -> None:
    errors: dict[str, str] = {}
    if outcome.outcome == Outcome.DECLINED_BY_FREELANCER and outcome.decline_reason is None:
        errors["decline_reason"] = QT_TRANSLATE_NOOP("errors", "Choose why the freelancer declined.")
    if outcome.outcome == Outcome.REJECTED_BY_CLIENT and not outcome.client_justification.strip():
        errors["client_justification"] = QT_TRANSLATE_NOOP("errors", "The client's justification is required.")
    if outcome.outcome == Outcome.WITHDRAWN and not outcome.details.strip():
        errors["details"] = QT_TRANSLATE_NOOP("errors", "Say why the application was withdrawn or lost.")
    check_lengths(
        errors,
        {
            "details": (outcome.details, limits.LONG_TEXT),
            "client_justification": (outcome.client_justification, limits.LONG_TEXT),
            "feedback": (outcome.feedback, limits.LONG_TEXT),
        },
    )
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
