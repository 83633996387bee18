"""How values read on screen, in the interface's language: dates, rates in euros, ratings as stars.

The words come from fms.values.formatting (Babel), the same as the PDFs of that language, except a
rate, a time of day, a number and a percentage: written from Qt's own CLDR data, identical
(tests/test_formatting.py holds them equal), they let the board, the lists and the dashboard's tiles
paint before Babel is imported (about 50 ms of a start). Dates in
tables read as in the date fields (the language's short format with the year in full: 12/6/2026,
06/12/2026) and sort by `sort_date`, never by their text.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from functools import lru_cache

from PySide6.QtCore import QDate, QLocale, QTime

from fms.ui.i18n import default_language
from fms.values.locales import LOCALES

# fms.values.formatting (Babel) is imported by each function that needs it: not on the first screen's path.
# CLDR's percent patterns of the two languages, as Babel writes them (tests/test_formatting.py).
PERCENT_PATTERNS = {"en": "{}%", "fr": "{}\u00a0%"}


def show_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return QLocale().toString(QDate(value.year, value.month, value.day), date_pattern())


def date_pattern() -> str:
    """The interface language's short date format with a four-digit year: tables and date fields alike."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def show_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone()
    return f"{show_date(local)} {_time_of_day(local.hour, local.minute, default_language())}"


@lru_cache(maxsize=4096)
def _time_of_day(hour: int, minute: int, language: str) -> str:
    """'14:30', as `fms.values.formatting.time_of_day` writes it, from Qt's CLDR data (no Babel)."""
    return QLocale(LOCALES[language]).toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)


def sort_date(value: date | datetime | None) -> str:
    return value.isoformat() if value is not None else ""


def show_rate(cents: int | None) -> str:
    """'€1,200.50' / '1 200,50 €', '€650' for a whole amount: as `fms.values.formatting.money` writes it."""
    if cents is None:
        return ""
    if cents < 0:  # Qt writes a negative amount as accountants do, '(€50)'
        from fms.values import formatting

        return formatting.money(cents, default_language())
    return _rate(cents, default_language())


@lru_cache(maxsize=4096)  # a board repaint shows two rates per card
def _rate(cents: int, language: str) -> str:
    return QLocale(LOCALES[language]).toCurrencyString(cents / 100, "€", 2 if cents % 100 else 0)


def edit_rate(cents: int | None) -> str:
    """A rate in a field to edit, without the currency: '1,200.50' / '1 200,50'; parse_rate reads it back."""
    from fms.values import formatting

    return "" if cents is None else formatting.amount(cents, default_language())


def show_number(value: float | None, decimals: int = 1) -> str:
    """'4.5' / '4,5': as `fms.values.formatting.number` writes it (Babel), from Qt's CLDR separators."""
    return "" if value is None else _decimal_text(Decimal(str(value)), decimals, default_language())


def show_percent(ratio: float) -> str:
    """'42%' / '42 %': as `fms.values.formatting.percent` writes it (Babel), from Qt's CLDR separators."""
    language = default_language()
    return PERCENT_PATTERNS[language].format(_decimal_text(Decimal(str(ratio)) * 100, 0, language))


def _decimal_text(value: Decimal, decimals: int, language: str) -> str:
    # Babel reads a float through its shortest text and rounds half to even: so does this.
    rounded = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_EVEN)
    locale = QLocale(LOCALES[language])
    text = f"{rounded:,.{decimals}f}"  # Python's marks, swapped for the language's below
    return text.replace(",", "\0").replace(".", locale.decimalPoint()).replace("\0", locale.groupSeparator())


def show_rating(rating: float | None) -> str:
    if rating is None:
        return ""
    stars = round(rating)
    return "\u2605" * stars + "\u2606" * (5 - stars) + f"  {show_number(rating)}"
