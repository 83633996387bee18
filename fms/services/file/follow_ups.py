"""Follow-up reminders still to do, soonest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from fms.core import limits
from fms.core.enums import ContactChannel
from fms.core.errors import ValidationError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Client, ClientContact, FollowUp, Freelancer
from fms.services.common import activity
from fms.services.common.bounds import check_date, check_length
from fms.services.common.lookup import get_or_not_found
from fms.storage.database import Database


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    due_at: datetime
    person: str
    organisation: str
    channel: ContactChannel
    purpose: str


def open_follow_ups(db: Database) -> list[FollowUpRow]:
    query = (
        select(FollowUp, Freelancer.first_name, Freelancer.last_name, ClientContact.name, Client.name)
        .outerjoin(Freelancer, Freelancer.id == FollowUp.freelancer_id)
        .outerjoin(ClientContact, ClientContact.id == FollowUp.client_contact_id)
        .outerjoin(Client, Client.id == ClientContact.client_id)
        .where(FollowUp.done_at.is_(None))
        .order_by(FollowUp.due_at)
    )
    with db.reading() as session:
        return [
            FollowUpRow(
                id=item.id,
                due_at=item.due_at,
                person=f"{first} {last}" if first is not None else (contact or ""),
                organisation=client or "",
                channel=item.channel,
                purpose=item.purpose,
            )
            for item, first, last, contact, client in session.execute(query)
        ]


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


def schedule_follow_up(
    db: Database, freelancer_id: int, due_at: datetime, channel: ContactChannel, purpose: str
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
        item = FollowUp(freelancer_id=freelancer_id, due_at=due_at, channel=channel, purpose=purpose.strip())
        session.add(item)
        session.flush()
        activity.record(session, db.actor, "follow_up", item.id, "scheduled", item.purpose, freelancer_id=freelancer_id)
        return PersonFollowUp(item.id, item.due_at, item.channel, item.purpose, None, "")


def complete_follow_up(db: Database, follow_up_id: int, result: str, now: datetime | None = None) -> None:
    with db.transaction() as session:
        item = get_or_not_found(session, FollowUp, follow_up_id)
        item.done_at = now or datetime.now(UTC)
        item.result = result.strip()
        activity.record(session, db.actor, "follow_up", item.id, "done", item.result, freelancer_id=item.freelancer_id)
