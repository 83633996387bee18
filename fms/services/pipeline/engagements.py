"""Engagements on mission: renewals (most missions are renewed) and those ending soon."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from fms.core.enums import DocumentKind, DocumentStatus
from fms.core.errors import ValidationError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Application, Client, Document, Engagement, Freelancer, Mission, Offboarding, Renewal
from fms.services.common import activity
from fms.services.common.bounds import check_date, check_rate
from fms.services.common.lookup import get_or_not_found, gone
from fms.storage.database import Database

ENDING_SOON_DAYS = 30


@dataclass(frozen=True)
class EngagementRow:
    id: int
    application_id: int
    freelancer_id: int
    freelancer_name: str
    mission_id: int
    mission_title: str
    client_name: str
    start: date
    planned_end: date
    daily_rate_cents: int
    renewals: int
    offboarding_started: bool

    def days_left(self, today: date) -> int:
        return (self.planned_end - today).days


def _rows_query() -> Select[tuple[Any, ...]]:  # 13 columns: past what select()'s overloads type
    renewals = (
        select(Renewal.engagement_id, func.count(Renewal.id).label("renewals"))
        .group_by(Renewal.engagement_id)
        .subquery()
    )
    return (
        select(
            Engagement.id,
            Engagement.application_id,
            Freelancer.id,
            Freelancer.first_name,
            Freelancer.last_name,
            Mission.id,
            Mission.title,
            Client.name,
            Engagement.start_date,
            Engagement.planned_end_date,
            Engagement.daily_rate_cents,
            func.coalesce(renewals.c.renewals, 0),
            Offboarding.id.is_not(None),
        )
        .join(Application, Application.id == Engagement.application_id)
        .join(Freelancer, Freelancer.id == Application.freelancer_id)
        .join(Mission, Mission.id == Application.mission_id)
        .join(Client, Client.id == Mission.client_id)
        .outerjoin(renewals, renewals.c.engagement_id == Engagement.id)
        .outerjoin(Offboarding, Offboarding.engagement_id == Engagement.id)
    )


def _row(values: tuple[Any, ...]) -> EngagementRow:
    (id_, application_id, freelancer_id, first, last, mission_id, title, client, start, end, rate, renewals, off) = (
        values
    )
    return EngagementRow(
        id_, application_id, freelancer_id, f"{first} {last}", mission_id, title, client, start, end, rate,
        int(renewals), bool(off),
    )  # fmt: skip


def ending_soon_condition(today: date, days: int = ENDING_SOON_DAYS) -> ColumnElement[bool]:
    """Running, and planned to end within `days` or already past its end (those need action most)."""
    return and_(Engagement.real_end_date.is_(None), Engagement.planned_end_date <= today + timedelta(days=days))


def ending_soon(db: Database, today: date | None = None, days: int = ENDING_SOON_DAYS) -> list[EngagementRow]:
    """Engagements ending soon (`ending_soon_condition`), soonest first."""
    today = today or datetime.now(UTC).date()
    query = _rows_query().where(ending_soon_condition(today, days)).order_by(Engagement.planned_end_date, Engagement.id)
    with db.reading() as session:
        return [_row(tuple(values)) for values in session.execute(query)]


def get_engagement(db: Database, engagement_id: int) -> EngagementRow:
    with db.reading() as session:
        values = session.execute(_rows_query().where(Engagement.id == engagement_id)).first()
        if values is None:
            raise gone(Engagement)
        return _row(tuple(values))


def engagement_of_application(db: Database, application_id: int) -> int | None:
    with db.reading() as session:
        return session.scalar(select(Engagement.id).where(Engagement.application_id == application_id))


def renew(db: Database, engagement_id: int, new_end: date | None, new_rate_cents: int | None = None) -> EngagementRow:
    """Extends the engagement (optionally at a new rate) and drafts the amendment to sign; one transaction."""
    errors: dict[str, str] = {}
    check_rate(errors, "new_rate", new_rate_cents)
    check_date(errors, "new_end", new_end)
    with db.transaction() as session:
        engagement = get_or_not_found(session, Engagement, engagement_id)
        if "new_end" in errors:
            pass  # out of the plausible range: said already
        elif engagement.real_end_date is not None:
            errors["new_end"] = QT_TRANSLATE_NOOP("errors", "This engagement has ended; it cannot be renewed.")
        elif new_end is None:
            errors["new_end"] = QT_TRANSLATE_NOOP("errors", "Choose the new end date.")
        elif new_end <= engagement.planned_end_date:
            errors["new_end"] = QT_TRANSLATE_NOOP("errors", "A renewal ends after the current end date.")
        if errors:
            raise ValidationError(errors)
        assert new_end is not None
        application = session.get_one(Application, engagement.application_id)
        session.add(
            Renewal(
                engagement_id=engagement.id,
                previous_end_date=engagement.planned_end_date,
                new_end_date=new_end,
                new_daily_rate_cents=new_rate_cents,
            )
        )
        session.add(
            Document(
                freelancer_id=application.freelancer_id,
                engagement_id=engagement.id,
                kind=DocumentKind.AMENDMENT,
                status=DocumentStatus.DRAFT,
                title=f"Amendment: extension to {new_end.isoformat()}",
                valid_from=engagement.planned_end_date + timedelta(days=1),
                expires_on=new_end,
            )
        )
        engagement.planned_end_date = new_end
        if new_rate_cents is not None:
            engagement.daily_rate_cents = new_rate_cents
        activity.record(
            session, db.actor, "engagement", engagement.id, "renewed", new_end.isoformat(), application.freelancer_id
        )
    return get_engagement(db, engagement_id)


@dataclass(frozen=True)
class RenewalRate:
    renewed: int
    engagements: int

    @property
    def share(self) -> float:
        return self.renewed / self.engagements if self.engagements else 0.0


def renewal_rate(db: Database) -> RenewalRate:
    with db.reading() as session:
        return read_renewal_rate(session)


def read_renewal_rate(session: Session) -> RenewalRate:
    """How many engagements were renewed at least once, out of all."""
    total = session.scalar(select(func.count(Engagement.id))) or 0
    renewed = session.scalar(select(func.count(func.distinct(Renewal.engagement_id)))) or 0
    return RenewalRate(int(renewed), int(total))
