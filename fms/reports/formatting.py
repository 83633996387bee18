"""Dates and amounts written as each letter's language writes them (no Qt, no locale of the machine)."""

from __future__ import annotations

from datetime import date

LANGUAGES = ("en", "fr")
_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
}  # fmt: skip
NARROW_NBSP = "\u202f"  # French puts it before "€" and between thousands
NBSP = "\u00a0"


def checked_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"no such letter language: {language!r}")
    return language


def long_date(value: date, language: str) -> str:
    """'22 November 2026' / '1er novembre 2026'."""
    month = _MONTHS[checked_language(language)][value.month - 1]
    if language == "fr":
        day = "1er" if value.day == 1 else str(value.day)
        return f"{day}{NBSP}{month} {value.year}"
    return f"{value.day}{NBSP}{month} {value.year}"


def month_year(value: date, language: str) -> str:
    month = _MONTHS[checked_language(language)][value.month - 1]
    return f"{month.capitalize() if language == 'en' else month} {value.year}"


def money(cents: int, language: str) -> str:
    """'€1,250.50' / '1 250,50 €'; whole amounts without decimals."""
    whole, rest = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    if checked_language(language) == "fr":
        digits = f"{whole:,}".replace(",", NARROW_NBSP)
        decimals = f",{rest:02d}" if rest else ""
        return f"{sign}{digits}{decimals}{NARROW_NBSP}€"
    decimals = f".{rest:02d}" if rest else ""
    return f"{sign}€{whole:,}{decimals}"


def period(start: date | None, end: date | None, language: str) -> str:
    """'March 2025 – June 2026' style spans for missions; an open end reads 'since'."""
    if start is None:
        return ""
    if end is None:
        return ("since " if language == "en" else "depuis ") + month_year(start, language)
    return f"{month_year(start, language)} – {month_year(end, language)}"
