"""A freelancer as the lists show it, and what a list asks for: plain frozen values.

Importing this module imports no SQLAlchemy: start-up's preview builds these rows with sqlite3.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fms.core.enums import FreelancerStatus, RehireStatus, Seniority, SourcingChannel


@dataclass(frozen=True)
class FreelancerRow:
    id: int
    name: str
    email: str
    headline: str
    seniority: Seniority
    daily_rate_cents: int | None
    availability_date: date | None
    sourcing_channel: SourcingChannel
    portage_company: str
    talent_pool_consent: bool
    skills: str
    rehire_status: RehireStatus = RehireStatus.UNDECIDED


@dataclass(frozen=True)
class FreelancerQuery:
    """What the list shows: words to find, and the filters (None or empty: no filter)."""

    text: str = ""
    skill: str = ""
    seniority: Seniority | None = None
    available_by: date | None = None
    status: FreelancerStatus | None = None
