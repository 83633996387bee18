"""Searching the talent pool: people who worked with us or nearly did, and agreed to stay in touch.

Filters run in SQL. The pool's figures come from `pool_stats` and words from `pool_text`
(accent-blind, with the matching passage), both kept by triggers: FTS5 on SQLite, a `tsvector`
with `unaccent` on PostgreSQL. A database without them (an SQLite without FTS5, a server not yet
upgraded) computes the same figures on the fly and finds words with LIKE.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, func, or_, select, text
from sqlalchemy.orm import Session

from fms.core import limits
from fms.core.enums import RehireStatus, Stage
from fms.models import (
    Application,
    CollaborationNote,
    Engagement,
    FollowUp,
    Freelancer,
    FreelancerSkill,
    Mission,
    Skill,
    StageChange,
)
from fms.services.common.driver import driver_rows
from fms.services.common.skills import skill_key
from fms.services.pipeline.state import UNDONE_NOTE
from fms.services.pool.members import PoolMember, PoolQuery, PoolResults, SkillNeed, member_from_row
from fms.services.pool.words import indexed_words, passages, words_condition
from fms.storage.database import Database
from fms.storage.pool_index import STATS_TABLE, TEXT_TABLE, pool_stats

NEAR_HIRE_STAGES = (Stage.CLIENT_INTERVIEW, Stage.TECHNICAL_INTERVIEW, Stage.FINAL_ANSWER)
SHAPE_WORDS = "words"  # stands for any searched words in a statement kept for its shape


def search_pool(db: Database, query: PoolQuery = PoolQuery(), today: date | None = None) -> PoolResults:  # noqa: B008
    today = today or datetime.now(UTC).date()
    with db.reading() as session:
        indexed = has_pool_index(session)
        engine = session.get_bind().dialect.name
        words = indexed_words(query.text, engine) if indexed else ""
        if indexed:
            # One statement per shape, its words bound at each run: for a new statement this size,
            # SQLAlchemy's cache key alone costs about a millisecond, each key typed or filter changed.
            shaped = _shaped(replace(query, text=SHAPE_WORDS) if words else query, today, engine)
            # On the connection: plain rows, without the ORM's per-row loading.
            rows = session.connection().execute(shaped, {"q": words} if words else {}).all()
        else:
            rows = session.execute(_statement(query, today, indexed, engine=engine).limit(query.limit + 1)).all()
        shown = rows[: query.limit]
        if not (query.text.strip() and indexed):
            members = [member_from_row(row) for row in shown]
        else:
            # Passages first, so each member is made once with its own (not copied to add it).
            found = passages(session, query.text, [row.id for row in shown])
            nothing = ("", 0.0)
            members = [member_from_row(row, found.get(row.id, nothing)[0]) for row in shown]
            members.sort(key=lambda member: found.get(member.id, nothing)[1])
        return PoolResults(members, truncated=len(rows) > query.limit, full_text=indexed or not query.text.strip())


@lru_cache(maxsize=32)
def _shaped(query: PoolQuery, today: date, engine: str) -> Select[tuple[Any, ...]]:
    return _statement(query, today, True, engine=engine).limit(query.limit + 1)


def has_pool_index(session: Session) -> bool:
    """Whether this database keeps the pool's indexes (SQLite with FTS5 or PostgreSQL, migrated)."""
    engine = session.get_bind().dialect.name
    if engine == "postgresql":
        found = session.execute(
            text("SELECT to_regclass(:stats) IS NOT NULL AND to_regclass(:words) IS NOT NULL"),
            {"stats": STATS_TABLE, "words": TEXT_TABLE},
        )
        return bool(found.scalar())
    if engine != "sqlite":
        return False
    # Through the driver's cursor: SQLAlchemy's statement and result set-up cost ten times the query,
    # asked at each key typed.
    counted = driver_rows(
        session, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)", (STATS_TABLE, TEXT_TABLE)
    )
    return bool(counted[0][0] == 2)


def _stats() -> dict[str, ColumnElement[Any]]:
    """Per-freelancer figures, as correlated subqueries on indexed columns."""
    f = Freelancer
    return {
        "rating": select(func.avg(CollaborationNote.rating))
        .where(CollaborationNote.freelancer_id == f.id)
        .scalar_subquery(),
        "rehire": select(func.min(func.cast(CollaborationNote.would_rehire, Integer)))
        .where(CollaborationNote.freelancer_id == f.id)
        .scalar_subquery(),
        "missions": select(func.count(Engagement.id))
        .join(Application, Application.id == Engagement.application_id)
        .where(Application.freelancer_id == f.id)
        .scalar_subquery(),
        "last_end": select(func.max(func.coalesce(Engagement.real_end_date, Engagement.planned_end_date)))
        .join(Application, Application.id == Engagement.application_id)
        .where(Application.freelancer_id == f.id)
        .scalar_subquery(),
        "last_follow_up": select(func.max(FollowUp.done_at)).where(FollowUp.freelancer_id == f.id).scalar_subquery(),
    }


def in_pool() -> ColumnElement[bool]:
    """Consented, and hired at least once or taken as far as a client interview."""
    f = Freelancer
    hired = (
        select(Engagement.id)
        .join(Application, Application.id == Engagement.application_id)
        .where(Application.freelancer_id == f.id)
    )
    near = (
        select(StageChange.id)
        .join(Application, Application.id == StageChange.application_id)
        .where(
            Application.freelancer_id == f.id,
            StageChange.to_stage.in_(NEAR_HIRE_STAGES),
            StageChange.note != UNDONE_NOTE,  # an undone move never happened
        )
    )
    return and_(f.talent_pool_consent.is_(True), f.archived_at.is_(None), or_(hired.exists(), near.exists()))


def _figures(indexed: bool) -> dict[str, ColumnElement[Any]]:
    """The pool's per-person figures: read from `pool_stats`, or computed (any database)."""
    if indexed:
        return {name: pool_stats.c[name] for name in ("rating", "rehire", "last_end", "missions", "last_follow_up")}
    return _stats()


def pool_statement(indexed: bool, engine: str) -> Select[tuple[Any, ...]]:
    """Everyone in the pool, in `member_from_row`'s columns, to extend (the mission ranking adds columns
    and conditions); `indexed` as `has_pool_index` answers for the database."""
    return _statement(PoolQuery(), date.min, indexed, engine=engine)


def pool_key(indexed: bool) -> ColumnElement[int]:
    """The freelancer's id to correlate a condition on: with the index, `pool_stats`' own column, so
    SQLite tests the condition before reading the person's (wide) `freelancers` row, not after."""
    key: ColumnElement[int] = pool_stats.c.freelancer_id if indexed else Freelancer.id.expression
    return key


def _statement(
    query: PoolQuery, today: date, indexed: bool, pool_only: bool = True, engine: str = "sqlite"
) -> Select[tuple[Any, ...]]:
    f = Freelancer
    stats = _figures(indexed)
    statement = select(  # in the order `member_from_row` unpacks
        f.id,
        f.first_name,
        f.last_name,
        f.headline,
        f.seniority,
        f.daily_rate_cents,
        f.availability_date,
        f.rehire_status,
        stats["rating"].label("rating"),
        stats["rehire"].label("rehire"),
        stats["last_end"].label("last_end"),
        stats["missions"].label("missions"),
        stats["last_follow_up"].label("last_follow_up"),
    )
    if indexed:
        statement = statement.select_from(pool_stats).join(f, f.id == pool_stats.c.freelancer_id)
        if pool_only:
            statement = statement.where(pool_stats.c.in_pool == 1)
    elif pool_only:
        statement = statement.where(in_pool())
    for condition in _skill_conditions(query):
        statement = statement.where(condition)
    if query.seniority is not None:
        statement = statement.where(f.seniority == query.seniority)
    if query.min_rating is not None:
        statement = statement.where(stats["rating"] >= query.min_rating)
    if query.would_rehire_only:
        statement = statement.where(
            f.rehire_status != RehireStatus.DO_NOT_REHIRE,
            or_(f.rehire_status == RehireStatus.WOULD_REHIRE, stats["rehire"] == 1),
        )
    if query.available_by is not None:
        statement = statement.where(f.availability_date <= query.available_by)
    # A filter is not a record: "up to 1e20 €" means any rate, so it is bounded rather than refused.
    if query.rate_min_cents is not None:
        statement = statement.where(f.daily_rate_cents >= _storable(query.rate_min_cents))
    if query.rate_max_cents is not None:
        statement = statement.where(f.daily_rate_cents <= _storable(query.rate_max_cents))
    if query.last_mission_after is not None:
        statement = statement.where(stats["last_end"] >= query.last_mission_after)
    if query.client_id is not None:
        worked_for = (
            select(Engagement.id)
            .join(Application, Application.id == Engagement.application_id)
            .join(Mission, Mission.id == Application.mission_id)
            .where(Application.freelancer_id == f.id, Mission.client_id == query.client_id)
        )
        statement = statement.where(worked_for.exists())
    if query.no_contact_months is not None:
        cutoff = today - timedelta(days=round(query.no_contact_months * 30.44))
        cutoff_moment = datetime.combine(cutoff, datetime.min.time(), tzinfo=UTC)
        statement = statement.where(
            or_(stats["last_follow_up"].is_(None), stats["last_follow_up"] < cutoff_moment),
            or_(stats["last_end"].is_(None), stats["last_end"] < cutoff),
        )
    if query.text.strip():
        statement = statement.where(words_condition(query.text, indexed, engine))
    return statement.order_by(stats["rating"].desc().nulls_last(), f.last_name, f.first_name, f.id)


def _skill_conditions(query: PoolQuery) -> list[ColumnElement[bool]]:
    def has(need: SkillNeed) -> ColumnElement[bool]:
        return (
            select(FreelancerSkill.freelancer_id)
            .join(Skill, Skill.id == FreelancerSkill.skill_id)
            .where(
                FreelancerSkill.freelancer_id == Freelancer.id,
                Skill.key == skill_key(need.name),
                FreelancerSkill.level >= need.min_level,
            )
            .exists()
        )

    needs = [need for need in query.skills if need.name.strip()]
    if not needs:
        return []
    return [has(need) for need in needs] if query.all_skills else [or_(*(has(need) for need in needs))]


def members_by_id(db: Database, freelancer_ids: list[int], today: date | None = None) -> list[PoolMember]:
    """These people with the pool's figures, in the given order, whether or not they are in the pool now."""
    if not freelancer_ids:
        return []
    found: dict[int, PoolMember] = {}
    today = today or datetime.now(UTC).date()
    with db.reading() as session:
        statement = _statement(PoolQuery(), today, has_pool_index(session), pool_only=False)
        for start in range(0, len(freelancer_ids), 900):  # SQLite's bound parameters, a page at a time
            page = statement.where(Freelancer.id.in_(freelancer_ids[start : start + 900]))
            found.update({row.id: member_from_row(row) for row in session.execute(page)})
    return [found[person] for person in freelancer_ids if person in found]


def _storable(cents: int) -> int:
    return max(-limits.LARGEST_INTEGER, min(cents, limits.LARGEST_INTEGER))
