"""Phone numbers: stored in E.164 ('+33612345678'), shown as people read them, France by default."""

from __future__ import annotations

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

DEFAULT_REGION = "FR"  # a number typed without a country code is French: '06 12 34 56 78'


def normalised_phone(text: str) -> str:
    """'+33 (0)6 12 34 56 78', '06.12.34.56.78', '0033 6 12 34 56 78' -> '+33612345678'; '' -> ''.

    Raises ValueError for what is not a number that can be dialled ('0-0-0-0-0-0', 'call me').
    """
    if not text.strip():
        return ""
    number = _parsed(text)
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValueError(f"not a phone number: {text!r}")
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
