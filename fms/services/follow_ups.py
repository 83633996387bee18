"""Follow-up reminders still to do, soonest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from fms.enums import ContactChannel
from fms.models import Client, ClientContact, FollowUp, Freelancer
from fms.services.database import Database


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
