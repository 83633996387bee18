"""Dates and amounts written as each document's language writes them (Babel; no Qt, no locale of the machine)."""

from __future__ import annotations

from datetime import date

from fms.values.formatting import checked_language, long_date, money, month_year, number
from fms.values.locales import LANGUAGES

__all__ = ["LANGUAGES", "checked_language", "long_date", "money", "month_year", "number", "period"]


def period(start: date | None, end: date | None, language: str) -> str:
    """'March 2025 – June 2026' style spans for missions; an open end reads 'since'."""
    if start is None:
        return ""
    if end is None:
        return ("since " if language == "en" else "depuis ") + month_year(start, language)
    return f"{month_year(start, language)} – {month_year(end, language)}"
