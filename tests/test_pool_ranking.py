"""The mission ranking's rules that its speed rests on, on the talent pool's crafted people: a short
ranking is the head of a long one, the portable path (no pool index) ranks the same, a mission
without required skills ranks on the rest, a removed mission is said to be gone."""

from __future__ import annotations

import pytest

from fms.core.enums import Seniority
from fms.core.errors import NotFoundError
from fms.models import Mission
from fms.services.pool import RankedCandidate, rank_for_mission
from fms.storage.database import Database
from fms.storage.pool_index import drop_pool_index
from tests import test_talent_pool as crafted
from tests.conftest import Factory
from tests.test_talent_pool import TODAY, Pool

# The crafted pool's fixtures, used here as in their own module.
pool_file, db, pool = crafted.pool_file, crafted.db, crafted.pool


def shown(ranking: list[RankedCandidate]) -> list[tuple[str, float, tuple[str, ...]]]:
    return [
        (entry.member.name, entry.score, tuple(reason.template.format(**reason.params) for reason in entry.reasons))
        for entry in ranking
    ]


def test_a_short_ranking_is_the_head_of_the_full_one(pool: Pool, db: Database) -> None:
    full = shown(rank_for_mission(db, pool.mission, today=TODAY))
    assert len(full) == 4
    for limit in (1, 2, 3):  # fewer kept than candidates: the scoring stops early
        assert shown(rank_for_mission(db, pool.mission, limit=limit, today=TODAY)) == full[:limit]
    assert rank_for_mission(db, pool.mission, limit=0, today=TODAY) == []


def test_a_file_without_the_pool_index_ranks_the_same(pool: Pool, db: Database) -> None:
    indexed = rank_for_mission(db, pool.mission, today=TODAY)
    with db.transaction() as session:  # as an SQLite without FTS5 leaves it
        drop_pool_index(session.connection())
    assert rank_for_mission(db, pool.mission, today=TODAY) == indexed


def test_a_mission_without_skills_ranks_everyone_in_the_pool_on_the_rest(
    pool: Pool, db: Database, make: Factory
) -> None:
    mission = make.mission(pool.client_b, seniority=Seniority.CONFIRMED, budget_daily_rate_cents=50000)
    ranked = {entry.member.name.split()[0]: entry for entry in rank_for_mission(db, mission, today=TODAY)}
    assert sorted(ranked) == ["Ada", "Bob", "Cléo", "Dan"]
    bob = {reason.template.format(**reason.params): reason.points for reason in ranked["Bob"].reasons}
    assert bob == {
        "Rated 3.0/5": 12,
        "Available only from 2027-03-01": 0,
        "Rate within the budget": 10,
        "Worked for this client before": 10,
        "Seniority as asked": 5,
    }
    assert ranked["Bob"].score == 37


def test_ranking_for_a_removed_mission_says_it_is_gone(pool: Pool, db: Database) -> None:
    with db.transaction() as session:
        session.delete(session.get(Mission, pool.mission))
    with pytest.raises(NotFoundError, match="no longer exists"):
        rank_for_mission(db, pool.mission, today=TODAY)
