"""How an application ends: the hire with its engagement, or a closed card with what each outcome needs."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy.orm import Session

from fms.core import limits
from fms.core.enums import DeclineReason, MissionStatus, Outcome
from fms.core.errors import ValidationError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Application, Engagement, Freelancer, Mission
from fms.services.common.bounds import check_date, check_length, check_lengths, check_rate
from fms.services.pipeline.agreements import SignedAgreement, add_drafts, add_signed, gate_error, missing_agreements
from fms.services.pipeline.answers import Answer, build_answer, read_facts, record_sent
from fms.services.pipeline.feedback import draft_answer
from fms.services.pipeline.recontact import propose_recontact
from fms.services.pipeline.state import get_application
from fms.services.settings import REQUIRE_SIGNED_AGREEMENTS, read_flag
from fms.storage.database import Database


@dataclass(frozen=True)
class OutcomeInput:
    """How an application ended, with what each outcome requires."""

    outcome: Outcome
    decline_reason: DeclineReason | None = None
    details: str = ""
    client_justification: str = ""
    feedback: str = ""
    feedback_sent: bool = False
    start_date: date | None = None
    planned_end_date: date | None = None
    daily_rate_cents: int | None = None
    sign_later: bool = False
    # Attached in the hire dialog: recorded signed, linked to the engagement, before the gate looks.
    signed: tuple[SignedAgreement, ...] = ()


def hire(session: Session, actor: str, application: Application, outcome: OutcomeInput) -> None:
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
    signed = add_signed(session, actor, freelancer.id, outcome.signed)
    missing = missing_agreements(session, freelancer.id, start) if read_flag(session, REQUIRE_SIGNED_AGREEMENTS) else ()
    if missing and not outcome.sign_later:
        raise gate_error(missing)
    application.outcome = Outcome.HIRED
    application.outcome_details = outcome.details.strip()
    engagement = Engagement(application=application, start_date=start, planned_end_date=end, daily_rate_cents=rate)
    session.add(engagement)
    session.flush()
    add_drafts(session, freelancer.id, engagement.id, missing)
    for document in signed:
        document.engagement_id = engagement.id
    if mission.status in (MissionStatus.DRAFT, MissionStatus.OPEN):
        mission.status = MissionStatus.STAFFED


def outcome_errors(outcome: OutcomeInput) -> dict[str, str]:
    """What a closing outcome lacks, field by field (empty when it can be stored)."""
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
    return errors


def close_application(
    session: Session, actor: str, application: Application, outcome: OutcomeInput, language: str, now: datetime
) -> None:
    """Stores the outcome with its answer (the edited draft, else one drafted here), sent or still owed."""
    errors = outcome_errors(outcome)
    if errors:
        raise ValidationError(errors)
    application.outcome = outcome.outcome
    application.decline_reason = outcome.decline_reason
    application.outcome_details = outcome.details.strip()
    application.client_justification = outcome.client_justification.strip()
    application.closed_at = now
    propose_recontact(session, application, now.date())
    drafted = outcome.feedback.strip() or draft_answer(read_facts(session, application), language).body
    application.feedback_draft = drafted
    if outcome.feedback_sent:
        record_sent(session, actor, application, now)


def preview_closing(db: Database, application_id: int, outcome: OutcomeInput, language: str) -> Answer:
    """The answer closing with `outcome` would draft, before anything is stored.

    Raises `ValidationError` when the outcome lacks what it needs, as the move itself would.
    """
    errors = outcome_errors(outcome)
    if errors:
        raise ValidationError(errors)
    with db.reading() as session:
        application = get_application(session, application_id)
        facts = replace(
            read_facts(session, application),
            # Qt item data hands enums back as plain strings.
            outcome=Outcome(outcome.outcome),
            decline_reason=DeclineReason(outcome.decline_reason) if outcome.decline_reason else None,
            details=outcome.details.strip(),
            justification=outcome.client_justification.strip(),
        )
        return build_answer(session, application, facts, language)
