"""The talent pool's matching passage: matched words in bold, the first of them in view in a narrow cell."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fms.services.file import NoteInput, add_note
from fms.storage.database import Database
from fms.ui.pool.passage import excerpt, passage_html
from tests.conftest import Factory, open_main_window

LATE = "Joined in spring, read the whole code base, met every team, then rebuilt the «Kafka» pipelines alone"


@pytest.mark.parametrize(
    ("passage", "lead", "expected"),
    [
        ("the «Kafka» pipelines", 20, "the «Kafka» pipelines"),  # the match is already in view
        (LATE, 14, "… rebuilt the «Kafka» pipelines alone"),  # cut on a word, a few words before the match
        ("no match at all " * 5, 4, "no match at all " * 5),
    ],
)
def test_the_excerpt_starts_a_few_words_before_the_first_match(passage: str, lead: int, expected: str) -> None:
    assert excerpt(passage, lead) == expected


def test_matched_words_are_bold_and_the_rest_escaped() -> None:
    assert passage_html("R&D on «Kafka» and «Spark» <fast>") == "R&amp;D on <b>Kafka</b> and <b>Spark</b> &lt;fast&gt;"


def test_the_pool_draws_the_passage_with_its_delegate(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path
) -> None:
    from fms.ui.pool.passage import PassageDelegate
    from fms.ui.pool.search_tab import PASSAGE_COLUMN
    from fms.ui.screens.talent_pool import TalentPoolScreen
    from tests.test_talent_pool import build_pool

    pool = build_pool(db, make, tmp_path)
    add_note(db, pool.ids["ada"], NoteInput(5, True, LATE.replace("«", "").replace("»", "")))
    window = open_main_window(qtbot, db, tmp_path)
    screen = window.show_screen("talentPool")
    assert isinstance(screen, TalentPoolScreen)
    qtbot.keyClicks(screen.search, "kafka")
    qtbot.waitUntil(lambda: screen.results.rowCount() == 1, timeout=2000)
    assert isinstance(screen.table.itemDelegateForColumn(PASSAGE_COLUMN), PassageDelegate)
    index = screen.proxy.index(0, PASSAGE_COLUMN)
    assert "«Kafka»" in index.data()
    screen.table.setColumnWidth(PASSAGE_COLUMN, 160)
    assert not screen.table.grab().isNull()  # painted (a warning while painting fails the test)
