"""Retention (GDPR article 5): who is kept too long, who must renew their consent, and acting on it.

A candidate never hired (no engagement, no "hired" outcome, never on a mission) and without
talent-pool consent is due for erasure `retention_months` (a setting, 24 by default) after the
last contact: the latest of their creation, an activity-log entry, a stage change or a follow-up
done. A consent given more than three years ago is due for renewal: a follow-up is drafted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from fms.core.enums import ContactChannel, Outcome, Stage
from fms.models import ActivityEntry, Application, Engagement, FollowUp, Freelancer, StageChange
from fms.services import settings
from fms.services.common import activity
from fms.services.data.erasure import ERASED_FIRST_NAME, ErasedPerson, erase_freelancer
from fms.services.file.scheduling import propose_follow_up_time, read_rules
from fms.storage.database import Database

CONSENT_RENEWAL_MONTHS = 36
# Stored like the other drafted follow-ups' purposes (fms.services.offboarding.wizard), in English.
RENEWAL_PURPOSE = "Renew talent-pool consent"
HIRED_STAGES = (Stage.ON_MISSION, Stage.OFFBOARDING, Stage.ALUMNI)


@dataclass(frozen=True)
class DueForErasure:
    freelancer_id: int
    name: str
    email: str
    last_contact: date
    months: int


@dataclass(frozen=True)
class DueForRenewal:
    freelancer_id: int
    name: str
    email: str
    consent_date: date
    months: int
    renewal_drafted: bool  # an open follow-up already asks for it


@dataclass(frozen=True)
class RetentionReview:
    retention_months: int
    erasure: list[DueForErasure]
    renewal: list[DueForRenewal]


def months_between(earlier: date, later: date) -> int:
    """Whole calendar months from `earlier` to `later` (31 Jan to 28 Feb is 0)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (1 if later.day < earlier.day else 0)


def retention_review(db: Database, today: date | None = None) -> RetentionReview:
    day = today or datetime.now(UTC).date()
    with db.reading() as session:
        limit = settings.read_int(session, settings.RETENTION_MONTHS)
        return RetentionReview(limit, _due_for_erasure(session, limit, day), _due_for_renewal(session, day))


def erase_due(db: Database, freelancer_ids: Iterable[int], today: date | None = None) -> list[ErasedPerson]:
    """Erases those of `freelancer_ids` still due (checked again now); one transaction per person.

    Each erase also rewrites every backup copy and removes files once its rows commit, so one
    transaction per person leaves each person either wholly erased or untouched if a later one fails.
    """
    chosen = set(freelancer_ids)
    day = today or datetime.now(UTC).date()
    with db.reading() as session:
        limit = settings.read_int(session, settings.RETENTION_MONTHS)
        still_due = [due.freelancer_id for due in _due_for_erasure(session, limit, day) if due.freelancer_id in chosen]
    return [erase_freelancer(db, freelancer_id) for freelancer_id in still_due]


def draft_renewals(db: Database, freelancer_ids: Iterable[int], now: datetime | None = None) -> int:
    """A follow-up asking each chosen person to renew their consent (none twice); how many were drafted."""
    chosen = set(freelancer_ids)
    moment = now or datetime.now(UTC)
    drafted = 0
    with db.transaction() as session:
        due_at = propose_follow_up_time(moment.astimezone(), read_rules(session)).astimezone(UTC)
        for due in _due_for_renewal(session, moment.date()):
            if due.freelancer_id not in chosen or due.renewal_drafted:
                continue
            item = FollowUp(
                freelancer_id=due.freelancer_id, due_at=due_at, channel=ContactChannel.EMAIL, purpose=RENEWAL_PURPOSE
            )
            session.add(item)
            session.flush()
            activity.record(
                session, db.actor, "follow_up", item.id, "scheduled", RENEWAL_PURPOSE, freelancer_id=due.freelancer_id
            )
            drafted += 1
    return drafted


def _not_erased() -> object:
    return ~((Freelancer.first_name == ERASED_FIRST_NAME) & Freelancer.email.is_(None))


def _due_for_erasure(session: Session, limit: int, today: date) -> list[DueForErasure]:
    hired = (
        select(Application.freelancer_id)
        .outerjoin(Engagement, Engagement.application_id == Application.id)
        .where(
            or_(Engagement.id.is_not(None), Application.outcome == Outcome.HIRED, Application.stage.in_(HIRED_STAGES))
        )
    )
    candidates = session.execute(
        select(Freelancer.id, Freelancer.first_name, Freelancer.last_name, Freelancer.email, Freelancer.created_at)
        .where(Freelancer.talent_pool_consent.is_(False), Freelancer.id.not_in(hired), _not_erased())  # type: ignore[arg-type]
        .order_by(Freelancer.last_name, Freelancer.first_name, Freelancer.id)
    ).all()
    latest = _last_contacts(session)
    due = []
    for freelancer_id, first, last, email, created in candidates:
        contact = max(filter(None, (created, latest.get(freelancer_id))))
        last_day = contact.astimezone(UTC).date() if contact.tzinfo else contact.date()
        months = months_between(last_day, today)
        if months >= limit:
            due.append(DueForErasure(freelancer_id, f"{first} {last}".strip(), email or "", last_day, months))
    return due


def _last_contacts(session: Session) -> dict[int, datetime]:
    """Each freelancer's latest dated trace: activity, stage changes, follow-ups done."""
    sources = (
        select(ActivityEntry.freelancer_id, func.max(ActivityEntry.occurred_at))
        .where(ActivityEntry.freelancer_id.is_not(None))
        .group_by(ActivityEntry.freelancer_id),
        select(Application.freelancer_id, func.max(StageChange.changed_at))
        .join(StageChange, StageChange.application_id == Application.id)
        .group_by(Application.freelancer_id),
        select(FollowUp.freelancer_id, func.max(FollowUp.done_at))
        .where(FollowUp.freelancer_id.is_not(None), FollowUp.done_at.is_not(None))
        .group_by(FollowUp.freelancer_id),
    )
    latest: dict[int, datetime] = {}
    for query in sources:
        for freelancer_id, moment in session.execute(query):
            if moment is not None and (freelancer_id not in latest or moment > latest[freelancer_id]):
                latest[freelancer_id] = moment
    return latest


def _due_for_renewal(session: Session, today: date) -> list[DueForRenewal]:
    drafted = set(
        session.scalars(
            select(FollowUp.freelancer_id).where(FollowUp.purpose == RENEWAL_PURPOSE, FollowUp.done_at.is_(None))
        )
    )
    rows = session.execute(
        select(Freelancer.id, Freelancer.first_name, Freelancer.last_name, Freelancer.email, Freelancer.consent_date)
        .where(Freelancer.talent_pool_consent.is_(True), Freelancer.consent_date.is_not(None))
        .order_by(Freelancer.consent_date, Freelancer.id)
    ).all()
    due = []
    for freelancer_id, first, last, email, given in rows:
        months = months_between(given, today)
        if months >= CONSENT_RENEWAL_MONTHS:
            name = f"{first} {last}".strip()
            due.append(DueForRenewal(freelancer_id, name, email or "", given, months, freelancer_id in drafted))
    return due
