"""Money, dates and numbers as each language writes them, through Babel (CLDR data, not the machine's locale).

The same functions serve the interface (fms/ui/formatting.py picks its language) and the PDFs
(fms/reports/formatting.py, the document's language), so an English letter and the English
interface both write '€1,200.50', the French ones '1 200,50 €'.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_currency, format_decimal, format_percent

from fms.values.locales import LANGUAGES, LOCALES

NBSP = "\u00a0"


def checked_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"no such language: {language!r}")
    return language


def _locale(language: str) -> str:
    return LOCALES[checked_language(language)]


@lru_cache(maxsize=4096)  # a board repaint shows two rates per card: Babel takes about 0.1 ms a call
def money(cents: int, language: str) -> str:
    """'€1,200.50' / '1 200,50 €'; a whole amount without decimals ('€650', '650 €'), as rates are quoted."""
    amount = Decimal(cents) / 100
    if cents % 100:
        return format_currency(amount, "EUR", locale=_locale(language))
    pattern = Locale.parse(_locale(language)).currency_formats["standard"].pattern.replace(".00", "")
    return format_currency(amount, "EUR", format=pattern, locale=_locale(language), currency_digits=False)


def amount(cents: int, language: str) -> str:
    """The amount alone, for a field to edit: '1,200.50' / '1 200,50'; '650'. fms.values.money reads both back."""
    return format_decimal(
        Decimal(cents) / 100, format="#,##0.##" if cents % 100 == 0 else "#,##0.00", locale=_locale(language)
    )


def number(value: float, language: str, decimals: int = 1) -> str:
    """'4.5' / '4,5' (a rating, an average): always `decimals` digits after the mark."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=_locale(language))


def percent(ratio: float, language: str) -> str:
    """'42%' / '42 %'."""
    return format_percent(ratio, locale=_locale(language))


def short_date(value: date, language: str) -> str:
    """'6 Dec 2026' / '6 déc. 2026': unambiguous in tables, where '12/6/26' was not."""
    return format_date(value, "medium", locale=_locale(language))


def long_date(value: date, language: str) -> str:
    """'1 November 2026' / '1er novembre 2026' (French writes the first of the month as an ordinal).

    A no-break space after the day, so that a letter never ends a line on '1er'.
    """
    text = format_date(value, "long", locale=_locale(language)).replace(" ", NBSP, 1)
    if language == "fr" and value.day == 1:
        text = "1er" + text.removeprefix("1")
    return text


def month_year(value: date, language: str) -> str:
    """'March 2026' / 'mars 2026' (the month standing alone, as CLDR writes it)."""
    return format_date(value, "LLLL y", locale=_locale(language))


def time_of_day(value: datetime | time, language: str) -> str:
    """'14:30' in both languages."""
    return format_time(value, "short", locale=_locale(language))
