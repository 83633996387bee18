"""Undo puts a card back exactly as it was, removing what the move created."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from fms.enums import DeclineReason, MissionStatus, Outcome, Stage
from fms.models import Application, Document, Engagement, Mission, Offboarding, StageChange
from fms.services.board import load_card, load_cards
from fms.services.database import Database
from fms.services.pipeline import OutcomeInput, move_application
from fms.services.pipeline_undo import archive_application, restore_snapshot, take_snapshot
from tests.conftest import Factory


def count(db: Database, model: type) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_undoing_a_hire_removes_the_engagement_and_its_drafts(db: Database, make: Factory) -> None:
    mission_id = make.mission()
    application_id = make.application_at(Stage.FINAL_ANSWER, mission_id)
    before = take_snapshot(db, application_id)
    outcome = OutcomeInput(Outcome.HIRED, start_date=date(2026, 2, 2), sign_later=True)
    move_application(db, application_id, Stage.ON_MISSION, outcome=outcome)
    assert (count(db, Engagement), count(db, Document)) == (1, 2)
    state = restore_snapshot(db, before)
    assert (state.stage, state.outcome, state.engagement_id) == (Stage.FINAL_ANSWER, None, None)
    assert (count(db, Engagement), count(db, Document)) == (0, 0)
    with db.reading() as session:
        assert session.get_one(Mission, mission_id).status == MissionStatus.OPEN
        last = session.scalars(select(StageChange).order_by(StageChange.id.desc()).limit(1)).one()
    assert (last.from_stage, last.to_stage, last.note) == (Stage.ON_MISSION, Stage.FINAL_ANSWER, "undo")


def test_undoing_a_decline_clears_the_outcome(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    before = take_snapshot(db, application_id)
    outcome = OutcomeInput(Outcome.DECLINED_BY_FREELANCER, decline_reason=DeclineReason.TIMING)
    move_application(db, application_id, Stage.ALUMNI, outcome=outcome)
    restore_snapshot(db, before)
    with db.reading() as session:
        application = session.get_one(Application, application_id)
        assert (application.stage, application.outcome, application.decline_reason, application.closed_at) == (
            Stage.FINAL_ANSWER,
            None,
            None,
            None,
        )
        assert application.stage_entered_at == before.stage_entered_at


def test_undoing_a_reorder_puts_the_card_back_in_place(db: Database, make: Factory) -> None:
    first, second = make.application(), make.application()
    before = take_snapshot(db, second)
    move_application(db, second, Stage.SOURCED, before_id=first)
    assert [card.id for card in load_cards(db)] == [second, first]
    restore_snapshot(db, before)
    assert [card.id for card in load_cards(db)] == [first, second]


def test_undoing_the_start_of_an_offboarding_removes_the_checklist(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    outcome = OutcomeInput(Outcome.HIRED, start_date=date(2026, 2, 2), sign_later=True)
    move_application(db, application_id, Stage.ON_MISSION, outcome=outcome)
    before = take_snapshot(db, application_id)
    move_application(db, application_id, Stage.OFFBOARDING)
    assert count(db, Offboarding) == 1
    restore_snapshot(db, before)
    assert count(db, Offboarding) == 0 and count(db, Engagement) == 1


def test_an_archived_card_leaves_the_board_and_keeps_its_history(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.PROFILE_SENT)
    archive_application(db, application_id)
    assert load_card(db, application_id) is None
    with db.reading() as session:
        assert session.scalar(select(func.count()).where(StageChange.application_id == application_id)) == 3
    archive_application(db, application_id, archived=False)
    assert load_card(db, application_id) is not None
