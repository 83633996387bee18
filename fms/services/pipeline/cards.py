"""The cards of the pipeline board: one query for all of them, one for a card that moved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, String, func, select, type_coerce
from sqlalchemy.orm import Session

from fms.core.enums import DocumentStatus, RehireStatus, Stage
from fms.models import (
    Application,
    Client,
    Document,
    Engagement,
    Freelancer,
    Interview,
    Mission,
    StageChange,
)
from fms.services.pipeline.card import Card, cards_from_rows
from fms.storage.database import Database


def load_cards(db: Database, mission_id: int | None = None) -> list[Card]:
    """Every live card (of one mission, or all), in column order."""
    with db.reading() as session:
        return _cards(session, _card_query(mission_id=mission_id))


def load_card(db: Database, application_id: int) -> Card | None:
    with db.reading() as session:
        cards = _cards(session, _card_query(application_id=application_id))
    return cards[0] if cards else None


def _card_query(mission_id: int | None = None, application_id: int | None = None) -> Select[tuple[Any, ...]]:
    # Correlated subqueries: each is an index lookup per card, so one card costs one card's
    # work (a GROUP BY over whole tables cost 100 ms per redrawn card at 10,000 cards).
    interviews = select(func.count(Interview.id)).where(Interview.application_id == Application.id).scalar_subquery()
    unsigned = (
        select(func.count(Document.id))
        .join(Engagement, Engagement.id == Document.engagement_id)
        .where(
            Engagement.application_id == Application.id,
            Document.status.in_((DocumentStatus.DRAFT, DocumentStatus.SENT)),
        )
        .scalar_subquery()
    )
    # Each column is labelled with the Card field it fills: `_cards` matches them by name.
    columns = (
        Application.id.label("id"),
        Application.freelancer_id.label("freelancer_id"),
        (Freelancer.first_name + " " + Freelancer.last_name).label("freelancer_name"),
        Freelancer.headline.label("headline"),
        type_coerce(Freelancer.seniority, String).label("seniority"),
        Freelancer.daily_rate_cents.label("daily_rate_cents"),
        Application.mission_id.label("mission_id"),
        Mission.title.label("mission_title"),
        Mission.budget_daily_rate_cents.label("budget_cents"),
        Mission.client_id.label("client_id"),
        Client.name.label("client_name"),
        type_coerce(Application.stage, String).label("stage"),
        Application.position.label("position"),
        Application.stage_entered_at.label("stage_entered_at"),
        type_coerce(Application.outcome, String).label("outcome"),
        interviews.label("interview_count"),
        Application.feedback_owed.label("feedback_owed"),
        unsigned.label("documents_to_sign"),
        (Freelancer.rehire_status == RehireStatus.DO_NOT_REHIRE).label("do_not_rehire"),
    )
    query = (
        select(*columns)
        .join(Freelancer, Freelancer.id == Application.freelancer_id)
        .join(Mission, Mission.id == Application.mission_id)
        .join(Client, Client.id == Mission.client_id)
        .where(Application.archived_at.is_(None))
        .order_by(Application.stage, Application.position, Application.id)
    )
    if mission_id is not None:
        query = query.where(Application.mission_id == mission_id)
    if application_id is not None:
        query = query.where(Application.id == application_id)
    return query


def _cards(session: Session, query: Select[tuple[Any, ...]], parameters: dict[str, Any] | None = None) -> list[Card]:
    # Core rows straight into the dataclass: at 10,000 cards the ORM's row handling cost more than the SQL.
    result = session.connection().execute(query, parameters)
    return cards_from_rows(list(result.keys()), result)


@dataclass(frozen=True)
class HistoryEntry:
    changed_at: datetime
    from_stage: Stage | None
    to_stage: Stage
    changed_by: str
    note: str


def card_history(db: Database, application_id: int) -> list[HistoryEntry]:
    with db.reading() as session:
        rows = session.execute(
            select(
                StageChange.changed_at,
                StageChange.from_stage,
                StageChange.to_stage,
                StageChange.changed_by,
                StageChange.note,
            )
            .where(StageChange.application_id == application_id)
            .order_by(StageChange.id)
        )
        return [HistoryEntry(*row) for row in rows]
