"""Daily rates typed by people, read as integer cents ('1 200,50', '1200.50' and '1,200.50' alike).

Shown back through fms.values.formatting (Babel). Babel's own parse_decimal is tied to one locale:
it reads '1,200' as 1.20 in French and refuses '1 200,50' typed with an ordinary space, so the rule
here is the one an amount allows in both languages: at most two decimals.
"""

from __future__ import annotations

import re
from decimal import Decimal

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]")
_CURRENCY = re.compile(r"^(?:€|EUR)|(?:€|EUR)$", re.IGNORECASE)
_NUMBER = re.compile(r"^[+-]?[0-9.,]+$")


def parse_rate(text: str) -> int | None:
    """'650', '650,50', '1 200 €', '€1,200.50', '1200.5' -> cents; '' -> None; ValueError otherwise.

    A separator followed by one or two digits at the end is the decimal mark; ',' or '.' elsewhere
    groups thousands ('1,200' is 1,200 €, as no amount has three decimals). '1.200' alone is
    refused as ambiguous (1.20 € in English, 1,200 € in German habits).
    """
    cleaned = _CURRENCY.sub("", _SPACES.sub("", text))
    if not cleaned:
        return None
    if not _NUMBER.match(cleaned):
        raise ValueError(f"not an amount: {text!r}")
    sign = "-" if cleaned.startswith("-") else ""
    whole, decimals = _split(cleaned.lstrip("+-"), text)
    if not whole.isdigit():
        raise ValueError(f"not an amount: {text!r}")  # '.', ',50'
    return int(Decimal(f"{sign}{whole}.{decimals or '0'}") * 100)


def _split(digits: str, text: str) -> tuple[str, str]:
    """('1200', '50') from '1,200.50', '1.200,50', '1 200,50' (spaces already gone) or '1200.5'."""
    marks = [index for index, char in enumerate(digits) if char in ",."]
    if not marks:
        return digits, ""
    last = marks[-1]
    decimal_mark = digits[last]
    others = {digits[index] for index in marks[:-1]}
    single = len(marks) == 1
    if single and decimal_mark == "," and re.fullmatch(r"[1-9][0-9]{0,2},[0-9]{3}", digits):
        return digits.replace(",", ""), ""  # '1,200'
    if not single and others == {decimal_mark}:
        return _grouped(digits, decimal_mark, text), ""  # '12,000,000'
    if others - {"," if decimal_mark == "." else "."}:
        raise ValueError(f"not an amount: {text!r}")  # '1,20.50': the same mark twice, in two roles
    whole, decimals = digits[:last], digits[last + 1 :]
    if len(decimals) > 2:
        raise ValueError(f"more than two decimals: {text!r}")
    return (_grouped(whole, others.pop(), text) if others else whole), decimals


def _grouped(whole: str, mark: str, text: str) -> str:
    if not re.fullmatch(rf"[0-9]{{1,3}}(?:{re.escape(mark)}[0-9]{{3}})+", whole):
        raise ValueError(f"not an amount: {text!r}")
    return whole.replace(mark, "")


def format_rate(cents: int | None) -> str:
    """A rate inside a service's message or change list, where the reader's language is not known.

    The interface and the PDFs format amounts per language (`fms.values.formatting.money`); this is
    the French-style form the services used before, kept for the values they put in messages.
    """
    if cents is None:
        return ""
    euros, rest = divmod(cents, 100)
    whole = f"{euros:,}".replace(",", "\u202f")
    return f"{whole} €" if rest == 0 else f"{whole},{rest:02d} €"
