"""The board's first cards read through the standard library's sqlite3, while SQLAlchemy still loads.

Start-up shows them before the database is opened for writing; they are replaced by `load_cards`'
as soon as it is. Importing this module imports no SQLAlchemy (a test checks it): that is its point.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fms.services.pipeline.card import Card, cards_from_rows
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

# Past this many cards the preview is not worth its cost: reading and building them takes about as
# long as the service's own load that follows (0.7 s at 46,000 cards), which it would delay as much.
PREVIEW_MAX_CARDS = 5_000
_COUNT_SQL = "SELECT count(*) FROM (SELECT 1 FROM applications WHERE archived_at IS NULL {mission} LIMIT ?)"


def preview_cards(path: Path, mission_id: int | None = None) -> list[Card] | None:
    """The live cards of the SQLite file at `path` (of one mission, or all) in column order, read only.

    None when they cannot be read, for whatever reason (locked, damaged, a schema this query does
    not know), or when there are more than `PREVIEW_MAX_CARDS`: the preview is only ever a head
    start, and the normal opening says what is wrong.
    """
    mission = "AND applications.mission_id = ?" if mission_id is not None else ""
    parameters: tuple[int, ...] = () if mission_id is None else (mission_id,)
    try:
        with read_only(path) as connection:
            count = connection.execute(_COUNT_SQL.format(mission=mission), (*parameters, PREVIEW_MAX_CARDS + 1))
            if count.fetchone()[0] > PREVIEW_MAX_CARDS:
                log.info("no preview of the board: more than %d cards", PREVIEW_MAX_CARDS)
                return None
            cursor = connection.execute(_CARD_SQL.format(mission=mission), parameters)
            keys = [column[0] for column in cursor.description]
            entered = keys.index("stage_entered_at")
            flags = (keys.index("feedback_owed"), keys.index("do_not_rehire"))
            rows = [_converted(row, entered, flags) for row in cursor]
        return cards_from_rows(keys, rows)
    except Exception as error:  # any failure means no preview, never a failed start
        log.info("no preview of the board: %s", error)
        return None


def _converted(row: Sequence[Any], entered: int, flags: tuple[int, int]) -> list[Any]:
    """SQLite's text and integers as SQLAlchemy's types give them: aware datetimes, booleans."""
    values = list(row)
    values[entered] = datetime.fromisoformat(values[entered]).replace(tzinfo=UTC)
    for index in flags:
        if values[index] is not None:
            values[index] = bool(values[index])
    return values
