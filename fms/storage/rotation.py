"""Which backups to keep: the newest of each recent day, then of earlier weeks, then of earlier months.

The rules are those of `borg prune` (Vorta's defaults): each rule walks the backups newest
first and keeps the newest one of each period it has not seen, skipping periods whose newest
backup an earlier rule already kept, until it has kept its count. Periods without a backup
count for nothing, so a database left unchanged for months keeps its old copies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Retention:
    daily: int = 7
    weekly: int = 4
    monthly: int = 6


DEFAULT_RETENTION = Retention()


def _day(moment: datetime) -> tuple[int, ...]:
    return (moment.year, moment.month, moment.day)


def _week(moment: datetime) -> tuple[int, ...]:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _month(moment: datetime) -> tuple[int, ...]:
    return (moment.year, moment.month)


def backups_to_keep(moments: Iterable[datetime], retention: Retention = DEFAULT_RETENTION) -> set[datetime]:
    """The moments (backup times, in local time) that the retention keeps; the others can go."""
    newest_first = sorted(set(moments), reverse=True)
    kept: set[datetime] = set()
    rules: list[tuple[Callable[[datetime], tuple[int, ...]], int]] = [
        (_day, retention.daily),
        (_week, retention.weekly),
        (_month, retention.monthly),
    ]
    for period_of, count in rules:
        found = 0
        last_period: tuple[int, ...] | None = None
        for moment in newest_first:
            if found >= count:
                break
            period = period_of(moment)
            if period == last_period:
                continue
            last_period = period
            if moment not in kept:
                kept.add(moment)
                found += 1
    return kept
