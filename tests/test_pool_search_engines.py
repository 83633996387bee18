"""The talent-pool search answers the same on SQLite (FTS5) and on PostgreSQL (unaccent + tsvector):
the crafted pool of test_talent_pool is built on each engine and the same queries run on both."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, text

from fms.models import Freelancer
from fms.services.file import NoteInput, add_note, merge_freelancers, merge_sides, merged_profile
from fms.services.pool import PoolQuery, SkillNeed, rank_for_mission, search_pool
from fms.services.pool.members import PoolMember
from fms.services.pool.search import has_pool_index
from fms.storage.database import Database
from fms.storage.pool_index import rebuild_pool_index
from tests.conftest import Factory
from tests.engines import ENGINES, PostgresDatabases, SqliteDatabases
from tests.test_talent_pool import TODAY, Pool, build_pool

Providers = dict[str, SqliteDatabases | PostgresDatabases]

WORDS = {
    "developpeuse": ["ada", "cleo"],  # a note and a headline, accents folded
    "Développeuse": ["ada", "cleo"],
    "kubern": ["bob"],  # a CV's text, by prefix
    "REACT": ["bob"],
    "autonome rigoureuse": ["ada"],
    "autonome kubernetes": [],
    "sql": ["cleo"],
    '"; DROP': [],  # quotes are harmless
    "l'équipe & | ! :*": [],  # nor are the server's query operators
}
FILTERS = [
    PoolQuery(),
    PoolQuery(skills=(SkillNeed("python", 4), SkillNeed("SQL", 3))),
    PoolQuery(min_rating=4),
    PoolQuery(would_rehire_only=True),
    PoolQuery(last_mission_after=date(2026, 1, 1)),
    PoolQuery(no_contact_months=3),
    PoolQuery(text="developpeuse", min_rating=4.5),
]


@pytest.fixture(scope="module")
def pools(databases: Providers, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, Pool]]:
    """Per engine, a template holding the crafted pool (built once, through the services)."""
    built: dict[str, tuple[str, Pool]] = {}
    for engine in ENGINES:
        folder = tmp_path_factory.mktemp(f"pool-{engine}")
        made: list[Pool] = []

        def build(db: Database, made: list[Pool] = made, folder: Path = folder) -> None:
            made.append(build_pool(db, Factory(db), folder))

        template = databases[engine].template("crafted_pool", build)
        built[engine] = (template, made[0])
    return built


@pytest.fixture
def opened(pools: dict[str, tuple[str, Pool]], databases: Providers, tmp_path: Path) -> Iterator[dict[str, Database]]:
    found = {}
    for engine, (template, _) in pools.items():
        (tmp_path / engine).mkdir()
        found[engine] = databases[engine].fresh(template, tmp_path / engine)
    yield found
    for engine, database in found.items():
        databases[engine].drop(database)


def names(pool: Pool, members: list[PoolMember]) -> list[str]:
    by_id = {value: key for key, value in pool.ids.items()}
    return sorted(by_id[member.id] for member in members)


def test_the_same_queries_give_the_same_people_and_figures_on_both_engines(
    pools: dict[str, tuple[str, Pool]], opened: dict[str, Database]
) -> None:
    answers = {}
    for engine, db in opened.items():
        pool = pools[engine][1]
        with db.reading() as session:
            assert has_pool_index(session), engine
        for words, expected in WORDS.items():
            found = search_pool(db, PoolQuery(text=words), today=TODAY)
            assert (engine, words, names(pool, found.members)) == (engine, words, expected)
            assert found.full_text
        filtered = [search_pool(db, query, today=TODAY).members for query in FILTERS]
        # Ids match across engines (the same services built both); passages are each engine's own.
        answers[engine] = [[replace(member, snippet="") for member in members] for members in filtered]
    assert all(answer == answers["sqlite"] for answer in answers.values())


def test_the_ranking_scores_and_explains_the_same_on_both_engines(
    pools: dict[str, tuple[str, Pool]], opened: dict[str, Database]
) -> None:
    ranked = {}
    for engine, db in opened.items():
        pool = pools[engine][1]
        ranking = rank_for_mission(db, pool.mission, today=TODAY)
        ranked[engine] = [(names(pool, [entry.member]), entry.score, entry.reasons) for entry in ranking]
        assert ranking and any(
            reason.template == "Worked for this client before" for entry in ranking for reason in entry.reasons
        ), engine
    assert all(answer == ranked["sqlite"] for answer in ranked.values())


def test_the_passage_marks_the_accented_word_on_both_engines(
    pools: dict[str, tuple[str, Pool]], opened: dict[str, Database]
) -> None:
    for engine, db in opened.items():
        found = search_pool(db, PoolQuery(text="developp"), today=TODAY)
        snippets = {member.name.split()[0]: member.snippet for member in found.members}
        assert "«développeuse»" in snippets["Ada"], (engine, snippets)
        assert "«Développeuse»" in snippets["Cléo"], (engine, snippets)


def test_the_server_index_follows_writes_as_a_rebuild_would_make_it(
    pools: dict[str, tuple[str, Pool]], opened: dict[str, Database]
) -> None:
    for engine, db in opened.items():
        pool = pools[engine][1]
        key = "rowid" if engine == "sqlite" else "freelancer_id"

        def contents(db: Database = db, key: str = key) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
            with db.reading() as session:
                stats = session.execute(text("SELECT * FROM pool_stats ORDER BY freelancer_id")).all()
                words = session.execute(text(f"SELECT {key}, body FROM pool_text ORDER BY {key}")).all()
            return [tuple(row) for row in stats], [tuple(row) for row in words]

        left, right = merge_sides(db, pool.ids["ada"], pool.ids["fay"])
        merge_freelancers(db, pool.ids["ada"], pool.ids["fay"], merged_profile(left.profile, right.profile, {}))
        add_note(db, pool.ids["bob"], NoteInput(2, False, "Missed two deadlines"))
        with db.transaction() as session:
            session.execute(delete(Freelancer).where(Freelancer.id == pool.ids["dan"]))  # cascades to the cards
        kept = contents()
        with db.transaction() as session:
            rebuild_pool_index(session.connection())
        assert contents() == kept, engine
        assert names(pool, search_pool(db, PoolQuery(text="deadlines"), today=TODAY).members) == ["bob"]
        assert names(pool, search_pool(db, PoolQuery(), today=TODAY).members) == ["ada", "bob", "cleo"]
