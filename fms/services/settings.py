"""Business settings: one declared list of defaults, values stored in the database."""

from __future__ import annotations

from sqlalchemy.orm import Session

from fms.models import Setting
from fms.storage.database import Database

REQUIRE_SIGNED_AGREEMENTS = "require_signed_agreements"
# What letters and profile sheets print: the letterhead and who signs.
COMPANY_NAME = "company_name"
COMPANY_ADDRESS = "company_address"  # lines separated by newlines
COMPANY_LOGO = "company_logo"  # an image file's path; empty for a text-only letterhead
LETTER_PLACE = "letter_place"
SIGNATORY_NAME = "signatory_name"
SIGNATORY_ROLE = "signatory_role"
SIGNATURE_IMAGE = "signature_image"
MAX_ATTACHMENT_MB = "max_attachment_mb"

DEFAULTS: dict[str, str] = {
    # A mission starts only with a signed, unexpired contract and NDA (or an explicit "sign later").
    REQUIRE_SIGNED_AGREEMENTS: "true",
    COMPANY_NAME: "",
    COMPANY_ADDRESS: "",
    COMPANY_LOGO: "",
    LETTER_PLACE: "",
    SIGNATORY_NAME: "",
    SIGNATORY_ROLE: "",
    SIGNATURE_IMAGE: "",
    # The largest file a document may attach, in megabytes (1 MB = 1,048,576 bytes).
    MAX_ATTACHMENT_MB: "50",
    "offboarding_template": "",  # JSON; empty for the default (fms.services.offboarding.template)
}


def get_flag(db: Database, key: str) -> bool:
    with db.reading() as session:
        return read_flag(session, key)


def read_flag(session: Session, key: str) -> bool:
    row = session.get(Setting, key)
    return (row.value if row is not None else DEFAULTS[key]) == "true"


def set_flag(db: Database, key: str, value: bool) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    with db.transaction() as session:
        session.merge(Setting(key=key, value="true" if value else "false"))


def get_texts(db: Database, keys: tuple[str, ...]) -> dict[str, str]:
    with db.reading() as session:
        return {key: read_text(session, key) for key in keys}


def read_text(session: Session, key: str) -> str:
    row = session.get(Setting, key)
    return row.value if row is not None else DEFAULTS[key]


def read_int(session: Session, key: str) -> int:
    """A whole-number setting; a value that is not one reads as the default."""
    value = read_text(session, key)
    return int(value) if value.strip().isdigit() else int(DEFAULTS[key])


def set_texts(db: Database, values: dict[str, str]) -> None:
    """All in one transaction; an unknown key writes nothing."""
    unknown = set(values) - set(DEFAULTS)
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))
    with db.transaction() as session:
        for key, value in values.items():
            session.merge(Setting(key=key, value=value.strip()))
