"""Freelancers as rows for lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Row, func, select

from fms.enums import RehireStatus, Seniority, SourcingChannel
from fms.models import Freelancer, FreelancerSkill, Skill
from fms.services.database import Database
from fms.text import fold


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
    rehire_status: RehireStatus = RehireStatus.UNDECIDED


# What a list may be ordered by; the id last makes the order total, so pages never overlap.
SORTS = {
    "name": (Freelancer.last_name, Freelancer.first_name),
    "headline": (Freelancer.headline,),
    "seniority": (Freelancer.seniority,),
    "rate": (Freelancer.daily_rate_cents,),
    "availability": (Freelancer.availability_date,),
    "channel": (Freelancer.sourcing_channel,),
    "email": (Freelancer.email,),
}


def count_freelancers(db: Database, search: str = "") -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Freelancer).where(*_filters(search))) or 0


def freelancer_page(
    db: Database, search: str = "", sort: str = "name", descending: bool = False, offset: int = 0, limit: int = 200
) -> list[FreelancerRow]:
    """One page of the list: a window of rows, so 100,000 freelancers cost what a screenful does."""
    order = [column.desc() if descending else column.asc() for column in SORTS[sort]]
    order.append(Freelancer.id.desc() if descending else Freelancer.id.asc())
    # The skills of the page's rows only, looked up per row through the primary key.
    skills = (
        select(func.aggregate_strings(Skill.name, ", "))
        .join(FreelancerSkill, FreelancerSkill.skill_id == Skill.id)
        .where(FreelancerSkill.freelancer_id == Freelancer.id)
        .scalar_subquery()
    )
    query = (
        select(*_COLUMNS, func.coalesce(skills, "").label("skill_names"))
        .where(*_filters(search))
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    with db.reading() as session:
        return [_row(row) for row in session.execute(query)]


_COLUMNS = (
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
    Freelancer.rehire_status,
)


def _filters(search: str) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Freelancer.archived_at.is_(None)]
    for word in fold(search).split():
        conditions.append(Freelancer.search_text.contains(word, autoescape=True))
    return conditions


def _row(row: Row[Any]) -> FreelancerRow:
    return FreelancerRow(
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
        rehire_status=row.rehire_status,
    )
