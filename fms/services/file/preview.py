"""The freelancers list's first page at start-up, read with sqlite3 while SQLAlchemy still loads.

The same rows, in the same order, as `freelancers.freelancer_page` with no search, by name (tests
compare them): enums are stored as their values, dates as ISO text, booleans as 0 and 1.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fms.core.enums import RehireStatus, Seniority, SourcingChannel
from fms.services.common.preview import day, read_preview
from fms.services.file.freelancer_rows import FreelancerRow

_PAGE_SQL = """
SELECT id, first_name, last_name, email, headline, seniority, daily_rate_cents, availability_date,
       sourcing_channel, portage_company, talent_pool_consent, rehire_status,
       coalesce((SELECT group_concat(skills.name, ', ') FROM skills
                 JOIN freelancer_skills ON freelancer_skills.skill_id = skills.id
                 WHERE freelancer_skills.freelancer_id = freelancers.id), '')
FROM freelancers
WHERE archived_at IS NULL
ORDER BY last_name, first_name, id
LIMIT ?
"""


def preview_freelancers(path: Path, limit: int) -> tuple[list[FreelancerRow], int] | None:
    """The first `limit` live freelancers by name, and how many there are; None when unreadable."""

    def read(connection: sqlite3.Connection) -> tuple[list[FreelancerRow], int]:
        (total,) = connection.execute("SELECT count(*) FROM freelancers WHERE archived_at IS NULL").fetchone()
        rows = [
            FreelancerRow(
                id=row[0],
                name=f"{row[1]} {row[2]}",
                email=row[3] or "",
                headline=row[4],
                seniority=Seniority(row[5]),
                daily_rate_cents=row[6],
                availability_date=day(row[7]),
                sourcing_channel=SourcingChannel(row[8]),
                portage_company=row[9],
                talent_pool_consent=bool(row[10]),
                skills=row[12],
                rehire_status=RehireStatus(row[11]),
            )
            for row in connection.execute(_PAGE_SQL, (limit,))
        ]
        return rows, total

    return read_preview(path, read, "the freelancers")
