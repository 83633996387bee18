"""Email addresses checked by email-validator, offline (no DNS), and stored in one normal form."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email


def normalised_email(text: str) -> str:
    """' Elodie@Example.com ' -> 'elodie@example.com'; '' -> ''; ValueError for 'a@b..c' or 'tom@'.

    Stored in lower case, local part included, as the unique column always held them: two
    addresses that differ only by case are one person's.
    """
    if not text.strip():
        return ""
    try:
        checked = validate_email(text.strip(), check_deliverability=False)
    except EmailNotValidError as error:
        raise ValueError(f"not an email address: {text!r}") from error
    return checked.normalized.lower()


def comparable_email(text: str) -> str:
    """The normal form when the address is valid, '' otherwise (for comparing, never for storing)."""
    try:
        return normalised_email(text)
    except ValueError:
        return ""
