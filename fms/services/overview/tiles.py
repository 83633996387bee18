"""The dashboard's key figures, its tiles: what the service and the start-up preview both give.

Importing this module imports no SQLAlchemy: the dashboard's first paint is built on it.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

# The engagements tile counts those ending within this many days (or already past their end).
ENDING_WITHIN_DAYS = 30


@dataclass(frozen=True)
class DashboardTiles:
    open_missions: int
    in_progress: int
    on_mission: int
    feedback_owed: int
    follow_ups_overdue: int
    median_days_to_hire: float | None
    renewal_rate: float | None
    engagements_ending_soon: int


def days_to_hire(proposals_and_hires: Iterable[tuple[datetime, datetime]]) -> tuple[float, ...]:
    """Days from each proposal to its hire, shortest first."""
    return tuple(sorted(_days(hired) - _days(proposed) for proposed, hired in proposals_and_hires))


def median_or_none(values: tuple[float, ...]) -> float | None:
    return statistics.median(values) if values else None


def share_or_none(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _days(moment: datetime) -> float:
    """Days since the epoch: aggregates can come back without the column's UTC type applied."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.timestamp() / 86400
