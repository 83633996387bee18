"""The document gate: no mission starts without a signed contract and NDA, unless signed later."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from fms.core.enums import DocumentKind, DocumentStatus, Outcome, Stage
from fms.models import Document
from fms.services.pipeline import AgreementsMissing, OutcomeInput, load_card, move_application
from fms.services.settings import REQUIRE_SIGNED_AGREEMENTS, get_flag, set_flag
from fms.storage.database import Database
from tests.conftest import Factory

START = date(2026, 3, 2)


def hire(db: Database, application_id: int, sign_later: bool = False) -> None:
    outcome = OutcomeInput(Outcome.HIRED, start_date=START, daily_rate_cents=60000, sign_later=sign_later)
    move_application(db, application_id, Stage.ON_MISSION, outcome=outcome)


def add_signed(db: Database, freelancer_id: int, kind: DocumentKind, expires: date | None) -> None:
    with db.transaction() as session:
        session.add(
            Document(
                freelancer_id=freelancer_id,
                kind=kind,
                status=DocumentStatus.SIGNED,
                title=kind.value,
                expires_on=expires,
            )
        )


def freelancer_of(db: Database, application_id: int) -> int:
    card = load_card(db, application_id)
    assert card is not None
    return card.freelancer_id


def test_hiring_without_agreements_asks_and_writes_nothing(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    with pytest.raises(AgreementsMissing) as asked:
        hire(db, application_id)
    assert asked.value.missing == (DocumentKind.CONTRACT, DocumentKind.NDA)
    assert "contract nor NDA" in asked.value.message
    card = load_card(db, application_id)
    assert card is not None and card.stage == Stage.FINAL_ANSWER and card.outcome is None


def test_sign_later_creates_drafts_and_flags_the_card(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    hire(db, application_id, sign_later=True)
    with db.reading() as session:
        drafts = session.execute(select(Document.kind, Document.status, Document.engagement_id)).all()
    assert sorted(kind for kind, _, _ in drafts) == [DocumentKind.CONTRACT, DocumentKind.NDA]
    assert {status for _, status, _ in drafts} == {DocumentStatus.DRAFT}
    assert all(engagement is not None for _, _, engagement in drafts)
    card = load_card(db, application_id)
    assert card is not None and card.stage == Stage.ON_MISSION and card.documents_to_sign == 2


def test_signed_agreements_let_the_mission_start(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    freelancer_id = freelancer_of(db, application_id)
    add_signed(db, freelancer_id, DocumentKind.CONTRACT, None)
    add_signed(db, freelancer_id, DocumentKind.NDA, date(2026, 1, 1))  # expired before the start
    with pytest.raises(AgreementsMissing) as asked:
        hire(db, application_id)
    assert asked.value.missing == (DocumentKind.NDA,)
    add_signed(db, freelancer_id, DocumentKind.NDA, date(2027, 1, 1))
    hire(db, application_id)
    card = load_card(db, application_id)
    assert card is not None and card.stage == Stage.ON_MISSION and card.documents_to_sign == 0


def test_the_gate_can_be_switched_off(db: Database, make: Factory) -> None:
    assert get_flag(db, REQUIRE_SIGNED_AGREEMENTS) is True
    set_flag(db, REQUIRE_SIGNED_AGREEMENTS, False)
    assert get_flag(db, REQUIRE_SIGNED_AGREEMENTS) is False
    application_id = make.application_at(Stage.FINAL_ANSWER)
    hire(db, application_id)
    card = load_card(db, application_id)
    assert card is not None and card.stage == Stage.ON_MISSION and card.documents_to_sign == 0
