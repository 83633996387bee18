"""The talent pool on a crafted set of people: each filter returns exactly the expected ones, the
full-text search folds accents and shows the passage, the ranking orders and explains, lists last."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from fms.core.enums import (
    ContactChannel,
    DocumentKind,
    InterviewKind,
    InterviewResult,
    Outcome,
    RehireStatus,
    Seniority,
    Stage,
)
from fms.models import Freelancer
from fms.services.file import (
    InterviewInput,
    NoteInput,
    ProfileInput,
    add_note,
    attach_document,
    complete_follow_up,
    save_interview,
    save_profile,
    schedule_follow_up,
)
from fms.services.pipeline import OutcomeInput, move_application, propose, propose_many
from fms.services.pool import (
    PoolQuery,
    SkillNeed,
    add_to_list,
    create_list,
    list_member_ids,
    rank_for_mission,
    rate_benchmark,
    remove_from_list,
    saved_lists,
    search_pool,
)
from fms.services.pool import search as pool_search
from fms.storage.database import Database
from fms.storage.locations import sqlite_location
from fms.storage.opening import open_database
from tests.conftest import Factory, open_main_window

TODAY = date(2026, 11, 22)


@dataclass
class Pool:
    ids: dict[str, int]
    client_a: int
    client_b: int
    mission: int  # open, at client A: Python 4 and SQL 3, senior, budget 650 €, starts 2027-01-04

    def names(self, results: pool_search.PoolResults) -> list[str]:
        by_id = {value: key for key, value in self.ids.items()}
        return sorted(by_id[member.id] for member in results.members)


def hire(db: Database, make: Factory, freelancer_id: int, client_id: int, rate: int, start: date, end: date) -> int:
    mission_id = make.mission(client_id, start_date=start, end_date=end)
    application_id = propose(db, freelancer_id, mission_id).id
    for stage in (Stage.POSITIONING_CALL, Stage.PROFILE_SENT, Stage.CLIENT_INTERVIEW, Stage.TECHNICAL_INTERVIEW):
        move_application(db, application_id, stage, confirm_over_limit=True)
    move_application(db, application_id, Stage.FINAL_ANSWER)
    outcome = OutcomeInput(
        Outcome.HIRED, start_date=start, planned_end_date=end, daily_rate_cents=rate, sign_later=True
    )
    move_application(db, application_id, Stage.ON_MISSION, outcome=outcome)
    return application_id


@pytest.fixture(scope="module")
def pool_file(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Pool]:
    """The crafted pool, built once through the services; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("pool")
    path = folder / "pool.db"
    shutil.copyfile(migrated_template, path)
    opened = open_database(sqlite_location(path))
    try:
        return path, build_pool(opened.db, Factory(opened.db), folder)
    finally:
        opened.db.dispose()


@pytest.fixture
def db(pool_file: tuple[Path, Pool], tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "vivier.db"
    shutil.copyfile(pool_file[0], path)
    opened = open_database(sqlite_location(path))
    yield opened.db
    opened.db.dispose()


@pytest.fixture
def pool(pool_file: tuple[Path, Pool]) -> Pool:
    return pool_file[1]


def build_pool(db: Database, make: Factory, tmp_path: Path) -> Pool:
    def person(first: str, **values: object) -> int:
        data = {"last_name": "Test", "talent_pool_consent": True, "consent_date": date(2026, 1, 1), **values}
        return save_profile(db, None, ProfileInput(first_name=first, **data)).id  # type: ignore[arg-type]

    client_a, client_b = make.client("Banque Lumière"), make.client("Hexa Assurances")
    ids = {
        "ada": person("Ada", skills=(("Python", 5), ("SQL", 4)), seniority=Seniority.SENIOR, daily_rate_cents=60000,
                      availability_date=date(2026, 12, 15), headline="Data engineer"),
        "bob": person("Bob", skills=(("Python", 2), ("React", 4)), seniority=Seniority.CONFIRMED,
                      daily_rate_cents=50000, availability_date=date(2027, 3, 1)),
        "cleo": person("Cléo", skills=(("SQL", 5),), seniority=Seniority.SENIOR, daily_rate_cents=72000,
                       headline="Développeuse BI"),
        "dan": person("Dan", skills=(("Python", 4), ("SQL", 3)), seniority=Seniority.SENIOR, daily_rate_cents=64000,
                      rehire_status=RehireStatus.DO_NOT_REHIRE, do_not_rehire_reason="No-show"),
        "eve": person("Eve", skills=(("Python", 5),), talent_pool_consent=False, consent_date=None),
        "fay": person("Fay", skills=(("Python", 5), ("SQL", 5))),  # consented, but never went far
    }  # fmt: skip
    hire(db, make, ids["ada"], client_a, 62000, date(2025, 1, 6), date(2025, 6, 30))
    hire(db, make, ids["bob"], client_b, 48000, date(2026, 2, 2), date(2026, 9, 30))
    hire(db, make, ids["cleo"], client_b, 70000, date(2024, 3, 4), date(2024, 9, 30))
    hire(db, make, ids["dan"], client_a, 65000, date(2026, 1, 5), date(2026, 6, 30))
    hire(db, make, ids["eve"], client_a, 60000, date(2026, 1, 5), date(2026, 6, 30))
    near = propose(db, ids["fay"], make.mission(client_b)).id  # only as far as the positioning call
    move_application(db, near, Stage.POSITIONING_CALL)
    add_note(db, ids["ada"], NoteInput(5, True, "Autonome et rigoureuse, une vraie développeuse de plateformes."))
    add_note(db, ids["bob"], NoteInput(3, True, "Good React work, a bit slow on reviews."))
    add_note(db, ids["cleo"], NoteInput(4, False, "Strong SQL, did not fit the team's pace."))
    cv = tmp_path / "cv-bob.txt"
    cv.write_text("Bob Test — Kubernetes certified, mentors junior developers.", encoding="utf-8")
    attach_document(db, ids["bob"], cv, DocumentKind.CV)
    follow_up = schedule_follow_up(db, ids["ada"], datetime(2026, 10, 1, tzinfo=UTC), ContactChannel.EMAIL, "News")
    complete_follow_up(db, follow_up.id, "Available from December", now=datetime(2026, 10, 1, tzinfo=UTC))
    mission = make.mission(
        client_a, title="Data platform", seniority=Seniority.SENIOR, budget_daily_rate_cents=65000,
        start_date=date(2027, 1, 4), end_date=date(2027, 6, 30), required_skills=(("Python", 4), ("SQL", 3)),
    )  # fmt: skip
    return Pool(ids, client_a, client_b, mission)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (PoolQuery(), ["ada", "bob", "cleo", "dan"]),
        (PoolQuery(skills=(SkillNeed("python", 4), SkillNeed("SQL", 3))), ["ada", "dan"]),
        (PoolQuery(skills=(SkillNeed("Python", 4), SkillNeed("SQL", 5)), all_skills=False), ["ada", "cleo", "dan"]),
        (PoolQuery(skills=(SkillNeed("Python"),), seniority=Seniority.CONFIRMED), ["bob"]),
        (PoolQuery(min_rating=4), ["ada", "cleo"]),
        (PoolQuery(would_rehire_only=True), ["ada", "bob"]),
        (PoolQuery(available_by=date(2027, 1, 1)), ["ada"]),
        (PoolQuery(rate_min_cents=55000, rate_max_cents=70000), ["ada", "dan"]),
        (PoolQuery(last_mission_after=date(2026, 1, 1)), ["bob", "dan"]),
        (
            PoolQuery(skills=(SkillNeed("SQL"),), last_mission_after=date(2024, 1, 1), rate_max_cents=70000),
            ["ada", "dan"],
        ),
        (PoolQuery(no_contact_months=3), ["cleo", "dan"]),  # Ada was called in October, Bob ended in September
        (PoolQuery(no_contact_months=1, min_rating=4), ["ada", "cleo"]),
    ],
)
def test_each_filter_returns_exactly_the_expected_people(
    pool: Pool, db: Database, query: PoolQuery, expected: list[str]
) -> None:
    assert pool.names(search_pool(db, query, today=TODAY)) == expected


def test_the_client_filter(pool: Pool, db: Database) -> None:
    assert pool.names(search_pool(db, PoolQuery(client_id=pool.client_b), today=TODAY)) == ["bob", "cleo"]


def test_full_text_folds_accents_and_shows_the_passage(pool: Pool, db: Database) -> None:
    found = search_pool(db, PoolQuery(text="developpeuse"), today=TODAY)
    assert pool.names(found) == ["ada", "cleo"]  # a note and a headline
    snippets = {member.name.split()[0]: member.snippet for member in found.members}
    assert "«développeuse»" in snippets["Ada"] and "«Développeuse»" in snippets["Cléo"]
    assert pool.names(search_pool(db, PoolQuery(text="kubern"), today=TODAY)) == ["bob"]  # a CV's text, by prefix
    assert pool.names(search_pool(db, PoolQuery(text="autonome rigoureuse"), today=TODAY)) == ["ada"]
    assert pool.names(search_pool(db, PoolQuery(text="autonome kubernetes"), today=TODAY)) == []
    assert pool.names(search_pool(db, PoolQuery(text='"; DROP'), today=TODAY)) == []  # quotes are harmless


def test_the_portable_search_finds_the_same_words_without_the_index(
    pool: Pool, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pool_search, "has_pool_index", lambda session: False)
    found = search_pool(db, PoolQuery(text="kubernetes"), today=TODAY)
    assert pool.names(found) == ["bob"] and not found.full_text
    assert pool.names(search_pool(db, PoolQuery(text="développeuse"), today=TODAY)) == ["ada", "cleo"]


def test_a_file_without_the_index_is_searched_the_portable_way(pool: Pool, db: Database) -> None:
    from fms.storage.pool_index import drop_pool_index

    assert search_pool(db, PoolQuery(text="kubernetes"), today=TODAY).full_text
    with db.transaction() as session:  # as an SQLite without FTS5 leaves it
        drop_pool_index(session.connection())
    found = search_pool(db, PoolQuery(text="kubernetes"), today=TODAY)
    assert pool.names(found) == ["bob"] and not found.full_text
    assert [member.snippet for member in found.members] == [""]


def test_the_index_follows_edits_and_interviews(pool: Pool, db: Database, make: Factory) -> None:
    from fms.services.file import list_notes

    application = propose(db, pool.ids["dan"], make.mission()).id
    held = datetime(2026, 5, 1, tzinfo=UTC)
    said = "Excellent sur Terraform"
    interview = InterviewInput(
        application, InterviewKind.CLIENT, held, result=InterviewResult.PASSED, client_feedback=said
    )
    save_interview(db, None, interview)
    assert pool.names(search_pool(db, PoolQuery(text="terraform"), today=TODAY)) == ["dan"]
    save_profile(db, pool.ids["cleo"], ProfileInput("Cléo", "Test", headline="Analyste", talent_pool_consent=True))
    assert pool.names(search_pool(db, PoolQuery(text="developpeuse"), today=TODAY)) == ["ada"]
    assert list_notes(db, pool.ids["ada"])


def test_ranking_orders_the_pool_for_a_mission_and_explains_each_score(pool: Pool, db: Database) -> None:
    ranked = rank_for_mission(db, pool.mission, today=TODAY)
    by_name = {candidate.member.name.split()[0]: candidate for candidate in ranked}
    assert [candidate.member.name.split()[0] for candidate in ranked] == ["Ada", "Cléo", "Bob", "Dan"]
    ada = by_name["Ada"]
    explained = {reason.template.format(**reason.params): reason.points for reason in ada.reasons}
    assert explained == {
        "Python 5/5 (asked 4)": 25,
        "SQL 4/5 (asked 3)": 25,
        "Rated 5.0/5": 20,
        "Available before the start": 10,
        "Rate within the budget": 10,
        "Worked for this client before": 10,
        "Seniority as asked": 5,
    }
    assert ada.score == 105
    assert any(reason.template == "Marked do not rehire" for reason in by_name["Dan"].reasons)
    assert any(reason.template == "{skill}: missing" for reason in by_name["Cléo"].reasons)
    added = propose_many(db, [pool.ids["ada"], pool.ids["bob"], pool.ids["ada"]], pool.mission)
    assert [state.stage for state in added] == [Stage.SOURCED, Stage.SOURCED]
    assert [c.member.name.split()[0] for c in rank_for_mission(db, pool.mission, today=TODAY)] == ["Cléo", "Dan"]


def test_saved_lists_survive_a_restart(pool: Pool, db: Database) -> None:
    saved = create_list(db, "  Python seniors   for Q3 ", (pool.ids["ada"], pool.ids["dan"]))
    assert saved.name == "Python seniors for Q3" and saved.size == 2
    assert add_to_list(db, saved.id, [pool.ids["ada"], pool.ids["bob"]]) == 1
    remove_from_list(db, saved.id, [pool.ids["dan"]])
    with pytest.raises(Exception) as duplicate:
        create_list(db, "python seniors for Q3 ".replace("p", "P", 1))
    assert "already" in str(duplicate.value)
    path = db.location.sqlite_path
    db.dispose()
    reopened = open_database(sqlite_location(path)).db
    try:
        assert [(row.name, row.size) for row in saved_lists(reopened)] == [("Python seniors for Q3", 2)]
        assert list_member_ids(reopened, saved.id) == [pool.ids["ada"], pool.ids["bob"]]
    finally:
        reopened.dispose()


def test_rate_benchmark_gives_quartiles_and_years(pool: Pool, db: Database) -> None:
    python = rate_benchmark(db, "python")
    assert (python.count, python.median_cents) == (4, 61000)  # Ada 620, Bob 480, Dan 650, Eve 600
    assert (python.q1_cents, python.q3_cents) == (57000, 62750)
    assert [(year.year, year.count) for year in python.by_year] == [(2025, 1), (2026, 3)]
    senior = rate_benchmark(db, "SQL", Seniority.SENIOR)
    assert (senior.count, senior.median_cents) == (3, 65000)
    assert senior.position(80000) == "above" and senior.position(65000) == "within"
    assert rate_benchmark(db, "Cobol").count == 0


@pytest.fixture
def screen(qtbot, db: Database, tmp_path: Path):  # type: ignore[no-untyped-def]

    window = open_main_window(qtbot, db, tmp_path)
    return window.show_screen("talentPool")


def shown_names(model) -> list[str]:  # type: ignore[no-untyped-def]
    from fms.ui.table_model import ROW_ROLE

    return sorted(model.index(row, 0).data(ROW_ROLE).name.split()[0] for row in range(model.rowCount()))


def test_typing_and_filtering_in_the_pool_screen(qtbot, screen, pool: Pool) -> None:  # type: ignore[no-untyped-def]
    from fms.ui.pool.search_tab import PASSAGE_COLUMN

    tab = screen.search_tab
    assert shown_names(screen.results) == ["Ada", "Bob", "Cléo", "Dan"]
    qtbot.keyClicks(screen.search, "developpeu")
    qtbot.waitUntil(lambda: shown_names(screen.results) == ["Ada", "Cléo"], timeout=2000)
    passages = [screen.results.index(row, PASSAGE_COLUMN).data() for row in range(2)]
    assert not screen.table.isColumnHidden(PASSAGE_COLUMN) and screen.table.columnWidth(PASSAGE_COLUMN) > 50
    assert all("«" in passage for passage in passages)
    screen.search.clear()
    tab.filters.skills.setText("python 4, sql")
    qtbot.waitUntil(lambda: shown_names(screen.results) == ["Ada", "Dan"], timeout=2000)
    tab.filters.would_rehire.setChecked(True)
    qtbot.waitUntil(lambda: shown_names(screen.results) == ["Ada"], timeout=2000)
    tab.filters.skills.setText("python 9")
    qtbot.waitUntil(lambda: "a skill level goes from 1 to 5" in tab.status.text(), timeout=2000)


def test_a_list_is_made_from_results_and_shared(qtbot, screen, pool: Pool, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    tab = screen.search_tab
    tab.table.selectAll()
    list_id = tab.add_to_list("Data people")
    assert list_id is not None
    screen.tabs.setCurrentWidget(screen.lists_tab)
    lists = screen.lists_tab
    assert lists.lists.count() == 1 and lists.lists.item(0).text() == "Data people  (4)"
    assert shown_names(lists.members) == ["Ada", "Bob", "Cléo", "Dan"]
    lists.table.selectRow(0)
    assert lists.remove_selected() and lists.members.rowCount() == 3
    target = lists.export_csv(tmp_path / "list.csv")
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Name,Headline") and len(lines) == 4
    assert not lists.new_list("Data people") and warned == ["A list already has this name."]


def test_the_ranking_tab_explains_and_adds_to_the_board(qtbot, screen, pool: Pool, db: Database) -> None:  # type: ignore[no-untyped-def]
    from fms.services.pipeline import load_cards

    screen.tabs.setCurrentWidget(screen.ranking_tab)
    ranking = screen.ranking_tab
    ranking.mission.setCurrentIndex(ranking.mission.findData(pool.mission))
    assert ranking.candidates.rowCount() == 4
    ranking.table.selectRow(0)
    html = ranking.explanation.toPlainText()
    assert "Python 5/5 (asked 4)" in html and "Worked for this client before" in html
    assert ranking.add_selected() == 1
    assert [card.freelancer_id for card in load_cards(db, pool.mission)] == [ranking_first := pool.ids["ada"]]
    assert ranking.candidates.rowCount() == 3 and ranking_first


def test_the_rate_benchmark_tab_places_an_amount(qtbot, screen, pool: Pool) -> None:  # type: ignore[no-untyped-def]
    screen.tabs.setCurrentWidget(screen.rates_tab)
    rates = screen.rates_tab
    rates.skill.setText("Python")
    rates.compare.setText("700")
    text = rates.figures.toPlainText()
    assert "median €610" in text and "4 engagements" in text and "€700 is above" in text


def test_the_computed_figures_match_the_indexed_ones(pool: Pool, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL computes what SQLite's triggers keep: both give the same answers."""
    queries = [
        PoolQuery(),
        PoolQuery(min_rating=3.5),
        PoolQuery(would_rehire_only=True),
        PoolQuery(last_mission_after=date(2025, 1, 1)),
        PoolQuery(no_contact_months=2),
    ]
    indexed = [search_pool(db, query, today=TODAY).members for query in queries]
    monkeypatch.setattr(pool_search, "has_pool_index", lambda session: False)
    computed = [search_pool(db, query, today=TODAY).members for query in queries]
    assert computed == indexed


def test_the_indexes_stay_what_a_rebuild_would_make(pool: Pool, db: Database, make: Factory, tmp_path: Path) -> None:
    from sqlalchemy import delete, text

    from fms.services.file import merge_freelancers, merge_sides, merged_profile
    from fms.storage.pool_index import rebuild_pool_index

    def contents() -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
        with db.reading() as session:
            stats = session.execute(text("SELECT * FROM pool_stats ORDER BY freelancer_id")).all()
            words = session.execute(text("SELECT rowid, body FROM pool_text ORDER BY rowid")).all()
        return [tuple(row) for row in stats], [tuple(row) for row in words]

    left, right = merge_sides(db, pool.ids["ada"], pool.ids["fay"])
    merge_freelancers(db, pool.ids["ada"], pool.ids["fay"], merged_profile(left.profile, right.profile, {}))
    add_note(db, pool.ids["bob"], NoteInput(2, False, "Missed two deadlines"))
    with db.transaction() as session:
        session.execute(delete(Freelancer).where(Freelancer.id == pool.ids["dan"]))  # cascades to the cards
    kept = contents()
    with db.transaction() as session:
        rebuild_pool_index(session.connection())
    assert contents() == kept
    assert pool.names(search_pool(db, PoolQuery(text="deadlines"), today=TODAY)) == ["bob"]


def test_the_file_puts_a_freelancer_on_lists_and_off(qtbot, db: Database, pool: Pool, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from fms.ui.file.freelancer_file import FreelancerFileDialog
    from fms.ui.file.lists_dialog import FreelancerListsDialog

    first = create_list(db, "Q3 data")
    create_list(db, "Q4 data", (pool.ids["ada"],))
    file = FreelancerFileDialog(db, pool.ids["ada"])
    qtbot.addWidget(file)

    def tick(dialog: FreelancerListsDialog) -> int:
        states = {dialog.lists.item(row).text(): dialog.lists.item(row).checkState() for row in range(2)}
        assert states == {"Q3 data": Qt.CheckState.Unchecked, "Q4 data": Qt.CheckState.Checked}
        dialog.lists.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.lists.item(1).setCheckState(Qt.CheckState.Unchecked)
        dialog.new_list.setText("Favourites")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(FreelancerListsDialog, "exec", tick)
    file.lists_button.click()
    assert {(row.name, row.size) for row in saved_lists(db)} == {("Q3 data", 1), ("Q4 data", 0), ("Favourites", 1)}
    assert list_member_ids(db, first.id) == [pool.ids["ada"]]


def test_an_undone_move_does_not_put_someone_in_the_pool(db: Database, make: Factory, pool: Pool) -> None:
    from fms.services.pipeline import restore_snapshot, take_snapshot

    ana = save_profile(db, None, ProfileInput("Ana", "Lopez", talent_pool_consent=True)).id
    card = propose(db, ana, make.mission())
    for stage in (Stage.POSITIONING_CALL, Stage.PROFILE_SENT):
        move_application(db, card.id, stage, confirm_over_limit=True)
    before = take_snapshot(db, card.id)
    move_application(db, card.id, Stage.CLIENT_INTERVIEW)
    assert ana in {member.id for member in search_pool(db, today=TODAY).members}
    restore_snapshot(db, before, take_snapshot(db, card.id))  # the move was a mistake
    assert ana not in {member.id for member in search_pool(db, today=TODAY).members}


def test_a_merge_keeps_the_absorbed_records_lists(db: Database, pool: Pool) -> None:
    from fms.services.file import merge_freelancers, merge_sides, merged_profile

    both = create_list(db, "Both", (pool.ids["ada"], pool.ids["fay"]))
    only_fay = create_list(db, "Fay only", (pool.ids["fay"],))
    left, right = merge_sides(db, pool.ids["ada"], pool.ids["fay"])
    merge_freelancers(db, pool.ids["ada"], pool.ids["fay"], merged_profile(left.profile, right.profile, {}))
    assert list_member_ids(db, both.id) == [pool.ids["ada"]]
    assert list_member_ids(db, only_fay.id) == [pool.ids["ada"]]


def test_searches_one_after_another_each_find_their_own_words(pool: Pool, db: Database) -> None:
    # The statement is kept per shape and only its words change: no search answers with the previous words.
    for words, expected in (
        ("kubern", ["bob"]),
        ("developpeuse", ["ada", "cleo"]),
        ("kubern", ["bob"]),
        ("autonome rigoureuse", ["ada"]),
        ("autonome kubernetes", []),
    ):
        assert pool.names(search_pool(db, PoolQuery(text=words), today=TODAY)) == expected, words
