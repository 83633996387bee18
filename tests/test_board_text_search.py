"""The board's text filter matched in memory once the cards' texts are read: the same cards as the database finds."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from fms.core.enums import Stage
from fms.models import Freelancer
from fms.services.pipeline import move_application
from fms.services.pipeline.columns import CardFilter, column_keys
from fms.storage.database import Database
from fms.ui.board import columns, text_search
from fms.ui.board.board_widget import PipelineBoard
from tests.conftest import Factory, open_board


def shown(board: PipelineBoard) -> dict[str, list[int]]:
    """Every card each column holds (fetched or not), by id."""
    return {key: [card_id for _, card_id in model.keys()] for key, model in board.models.items() if model.keys()}


def searched(board: PipelineBoard, text: str) -> dict[str, list[int]]:
    board.text_filter.setText(text)
    board.apply_filters()  # what the typing pause runs
    return shown(board)


def in_database(db: Database, text: str, mission_id: int | None = None) -> dict[str, list[int]]:
    found = column_keys(db, mission_id, CardFilter(text=text))
    return {key: [card_id for _, card_id in keys] for key, keys in found.items()}


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the board asked the database to match (not matched in memory)."""
    texts: list[str] = []
    real = columns.column_keys

    def spy(db: Database, mission_id: int | None, card_filter: CardFilter, among: object = None) -> object:
        if card_filter.text:
            texts.append(card_filter.text)
        return real(db, mission_id, card_filter, among)

    monkeypatch.setattr(columns, "column_keys", spy)
    return texts


def ready_board(qtbot: QtBot, db: Database) -> PipelineBoard:
    board = open_board(qtbot, db)
    board.reload()
    qtbot.waitUntil(lambda: board.cards_in_columns.text_search.ready)
    return board


def test_once_the_texts_are_read_a_text_shows_what_the_database_finds_without_asking_it(
    qtbot: QtBot, db: Database, make: Factory, asked: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_search, "TEXT_BATCH", 2)  # read over several turns of the event loop
    mission_id = make.mission()
    for first, last in (("Élodie", "Durand"), ("Hugo", "Éluard"), ("Camille", "Roy"), ("Anaïs", "Leroy")):
        make.application(mission_id, make.freelancer(first, last))
    make.application_at(Stage.POSITIONING_CALL, mission_id)
    board = ready_board(qtbot, db)
    for text in ("e", "elo", "ÉLO", " roy ", "example.com", "zzz", "camille 1"):
        assert searched(board, text) == in_database(db, text), text
    assert asked == []  # every one of them matched in memory
    board.text_filter.clear()
    board.apply_filters()
    assert sum(len(ids) for ids in shown(board).values()) == 5


def test_a_renamed_freelancer_is_found_by_the_new_name_once_the_board_reloads(
    qtbot: QtBot, db: Database, make: Factory
) -> None:
    freelancer_id = make.freelancer("Hugo", "Durand")
    card = make.application(make.mission(), freelancer_id)
    board = ready_board(qtbot, db)
    assert searched(board, "durand") == {Stage.SOURCED: [card]}
    with db.transaction() as session:
        session.get_one(Freelancer, freelancer_id).last_name = "Marchand"
    board.text_filter.clear()
    board.reload()  # what the notice of a change does
    assert searched(board, "marchand") == {Stage.SOURCED: [card]}  # read from the database until the texts are
    qtbot.waitUntil(lambda: board.cards_in_columns.text_search.ready)
    assert searched(board, "durand") == {} and searched(board, "marchand") == {Stage.SOURCED: [card]}


def test_a_card_moved_with_no_filter_is_found_in_its_new_column(
    qtbot: QtBot, db: Database, make: Factory, asked: list[str]
) -> None:
    mission_id = make.mission()
    hugo = make.application(mission_id, make.freelancer("Hugo", "Durand"))
    make.application(mission_id, make.freelancer("Hubert", "Roy"))
    board = ready_board(qtbot, db)
    move_application(db, hugo, Stage.POSITIONING_CALL)
    board.refresh_card(hugo)  # as after a drag
    assert searched(board, "hu") == in_database(db, "hu")
    assert searched(board, "hu")[Stage.POSITIONING_CALL] == [hugo] and asked == []
    added = make.application(make.mission(), make.freelancer("Hugues", "Blanc"))
    board.text_filter.clear()
    board.apply_filters()
    board.refresh_card(added)  # added on the board: its text is read with it
    assert searched(board, "hugues") == {Stage.SOURCED: [added]}
