"""The board's first cards read through the standard library's sqlite3, while SQLAlchemy still loads.

Start-up shows them before the database is opened for writing; they are replaced by `load_cards`'
as soon as it is. Importing this module imports no SQLAlchemy (a test checks it): that is its point.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fms.core.enums import Outcome, Stage
from fms.services.common.preview import utc
from fms.services.pipeline.card import CLOSED_COLUMN, Card, CardKey, cards_from_rows
from fms.storage.preflight import read_only

log = logging.getLogger(__name__)

# The same meaning as `cards._card_query` (tests compare the two on the sample data): enums are
# stored as their values, timestamps as UTC text, booleans as 0 and 1.
_CARD_SQL = """
SELECT applications.id AS id,
       applications.freelancer_id AS freelancer_id,
       freelancers.first_name || ' ' || freelancers.last_name AS freelancer_name,
       freelancers.headline AS headline,
       freelancers.seniority AS seniority,
       freelancers.daily_rate_cents AS daily_rate_cents,
       applications.mission_id AS mission_id,
       missions.title AS mission_title,
       missions.budget_daily_rate_cents AS budget_cents,
       missions.client_id AS client_id,
       clients.name AS client_name,
       applications.stage AS stage,
       applications.position AS position,
       applications.stage_entered_at AS stage_entered_at,
       applications.outcome AS outcome,
       (SELECT count(interviews.id) FROM interviews
         WHERE interviews.application_id = applications.id) AS interview_count,
       applications.closed_at IS NOT NULL AND applications.outcome != 'hired'
         AND applications.feedback_sent_at IS NULL AS feedback_owed,
       (SELECT count(documents.id) FROM documents JOIN engagements ON engagements.id = documents.engagement_id
         WHERE engagements.application_id = applications.id
           AND documents.status IN ('draft', 'sent')) AS documents_to_sign,
       freelancers.rehire_status = 'do_not_rehire' AS do_not_rehire
FROM applications
JOIN freelancers ON freelancers.id = applications.freelancer_id
JOIN missions ON missions.id = applications.mission_id
JOIN clients ON clients.id = missions.client_id
WHERE applications.archived_at IS NULL {mission}
ORDER BY applications.stage, applications.position, applications.id
"""

_KEYS_SQL = """
SELECT CASE WHEN stage = ? AND outcome IS NOT NULL AND outcome != ? THEN ? ELSE stage END, position, id
FROM applications WHERE archived_at IS NULL {mission}
ORDER BY stage, position, id
"""


@dataclass(frozen=True)
class BoardPreview:
    """Every column's order, as `column_keys` gives it, and the cards of each column's first rows."""

    columns: dict[str, list[CardKey]]
    cards: dict[int, Card]


def preview_board(path: Path, first: int, mission_id: int | None = None) -> BoardPreview | None:
    """The board of the SQLite file at `path` (one mission, or all), read only: each column's order and
    the cards of its `first` rows, the whole board whatever its size for the price of one batch a column.

    None when it cannot be read, for whatever reason (locked, damaged, a schema these queries do not
    know): the preview is only ever a head start, and the normal opening says what is wrong.
    """
    mission = "AND mission_id = ?" if mission_id is not None else ""
    parameters: tuple[int, ...] = () if mission_id is None else (mission_id,)
    closed = (Stage.ALUMNI.value, Outcome.HIRED.value, CLOSED_COLUMN)
    try:
        with read_only(path) as connection:
            columns: dict[str, list[CardKey]] = {}
            for key, position, application_id in connection.execute(
                _KEYS_SQL.format(mission=mission), (*closed, *parameters)
            ):
                columns.setdefault(key, []).append((position, application_id))
            shown = [application_id for keys in columns.values() for _position, application_id in keys[:first]]
            cards = _read_cards(connection, f"AND applications.id IN ({','.join('?' * len(shown))})", shown)
        return BoardPreview(columns, {card.id: card for card in cards})
    except Exception as error:  # any failure means no preview, never a failed start
        log.info("no preview of the board: %s", error)
        return None


def preview_cards(path: Path, mission_id: int | None = None) -> list[Card] | None:
    """Every live card of the SQLite file at `path` (of one mission, or all) in column order; None as above."""
    try:
        with read_only(path) as connection:
            if mission_id is None:
                return _read_cards(connection, "", [])
            return _read_cards(connection, "AND applications.mission_id = ?", [mission_id])
    except Exception as error:
        log.info("no preview of the cards: %s", error)
        return None


def _read_cards(connection: sqlite3.Connection, where: str, parameters: Sequence[Any]) -> list[Card]:
    if where.endswith("IN ()"):
        return []  # an empty board
    cursor = connection.execute(_CARD_SQL.format(mission=where), tuple(parameters))
    keys = [column[0] for column in cursor.description]
    entered = keys.index("stage_entered_at")
    flags = (keys.index("feedback_owed"), keys.index("do_not_rehire"))
    return cards_from_rows(keys, [_converted(row, entered, flags) for row in cursor])


def _converted(row: Sequence[Any], entered: int, flags: tuple[int, int]) -> list[Any]:
    """SQLite's text and integers as SQLAlchemy's types give them: aware datetimes, booleans."""
    values = list(row)
    values[entered] = utc(values[entered])
    for index in flags:
        if values[index] is not None:
            values[index] = bool(values[index])
    return values
