"""Ranking the talent pool for a mission with a score anyone can check: each point has its reason."""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import Integer, Select, bindparam, select
from sqlalchemy.orm import Session

from fms.core.enums import RehireStatus, Seniority
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Application, Engagement, FreelancerSkill, Mission, MissionSkill, Skill
from fms.services.common.driver import plain_rows
from fms.services.common.lookup import gone
from fms.services.pool.members import PoolMember, member_from_row
from fms.services.pool.search import has_pool_index, pool_key, pool_statement
from fms.storage.database import Database

SKILLS_POINTS = 50
RATING_POINTS = 20
AVAILABILITY_POINTS = 10
RATE_POINTS = 10
CLIENT_POINTS = 10
SENIORITY_POINTS = 5
DO_NOT_REHIRE_PENALTY = -100
NOTES_SAY_NO_PENALTY = -10
OTHER_POINTS = RATING_POINTS + AVAILABILITY_POINTS + RATE_POINTS + CLIENT_POINTS + SENIORITY_POINTS
CANDIDATES = 5000  # more than any real pool holds with one of the skills; beyond, an arbitrary part
WORKED = 13  # the candidates' columns: a member's (`member_from_row`), worked for the client, the levels
LEVELS = WORKED + 1


class Reason(NamedTuple):
    """One line of a score's explanation: a translatable template, its values, and the points it gave.

    A named tuple: thousands are made per ranking, and only the shown ones are read."""

    template: str
    params: dict[str, Any]
    points: float


@dataclass(frozen=True)
class RankedCandidate:
    member: PoolMember
    score: float
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class MissionNeeds:
    mission_id: int
    title: str
    client_id: int
    skills: tuple[tuple[int, str, int], ...]  # skill id, name, minimum level
    seniority: Any
    budget_cents: int | None
    start: date | None


# The mission and its required skills in one statement, built once; skills in id order on both engines.
NEEDS = (
    select(
        Mission.title, Mission.client_id, Mission.seniority, Mission.budget_daily_rate_cents, Mission.start_date,
        Skill.id, Skill.name, MissionSkill.min_level,
    )
    .outerjoin(MissionSkill, MissionSkill.mission_id == Mission.id)
    .outerjoin(Skill, Skill.id == MissionSkill.skill_id)
    .where(Mission.id == bindparam("mission", type_=Integer))
    .order_by(MissionSkill.skill_id)
)  # fmt: skip


def mission_needs(session: Session, mission_id: int) -> MissionNeeds:
    rows = session.connection().execute(NEEDS, {"mission": mission_id}).all()
    if not rows:
        raise gone(Mission)
    title, client_id, seniority, budget, start = rows[0][:5]
    skills = tuple((skill, name, minimum) for *_, skill, name, minimum in rows if skill is not None)
    return MissionNeeds(mission_id, title, client_id, skills, seniority, budget, start)


def rank_for_mission(
    db: Database, mission_id: int, limit: int = 50, today: date | None = None
) -> list[RankedCandidate]:
    """The pool's best matches for the mission, best first; people already on its board are left out.

    One query brings every candidate with their levels in the required skills and whether they
    worked for the client; each is scored, and only the `limit` best become full results. Nothing in
    a score depends on `today` (availability is against the mission's start): it is accepted as the
    pool's other reads accept it."""
    if limit <= 0:
        return []
    with db.reading() as session:
        needs = mission_needs(session, mission_id)
        values: dict[str, Any] = {"mission": mission_id, "client": needs.client_id}
        values.update({f"skill_{number}": skill for number, (skill, _, _) in enumerate(needs.skills)})
        statement = _candidates(has_pool_index(session), session.get_bind().dialect.name, len(needs.skills))
        # Through the driver's cursor: SQLAlchemy's typing of each of the thousand rows cost a tenth of
        # the ranking; only the people scored are typed (`Candidate`).
        rows = plain_rows(session, statement, values)
    # Skills are scored for everyone; the rest (at most OTHER_POINTS) only while it could still
    # lift someone into the `limit` best, so a large pool costs little more than a small one.
    # Levels repeat (at most 6 values per skill): each combination is scored and explained once.
    by_levels: dict[tuple[int | None, ...], tuple[float, list[Reason]]] = {}
    prepared = []
    for row in rows:
        levels = tuple(row[LEVELS:])  # one per required skill, in the mission's order; None: missing
        known = by_levels.get(levels)
        if known is None:
            explained = skill_reasons(needs, levels)
            known = by_levels[levels] = (sum(reason.points for reason in explained), explained)
        prepared.append((known[0], row, known[1]))
    prepared.sort(key=itemgetter(0), reverse=True)  # stable, as the order of the rows with the same points
    best: list[tuple[float, int]] = []  # a min-heap of the `limit` best scores so far (score, position)
    scored: list[tuple[float, Candidate, list[Reason]]] = []
    for points, row, for_skills in prepared:
        if len(best) >= limit and points + OTHER_POINTS < best[0][0]:
            break  # sorted by skill points: nobody further down can catch up
        candidate = _typed(row)
        reasons = for_skills + other_reasons(candidate, needs, bool(row[WORKED]))
        score = round(sum(reason.points for reason in reasons), 1)
        scored.append((score, candidate, reasons))
        entry = (score, len(scored))
        if len(best) < limit:
            heapq.heappush(best, entry)
        elif entry > best[0]:
            heapq.heapreplace(best, entry)
    scored.sort(key=lambda item: (-item[0], item[1].last_name, item[1].first_name, item[1].id))
    chosen = scored[:limit]
    return [RankedCandidate(member_from_row(person), score, tuple(reasons)) for score, person, reasons in chosen]


class Candidate(NamedTuple):
    """A member's columns (`member_from_row`'s order), typed as SQLAlchemy would read them."""

    id: int
    first_name: str
    last_name: str
    headline: str
    seniority: Seniority
    daily_rate_cents: int | None
    availability_date: date | None
    rehire_status: RehireStatus
    rating: float | None
    rehire: int | None
    last_end: date | None
    missions: int | None
    last_follow_up: datetime | str | None  # as `member_from_row` takes it


def _typed(row: tuple[Any, ...]) -> Candidate:
    # The driver's own values: SQLite gives dates as text and enums as their values on both engines.
    (id_, first_name, last_name, headline, seniority, rate, available, status, rating, rehire, last_end, missions,
     last_follow_up) = row[:WORKED]  # fmt: skip
    return Candidate(
        id_, first_name, last_name, headline, Seniority(seniority), rate, _day(available), RehireStatus(status),
        rating, rehire, _day(last_end), missions, last_follow_up,
    )  # fmt: skip


def _day(value: date | str | None) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


@lru_cache(maxsize=16)
def _candidates(indexed: bool, engine: str, skills: int) -> Select[tuple[Any, ...]]:
    """Everyone in the pool with one of the mission's `skills` (bound as `skill_0`…, with `mission` and
    `client`) and not on its board: a member's columns, then `worked`, then a level per skill.

    Built once per shape: for a new statement this size, SQLAlchemy's cache key alone costs about a
    millisecond at each ranking."""
    person = pool_key(indexed)
    wanted = [bindparam(f"skill_{number}", type_=Integer) for number in range(skills)]
    # Who worked for the client, asked once for everyone (a test per candidate was a tenth of the query).
    worked = (
        select(Application.freelancer_id)
        .join(Engagement, Engagement.application_id == Application.id)
        .join(Mission, Mission.id == Application.mission_id)
        .where(Mission.client_id == bindparam("client", type_=Integer))
    )
    # A level per skill, each one lookup of the skills' primary key: no string to build and split per person.
    levels = [
        select(FreelancerSkill.level)
        .where(FreelancerSkill.freelancer_id == person, FreelancerSkill.skill_id == skill)
        .scalar_subquery()
        for skill in wanted
    ]
    on_board = select(Application.id).where(
        Application.freelancer_id == person,
        Application.mission_id == bindparam("mission", type_=Integer),
    )
    statement = pool_statement(indexed, engine).add_columns(person.in_(worked).label("worked"), *levels)
    if wanted:  # by id: the mission's skills are known, no need to look them up by name per person
        has_a_skill = select(FreelancerSkill.skill_id).where(
            FreelancerSkill.freelancer_id == person, FreelancerSkill.skill_id.in_(wanted)
        )
        statement = statement.where(has_a_skill.exists())
    # Sorted here, by score: the database's order (by rating) would be wasted work.
    return statement.where(~on_board.exists()).order_by(None).limit(CANDIDATES)


def skill_points(level: int | None, minimum: int, share: float) -> float:
    """A required skill's points: all of its share at the level asked, in proportion below, none when missing."""
    if level is None:
        return 0
    return share if level >= minimum else round(share * level / minimum, 1)


def skill_reasons(needs: MissionNeeds, levels: Sequence[int | None]) -> list[Reason]:
    """`levels`: the candidate's level in each required skill, in `needs.skills`' order (None: missing)."""
    reasons: list[Reason] = []
    share = SKILLS_POINTS / len(needs.skills) if needs.skills else 0
    for (_, name, minimum), level in zip(needs.skills, levels, strict=True):
        if level is None:
            reasons.append(Reason(QT_TRANSLATE_NOOP("reasons", "{skill}: missing"), {"skill": name}, 0))
        elif level >= minimum:
            reasons.append(
                Reason(QT_TRANSLATE_NOOP("reasons", "{skill} {level}/5 (asked {minimum})"),
                       {"skill": name, "level": level, "minimum": minimum}, skill_points(level, minimum, share))
            )  # fmt: skip
        else:
            reasons.append(
                Reason(QT_TRANSLATE_NOOP("reasons", "{skill} {level}/5, below the {minimum} asked"),
                       {"skill": name, "level": level, "minimum": minimum}, skill_points(level, minimum, share))
            )  # fmt: skip
    return reasons


def other_reasons(member: Any, needs: MissionNeeds, worked_with_client: bool) -> list[Reason]:
    """Ratings, rehire, availability, rate, the client and seniority: at most OTHER_POINTS together.

    `member` is a candidate row of `rank_for_mission`."""
    reasons: list[Reason] = []
    rating = member.rating
    if rating is None:
        reasons.append(Reason(QT_TRANSLATE_NOOP("reasons", "No rating yet"), {}, RATING_POINTS / 2))
    else:
        rating = float(rating)
        points = round(RATING_POINTS * rating / 5, 1)
        reasons.append(Reason(QT_TRANSLATE_NOOP("reasons", "Rated {rating:.1f}/5"), {"rating": rating}, points))
    notes_say = member.rehire
    if member.rehire_status == RehireStatus.DO_NOT_REHIRE:
        reasons.append(Reason(QT_TRANSLATE_NOOP("reasons", "Marked do not rehire"), {}, DO_NOT_REHIRE_PENALTY))
    elif notes_say is not None and not notes_say and member.rehire_status != RehireStatus.WOULD_REHIRE:
        reasons.append(Reason(QT_TRANSLATE_NOOP("reasons", "A past note says not to rehire"), {}, NOTES_SAY_NO_PENALTY))
    reasons.append(_availability(member, needs))
    reasons.append(_rate(member, needs))
    if worked_with_client:
        reasons.append(Reason(QT_TRANSLATE_NOOP("reasons", "Worked for this client before"), {}, CLIENT_POINTS))
    if needs.seniority is not None and member.seniority == needs.seniority:
        reasons.append(Reason(QT_TRANSLATE_NOOP("reasons", "Seniority as asked"), {}, SENIORITY_POINTS))
    return reasons


def _availability(member: Any, needs: MissionNeeds) -> Reason:
    if needs.start is None or member.availability_date is None:
        return Reason(QT_TRANSLATE_NOOP("reasons", "Availability not known"), {}, AVAILABILITY_POINTS / 2)
    if member.availability_date <= needs.start:
        return Reason(QT_TRANSLATE_NOOP("reasons", "Available before the start"), {}, AVAILABILITY_POINTS)
    return Reason(QT_TRANSLATE_NOOP("reasons", "Available only from {date}"), {"date": member.availability_date}, 0)


def _rate(member: Any, needs: MissionNeeds) -> Reason:
    rate, budget = member.daily_rate_cents, needs.budget_cents
    if rate is None or budget is None:
        return Reason(QT_TRANSLATE_NOOP("reasons", "Rate or budget not known"), {}, RATE_POINTS / 2)
    if rate <= budget:
        return Reason(
            QT_TRANSLATE_NOOP("reasons", "Rate within the budget"), {"rate": rate, "budget": budget}, RATE_POINTS
        )
    over = (rate - budget) / budget
    points = RATE_POINTS / 2 if over <= 0.1 else 0
    return Reason(QT_TRANSLATE_NOOP("reasons", "Rate {percent:.0f}% above the budget"), {"percent": over * 100}, points)
