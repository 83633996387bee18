"""What the board's text filter matches, read ahead in batches: each live card's folded name and headline.

At 100,000 freelancers a broad first letter ("e", 45,000 cards) matched by the database costs
about 460 ms: every freelancer's text cut and tested, every matching card sorted and returned.
Held in memory (about 8 MB at 46,000 cards) the same match is a few milliseconds, so the board
reads these texts in batches while it is idle and matches typed text against them
(`fms.ui.board.text_search`). The text is `columns.card_text`, the one the database's filter
matches: both ways show the same cards.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import Select, select

from fms.models import Application, Freelancer
from fms.services.common.driver import plain_rows
from fms.services.pipeline.columns import card_text
from fms.storage.database import Database


def card_texts_after(db: Database, after_id: int, limit: int) -> list[tuple[int, str]]:
    """Up to `limit` live cards after application `after_id`, in id order, with the text they match on."""
    query = _texts().where(Application.id > after_id).order_by(Application.id).limit(limit)
    with db.reading() as session:
        return plain_rows(session, query)


def card_texts_of(db: Database, application_ids: Collection[int]) -> dict[int, str]:
    """These live cards' texts (a card just changed or added): archived ones are left out."""
    if not application_ids:
        return {}
    query = _texts().where(Application.id.in_(list(application_ids)))
    with db.reading() as session:
        return dict(plain_rows(session, query))


def _texts() -> Select[Any]:
    return (
        select(Application.id, card_text())
        .join(Freelancer, Freelancer.id == Application.freelancer_id)
        .where(Application.archived_at.is_(None))
    )
