"""The talent pool: people who worked with us or nearly did, and agreed to stay in touch."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, func, select

from fms.enums import RehireStatus, Seniority, Stage
from fms.models import Application, CollaborationNote, Engagement, Freelancer
from fms.services.database import Database


@dataclass(frozen=True)
class PoolMember:
    id: int
    name: str
    headline: str
    seniority: Seniority
    daily_rate_cents: int | None
    availability_date: date | None
    average_rating: float | None
    would_rehire: bool | None
    rehire_status: RehireStatus
    last_mission_end: date | None
    missions_done: int


def list_pool(db: Database) -> list[PoolMember]:
    alumni = (
        select(Application.freelancer_id)
        .where(Application.stage == Stage.ALUMNI, Application.archived_at.is_(None))
        .distinct()
        .subquery()
    )
    notes = (
        select(
            CollaborationNote.freelancer_id,
            func.avg(CollaborationNote.rating).label("rating"),
            func.min(func.cast(CollaborationNote.would_rehire, Integer)).label("rehire"),
        )
        .group_by(CollaborationNote.freelancer_id)
        .subquery()
    )
    missions = (
        select(
            Application.freelancer_id,
            func.max(func.coalesce(Engagement.real_end_date, Engagement.planned_end_date)).label("last_end"),
            func.count(Engagement.id).label("done"),
        )
        .join(Engagement, Engagement.application_id == Application.id)
        .group_by(Application.freelancer_id)
        .subquery()
    )
    query = (
        select(Freelancer, notes.c.rating, notes.c.rehire, missions.c.last_end, func.coalesce(missions.c.done, 0))
        .join(alumni, alumni.c.freelancer_id == Freelancer.id)
        .outerjoin(notes, notes.c.freelancer_id == Freelancer.id)
        .outerjoin(missions, missions.c.freelancer_id == Freelancer.id)
        .where(Freelancer.talent_pool_consent.is_(True), Freelancer.archived_at.is_(None))
        .order_by(notes.c.rating.desc().nulls_last(), Freelancer.last_name)
    )
    with db.reading() as session:
        return [
            PoolMember(
                id=f.id,
                name=f.full_name,
                headline=f.headline,
                seniority=f.seniority,
                daily_rate_cents=f.daily_rate_cents,
                availability_date=f.availability_date,
                average_rating=float(rating) if rating is not None else None,
                would_rehire=None if rehire is None else bool(rehire),
                rehire_status=f.rehire_status,
                last_mission_end=last_end,
                missions_done=done,
            )
            for f, rating, rehire, last_end, done in session.execute(query)
        ]
