"""A long column on the board: its cards come a batch at a time, its count and moves stay right."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from fms.core.enums import Stage
from fms.storage.database import Database
from fms.ui.board import columns
from fms.ui.board.board_widget import PipelineBoard
from tests.conftest import Factory, open_board

BATCH = 3  # a column shows this many cards before it fetches more (32 in the app)


@pytest.fixture
def board(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[PipelineBoard]:
    for module in ("fms.ui.board.card_model", "fms.ui.board.columns"):
        monkeypatch.setattr(f"{module}.BATCH", BATCH)
    yield open_board(qtbot, db)


def sourced(make: Factory, count: int, mission_id: int | None = None) -> list[int]:
    mission_id = mission_id or make.mission()
    return [make.application(mission_id) for _ in range(count)]


def header(board: PipelineBoard, key: str) -> str:
    return board.columns[key].header.text().strip()


def shown_ids(board: PipelineBoard, key: str) -> list[int]:
    view = board.view(key)
    return [view.card_id_at_row(row) for row in range(view.model().rowCount())]  # type: ignore[misc]


def test_a_long_column_shows_a_batch_and_its_whole_count(board: PipelineBoard, make: Factory) -> None:
    ids = sourced(make, 7)
    board.reload()
    model = board.models[Stage.SOURCED]
    assert model.rowCount() == BATCH and model.canFetchMore(QModelIndex())
    assert header(board, Stage.SOURCED) == "Sourced  ·  7"
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert shown_ids(board, Stage.SOURCED) == ids  # in board order, each card once


def test_scrolling_to_the_end_of_a_column_fetches_the_next_cards(
    board: PipelineBoard, make: Factory, qtbot: QtBot
) -> None:
    sourced(make, 40)
    board.resize(1600, 300)  # a few cards fill the column: the rest waits for the scrolling
    board.reload()
    view, model = board.view(Stage.SOURCED), board.models[Stage.SOURCED]
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    before = model.rowCount()
    assert before < 40
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_End)  # to the last card fetched: the view asks for more
    qtbot.waitUntil(lambda: model.rowCount() > before)


def test_a_card_not_yet_fetched_is_shown_when_asked(board: PipelineBoard, make: Factory) -> None:
    mission_id = make.mission()
    ids = sourced(make, 8, mission_id)
    assert board.show_card(mission_id, ids[-1])
    view = board.view(Stage.SOURCED)
    assert view.current_card_id() == ids[-1]
    assert shown_ids(board, Stage.SOURCED) == ids  # the cards before it came with it, in order


def test_a_card_moved_past_the_fetched_part_lands_last_selected_and_counted(
    board: PipelineBoard, make: Factory
) -> None:
    ids = sourced(make, 2)
    positioned = [make.application_at(Stage.POSITIONING_CALL) for _ in range(6)]
    board.reload()
    assert board.models[Stage.POSITIONING_CALL].rowCount() == BATCH
    assert board.moves.move(ids[0], Stage.POSITIONING_CALL)
    view = board.view(Stage.POSITIONING_CALL)
    assert view.current_card_id() == ids[0]
    assert shown_ids(board, Stage.POSITIONING_CALL) == [*positioned, ids[0]]
    assert header(board, Stage.POSITIONING_CALL) == "Positioning call  ·  7"
    assert header(board, Stage.SOURCED) == "Sourced  ·  1"
    board.undo_stack.undo()
    assert shown_ids(board, Stage.SOURCED) == ids
    assert header(board, Stage.POSITIONING_CALL) == "Positioning call  ·  6"


def test_keys_move_a_card_along_and_keep_it_selected(board: PipelineBoard, make: Factory, qtbot: QtBot) -> None:
    (moving,) = sourced(make, 1)
    for _ in range(5):
        make.application_at(Stage.POSITIONING_CALL)
        make.application_at(Stage.PROFILE_SENT)
    board.reload()
    view = board.view(Stage.SOURCED)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(board.view(Stage.POSITIONING_CALL), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert board.view(Stage.PROFILE_SENT).current_card_id() == moving
    assert shown_ids(board, Stage.PROFILE_SENT)[-1] == moving
    assert header(board, Stage.POSITIONING_CALL) == "Positioning call  ·  5"


def test_filters_count_every_card_of_a_long_column(board: PipelineBoard, make: Factory) -> None:
    mission_id = make.mission()
    sourced(make, 6, mission_id)
    hugo = [make.application(mission_id, make.freelancer("Hugo", "Durand")) for _ in range(5)]
    board.reload()
    assert header(board, Stage.SOURCED) == "Sourced  ·  11"
    board.text_filter.setText("hugo")
    board.apply_filters()
    assert header(board, Stage.SOURCED) == "Sourced  ·  5 / 11"
    model = board.models[Stage.SOURCED]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert shown_ids(board, Stage.SOURCED) == hugo
    board.text_filter.setText("example.com")  # in every address, but a card shows no address
    board.apply_filters()
    assert header(board, Stage.SOURCED) == "Sourced  ·  0 / 11"
    board.text_filter.clear()
    assert header(board, Stage.SOURCED) == "Sourced  ·  11"


def test_a_move_with_a_filter_keeps_both_counts(board: PipelineBoard, make: Factory) -> None:
    mission_id = make.mission()
    others = sourced(make, 4, mission_id)
    hugo = make.application(mission_id, make.freelancer("Hugo", "Durand"))
    board.reload()
    board.text_filter.setText("hugo")
    board.apply_filters()
    assert board.moves.move(hugo, Stage.POSITIONING_CALL)
    assert header(board, Stage.SOURCED) == "Sourced  ·  0 / 4"
    assert header(board, Stage.POSITIONING_CALL) == "Positioning call  ·  1"
    board.text_filter.setText("zzz-nobody")
    board.apply_filters()
    board.undo_stack.undo()  # the card the filters hide goes back: the counts follow
    assert header(board, Stage.SOURCED) == "Sourced  ·  0 / 5"
    assert header(board, Stage.POSITIONING_CALL) == "Positioning call  ·  0"
    board.text_filter.clear()
    assert shown_ids(board, Stage.SOURCED)[:BATCH] == [*others, hugo][:BATCH]


def test_each_letter_typed_searches_among_the_cards_shown_and_a_new_card_is_found(
    board: PipelineBoard, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    mission_id = make.mission()
    hugo = make.application(mission_id, make.freelancer("Hugo", "Durand"))
    make.application(mission_id, make.freelancer("Hubert", "Roy"))
    board.reload()
    asked: list[object] = []
    column_keys = columns.column_keys
    monkeypatch.setattr(columns, "column_keys", lambda *args: asked.append(args[-1]) or column_keys(*args))

    def search(text: str) -> list[int]:
        board.text_filter.setText(text)
        board.apply_filters()
        return shown_ids(board, Stage.SOURCED)

    assert len(search("hu")) == 2
    assert search("hug") == [hugo] and asked[-1] is not None  # among the two shown
    assert len(search("hu")) == 2 and asked[-1] is None  # a letter removed: every card again
    other = make.application(make.mission(), make.freelancer("Hugues", "Blanc"))
    board.refresh_card(other)  # as when added on the board
    assert search("hug") == [hugo, other]


def test_a_letter_that_changes_nothing_in_a_column_leaves_it_as_it_is(
    board: PipelineBoard, make: Factory, qtbot: QtBot
) -> None:
    mission_id = make.mission()
    hugo = make.application(mission_id, make.freelancer("Hugo", "Durand"))
    make.application(mission_id, make.freelancer("Hubert", "Roy"))
    board.reload()
    board.text_filter.setText("hug")
    board.apply_filters()
    view = board.view(Stage.SOURCED)
    view.setCurrentIndex(view.model().index(0, 0))
    with qtbot.assertNotEmitted(board.models[Stage.SOURCED].modelReset):
        board.text_filter.setText("hugo")
        board.apply_filters()
    assert view.current_card_id() == hugo  # still selected
    board.text_filter.setText("hu")
    board.apply_filters()
    assert header(board, Stage.SOURCED) == "Sourced  ·  2"
