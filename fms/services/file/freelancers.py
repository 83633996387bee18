"""Freelancers as rows for lists, a page at a time, searched and filtered by the database."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Row, UnaryExpression, func, select
from sqlalchemy.orm import InstrumentedAttribute

from fms.core.enums import FreelancerStatus, Outcome, RehireStatus, Stage
from fms.core.text import fold
from fms.models import Application, Freelancer, FreelancerSkill, Skill
from fms.services.common.skills import skill_key
from fms.services.file.freelancer_rows import FreelancerQuery, FreelancerRow
from fms.storage.database import Database

# What a list may be ordered by; the id last makes the order total, so pages never overlap.
SORTS: dict[str, tuple[InstrumentedAttribute[Any], ...]] = {
    "name": (Freelancer.last_name, Freelancer.first_name),
    "headline": (Freelancer.headline,),
    "seniority": (Freelancer.seniority,),
    "rate": (Freelancer.daily_rate_cents,),
    "availability": (Freelancer.availability_date,),
    "channel": (Freelancer.sourcing_channel,),
    "email": (Freelancer.email,),
}


def count_freelancers(db: Database, search: FreelancerQuery | str = "") -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Freelancer).where(*_filters(search))) or 0


def freelancer_page(
    db: Database,
    search: FreelancerQuery | str = "",
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = 200,
) -> list[FreelancerRow]:
    """One page of the list: a window of rows, so 100,000 freelancers cost what a screenful does (None: all)."""
    order: list[UnaryExpression[Any]] = [column.desc() if descending else column.asc() for column in SORTS[sort]]
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


def _filters(search: FreelancerQuery | str) -> list[ColumnElement[bool]]:
    query = FreelancerQuery(text=search) if isinstance(search, str) else search
    conditions: list[ColumnElement[bool]] = [Freelancer.archived_at.is_(None)]
    for word in fold(query.text).split():
        conditions.append(Freelancer.search_text.contains(word, autoescape=True))
    if query.skill.strip():
        conditions.append(
            select(FreelancerSkill.freelancer_id)
            .join(Skill, Skill.id == FreelancerSkill.skill_id)
            .where(FreelancerSkill.freelancer_id == Freelancer.id, Skill.key == skill_key(query.skill))
            .exists()
        )
    if query.seniority is not None:
        conditions.append(Freelancer.seniority == query.seniority)
    if query.available_by is not None:
        conditions.append(Freelancer.availability_date <= query.available_by)
    if query.status is not None:
        conditions.append(_status_condition(query.status))
    return conditions


def _status_condition(status: FreelancerStatus) -> ColumnElement[bool]:
    if status == FreelancerStatus.TALENT_POOL:
        return Freelancer.talent_pool_consent.is_(True)
    if status == FreelancerStatus.DO_NOT_REHIRE:
        return Freelancer.rehire_status == RehireStatus.DO_NOT_REHIRE
    applications = select(Application.id).where(
        Application.freelancer_id == Freelancer.id, Application.archived_at.is_(None)
    )
    if status == FreelancerStatus.NEVER_PROPOSED:
        return ~select(Application.id).where(Application.freelancer_id == Freelancer.id).exists()
    if status == FreelancerStatus.ON_MISSION:
        return applications.where(Application.stage.in_((Stage.ON_MISSION, Stage.OFFBOARDING))).exists()
    if status == FreelancerStatus.ALUMNI:
        return applications.where(Application.stage == Stage.ALUMNI, Application.outcome == Outcome.HIRED).exists()
    before_decision = [stage for stage in Stage if stage.order <= Stage.FINAL_ANSWER.order]
    return applications.where(Application.stage.in_(before_decision), Application.outcome.is_(None)).exists()


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
