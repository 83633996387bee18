"""Where a card sits in its column: sparse positions, so a drop rewrites one row, not the column."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fms.core.enums import Stage
from fms.core.errors import NotFoundError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Application

POSITION_GAP = 1024


def position_before(session: Session, stage: Stage, before_id: int | None, moving_id: int) -> int:
    """A position in `stage`'s column just before `before_id`, or after the last card."""
    if before_id == moving_id:
        return session.get_one(Application, moving_id).position
    column = select(Application.position).where(Application.stage == stage, Application.id != moving_id)
    if before_id is None:
        last = session.scalar(column.order_by(Application.position.desc(), Application.id.desc()).limit(1))
        return POSITION_GAP if last is None else last + POSITION_GAP
    before = session.get(Application, before_id)
    if before is None or before.stage != stage:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "The card to drop beside has moved; try again."))
    tied = session.scalar(
        select(func.count()).where(
            Application.stage == stage, Application.position == before.position, Application.id != moving_id
        )
    )
    if tied and tied > 1:  # cards sharing a position: spread them first, or "before" is ambiguous
        _respace_column(session, stage, moving_id)
    previous = session.scalar(
        column.where(Application.position < before.position).order_by(Application.position.desc()).limit(1)
    )
    low = previous if previous is not None else before.position - 2 * POSITION_GAP
    if before.position - low >= 2:
        return (low + before.position) // 2
    _respace_column(session, stage, moving_id)
    return position_before(session, stage, before_id, moving_id)


def _respace_column(session: Session, stage: Stage, moving_id: int) -> None:
    """Spreads a crowded column again; rare, since positions start 1024 apart."""
    cards = session.scalars(
        select(Application)
        .where(Application.stage == stage, Application.id != moving_id)
        .order_by(Application.position, Application.id)
    ).all()
    for index, card in enumerate(cards, start=1):
        card.position = index * POSITION_GAP
    session.flush()
