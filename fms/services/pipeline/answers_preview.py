"""The answers-owed list at start-up, read with sqlite3 while SQLAlchemy still loads.

The same lines, in the same order, as `answers.answers_owed` (a test compares them): outcomes
are stored as their values, timestamps as UTC text.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fms.core.enums import Outcome
from fms.services.common.preview import read_preview, utc
from fms.services.pipeline.answer_rows import OwedAnswer

# `Application.feedback_owed` spelled out, as the board's preview does.
_OWED_SQL = """
SELECT applications.id, applications.mission_id, applications.freelancer_id,
       freelancers.first_name || ' ' || freelancers.last_name, missions.title, clients.name,
       applications.outcome, applications.closed_at
FROM applications
JOIN freelancers ON freelancers.id = applications.freelancer_id
JOIN missions ON missions.id = applications.mission_id
JOIN clients ON clients.id = missions.client_id
WHERE applications.closed_at IS NOT NULL AND applications.outcome != 'hired'
  AND applications.feedback_sent_at IS NULL AND applications.archived_at IS NULL
ORDER BY applications.closed_at, applications.id
"""


def preview_answers_owed(path: Path) -> list[OwedAnswer] | None:
    """Every answer owed in the SQLite file at `path`, as the list shows them; None when unreadable."""

    def read(connection: sqlite3.Connection) -> list[OwedAnswer]:
        return [
            OwedAnswer(application, mission, freelancer, name, title, client, Outcome(outcome), utc(closed_at))
            for application, mission, freelancer, name, title, client, outcome, closed_at in connection.execute(
                _OWED_SQL
            )
        ]

    return read_preview(path, read, "the answers owed")
