"""When to contact someone: the first good moment after a given one, never a pushy one.

A follow-up lands in working hours, outside lunch, never on a weekend or a public holiday, never
on a Monday morning (people sort their week) nor on a Friday evening (they have left it).
The rules are plain data so the proposal is a pure function, tested on many dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache

import holidays
from sqlalchemy.orm import Session

from fms.services import settings

# A year of days without one good slot means the rules leave none: stop rather than loop.
SEARCH_DAYS = 366
WHIT_MONDAY_AFTER_EASTER = 50


@dataclass(frozen=True)
class FollowUpRules:
    day_start: time = time(9, 0)
    day_end: time = time(18, 0)
    lunch_start: time = time(12, 0)
    lunch_end: time = time(14, 0)
    monday_from: time = time(12, 0)  # never Monday morning
    friday_until: time = time(17, 0)  # never Friday from 17:00
    country: str = "FR"
    whit_monday_off: bool = True  # Lundi de Pentecôte: a holiday, or a working "journée de solidarité"
    time_zone: tzinfo | None = None  # None: the machine's own


class NoGoodSlot(ValueError):
    """The rules leave no working moment in a whole year (e.g. a day that ends before it starts)."""


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


@lru_cache(maxsize=64)
def _holidays(country: str, year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays(country, years=year))


def is_public_holiday(day: date, rules: FollowUpRules) -> bool:
    whit_monday = easter(day.year) + timedelta(days=WHIT_MONDAY_AFTER_EASTER)
    if day == whit_monday:
        return rules.whit_monday_off
    return day in _holidays(rules.country, day.year)


def _window(day: date, rules: FollowUpRules) -> tuple[time, time] | None:
    """The day's earliest and latest moments, or None when nobody is to be contacted that day."""
    if day.weekday() >= 5 or is_public_holiday(day, rules):
        return None
    start, end = rules.day_start, rules.day_end
    if day.weekday() == 0:
        start = max(start, rules.monday_from)
    elif day.weekday() == 4:
        end = min(end, rules.friday_until)
    return (start, end) if start < end else None


def propose_follow_up_time(after: datetime, rules: FollowUpRules) -> datetime:
    """The first good moment at or after `after`, in the same kind of datetime (aware or naive).

    An aware `after` is read on the wall clock of `rules.time_zone` (the machine's when None).
    """
    aware = after.tzinfo is not None
    wall = after.astimezone(rules.time_zone).replace(tzinfo=None) if aware else after
    if wall.second or wall.microsecond:  # a proposal is to the minute
        wall = wall.replace(second=0, microsecond=0) + timedelta(minutes=1)
    for _ in range(SEARCH_DAYS):
        window = _window(wall.date(), rules)
        if window is not None:
            start, end = window
            moment = max(wall.time(), start)
            if rules.lunch_start <= moment < rules.lunch_end:
                moment = rules.lunch_end
            if moment < end:
                found = datetime.combine(wall.date(), moment)
                if not aware:
                    return found
                if rules.time_zone is None:
                    return found.astimezone()  # a naive wall time read as the machine's local time
                return found.replace(tzinfo=rules.time_zone)
        wall = datetime.combine(wall.date() + timedelta(days=1), time(0, 0))
    raise NoGoodSlot(after.isoformat())


def _clock(text: str, default: str) -> time:
    for value in (text, default):
        try:
            return time.fromisoformat(value.strip())
        except ValueError:
            continue
    raise ValueError(default)


def read_rules(session: Session) -> FollowUpRules:
    """The rules as the business settings say (a setting that does not read as a time keeps its default)."""

    def clock(key: str) -> time:
        return _clock(settings.read_text(session, key), settings.DEFAULTS[key])

    country = settings.read_text(session, settings.FOLLOW_UP_COUNTRY).strip().upper()
    if country not in holidays.list_supported_countries():
        country = settings.DEFAULTS[settings.FOLLOW_UP_COUNTRY]
    return FollowUpRules(
        day_start=clock(settings.FOLLOW_UP_DAY_START),
        day_end=clock(settings.FOLLOW_UP_DAY_END),
        lunch_start=clock(settings.FOLLOW_UP_LUNCH_START),
        lunch_end=clock(settings.FOLLOW_UP_LUNCH_END),
        monday_from=clock(settings.FOLLOW_UP_MONDAY_FROM),
        friday_until=clock(settings.FOLLOW_UP_FRIDAY_UNTIL),
        country=country,
        whit_monday_off=settings.read_flag(session, settings.FOLLOW_UP_WHIT_MONDAY_OFF),
    )
