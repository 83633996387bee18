"""Ranking the talent pool for a mission with a score anyone can check: each point has its reason."""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

from sqlalchemy import String, cast, func, select

from fms.core.enums import RehireStatus
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Application, Engagement, Freelancer, FreelancerSkill, Mission, MissionSkill, Skill
from fms.services.common.lookup import get_or_not_found
from fms.services.pool.search import PoolMember, PoolQuery, members_by_id, pool_figures, pool_statement
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


def mission_needs(db: Database, mission_id: int) -> MissionNeeds:
    with db.reading() as session:
        mission = get_or_not_found(session, Mission, mission_id)
        skills = session.execute(
            select(Skill.id, Skill.name, MissionSkill.min_level)
            .join(MissionSkill, MissionSkill.skill_id == Skill.id)
            .where(MissionSkill.mission_id == mission_id)
        ).all()
        return MissionNeeds(
            mission.id, mission.title, mission.client_id, tuple(tuple(row) for row in skills),
            mission.seniority, mission.budget_daily_rate_cents, mission.start_date,
        )  # fmt: skip


def rank_for_mission(
    db: Database, mission_id: int, limit: int = 50, today: date | None = None
) -> list[RankedCandidate]:
    """The pool's best matches for the mission, best first; people already on its board are left out.

    One query brings every candidate with their levels in the required skills, another who worked
    for the client; each is scored, and only the `limit` best become full results."""
    if limit <= 0:
        return []
    today = today or datetime.now(UTC).date()
    needs = mission_needs(db, mission_id)
    f = Freelancer
    skill_ids = [skill for skill, _, _ in needs.skills]
    has_a_skill = (
        select(FreelancerSkill.skill_id)
        .where(FreelancerSkill.freelancer_id == f.id, FreelancerSkill.skill_id.in_(skill_ids))
        .exists()
    )
    levels = (
        select(
            func.aggregate_strings(  # portable: group_concat on SQLite, string_agg on PostgreSQL
                cast(FreelancerSkill.skill_id, String).concat(":").concat(cast(FreelancerSkill.level, String)), ","
            )
        )
        .where(FreelancerSkill.freelancer_id == f.id, FreelancerSkill.skill_id.in_(skill_ids))
        .scalar_subquery()
    )
    # Who worked for the client, asked once: a few people, where a test per candidate was a tenth of the query.
    worked = (
        select(Application.freelancer_id)
        .join(Engagement, Engagement.application_id == Application.id)
        .join(Mission, Mission.id == Application.mission_id)
        .where(Mission.client_id == needs.client_id)
        .distinct()
    )
    on_board = select(Application.id).where(Application.freelancer_id == f.id, Application.mission_id == mission_id)
    with db.reading() as session:
        figures = pool_figures(session)
        # Only what the score needs; the people shown are read whole afterwards.
        statement = pool_statement(session, PoolQuery(), today).with_only_columns(
            f.id, f.first_name, f.last_name, f.seniority, f.daily_rate_cents, f.availability_date, f.rehire_status,
            figures["rating"].label("rating"), figures["rehire"].label("rehire"),
            levels.label("levels"),
            maintain_column_froms=True,
        )  # fmt: skip
        if skill_ids:  # by id: the mission's skills are known, no need to look them up by name per person
            statement = statement.where(has_a_skill)
        # Sorted here, by score: the database's order (by rating) would be wasted work.
        # On the connection: plain rows, without the ORM's loading for each of the thousand candidates.
        candidates = statement.where(~on_board.exists()).order_by(None).limit(CANDIDATES)
        rows = session.connection().execute(candidates).all()
        worked_for_client = set(session.scalars(worked))
    # Skills are scored for everyone; the rest (at most OTHER_POINTS) only while it could still
    # lift someone into the `limit` best, so a large pool costs little more than a small one.
    share = SKILLS_POINTS / len(needs.skills) if needs.skills else 0
    prepared = []
    for row in rows:
        pairs = (pair.split(":") for pair in (row.levels or "").split(",") if pair)
        member_levels = {int(skill): int(level) for skill, level in pairs}
        points = sum(skill_points(member_levels.get(skill), minimum, share) for skill, _, minimum in needs.skills)
        prepared.append((points, row, member_levels))
    prepared.sort(key=lambda item: -item[0])
    best: list[tuple[float, int]] = []  # a min-heap of the `limit` best scores so far (score, position)
    scored: list[tuple[float, Any, list[Reason]]] = []
    for points, row, member_levels in prepared:
        if len(best) >= limit and points + OTHER_POINTS < best[0][0]:
            break  # sorted by skill points: nobody further down can catch up
        reasons = skill_reasons(needs, member_levels) + other_reasons(row, needs, row.id in worked_for_client)
        score = round(sum(reason.points for reason in reasons), 1)
        scored.append((score, row, reasons))
        entry = (score, len(scored))
        if len(best) < limit:
            heapq.heappush(best, entry)
        elif entry > best[0]:
            heapq.heapreplace(best, entry)
    scored.sort(key=lambda item: (-item[0], item[1].last_name, item[1].first_name, item[1].id))
    chosen = scored[:limit]
    members = {member.id: member for member in members_by_id(db, [row.id for _, row, _ in chosen], today)}
    return [RankedCandidate(members[row.id], score, tuple(reasons)) for score, row, reasons in chosen]


def skill_points(level: int | None, minimum: int, share: float) -> float:
    """A required skill's points: all of its share at the level asked, in proportion below, none when missing."""
    if level is None:
        return 0
    return share if level >= minimum else round(share * level / minimum, 1)


def skill_reasons(needs: MissionNeeds, levels: dict[int, int]) -> list[Reason]:
    reasons: list[Reason] = []
    share = SKILLS_POINTS / len(needs.skills) if needs.skills else 0
    for skill_id, name, minimum in needs.skills:
        level = levels.get(skill_id)
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
