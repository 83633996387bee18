"""The company as its PDFs present it, read from the settings."""

from __future__ import annotations

from pathlib import Path

from fms.reports.layout import Letterhead
from fms.reports.letter import Signatory
from fms.services import settings
from fms.storage.database import Database

KEYS = (
    settings.COMPANY_NAME,
    settings.COMPANY_ADDRESS,
    settings.COMPANY_LOGO,
    settings.LETTER_PLACE,
    settings.SIGNATORY_NAME,
    settings.SIGNATORY_ROLE,
    settings.SIGNATURE_IMAGE,
)
UNNAMED_COMPANY = "Vivier"  # until the settings name the company


def company(db: Database) -> tuple[Letterhead, Signatory, str]:
    """The letterhead, who signs by default, and the place letters are written from."""
    values = settings.get_texts(db, KEYS)
    letterhead = Letterhead(
        company_name=values[settings.COMPANY_NAME] or UNNAMED_COMPANY,
        address_lines=tuple(line.strip() for line in values[settings.COMPANY_ADDRESS].splitlines() if line.strip()),
        logo_path=_path(values[settings.COMPANY_LOGO]),
    )
    signatory = Signatory(
        name=values[settings.SIGNATORY_NAME] or db.actor,
        role=values[settings.SIGNATORY_ROLE],
        signature_path=_path(values[settings.SIGNATURE_IMAGE]),
    )
    return letterhead, signatory, values[settings.LETTER_PLACE]


def _path(value: str) -> Path | None:
    return Path(value) if value.strip() else None
