"""Daily rates as integer cents: parsing what people type and showing it back."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_SPACES = re.compile(r"[\s\u00a0\u202f]")


def parse_rate(text: str) -> int | None:
    """'650', '650,50', '1 200 €', '1200.5' -> cents; '' -> None; ValueError otherwise."""
    cleaned = _SPACES.sub("", text).removesuffix("€").removesuffix("EUR").strip()
    if not cleaned:
        return None
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation as error:
        raise ValueError(f"not an amount: {text!r}") from error
    if not amount.is_finite():
        raise ValueError(f"not an amount: {text!r}")
    cents = amount * 100
    if cents != cents.to_integral_value():
        raise ValueError(f"more than two decimals: {text!r}")
    return int(cents)


def format_rate(cents: int | None) -> str:
    if cents is None:
        return ""
    euros, rest = divmod(cents, 100)
    whole = f"{euros:,}".replace(",", "\u202f")
    return f"{whole} €" if rest == 0 else f"{whole},{rest:02d} €"
