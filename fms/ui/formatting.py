"""How values read on screen: dates in the user's locale, rates in euros, ratings as stars, two text colours."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QBrush, QColor

from fms.values.money import format_rate

# The colours of text in lists: red for what needs acting on (late, expiring, do not rehire),
# grey for what is over (done, archived).
ALERT = QBrush(QColor("#b3261e"))
MUTED = QBrush(QColor("#8a8a8a"))


def show_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def show_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone()
    return f"{show_date(local)} {local:%H:%M}"


def sort_date(value: date | datetime | None) -> str:
    return value.isoformat() if value is not None else ""


def show_rate(cents: int | None) -> str:
    return format_rate(cents)


def show_rating(rating: float | None) -> str:
    if rating is None:
        return ""
    stars = round(rating)
    return "\u2605" * stars + "\u2606" * (5 - stars) + f"  {rating:.1f}"
