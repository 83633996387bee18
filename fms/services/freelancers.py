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
    columns = (
        Freelancer.id,
        Freelancer.first_name,
        Freelancer.last_name,
        Freelancer.email,
        Freelancer.headline,
        Freelancer.seniority,
        Freelancer.daily_rate_cents,
        Freelancer.availability_date,
        Freelancer.sourcing_channel,
        Freelancer.portage_company,
        Freelancer.talent_pool_consent,
    )
    query = (
        select(*columns, func.coalesce(skills.c.names, "").label("skill_names"))
        .outerjoin(skills, skills.c.freelancer_id == Freelancer.id)
        .where(Freelancer.archived_at.is_(None))
        .order_by(Freelancer.last_name, Freelancer.first_name)
    )
    with db.reading() as session:
        return [
            FreelancerRow(
                id=row.id,
                name=f"{row.first_name} {row.last_name}",
                email=row.email or "",
                headline=row.headline,
                seniority=row.seniority,
                daily_rate_cents=row.daily_rate_cents,
                availability_date=row.availability_date,
                sourcing_channel=row.sourcing_channel,
                portage_company=row.portage_company,
                talent_pool_consent=row.talent_pool_consent,
                skills=row.skill_names,
            )
            for row in session.execute(query)
        ]
