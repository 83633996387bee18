"""A client's contacts (the managers who interview and decide), kept in step with the client form."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fms.core import limits
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import ClientContact, FollowUp
from fms.services.crm.rows import Contact
from fms.values.email import comparable_email, normalised_email
from fms.values.phone import comparable_phone, normalised_phone


def contact_errors(contacts: tuple[Contact, ...]) -> str | None:
    """The first problem in the list, in words, or None."""
    for contact in contacts:
        if not contact.name.strip():
            return QT_TRANSLATE_NOOP("errors", "Every contact needs a name.")
        if contact.email.strip() and not comparable_email(contact.email):
            return QT_TRANSLATE_NOOP("errors", "A contact's email address is not valid.")
        lengths = ((contact.name, limits.NAME), (contact.role, limits.ROLE), (contact.email, limits.EMAIL))
        if any(len(text.strip()) > limit for text, limit in (*lengths, (contact.phone, limits.PHONE))):
            return QT_TRANSLATE_NOOP("errors", "A contact's name, role, email or phone is too long.")
        if contact.phone.strip() and not comparable_phone(contact.phone):
            return QT_TRANSLATE_NOOP("errors", "A contact's phone number is not valid.")
    return None


def sync_contacts(session: Session, client_id: int, contacts: tuple[Contact, ...]) -> str | None:
    """Makes the client's contacts those of the form; returns an error instead of losing follow-ups."""
    existing = {
        contact.id: contact
        for contact in session.scalars(select(ClientContact).where(ClientContact.client_id == client_id))
    }
    kept = {contact.id for contact in contacts if contact.id is not None}
    removed = [contact_id for contact_id in existing if contact_id not in kept]
    if removed and session.scalar(select(func.count()).where(FollowUp.client_contact_id.in_(removed))):
        return QT_TRANSLATE_NOOP(
            "errors", "A contact you removed still has follow-ups; keep the contact or close them first."
        )
    for contact_id in removed:
        session.delete(existing[contact_id])
    for contact in contacts:
        row = existing.get(contact.id) if contact.id is not None else None
        if row is None:
            row = ClientContact(client_id=client_id)
            session.add(row)
        row.name = " ".join(contact.name.split())
        row.role = contact.role.strip()
        row.email = normalised_email(contact.email)
        row.phone = normalised_phone(contact.phone)
    return None


def contacts_by_client(session: Session, client_ids: list[int] | None) -> dict[int, tuple[Contact, ...]]:
    query = select(ClientContact).order_by(ClientContact.client_id, ClientContact.name)
    if client_ids is not None:
        query = query.where(ClientContact.client_id.in_(client_ids))
    grouped: dict[int, list[Contact]] = defaultdict(list)
    for row in session.scalars(query):
        grouped[row.client_id].append(
            Contact(name=row.name, role=row.role, email=row.email, phone=row.phone, id=row.id)
        )
    return {client_id: tuple(items) for client_id, items in grouped.items()}
