"""Ranking the talent pool for a mission with a score anyone can check: each point has its reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select

from fms.enums import RehireStatus
from fms.errors import NotFoundError
from fms.i18n import QT_TRANSLATE_NOOP
from fms.models import Application, Engagement, FreelancerSkill, Mission, MissionSkill, Skill
from fms.services.database import Database
from fms.services.pool_search import PoolMember, PoolQuery, SkillNeed, search_pool

SKILLS_POINTS = 50
RATING_POINTS = 20
AVAILABILITY_POINTS = 10
RATE_POINTS = 10
CLIENT_POINTS = 10
SENIORITY_POINTS = 5
DO_NOT_REHIRE_PENALTY = -100
NOTES_SAY_NO_PENALTY = -10
CANDIDATES = 2000  # enough for any real pool; more would only add people without the skills


@dataclass(frozen=True)
class Reason:
    """One line of a score's explanation: a translatable template, its values, and the points it gave."""

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
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This mission no longer exists."))
        skills = session.execute(
            select(Skill.id, Skill.name, MissionSkill.min_level)
            .join(MissionSkill, MissionSkill.skill_id == Skill.id)
            .where(MissionSkill.mission_id == mission_id)
        ).all()
        return MissionNeeds(
            mission.id, mission.title, mission.client_id, tuple(tuple(row) for row in skills),  # type: ignore[misc]
            mission.seniority, mission.budget_daily_rate_cents, mission.start_date,
        )  # fmt: skip


def rank_for_mission(
    db: Database, mission_id: int, limit: int = 50, today: date | None = None
) -> list[RankedCandidate]:
    """The pool's best matches for the mission, best first; people already on its board are left out."""
    today = today or datetime.now(UTC).date()
    needs = mission_needs(db, mission_id)
    query = PoolQuery(skills=tuple(SkillNeed(name) for _, name, _ in needs.skills), all_skills=False, limit=CANDIDATES)
    members = search_pool(db, query, today).members
    with db.reading() as session:
        already = set(session.scalars(select(Application.freelancer_id).where(Application.mission_id == mission_id)))
        members = [member for member in members if member.id not in already]
        ids = [member.id for member in members]
        levels: dict[tuple[int, int], int] = {}
        for start in range(0, len(ids), 900):  # SQLite's bound parameters, a page at a time
            rows = session.execute(
                select(FreelancerSkill.freelancer_id, FreelancerSkill.skill_id, FreelancerSkill.level).where(
                    FreelancerSkill.freelancer_id.in_(ids[start : start + 900]),
                    FreelancerSkill.skill_id.in_([skill_id for skill_id, _, _ in needs.skills]),
                )
            )
            levels.update({(person, skill): level for person, skill, level in rows})
        worked_with_client = set(
            session.scalars(
                select(Application.freelancer_id)
                .join(Engagement, Engagement.application_id == Application.id)
                .join(Mission, Mission.id == Application.mission_id)
                .where(Mission.client_id == needs.client_id)
            )
        )
    ranked = [score_candidate(member, needs, levels, member.id in worked_with_client) for member in members]
    ranked.sort(key=lambda candidate: (-candidate.score, candidate.member.name))
    return ranked[:limit]


def score_candidate(
    member: PoolMember, needs: MissionNeeds, levels: dict[tuple[int, int], int], worked_with_client: bool
) -> RankedCandidate:
    reasons: list[Reason] = []
    share = SKILLS_POINTS / len(needs.skills) if needs.skills else 0
    for skill_id, name, minimum in needs.skills:
        level = levels.get((member.id, skill_id))
        if level is None:
            reasons.append(Reason(QT_TRANSLATE_NOOP("reasons", "{skill}: missing"), {"skill": name}, 0))
        elif level >= minimum:
            reasons.append(
                Reason(QT_TRANSLATE_NOOP("reasons", "{skill} {level}/5 (asked {minimum})"),
                       {"skill": name, "level": level, "minimum": minimum}, share)
            )  # fmt: skip
        else:
            reasons.append(
                Reason(QT_TRANSLATE_NOOP("reasons", "{skill} {level}/5, below the {minimum} asked"),
                       {"skill": name, "level": level, "minimum": minimum}, round(share * level / minimum, 1))
            )  # fmt: skip
    if member.average_rating is None:
        reasons.append(Reason(QT_TRANSLATE_NOOP("reasons", "No rating yet"), {}, RATING_POINTS / 2))
    else:
        points = round(RATING_POINTS * member.average_rating / 5, 1)
        reasons.append(
            Reason(QT_TRANSLATE_NOOP("reasons", "Rated {rating:.1f}/5"), {"rating": member.average_rating}, points)
        )
    if member.rehire_status == RehireStatus.DO_NOT_REHIRE:
        reasons.append(Reason(QT_TRANSLATE_NOOP("reasons", "Marked do not rehire"), {}, DO_NOT_REHIRE_PENALTY))
    elif member.would_rehire is False and member.rehire_status != RehireStatus.WOULD_REHIRE:
        reasons.append(Reason(QT_TRANSLATE_NOOP("reasons", "A past note says not to rehire"), {}, NOTES_SAY_NO_PENALTY))
    reasons.append(_availability(member, needs))
    reasons.append(_rate(member, needs))
    if worked_with_client:
        reasons.append(Reason(QT_TRANSLATE_NOOP("reasons", "Worked for this client before"), {}, CLIENT_POINTS))
    if needs.seniority is not None and member.seniority == needs.seniority:
        reasons.append(Reason(QT_TRANSLATE_NOOP("reasons", "Seniority as asked"), {}, SENIORITY_POINTS))
    return RankedCandidate(member, round(sum(reason.points for reason in reasons), 1), tuple(reasons))


def _availability(member: PoolMember, needs: MissionNeeds) -> Reason:
    if needs.start is None or member.availability_date is None:
        return Reason(QT_TRANSLATE_NOOP("reasons", "Availability not known"), {}, AVAILABILITY_POINTS / 2)
    if member.availability_date <= needs.start:
        return Reason(QT_TRANSLATE_NOOP("reasons", "Available before the start"), {}, AVAILABILITY_POINTS)
    return Reason(QT_TRANSLATE_NOOP("reasons", "Available only from {date}"), {"date": member.availability_date}, 0)


def _rate(member: PoolMember, needs: MissionNeeds) -> Reason:
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
