"""A board move with its undo's snapshots, taken in the move's own transaction: what the board pushes on
its undo stack."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from fms.core.enums import Outcome, Stage
from fms.services.pipeline import (
    MovedElsewhere,
    OutcomeRequired,
    UndoRefused,
    load_card,
    move_application,
    restore_snapshot,
    take_snapshot,
    undoable_move,
)
from fms.storage.database import Database
from tests.conftest import Factory


def transactions(db: Database) -> list[str]:
    """The transactions `db` begins from now on."""
    begun: list[str] = []
    event.listen(db.engine, "begin", lambda connection: begun.append("begin"))
    return begun


def test_the_snapshots_are_the_card_before_and_after_the_move(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.POSITIONING_CALL)
    before = take_snapshot(db, application_id)
    move = undoable_move(db, application_id, Stage.PROFILE_SENT)
    assert move.before == before
    assert move.after == take_snapshot(db, application_id)
    assert move.after.stage == Stage.PROFILE_SENT and move.after.last_change_id > before.last_change_id


def test_a_move_and_its_snapshots_are_one_transaction(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.POSITIONING_CALL)
    begun = transactions(db)
    undoable_move(db, application_id, Stage.PROFILE_SENT)
    assert len(begun) == 1  # a snapshot in a read of its own would let a colleague's save land between


def test_its_undo_puts_the_card_back(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.POSITIONING_CALL)
    move = undoable_move(db, application_id, Stage.PROFILE_SENT)
    restore_snapshot(db, move.before, move.after)
    assert take_snapshot(db, application_id).stage == Stage.POSITIONING_CALL


def test_a_colleague_s_move_after_it_makes_its_undo_refuse(db: Database, other: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.POSITIONING_CALL)
    move = undoable_move(db, application_id, Stage.PROFILE_SENT)
    move_application(other, application_id, Stage.CLIENT_INTERVIEW)
    with pytest.raises(UndoRefused, match="has changed"):
        restore_snapshot(db, move.before, move.after)
    assert take_snapshot(db, application_id).stage == Stage.CLIENT_INTERVIEW  # the colleague's move stands


def test_a_card_moved_elsewhere_since_it_was_seen_is_left_there(db: Database, other: Database, make: Factory) -> None:
    application_id = make.application()
    move_application(other, application_id, Stage.POSITIONING_CALL)
    with pytest.raises(MovedElsewhere, match="Moved by maya to Positioning call."):
        undoable_move(db, application_id, Stage.PROFILE_SENT, expected_stage=Stage.SOURCED)
    assert take_snapshot(db, application_id).stage == Stage.POSITIONING_CALL


def test_a_redo_is_refused_once_the_card_changed(db: Database, other: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.POSITIONING_CALL)
    move = undoable_move(db, application_id, Stage.PROFILE_SENT)
    restore_snapshot(db, move.before, move.after)
    move_application(other, application_id, Stage.SOURCED)
    with pytest.raises(UndoRefused, match="cannot be redone"):
        undoable_move(db, application_id, Stage.PROFILE_SENT, replaying=move.before)
    assert take_snapshot(db, application_id).stage == Stage.SOURCED


def test_a_redo_of_an_untouched_card_moves_it_again(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.POSITIONING_CALL)
    move = undoable_move(db, application_id, Stage.PROFILE_SENT)
    restore_snapshot(db, move.before, move.after)  # its history grew: the redo's check leaves it aside
    again = undoable_move(db, application_id, Stage.PROFILE_SENT, replaying=move.before)
    assert again.after.stage == Stage.PROFILE_SENT


def test_a_move_that_needs_an_outcome_changes_nothing(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    before = take_snapshot(db, application_id)
    with pytest.raises(OutcomeRequired):
        undoable_move(db, application_id, Stage.ALUMNI)
    assert take_snapshot(db, application_id) == before
    card = load_card(db, application_id)
    assert card is not None and card.outcome is not Outcome.HIRED


def test_a_move_reads_and_locks_its_card_once(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.POSITIONING_CALL)
    card_reads: list[str] = []

    def note(connection: object, cursor: object, statement: str, *args: object) -> None:
        if statement.lstrip().startswith("SELECT applications.id") and "WHERE applications.id = " in statement:
            card_reads.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        move = undoable_move(db, application_id, Stage.PROFILE_SENT)
        assert len(card_reads) == 1  # the rules and the snapshot share the locked row
        undoable_move(db, application_id, Stage.CLIENT_INTERVIEW)
        assert len(card_reads) == 2  # the next move's transaction locks it afresh
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    assert move.after.stage == Stage.PROFILE_SENT
