"""Interview invitations as iCalendar files that mail clients open as invitations, not as attachments.

Each interview keeps one UID for life (stored at its first invitation) and a SEQUENCE raised at
each reschedule, so a calendar replaces the event it already holds instead of adding another;
METHOD:REQUEST invites, METHOD:CANCEL (with the sequence raised again) takes the event away.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Application, Client, ClientContact, Freelancer, Interview, Mission
from fms.services import settings
from fms.services.common import activity
from fms.services.common.lookup import get_or_not_found
from fms.storage.database import Database

TIME_ZONE = "Europe/Paris"
INTERVIEW_LENGTH = timedelta(hours=1)
PRODUCT_ID = "-//Vivier//Freelance Management System//EN"


@dataclass(frozen=True)
class Person:
    name: str
    email: str


def new_uid() -> str:
    return f"{uuid.uuid4()}@vivier"


def invitation(
    db: Database, interview_id: int, organizer: Person, cancel: bool = False, time_zone: str = TIME_ZONE
) -> bytes:
    """The .ics of the interview: a request, or its cancellation (which raises the SEQUENCE once more)."""
    if "@" not in organizer.email:
        raise KnownError(QT_TRANSLATE_NOOP("errors", "Give the organiser's email address: calendars need it."))
    with db.transaction() as session:
        interview = get_or_not_found(session, Interview, interview_id)
        if not interview.invitation_uid:  # an interview saved before invitations existed
            interview.invitation_uid = new_uid()
        if cancel:
            interview.invitation_sequence += 1
        application = session.get_one(Application, interview.application_id)
        freelancer = session.get_one(Freelancer, application.freelancer_id)
        mission = session.get_one(Mission, application.mission_id)
        client = session.get_one(Client, mission.client_id)
        contacts = session.scalars(select(ClientContact).where(ClientContact.client_id == client.id)).all()
        attendees = [Person(f"{freelancer.first_name} {freelancer.last_name}", freelancer.email or "")]
        present = interview.interviewers.casefold()
        attendees += [Person(c.name, c.email) for c in contacts if c.email and c.name.casefold() in present]
        action = "invitation_cancelled" if cancel else "invitation_sent"
        details = f"{interview.invitation_uid} #{interview.invitation_sequence}"
        activity.record(session, db.actor, "interview", interview.id, action, details, freelancer.id)
        summary = f"{mission.title} · {client.name}"  # names only: the file is read in the recipient's language
        return build_calendar(
            uid=interview.invitation_uid,
            sequence=interview.invitation_sequence,
            start=interview.scheduled_at,
            summary=summary,
            organizer=organizer,
            attendees=[person for person in attendees if "@" in person.email],
            cancel=cancel,
            time_zone=time_zone,
        )


def build_calendar(
    *,
    uid: str,
    sequence: int,
    start: datetime,
    summary: str,
    organizer: Person,
    attendees: list[Person],
    cancel: bool = False,
    time_zone: str = TIME_ZONE,
    now: datetime | None = None,
) -> bytes:
    from icalendar import Calendar, Event  # only when an invitation is made: the file's screens need none

    zone = ZoneInfo(time_zone)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancel else "REQUEST")
    event = Event()
    event.add("uid", uid)
    event.add("sequence", sequence)
    event.add("dtstamp", (now or datetime.now(UTC)).astimezone(UTC))
    local_start = start.astimezone(zone)
    event.add("dtstart", local_start)
    event.add("dtend", local_start + INTERVIEW_LENGTH)
    event.add("summary", summary)
    event.add("status", "CANCELLED" if cancel else "CONFIRMED")
    event.add("organizer", _address(organizer, organizer=True))
    for person in attendees:
        event.add("attendee", _address(person))
    calendar.add_component(event)
    calendar.add_missing_timezones()  # a VTIMEZONE for the TZID, which Outlook needs
    ical: bytes = calendar.to_ical()  # icalendar's annotation is looser than what it returns
    return ical


def _address(person: Person, organizer: bool = False) -> Any:
    from icalendar import vCalAddress, vText

    address = vCalAddress(f"mailto:{person.email.strip()}")
    if person.name:
        address.params["cn"] = vText(person.name)
    if not organizer:
        address.params["role"] = vText("REQ-PARTICIPANT")
        address.params["partstat"] = vText("NEEDS-ACTION")
        address.params["rsvp"] = vText("TRUE")
    return address


def interview_to_invite(db: Database, application_id: int, now: datetime | None = None) -> int | None:
    """The application's next interview, else its latest one; None when it has none."""
    moment = now or datetime.now(UTC)
    with db.reading() as session:
        query = select(Interview.id).where(Interview.application_id == application_id)
        upcoming = session.scalar(
            query.where(Interview.scheduled_at >= moment).order_by(Interview.scheduled_at, Interview.id).limit(1)
        )
        if upcoming is not None:
            return upcoming
        return session.scalar(query.order_by(Interview.scheduled_at.desc(), Interview.id.desc()).limit(1))


def organizer(db: Database) -> Person:
    """Who sends the invitations: the letters' signatory, at the address set for invitations."""

    texts = settings.get_texts(db, (settings.SIGNATORY_NAME, settings.INVITATION_EMAIL))
    return Person(texts[settings.SIGNATORY_NAME] or db.actor, texts[settings.INVITATION_EMAIL])
