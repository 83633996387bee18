"""Phone numbers: stored in E.164 ('+33612345678'), shown as people read them, France by default."""

from __future__ import annotations

from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

CACHED = 65_536  # numbers remembered, a big import's worth
DEFAULT_REGION = "FR"  # a number typed without a country code is French: '06 12 34 56 78'


def normalised_phone(text: str) -> str:
    """'+33 (0)6 12 34 56 78', '06.12.34.56.78', '0033 6 12 34 56 78' -> '+33612345678'; '' -> ''.

    Raises ValueError for what is not a number that can be dialled ('0-0-0-0-0-0', 'call me').
    """
    if not text.strip():
        return ""
    normal = _e164(text.strip())
    if normal is None:
        raise ValueError(f"not a phone number: {text!r}")
    return normal


@lru_cache(maxsize=CACHED)
def _e164(text: str) -> str | None:
    # An import checks each number three times (reading, the profile's rules, storing): once is enough.
    number = _parsed(text)
    if number is None or not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def comparable_phone(text: str) -> str:
    """The E.164 form when there is one, '' otherwise: for comparing what older records hold as typed."""
    try:
        return normalised_phone(text)
    except ValueError:
        return ""


def show_phone(stored: str) -> str:
    """'+33612345678' -> '06 12 34 56 78'; a foreign number in international form; anything else as it is."""
    number = _parsed(stored) if stored.strip() else None
    if number is None or not phonenumbers.is_valid_number(number):
        return stored
    region = phonenumbers.region_code_for_number(number)
    style = PhoneNumberFormat.NATIONAL if region == DEFAULT_REGION else PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, style)


def _parsed(text: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(text.strip(), DEFAULT_REGION)
    except NumberParseException:
        return None
