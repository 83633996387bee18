"""Text cells made inert for spreadsheets: a cell that opens like a formula is kept as plain text."""

from __future__ import annotations

# What Excel, LibreOffice and Google Sheets start a formula (or a DDE call) with; tab and carriage
# return because some of them strip the leading whitespace and then read what follows as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(text: str) -> str:
    """'=HYPERLINK(...)' -> "'=HYPERLINK(...)"; other text unchanged (OWASP's CSV-injection advice)."""
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text
