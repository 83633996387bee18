"""Interview invitations (.ics) parsed back with icalendar: a stable UID, SEQUENCE raised, METHOD, people, times."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from fms.core.enums import InterviewKind
from fms.core.errors import KnownError
from fms.services.crm import ClientInput, create_client
from fms.services.crm.contacts import Contact
from fms.services.file import InterviewInput, Person, get_interview, invitation, save_interview
from fms.storage.database import Database
from tests.conftest import Factory

ORGANIZER = Person("Sam Recruiter", "sam@vivier.example")
PARIS = ZoneInfo("Europe/Paris")


def an_interview(db: Database, make: Factory, client: str = "Banque Lumière") -> int:
    client_id = create_client(
        db,
        ClientInput(
            client,
            contacts=(
                Contact("Claire Dubois", "CTO", "claire@banque.example"),
                Contact("Marc Petit", "CFO", "marc@banque.example"),
            ),
        ),
    ).id
    application_id = make.application(make.mission(client_id, title="Data platform"), make.freelancer("Léa"))
    data = InterviewInput(
        application_id=application_id,
        kind=InterviewKind.CLIENT,
        scheduled_at=datetime(2026, 7, 15, 12, 30, tzinfo=UTC),  # 14:30 in Paris, summer time
        interviewers="Claire Dubois, Sam",
    )
    return save_interview(db, None, data)


def event_of(ics: bytes) -> tuple[Calendar, object]:
    calendar = Calendar.from_ical(ics)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return calendar, events[0]


def test_the_invitation_is_a_request_with_the_people_and_the_paris_time(db: Database, make: Factory) -> None:
    interview_id = an_interview(db, make)
    calendar, event = event_of(invitation(db, interview_id, ORGANIZER))
    assert str(calendar["METHOD"]) == "REQUEST"
    assert int(event["SEQUENCE"]) == 0
    start = event.decoded("DTSTART")
    assert start == datetime(2026, 7, 15, 14, 30, tzinfo=PARIS)
    assert str(start.tzinfo) == "Europe/Paris"
    assert event["DTSTART"].params["TZID"] == "Europe/Paris"
    assert event.decoded("DTEND") - start == timedelta(hours=1)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert str(event["ORGANIZER"]) == "mailto:sam@vivier.example"
    assert event["ORGANIZER"].params["CN"] == "Sam Recruiter"
    attendees = event["ATTENDEE"]
    emails = sorted(str(a) for a in attendees)
    # The freelancer, and the client's contact named among the interviewers (not the other one).
    assert emails[0] == "mailto:claire@banque.example"
    assert emails[1].startswith("mailto:person") and emails[1].endswith("@example.com")
    assert len(emails) == 2
    assert all(a.params["RSVP"] == "TRUE" for a in attendees)
    assert "Data platform" in str(event["SUMMARY"])


def test_a_reschedule_keeps_the_uid_and_raises_the_sequence(db: Database, make: Factory) -> None:
    interview_id = an_interview(db, make)
    _, first = event_of(invitation(db, interview_id, ORGANIZER))
    _, again = event_of(invitation(db, interview_id, ORGANIZER))
    assert (str(again["UID"]), int(again["SEQUENCE"])) == (str(first["UID"]), 0)  # saved again, not moved
    moved = replace(get_interview(db, interview_id), scheduled_at=datetime(2026, 7, 16, 8, tzinfo=UTC))
    save_interview(db, interview_id, moved)
    save_interview(db, interview_id, replace(moved, interviewers="Claire Dubois"))  # same time: no raise
    _, rescheduled = event_of(invitation(db, interview_id, ORGANIZER))
    assert str(rescheduled["UID"]) == str(first["UID"])
    assert int(rescheduled["SEQUENCE"]) == 1
    assert rescheduled.decoded("DTSTART") == datetime(2026, 7, 16, 10, tzinfo=PARIS)


def test_a_cancellation_has_the_same_uid_and_a_higher_sequence(db: Database, make: Factory) -> None:
    interview_id = an_interview(db, make)
    _, request = event_of(invitation(db, interview_id, ORGANIZER))
    calendar, cancel = event_of(invitation(db, interview_id, ORGANIZER, cancel=True))
    assert str(calendar["METHOD"]) == "CANCEL"
    assert str(cancel["STATUS"]) == "CANCELLED"
    assert str(cancel["UID"]) == str(request["UID"])
    assert int(cancel["SEQUENCE"]) > int(request["SEQUENCE"])


def test_two_interviews_have_different_uids_and_no_organiser_email_is_refused(db: Database, make: Factory) -> None:
    one, two = an_interview(db, make), an_interview(db, make, "Assurances Soleil")
    uids = {str(event_of(invitation(db, i, ORGANIZER))[1]["UID"]) for i in (one, two)}
    assert len(uids) == 2
    with pytest.raises(KnownError):
        invitation(db, one, Person("Sam", ""))
