"""Emails and phone numbers masked out of log records, so the log file holds no personal data.

Logs get attached to bug reports and copied around; they must not carry who the app is about.
"""

from __future__ import annotations

import logging
import re

EMAIL = re.compile(r"[\w.!#$%&*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
# A number that opens with +, 00 or 0 and holds 8 digits or more, separators allowed: phone numbers
# in E.164 and in national spellings. Dates, sizes and ids (which do not open with 0) stay readable.
PHONE = re.compile(r"(?<![\w+])(?:\+|0)\d(?:[ .\-()]{0,2}\d){7,}(?!\w)")
EMAIL_MASK = "<email>"
PHONE_MASK = "<phone>"


def masked(text: str) -> str:
    """'call +33 6 12 34 56 78 or ana@example.com' -> 'call <phone> or <email>'."""
    return PHONE.sub(PHONE_MASK, EMAIL.sub(EMAIL_MASK, text))


class PersonalDataFilter(logging.Filter):
    """Rewrites each record's message (its arguments put in) and traceback text with `masked`."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = masked(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = masked(record.exc_text)
        if record.stack_info:
            record.stack_info = masked(record.stack_info)
        return True
