"""Follow-up reminders: the animator's to-do (soonest first, grouped), done, snoozed or moved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fms.core import limits
from fms.core.enums import ContactChannel
from fms.core.errors import ValidationError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Application, Client, ClientContact, FollowUp, Freelancer, Mission
from fms.services.common import activity
from fms.services.common.bounds import check_date, check_length
from fms.services.common.lookup import get_or_not_found
from fms.services.file.follow_up_rows import FollowUpRow, open_follow_up, to_do_rows
from fms.services.file.scheduling import propose_follow_up_time, read_rules
from fms.services.pipeline.recontact import due_recontacts
from fms.storage.database import Database

# A snoozed reminder comes back the next good moment a day later.
SNOOZE = timedelta(days=1)
# After this many follow-ups without an answer, insisting again is pushy: propose closing instead.
UNANSWERED_LIMIT = 3
# Results that say nobody answered (the dialog's "No answer" stores its own words, in either language).
NO_ANSWER_WORDS = frozenset({"", "no answer", "pas de réponse", "sans réponse"})


def is_unanswered(result: str) -> bool:
    return result.strip().casefold() in NO_ANSWER_WORDS


def open_follow_ups(db: Database, now: datetime | None = None) -> list[FollowUpRow]:
    moment = now or datetime.now(UTC)
    query = (
        select(
            FollowUp.id,
            FollowUp.due_at,
            FollowUp.channel,
            FollowUp.purpose,
            FollowUp.freelancer_id,
            FollowUp.application_id,
            Application.mission_id,
            Freelancer.first_name,
            Freelancer.last_name,
            Freelancer.portage_company,
            ClientContact.name,
            Client.name,
        )
        .outerjoin(Freelancer, Freelancer.id == FollowUp.freelancer_id)
        .outerjoin(ClientContact, ClientContact.id == FollowUp.client_contact_id)
        .outerjoin(Application, Application.id == FollowUp.application_id)
        .outerjoin(Mission, Mission.id == Application.mission_id)
        # The mission's client first; a contact's own client otherwise.
        .outerjoin(Client, Client.id == func.coalesce(Mission.client_id, ClientContact.client_id))
        .where(FollowUp.done_at.is_(None))
        .order_by(FollowUp.due_at, FollowUp.id)
    )
    with db.reading() as session:
        return [open_follow_up(row, moment) for row in session.execute(query)]


def to_do(db: Database, now: datetime | None = None) -> list[FollowUpRow]:
    """The follow-ups still to do and the silver medallists whose "recontact after" has come, soonest first."""
    moment = now or datetime.now(UTC)
    return to_do_rows(open_follow_ups(db, moment), due_recontacts(db, moment.astimezone().date()), moment)


@dataclass(frozen=True)
class PersonFollowUp:
    id: int
    due_at: datetime
    channel: ContactChannel
    purpose: str
    done_at: datetime | None
    result: str


def person_follow_ups(db: Database, freelancer_id: int) -> list[PersonFollowUp]:
    """A freelancer's reminders: open ones first (soonest first), then the done ones."""
    query = (
        select(FollowUp)
        .where(FollowUp.freelancer_id == freelancer_id)
        .order_by(FollowUp.done_at.is_not(None), FollowUp.due_at)
    )
    with db.reading() as session:
        return [
            PersonFollowUp(item.id, item.due_at, item.channel, item.purpose, item.done_at, item.result)
            for item in session.scalars(query)
        ]


def propose_time(db: Database, after: datetime | None = None) -> datetime:
    """The next good moment for a follow-up after `after` (now by default), as the settings' rules say."""
    with db.reading() as session:
        rules = read_rules(session)
    return propose_follow_up_time((after or datetime.now(UTC)).astimezone(), rules).astimezone(UTC)


def schedule_follow_up(
    db: Database,
    freelancer_id: int,
    due_at: datetime,
    channel: ContactChannel,
    purpose: str,
    application_id: int | None = None,
) -> PersonFollowUp:
    errors: dict[str, str] = {}
    if not purpose.strip():
        errors["purpose"] = QT_TRANSLATE_NOOP("errors", "Say what the follow-up is for.")
    check_length(errors, "purpose", purpose, limits.SHORT_TEXT)
    check_date(errors, "due_at", due_at)
    if errors:
        raise ValidationError(errors)
    with db.transaction() as session:
        get_or_not_found(session, Freelancer, freelancer_id)
        if application_id is not None:
            get_or_not_found(session, Application, application_id)
        item = FollowUp(
            freelancer_id=freelancer_id,
            application_id=application_id,
            due_at=due_at,
            channel=channel,
            purpose=purpose.strip(),
        )
        session.add(item)
        session.flush()
        activity.record(session, db.actor, "follow_up", item.id, "scheduled", item.purpose, freelancer_id=freelancer_id)
        return PersonFollowUp(item.id, item.due_at, item.channel, item.purpose, None, "")


@dataclass(frozen=True)
class Completion:
    """What marking a follow-up done leaves: `propose_withdrawal` when insisting again would be pushy."""

    application_id: int | None
    mission_id: int | None
    unanswered: int
    propose_withdrawal: bool


def complete_follow_up(db: Database, follow_up_id: int, result: str, now: datetime | None = None) -> Completion:
    with db.transaction() as session:
        item = get_or_not_found(session, FollowUp, follow_up_id)
        item.done_at = now or datetime.now(UTC)
        item.result = result.strip()
        activity.record(session, db.actor, "follow_up", item.id, "done", item.result, freelancer_id=item.freelancer_id)
        return _completion(session, item.application_id)


def _completion(session: Session, application_id: int | None) -> Completion:
    application = session.get(Application, application_id) if application_id is not None else None
    if application is None:
        return Completion(None, None, 0, False)
    results = session.scalars(
        select(FollowUp.result).where(FollowUp.application_id == application.id, FollowUp.done_at.is_not(None))
    )
    unanswered = sum(1 for text in results if is_unanswered(text))
    still_open = application.outcome is None and application.archived_at is None
    return Completion(application.id, application.mission_id, unanswered, still_open and unanswered >= UNANSWERED_LIMIT)


def snooze_follow_up(db: Database, follow_up_id: int, now: datetime | None = None) -> datetime:
    """Puts the reminder off to the next good moment a day from now; returns the new time."""
    with db.transaction() as session:
        item = get_or_not_found(session, FollowUp, follow_up_id)
        after = (now or datetime.now(UTC)) + SNOOZE
        item.due_at = propose_follow_up_time(after.astimezone(), read_rules(session)).astimezone(UTC)
        activity.record(
            session,
            db.actor,
            "follow_up",
            item.id,
            "snoozed",
            item.due_at.isoformat(),
            freelancer_id=item.freelancer_id,
        )
        return item.due_at


def reschedule_follow_up(db: Database, follow_up_id: int, due_at: datetime) -> None:
    errors: dict[str, str] = {}
    check_date(errors, "due_at", due_at)
    if errors:
        raise ValidationError(errors)
    with db.transaction() as session:
        item = get_or_not_found(session, FollowUp, follow_up_id)
        item.due_at = due_at
        activity.record(
            session, db.actor, "follow_up", item.id, "rescheduled", due_at.isoformat(), freelancer_id=item.freelancer_id
        )
