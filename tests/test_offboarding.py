"""The offboarding as the service keeps it: pages saved one by one, a refusing page, Finish's rows,
and a failure in the middle of Finish that leaves everything as it was. Renewals too."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import inspect, select, text

from fms.core.enums import DocumentKind, DocumentStatus, Outcome, RehireStatus, Stage
from fms.core.errors import KnownError, ValidationError
from fms.models import Application, CollaborationNote, Engagement, FollowUp, Freelancer, Offboarding
from fms.services.file import list_documents
from fms.services.offboarding import ChecklistItem, finish_offboarding, open_offboarding, save_page
from fms.services.pipeline import OutcomeInput, ending_soon, move_application, renew, renewal_rate
from fms.storage.database import Database
from tests.conftest import Factory

TODAY = date(2026, 11, 22)


def hire(db: Database, make: Factory, end: date = date(2026, 12, 10)) -> int:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    outcome = OutcomeInput(
        Outcome.HIRED, start_date=date(2026, 2, 2), planned_end_date=end, daily_rate_cents=62000, sign_later=True
    )
    move_application(db, application_id, Stage.ON_MISSION, outcome=outcome)
    with db.reading() as session:
        return session.scalars(select(Engagement.id).where(Engagement.application_id == application_id)).one()


def checked(items: tuple[ChecklistItem, ...]) -> tuple[ChecklistItem, ...]:
    return tuple(ChecklistItem(item.label, True) for item in items)


ANSWERS: dict[str, dict[str, Any]] = {
    "objectives": {},
    "handover": {"handed_to": "Nadia (tech lead)", "what": "Runbooks, the ingestion code"},
    "feedback": {
        "mission_view": "Interesting, demanding",
        "integration": "Good",
        "onboarding_suggestions": "Faster access",
    },
    "recommendation": {"text": "Reliable and kind.", "rating": 5, "strengths": "Rigour", "rehire": "would_rehire"},
    "trace": {"note": "Give her the hard problems; brief her on the politics."},
    "keep_in_touch": {
        "consent": True,
        "channel": "email",
        "available_from": "2027-01-04",
        "follow_up_on": "2027-02-01",
    },
    "admin": {"contract_end": "2026-11-30"},
}


def walk(db: Database, engagement_id: int, stop_before: str | None = None) -> None:
    state = open_offboarding(db, engagement_id)
    pages = list(ANSWERS)
    for number, page in enumerate(pages):
        if page == stop_before:
            return
        following = pages[number + 1] if number + 1 < len(pages) else "summary"
        save_page(db, engagement_id, page, ANSWERS[page], checked(state.items.get(page, ())), following, today=TODAY)


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    with db.reading() as session:
        tables = inspect(session.get_bind()).get_table_names()
        return {name: sorted(map(tuple, session.execute(text(f'SELECT * FROM "{name}"')))) for name in tables}


def test_the_checklist_comes_from_the_template_and_a_page_refuses_until_complete(db: Database, make: Factory) -> None:
    engagement_id = hire(db, make)
    state = open_offboarding(db, engagement_id)
    assert state.current_page == "objectives" and len(state.items["admin"]) == 4
    unchecked = (ChecklistItem(state.items["handover"][0].label, False, ""),) + checked(state.items["handover"][1:])
    with pytest.raises(ValidationError) as refused:
        save_page(db, engagement_id, "handover", {"handed_to": ""}, unchecked, "feedback", today=TODAY)
    assert set(refused.value.field_errors) == {"items", "handed_to"}
    assert open_offboarding(db, engagement_id).answers == {}  # nothing written
    justified = (ChecklistItem(unchecked[0].label, False, "Docs were already current"),) + unchecked[1:]
    state = save_page(db, engagement_id, "handover", {"handed_to": "Nadia"}, justified, "feedback", today=TODAY)
    assert state.current_page == "feedback" and state.items["handover"][0].comment == "Docs were already current"


def test_cancel_keeps_what_was_typed_and_reopens_on_the_same_page(db: Database, make: Factory) -> None:
    engagement_id = hire(db, make)
    walk(db, engagement_id, stop_before="trace")
    save_page(db, engagement_id, "trace", {"note": "Half a thought"}, validate=False)  # Cancel, unvalidated
    state = open_offboarding(db, engagement_id)
    assert state.current_page == "trace" and state.answers["trace"] == {"note": "Half a thought"}
    assert state.answers["recommendation"]["text"] == "Reliable and kind."


def test_finish_writes_every_row_in_one_go(db: Database, make: Factory) -> None:
    engagement_id = hire(db, make)
    walk(db, engagement_id)
    result = finish_offboarding(db, engagement_id, today=TODAY)
    with db.reading() as session:
        engagement = session.get_one(Engagement, engagement_id)
        application = session.get_one(Application, engagement.application_id)
        freelancer = session.get_one(Freelancer, application.freelancer_id)
        note = session.get_one(CollaborationNote, result.note_id)
        follow_up = session.get_one(FollowUp, result.follow_up_id)
        offboarding = session.scalars(select(Offboarding).where(Offboarding.engagement_id == engagement_id)).one()
    assert engagement.real_end_date == date(2026, 11, 30)
    assert application.stage == Stage.ALUMNI
    assert (note.rating, note.would_rehire, note.engagement_id, note.text) == (
        5, True, engagement_id, "Give her the hard problems; brief her on the politics."
    )  # fmt: skip
    assert (freelancer.talent_pool_consent, freelancer.consent_date, freelancer.availability_date) == (
        True, TODAY, date(2027, 1, 4)
    )  # fmt: skip
    assert freelancer.rehire_status == RehireStatus.WOULD_REHIRE
    assert follow_up.due_at.astimezone().date() == date(2027, 2, 1) and follow_up.channel.value == "email"
    assert offboarding.completed_at is not None and result.joined_talent_pool
    with pytest.raises(KnownError):
        save_page(db, engagement_id, "trace", {"note": "late edit"})  # read-only now


def test_finish_refuses_an_incomplete_offboarding(db: Database, make: Factory) -> None:
    engagement_id = hire(db, make)
    walk(db, engagement_id, stop_before="admin")
    before = snapshot(db)
    with pytest.raises(KnownError) as refused:
        finish_offboarding(db, engagement_id, today=TODAY)
    assert refused.value.params == {"page": "admin"}
    assert refused.value.message == "The page “Administrative close” is not complete: go back to it before finishing."
    assert snapshot(db) == before


def test_a_failure_in_the_middle_of_finish_leaves_the_database_as_it_was(
    db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    engagement_id = hire(db, make)
    walk(db, engagement_id)
    before = snapshot(db)

    def broken(*args: object) -> None:
        raise RuntimeError("disk full while scheduling")

    monkeypatch.setattr("fms.services.offboarding.wizard._schedule_keep_in_touch", broken)
    with pytest.raises(RuntimeError):
        finish_offboarding(db, engagement_id, today=TODAY)
    assert snapshot(db) == before


def test_a_renewal_extends_drafts_the_amendment_and_counts(db: Database, make: Factory) -> None:
    engagement_id = hire(db, make, end=TODAY + timedelta(days=12))
    hire(db, make, end=TODAY + timedelta(days=200))
    assert [row.id for row in ending_soon(db, TODAY)] == [engagement_id]
    assert renewal_rate(db).renewed == 0
    with pytest.raises(ValidationError) as refused:
        renew(db, engagement_id, TODAY, 70000)
    assert set(refused.value.field_errors) == {"new_end"}
    row = renew(db, engagement_id, date(2027, 6, 30), 68000)
    assert (row.planned_end, row.daily_rate_cents, row.renewals) == (date(2027, 6, 30), 68000, 1)
    amendments = [d for d in list_documents(db, row.freelancer_id) if d.kind == DocumentKind.AMENDMENT]
    assert len(amendments) == 1 and amendments[0].status == DocumentStatus.DRAFT
    assert amendments[0].expires_on == date(2027, 6, 30)
    rate = renewal_rate(db)
    assert (rate.renewed, rate.engagements) == (1, 2) and rate.share == 0.5
    assert ending_soon(db, TODAY) == []
