"""Silver medallists: when to get back to someone who was not hired this time, and why.

The date is proposed from how the application ended (3 months after a decline for timing or
another mission, 6 after one for the rate, none for someone marked "do not rehire"), stored
with the outcome and editable from the card's details; due ones join the follow-ups.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fms.core import limits
from fms.core.enums import DeclineReason, Outcome, RehireStatus
from fms.core.errors import KnownError, ValidationError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Application, Client, Freelancer, Mission
from fms.services.common import activity
from fms.services.common.bounds import check_date, check_length
from fms.services.common.lookup import get_or_not_found
from fms.services.pipeline.recontact_rows import NOT_HIRED, Recontact
from fms.storage.database import Database

# Months before getting back in touch, by decline reason: soon when only the moment was wrong.
DECLINE_MONTHS: dict[DeclineReason, int] = {
    DeclineReason.TIMING: 3,
    DeclineReason.OTHER_MISSION: 3,
    DeclineReason.RATE: 6,
    DeclineReason.CONDITIONS: 6,
    DeclineReason.CULTURE: 6,
    DeclineReason.OTHER: 6,
}
# Rejected: another mission may fit in a while; withdrawn (lost touch, mission cancelled): sooner.
OUTCOME_MONTHS: dict[Outcome, int] = {Outcome.REJECTED_BY_CLIENT: 6, Outcome.WITHDRAWN: 3}


class NotASilverMedallist(KnownError):
    """Only an application closed without a hire is recontacted later."""


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def propose_recontact_after(
    outcome: Outcome | None, reason: DeclineReason | None, closed_on: date, do_not_rehire: bool = False
) -> date | None:
    """When to get back in touch, or None (hired, still open, or not to be rehired)."""
    if do_not_rehire or outcome not in NOT_HIRED:
        return None
    if outcome == Outcome.DECLINED_BY_FREELANCER:
        months = DECLINE_MONTHS.get(reason) if reason is not None else DECLINE_MONTHS[DeclineReason.OTHER]
    else:
        months = OUTCOME_MONTHS.get(outcome)
    return add_months(closed_on, months) if months else None


def propose_recontact(session: Session, application: Application, closed_on: date) -> None:
    """Inside the closing transaction: the proposed date on the application just closed."""
    freelancer = session.get_one(Freelancer, application.freelancer_id)
    application.recontact_after = propose_recontact_after(
        application.outcome,
        application.decline_reason,
        closed_on,
        freelancer.rehire_status == RehireStatus.DO_NOT_REHIRE,
    )


def set_recontact(db: Database, application_id: int, after: date | None, why: str) -> None:
    """Sets (or clears, with None) when to get back to the person and why."""
    errors: dict[str, str] = {}
    check_date(errors, "recontact_after", after)
    check_length(errors, "recontact_reason", why, limits.SHORT_TEXT)
    if errors:
        raise ValidationError(errors)
    with db.transaction() as session:
        application = get_or_not_found(session, Application, application_id)
        if application.outcome not in NOT_HIRED:
            raise NotASilverMedallist(
                QT_TRANSLATE_NOOP("errors", "Only a declined, rejected or withdrawn application is recontacted later.")
            )
        application.recontact_after = after
        application.recontact_reason = why.strip()
        activity.record(
            session,
            db.actor,
            "application",
            application.id,
            "recontact_after",
            after.isoformat() if after else "",
            freelancer_id=application.freelancer_id,
        )


def due_recontacts(db: Database, today: date | None = None) -> list[Recontact]:
    """Silver medallists whose "recontact after" has come, the longest waiting first."""
    day = today or date.today()
    query = (
        select(Application, Freelancer.first_name, Freelancer.last_name, Mission.title, Client.name)
        .join(Freelancer, Freelancer.id == Application.freelancer_id)
        .join(Mission, Mission.id == Application.mission_id)
        .join(Client, Client.id == Mission.client_id)
        .where(
            Application.outcome.in_(NOT_HIRED),
            Application.recontact_after.is_not(None),
            Application.recontact_after <= day,
            Freelancer.archived_at.is_(None),
            Freelancer.rehire_status != RehireStatus.DO_NOT_REHIRE,
        )
        .order_by(Application.recontact_after, Application.id)
    )
    with db.reading() as session:
        return [
            Recontact(
                application_id=application.id,
                freelancer_id=application.freelancer_id,
                mission_id=application.mission_id,
                due_on=application.recontact_after,
                person=f"{first} {last}",
                organisation=client,
                mission_title=title,
                outcome=application.outcome,
                why=application.recontact_reason,
            )
            for application, first, last, title, client in session.execute(query)
        ]


@dataclass(frozen=True)
class RecontactPlan:
    after: date | None
    why: str


def get_recontact(db: Database, application_id: int) -> RecontactPlan:
    with db.reading() as session:
        application = get_or_not_found(session, Application, application_id)
        return RecontactPlan(application.recontact_after, application.recontact_reason)
