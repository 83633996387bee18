"""Retention: who is kept too long or must renew consent, the bulk erase, the renewal follow-ups."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select, update

from fms.core.enums import Stage
from fms.models import Application, FollowUp, Freelancer
from fms.services import settings
from fms.services.data import draft_renewals, erase_due, retention_review
from fms.services.data.retention import RENEWAL_PURPOSE, months_between
from fms.storage.database import Database
from tests.conftest import Factory

LATER = datetime.now(UTC).date() + timedelta(days=25 * 31)  # everyone created today is 25 months old then


def people(db: Database, make: Factory) -> dict[str, int]:
    """A forgotten candidate, one with consent, one hired, one contacted recently, one old consent."""
    ids = {name: make.freelancer(name) for name in ("Forgotten", "Consenting", "Hired", "Recent", "OldConsent")}
    hired = make.application(freelancer_id=ids["Hired"])
    recent_contact = datetime.combine(LATER - timedelta(days=60), datetime.min.time(), UTC)
    with db.transaction() as session:
        session.execute(update(Application).where(Application.id == hired).values(stage=Stage.ON_MISSION))
        for name, given in (("Consenting", LATER - timedelta(days=100)), ("OldConsent", date(2022, 1, 10))):
            session.execute(
                update(Freelancer)
                .where(Freelancer.id == ids[name])
                .values(talent_pool_consent=True, consent_date=given)
            )
        session.add(
            FollowUp(
                freelancer_id=ids["Recent"],
                due_at=recent_contact,
                channel="email",
                purpose="Call",
                done_at=recent_contact,
            )
        )
    return ids


def test_months_are_whole_calendar_months() -> None:
    assert months_between(date(2024, 1, 31), date(2024, 2, 29)) == 0
    assert months_between(date(2024, 1, 15), date(2026, 1, 15)) == 24
    assert months_between(date(2024, 1, 15), date(2026, 1, 14)) == 23


def test_only_forgotten_non_hired_candidates_without_consent_are_due(db: Database, make: Factory) -> None:
    ids = people(db, make)
    review = retention_review(db, LATER)
    assert review.retention_months == 24
    assert [due.freelancer_id for due in review.erasure] == [ids["Forgotten"]]
    assert review.erasure[0].months == 25
    assert review.erasure[0].last_contact == datetime.now(UTC).date()
    assert [due.freelancer_id for due in review.renewal] == [ids["OldConsent"]]


def test_the_retention_period_is_a_setting(db: Database, make: Factory) -> None:
    people(db, make)
    settings.set_texts(db, {settings.RETENTION_MONTHS: "36"})
    review = retention_review(db, LATER)
    assert review.retention_months == 36
    assert review.erasure == []


def test_bulk_erase_erases_only_those_still_due(db: Database, make: Factory) -> None:
    ids = people(db, make)
    other = make.freelancer("AlsoForgotten")
    with db.transaction() as session:  # consent given since the review was shown: kept
        session.execute(
            update(Freelancer).where(Freelancer.id == other).values(talent_pool_consent=True, consent_date=LATER)
        )
    erased = erase_due(db, [ids["Forgotten"], other, ids["Hired"]], LATER)
    assert [person.freelancer_id for person in erased] == [ids["Forgotten"]]
    with db.reading() as session:
        names = {row.id: row.first_name for row in session.execute(select(Freelancer.id, Freelancer.first_name))}
        emails = set(session.scalars(select(Freelancer.email)))
    assert names[ids["Forgotten"]] == "Erased person"
    assert names[other] == "AlsoForgotten" and names[ids["Hired"]] == "Hired"
    assert None in emails
    assert retention_review(db, LATER).erasure == []  # an erased person is never proposed again


def test_renewal_requests_are_drafted_once(db: Database, make: Factory) -> None:
    ids = people(db, make)
    assert draft_renewals(db, [ids["OldConsent"], ids["Consenting"]]) == 1
    assert draft_renewals(db, [ids["OldConsent"]]) == 0
    with db.reading() as session:
        drafted = session.scalars(select(FollowUp).where(FollowUp.purpose == RENEWAL_PURPOSE)).all()
        assert [item.freelancer_id for item in drafted] == [ids["OldConsent"]]
        assert drafted[0].done_at is None
    assert retention_review(db, LATER).renewal[0].renewal_drafted
