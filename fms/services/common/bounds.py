"""The checks every service makes on what people type: lengths, amounts, scores and dates in range.

Each adds the field's message to the caller's `errors` (keeping a message already there, which
says something more specific), so a form gets every problem at once.
"""

from __future__ import annotations

from datetime import date, datetime

from fms.core import limits
from fms.core.errors import Message
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.values.money import format_rate

TOO_LONG = QT_TRANSLATE_NOOP("errors", "At most {limit} characters.")
RATE_TOO_HIGH = QT_TRANSLATE_NOOP("errors", "A daily rate is at most {maximum}.")
RATE_NEGATIVE = QT_TRANSLATE_NOOP("errors", "The daily rate cannot be negative.")
TOO_LONG_SKILL = QT_TRANSLATE_NOOP("errors", "A skill's name has at most {limit} characters.")
SCORE_RANGE = QT_TRANSLATE_NOOP("errors", "Scores go from 1 to 5.")
DATE_RANGE = QT_TRANSLATE_NOOP("errors", "Choose a date between {first} and {last}.")


def check_length(errors: dict[str, str], field: str, text: str | None, limit: int) -> None:
    """`text` as it will be stored (stripped) has at most `limit` characters."""
    if text is not None and len(text.strip()) > limit and field not in errors:
        errors[field] = Message(TOO_LONG, limit=limit)


def check_lengths(errors: dict[str, str], fields: dict[str, tuple[str | None, int]]) -> None:
    for field, (text, limit) in fields.items():
        check_length(errors, field, text, limit)


def check_rate(errors: dict[str, str], field: str, cents: int | None, negative: str = RATE_NEGATIVE) -> None:
    """A daily rate or budget from 0 to `limits.MAX_DAILY_RATE_CENTS`; None (not given) passes."""
    if cents is None or field in errors:
        return
    if cents < 0:
        errors[field] = negative
    elif cents > limits.MAX_DAILY_RATE_CENTS:
        errors[field] = Message(RATE_TOO_HIGH, maximum=format_rate(limits.MAX_DAILY_RATE_CENTS))


def score_in_range(score: int | None) -> bool:
    """A score or rating from 1 to 5; None (not given) is in range."""
    return score is None or limits.MIN_SCORE <= score <= limits.MAX_SCORE


def check_date(errors: dict[str, str], field: str, value: date | datetime | None) -> None:
    """A date (or the day of a timestamp) from `limits.FIRST_DATE` to `limits.LAST_DATE`; None passes."""
    if value is None or field in errors:
        return
    day = value.date() if isinstance(value, datetime) else value
    if not limits.FIRST_DATE <= day <= limits.LAST_DATE:
        errors[field] = Message(DATE_RANGE, first=limits.FIRST_DATE.year, last=limits.LAST_DATE.year)
