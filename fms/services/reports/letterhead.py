"""The company as its PDFs present it, read from the settings.

The logo and the signature image are kept in the attachment store, like attached files, and the
setting names the stored copy (`stored:ab/ab….png`): on a team server every manager's letters
then carry them, and moving or deleting the original file changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from fms.reports.layout import Letterhead
from fms.reports.letter import Signatory
from fms.services import settings
from fms.storage.attachment_store import (
    StoredFileAltered,
    StoredFileMissing,
    digest_of_name,
    referenced_path,
    store_for,
    stored_reference,
)
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
IMAGE_KEYS = (settings.COMPANY_LOGO, settings.SIGNATURE_IMAGE)
IMAGE_LIMIT_BYTES = 10 * 1024 * 1024


def company(db: Database) -> tuple[Letterhead, Signatory, str]:
    """The letterhead, who signs by default, and the place letters are written from."""
    values = settings.get_texts(db, KEYS)
    letterhead = Letterhead(
        company_name=values[settings.COMPANY_NAME] or UNNAMED_COMPANY,
        address_lines=tuple(line.strip() for line in values[settings.COMPANY_ADDRESS].splitlines() if line.strip()),
        logo_path=_path(db, values[settings.COMPANY_LOGO]),
    )
    signatory = Signatory(
        name=values[settings.SIGNATORY_NAME] or db.actor,
        role=values[settings.SIGNATORY_ROLE],
        signature_path=_path(db, values[settings.SIGNATURE_IMAGE]),
    )
    return letterhead, signatory, values[settings.LETTER_PLACE]


def keep_images(db: Database, values: dict[str, str]) -> dict[str, str]:
    """`values` with each image file named by path copied into the store and named by its stored copy.

    A path that names no readable file is kept as typed (a letter then goes without the image);
    a file that cannot be taken (not a regular file, too large) raises `SourceRefusedError`.
    """
    kept = dict(values)
    for key in IMAGE_KEYS:
        value = kept.get(key, "").strip()
        if not value or referenced_path(value) is not None or not Path(value).is_file():
            continue
        kept[key] = stored_reference(store_for(db).store_file(Path(value), IMAGE_LIMIT_BYTES))
    return kept


def _path(db: Database, value: str) -> Path | None:
    if not value.strip():
        return None
    stored = referenced_path(value)
    if stored is None:
        return Path(value)
    try:
        return store_for(db).verified_path(stored, digest_of_name(stored))
    except (StoredFileMissing, StoredFileAltered, OSError):
        return None  # a letter still goes out, without the image
