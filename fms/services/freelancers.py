"""Freelancers as rows for lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from fms.enums import Seniority, SourcingChannel
from fms.models import Freelancer, FreelancerSkill, Skill
from fms.services.database import Database


@dataclass(frozen=True)
class FreelancerRow:
    id: int
    name: str
    email: str
    headline: str
    seniority: Seniority
    daily_rate_cents: int | None
    availability_date: date | None
    sourcing_channel: SourcingChannel
    portage_company: str
    talent_pool_consent: bool
    skills: str


def list_freelancers(db: Database) -> list[FreelancerRow]:
    # Skills come aggregated by the database: one query for the whole list, not one per row.
    skills = (
        select(FreelancerSkill.freelancer_id, func.aggregate_strings(Skill.name, ", ").label("names"))
        .join(Skill, Skill.id == FreelancerSkill.skill_id)
        .group_by(FreelancerSkill.freelancer_id)
        .subquery()
    )
    query = (
        select(Freelancer, func.coalesce(skills.c.names, ""))
        .outerjoin(skills, skills.c.freelancer_id == Freelancer.id)
        .where(Freelancer.archived_at.is_(None))
        .order_by(Freelancer.last_name, Freelancer.first_name)
    )
    with db.reading() as session:
        return [
            FreelancerRow(
                id=f.id,
                name=f.full_name,
                email=f.email or "",
                headline=f.headline,
                seniority=f.seniority,
                daily_rate_cents=f.daily_rate_cents,
                availability_date=f.availability_date,
                sourcing_channel=f.sourcing_channel,
                portage_company=f.portage_company,
                talent_pool_consent=f.talent_pool_consent,
                skills=names,
            )
            for f, names in session.execute(query)
        ]
