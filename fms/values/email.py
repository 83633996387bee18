"""Email addresses checked by email-validator, offline (no DNS), and stored in one normal form."""

from __future__ import annotations

from functools import lru_cache

from email_validator import EmailNotValidError, validate_email

CACHED = 65_536  # addresses remembered, a big import's worth


def normalised_email(text: str) -> str:
    """' Elodie@Example.com ' -> 'elodie@example.com'; '' -> ''; ValueError for 'a@b..c' or 'tom@'.

    Stored in lower case, local part included, as the unique column always held them: two
    addresses that differ only by case are one person's.
    """
    if not text.strip():
        return ""
    normal = _normal(text.strip())
    if normal is None:
        raise ValueError(f"not an email address: {text!r}")
    return normal


@lru_cache(maxsize=CACHED)
def _normal(text: str) -> str | None:
    # An import checks each address three times (reading, the profile's rules, storing): once is enough.
    try:
        return validate_email(text, check_deliverability=False).normalized.lower()
    except EmailNotValidError:
        return None


def comparable_email(text: str) -> str:
    """The normal form when the address is valid, '' otherwise (for comparing, never for storing)."""
    try:
        return normalised_email(text)
    except ValueError:
        return ""
