"""The follow-ups' to-do at start-up, read with sqlite3 while SQLAlchemy still loads.

The same lines, in the same order, as `follow_ups.to_do` (a test compares them): enums are stored
as their values, timestamps as UTC text, dates as ISO text.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from fms.core.enums import ContactChannel, Outcome
from fms.services.common.preview import read_preview, utc
from fms.services.file.follow_up_rows import FollowUpRow, open_follow_up, to_do_rows
from fms.services.pipeline.recontact_rows import NOT_HIRED, Recontact

_OPEN_SQL = """
SELECT follow_ups.id, follow_ups.due_at, follow_ups.channel, follow_ups.purpose, follow_ups.freelancer_id,
       follow_ups.application_id, applications.mission_id, freelancers.first_name, freelancers.last_name,
       freelancers.portage_company, client_contacts.name, clients.name
FROM follow_ups
LEFT OUTER JOIN freelancers ON freelancers.id = follow_ups.freelancer_id
LEFT OUTER JOIN client_contacts ON client_contacts.id = follow_ups.client_contact_id
LEFT OUTER JOIN applications ON applications.id = follow_ups.application_id
LEFT OUTER JOIN missions ON missions.id = applications.mission_id
LEFT OUTER JOIN clients ON clients.id = coalesce(missions.client_id, client_contacts.client_id)
WHERE follow_ups.done_at IS NULL
ORDER BY follow_ups.due_at, follow_ups.id
"""

_RECONTACTS_SQL = """
SELECT applications.id, applications.freelancer_id, applications.mission_id, applications.recontact_after,
       freelancers.first_name || ' ' || freelancers.last_name, clients.name, missions.title, applications.outcome,
       applications.recontact_reason
FROM applications
JOIN freelancers ON freelancers.id = applications.freelancer_id
JOIN missions ON missions.id = applications.mission_id
JOIN clients ON clients.id = missions.client_id
WHERE applications.outcome IN ({outcomes}) AND applications.recontact_after IS NOT NULL
  AND applications.recontact_after <= ? AND freelancers.archived_at IS NULL
  AND freelancers.rehire_status != 'do_not_rehire'
ORDER BY applications.recontact_after, applications.id
"""


def preview_to_do(path: Path, now: datetime | None = None) -> list[FollowUpRow] | None:
    """The to-do of the SQLite file at `path`, as the follow-ups list shows it; None when unreadable."""
    moment = now or datetime.now(UTC)

    def read(connection: sqlite3.Connection) -> list[FollowUpRow]:
        reminders = [
            open_follow_up((row[0], utc(row[1]), ContactChannel(row[2]), *row[3:]), moment)
            for row in connection.execute(_OPEN_SQL)
        ]
        outcomes = tuple(outcome.value for outcome in NOT_HIRED)
        sql = _RECONTACTS_SQL.format(outcomes=", ".join("?" * len(outcomes)))
        today = moment.astimezone().date().isoformat()
        recontacts = [
            Recontact(
                application_id=row[0],
                freelancer_id=row[1],
                mission_id=row[2],
                due_on=date.fromisoformat(row[3]),
                person=row[4],
                organisation=row[5],
                mission_title=row[6],
                outcome=Outcome(row[7]),
                why=row[8],
            )
            for row in connection.execute(sql, (*outcomes, today))
        ]
        return to_do_rows(reminders, recontacts, moment)

    return read_preview(path, read, "the follow-ups")
