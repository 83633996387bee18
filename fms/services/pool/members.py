"""The talent pool's people as a search lists them: what the service and the start-up preview both give.

Importing this module imports no SQLAlchemy: the talent pool's first paint is built on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from fms.core.enums import RehireStatus, Seniority

RESULT_LIMIT = 200  # a page a person reads; more says "narrow the search"


@dataclass(frozen=True)
class SkillNeed:
    name: str
    min_level: int = 1


@dataclass(frozen=True)
class PoolQuery:
    """Every field narrows the results; the defaults filter nothing."""

    text: str = ""
    skills: tuple[SkillNeed, ...] = ()
    all_skills: bool = True  # all of them, or any of them
    seniority: Seniority | None = None
    min_rating: float | None = None
    would_rehire_only: bool = False
    available_by: date | None = None
    rate_min_cents: int | None = None
    rate_max_cents: int | None = None
    last_mission_after: date | None = None
    client_id: int | None = None
    no_contact_months: int | None = None
    limit: int = RESULT_LIMIT


@dataclass(frozen=True, slots=True)  # slots: a quarter less to make each of the 200 shown, each key typed
class PoolMember:
    id: int
    name: str
    headline: str
    seniority: Seniority
    daily_rate_cents: int | None
    availability_date: date | None
    average_rating: float | None
    would_rehire: bool | None  # what the notes say; the file's decision is `rehire_status`
    rehire_status: RehireStatus
    last_mission_end: date | None
    missions_done: int
    last_contact: date | None
    snippet: str = ""


@dataclass(frozen=True)
class PoolResults:
    members: list[PoolMember]
    truncated: bool  # more matched than `limit`: the query should be narrowed
    full_text: bool = field(default=True)  # False: the portable search (no passage shown, accents not folded)


def member_from_row(row: Sequence[Any], snippet: str = "") -> PoolMember:
    # Unpacked by position, in `_statement`'s order: each attribute of a Row costs about 0.4 µs,
    # a tenth of a search's time for 200 people.
    (
        id_, first_name, last_name, headline, seniority, rate, available, rehire_status,
        rating, rehire, last_end, missions, last_follow_up,
    ) = row  # fmt: skip
    contact_dates = [value for value in (last_end, _date(last_follow_up)) if value is not None]
    return PoolMember(
        id=id_,
        name=f"{first_name} {last_name}",
        headline=headline,
        seniority=seniority,
        daily_rate_cents=rate,
        availability_date=available,
        average_rating=float(rating) if rating is not None else None,
        would_rehire=None if rehire is None else bool(rehire),
        rehire_status=rehire_status,
        last_mission_end=last_end,
        missions_done=int(missions or 0),
        last_contact=max(contact_dates) if contact_dates else None,
        snippet=snippet,
    )


def _date(value: datetime | str | None) -> date | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    moment = value if value.tzinfo else value.replace(tzinfo=UTC)  # stored in UTC
    return moment.astimezone().date()
