"""Undo puts a card back exactly as it was, removes only what the move created, and refuses
when the card changed since."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from fms.core.enums import DeclineReason, DocumentStatus, MissionStatus, Outcome, Stage
from fms.core.errors import KnownError
from fms.models import Application, Document, Engagement, Mission, Offboarding, StageChange
from fms.services.pipeline import (
    ApplicationSnapshot,
    OutcomeInput,
    UndoRefused,
    archive_application,
    load_card,
    load_cards,
    mark_feedback_sent,
    move_application,
    profiles_sent_count,
    restore_snapshot,
    take_snapshot,
    undoable_move,
)
from fms.storage.database import Database
from tests.conftest import Factory

HIRE = OutcomeInput(Outcome.HIRED, start_date=date(2026, 2, 2), sign_later=True)


def count(db: Database, model: type) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def moved(db: Database, application_id: int, stage: Stage, **options: object) -> tuple[ApplicationSnapshot, ...]:
    """The card moved through the service, with its snapshots before and after, as the board keeps them."""
    move = undoable_move(db, application_id, stage, **options)  # type: ignore[arg-type]
    return move.before, move.after


def test_undoing_a_hire_removes_the_engagement_and_its_drafts(db: Database, make: Factory) -> None:
    mission_id = make.mission()
    application_id = make.application_at(Stage.FINAL_ANSWER, mission_id)
    before, after = moved(db, application_id, Stage.ON_MISSION, outcome=HIRE)
    assert (count(db, Engagement), count(db, Document)) == (1, 2)
    state = restore_snapshot(db, before, after)
    assert (state.stage, state.outcome, state.engagement_id) == (Stage.FINAL_ANSWER, None, None)
    assert (count(db, Engagement), count(db, Document)) == (0, 0)
    with db.reading() as session:
        assert session.get_one(Mission, mission_id).status == MissionStatus.OPEN
        last = session.scalars(select(StageChange).order_by(StageChange.id.desc()).limit(1)).one()
    assert (last.from_stage, last.to_stage, last.note) == (Stage.ON_MISSION, Stage.FINAL_ANSWER, "undone")


def test_a_hire_whose_engagement_holds_a_signed_document_is_not_undone(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    before, _ = moved(db, application_id, Stage.ON_MISSION, outcome=HIRE)
    with db.transaction() as session:
        for document in session.scalars(select(Document)):
            document.status = DocumentStatus.SIGNED
    after = take_snapshot(db, application_id)
    with pytest.raises(UndoRefused, match="holds documents"):
        restore_snapshot(db, before, after)
    assert count(db, Document) == 2 and count(db, Engagement) == 1


def test_undo_refuses_once_the_card_changed_since(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.POSITIONING_CALL)
    before, after = moved(db, application_id, Stage.PROFILE_SENT)
    move_application(db, application_id, Stage.CLIENT_INTERVIEW)  # a later move, here or by a colleague
    with pytest.raises(UndoRefused, match="has changed"):
        restore_snapshot(db, before, after)
    assert load_card(db, application_id).stage == Stage.CLIENT_INTERVIEW  # type: ignore[union-attr]


def test_undoing_a_decline_clears_the_outcome(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    outcome = OutcomeInput(Outcome.DECLINED_BY_FREELANCER, decline_reason=DeclineReason.TIMING)
    before, after = moved(db, application_id, Stage.ALUMNI, outcome=outcome)
    restore_snapshot(db, before, after)
    with db.reading() as session:
        application = session.get_one(Application, application_id)
        assert (application.stage, application.outcome, application.decline_reason, application.closed_at) == (
            Stage.FINAL_ANSWER,
            None,
            None,
            None,
        )
        assert application.stage_entered_at == before.stage_entered_at


def test_a_later_answer_is_part_of_the_state_undo_checks(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    before, after = moved(db, application_id, Stage.ALUMNI, outcome=OutcomeInput(Outcome.WITHDRAWN, details="Gone"))
    mark_feedback_sent(db, application_id)
    with pytest.raises(UndoRefused):
        restore_snapshot(db, before, after)


def test_an_undone_profile_is_not_counted_as_sent(db: Database, make: Factory) -> None:
    mission_id = make.mission()
    application_id = make.application_at(Stage.POSITIONING_CALL, mission_id)
    before, after = moved(db, application_id, Stage.PROFILE_SENT)
    restore_snapshot(db, before, after)
    with db.reading() as session:
        assert profiles_sent_count(session, mission_id) == 0


def test_undoing_a_reorder_puts_the_card_back_in_place(db: Database, make: Factory) -> None:
    first, second = make.application(), make.application()
    before, after = moved(db, second, Stage.SOURCED, before_id=first)
    assert [card.id for card in load_cards(db)] == [second, first]
    restore_snapshot(db, before, after)
    assert [card.id for card in load_cards(db)] == [first, second]


def test_undoing_the_start_of_an_offboarding_removes_the_checklist(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    move_application(db, application_id, Stage.ON_MISSION, outcome=HIRE)
    before, after = moved(db, application_id, Stage.OFFBOARDING)
    assert count(db, Offboarding) == 1
    restore_snapshot(db, before, after)
    assert count(db, Offboarding) == 0 and count(db, Engagement) == 1


def test_only_uncontacted_or_answered_cards_can_be_archived(db: Database, make: Factory) -> None:
    sourced = make.application()
    archive_application(db, sourced)
    assert load_card(db, sourced) is None
    with db.reading() as session:
        assert session.scalar(select(func.count()).where(StageChange.application_id == sourced)) == 1
    archive_application(db, sourced, archived=False)
    assert load_card(db, sourced) is not None
    in_progress = make.application_at(Stage.PROFILE_SENT)
    with pytest.raises(KnownError, match="Close this application"):
        archive_application(db, in_progress)
    closed = make.application_at(Stage.FINAL_ANSWER)
    move_application(db, closed, Stage.ALUMNI, outcome=OutcomeInput(Outcome.WITHDRAWN, details="No news"))
    with pytest.raises(KnownError):
        archive_application(db, closed)  # the candidate is still owed an answer
    mark_feedback_sent(db, closed)
    archive_application(db, closed)
    assert load_card(db, closed) is None


def test_undoing_a_move_of_an_application_gone_since_says_so(db: Database, make: Factory) -> None:
    application_id = make.application()
    before, after = moved(db, application_id, Stage.POSITIONING_CALL)
    with db.transaction() as session:  # removed by another window, as an erasure does
        session.execute(StageChange.__table__.delete().where(StageChange.application_id == application_id))
        session.delete(session.get_one(Application, application_id))
    with pytest.raises(KnownError, match="This application no longer exists"):
        restore_snapshot(db, before, after)
    with pytest.raises(KnownError, match="This application no longer exists"):
        take_snapshot(db, application_id)
