"""What we actually agreed to pay: daily rates of past engagements for a skill and a seniority."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from sqlalchemy import func, select

from fms.core.enums import Seniority
from fms.models import Application, Engagement, Freelancer, FreelancerSkill, Skill
from fms.services.common.skills import skill_key
from fms.storage.database import Database


@dataclass(frozen=True)
class YearFigures:
    year: int
    median_cents: int
    count: int


@dataclass(frozen=True)
class RateBenchmark:
    skill: str
    seniority: Seniority | None
    count: int
    median_cents: int | None
    q1_cents: int | None
    q3_cents: int | None
    by_year: tuple[YearFigures, ...]

    def position(self, cents: int | None) -> str:
        """Where an amount sits: "below", "within" (the middle half) or "above"; "" when unknown."""
        if cents is None or self.q1_cents is None or self.q3_cents is None:
            return ""
        if cents < self.q1_cents:
            return "below"
        return "above" if cents > self.q3_cents else "within"


def rate_benchmark(db: Database, skill: str, seniority: Seniority | None = None) -> RateBenchmark:
    """Each engagement counts once, at its agreed rate, for people holding the skill (any level)."""
    query = (
        select(Engagement.daily_rate_cents, func.coalesce(Engagement.start_date, Engagement.created_at))
        .join(Application, Application.id == Engagement.application_id)
        .join(Freelancer, Freelancer.id == Application.freelancer_id)
        .join(FreelancerSkill, FreelancerSkill.freelancer_id == Freelancer.id)
        .join(Skill, Skill.id == FreelancerSkill.skill_id)
        .where(Skill.key == skill_key(skill), Engagement.daily_rate_cents > 0)
    )
    if seniority is not None:
        query = query.where(Freelancer.seniority == seniority)
    with db.reading() as session:
        rows = session.execute(query).all()
    rates = sorted(rate for rate, _ in rows)
    by_year: dict[int, list[int]] = {}
    for rate, started in rows:
        year = started.year if hasattr(started, "year") else int(str(started)[:4])
        by_year.setdefault(year, []).append(rate)
    q1 = q3 = None
    if len(rates) >= 2:
        q1, _, q3 = (round(value) for value in statistics.quantiles(rates, n=4, method="inclusive"))
    elif rates:
        q1 = q3 = rates[0]
    return RateBenchmark(
        skill=skill,
        seniority=seniority,
        count=len(rates),
        median_cents=round(statistics.median(rates)) if rates else None,
        q1_cents=q1,
        q3_cents=q3,
        by_year=tuple(
            YearFigures(year, round(statistics.median(values)), len(values)) for year, values in sorted(by_year.items())
        ),
    )
