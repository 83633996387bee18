"""Business settings: one declared list of defaults, values stored in the database."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from fms.core import limits
from fms.core.errors import ChangedElsewhere, FieldChange, ValidationError
from fms.models import Setting
from fms.services.common.bounds import check_lengths
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
INVITATION_EMAIL = "invitation_email"  # the ORGANIZER of interview invitations (.ics)
# When follow-ups are proposed (fms.services.file.scheduling): local times as HH:MM, a country code.
FOLLOW_UP_DAY_START = "follow_up_day_start"
FOLLOW_UP_DAY_END = "follow_up_day_end"
FOLLOW_UP_LUNCH_START = "follow_up_lunch_start"
FOLLOW_UP_LUNCH_END = "follow_up_lunch_end"
FOLLOW_UP_MONDAY_FROM = "follow_up_monday_from"
FOLLOW_UP_FRIDAY_UNTIL = "follow_up_friday_until"
FOLLOW_UP_COUNTRY = "follow_up_country"
FOLLOW_UP_WHIT_MONDAY_OFF = "follow_up_whit_monday_off"
RETENTION_MONTHS = "retention_months"  # fms.services.data.retention

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
    INVITATION_EMAIL: "",
    FOLLOW_UP_DAY_START: "09:00",
    FOLLOW_UP_DAY_END: "18:00",
    FOLLOW_UP_LUNCH_START: "12:00",
    FOLLOW_UP_LUNCH_END: "14:00",
    FOLLOW_UP_MONDAY_FROM: "12:00",  # never Monday morning
    FOLLOW_UP_FRIDAY_UNTIL: "17:00",  # never Friday evening
    FOLLOW_UP_COUNTRY: "FR",  # its public holidays (the holidays package)
    # Whit Monday is a public holiday in France, yet many companies work it (journée de solidarité).
    FOLLOW_UP_WHIT_MONDAY_OFF: "true",
    # A non-hired candidate without talent-pool consent is proposed for erasure this long after the last contact.
    RETENTION_MONTHS: "24",
    "offboarding_template": "",  # JSON; empty for the default (fms.services.offboarding.template)
}
# How long each text typed in the settings dialog may be (the template is checked by its own service).
LENGTHS: dict[str, int] = {
    COMPANY_NAME: limits.NAME,
    COMPANY_ADDRESS: limits.ADDRESS,
    COMPANY_LOGO: limits.SETTING_TEXT,
    LETTER_PLACE: limits.LOCATION,
    SIGNATORY_NAME: limits.NAME,
    SIGNATORY_ROLE: limits.ROLE,
    SIGNATURE_IMAGE: limits.SETTING_TEXT,
    INVITATION_EMAIL: limits.EMAIL,
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


@dataclass(frozen=True)
class SettingsRead:
    """Values as a form shows them, and each one's version (0: never saved, the default holds)."""

    values: dict[str, str]
    versions: dict[str, int]


def read_settings(db: Database, keys: tuple[str, ...]) -> SettingsRead:
    with db.reading() as session:
        rows = {key: session.get(Setting, key) for key in keys}
    return SettingsRead(
        values={key: row.value if row is not None else DEFAULTS[key] for key, row in rows.items()},
        versions={key: row.version if row is not None else 0 for key, row in rows.items()},
    )


def set_texts(db: Database, values: dict[str, str], *, versions: Mapping[str, int] | None = None) -> None:
    """All in one transaction; an unknown key, or a text too long, writes nothing.

    With the `versions` the values were read at (`read_settings`), a setting saved by someone else
    since refuses the whole save with `ChangedElsewhere`; its `version` saves over theirs.
    """
    unknown = set(values) - set(DEFAULTS)
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))
    errors: dict[str, str] = {}
    check_lengths(errors, {key: (value, LENGTHS[key]) for key, value in values.items() if key in LENGTHS})
    if errors:
        raise ValidationError(errors)
    with db.transaction() as session:
        rows = {key: session.get(Setting, key) for key in values}
        if versions is not None:
            _refuse_if_stale(rows, values, versions)
        for key, value in values.items():
            row = rows[key]
            if row is None:
                session.add(Setting(key=key, value=value.strip()))
            else:
                row.value = value.strip()


def _refuse_if_stale(rows: dict[str, Setting | None], values: dict[str, str], versions: Mapping[str, int]) -> None:
    current = {key: row.version if row is not None else 0 for key, row in rows.items()}
    changes = []
    for key in values:
        row = rows[key]
        if key in versions and versions[key] != current[key]:
            theirs = row.value if row is not None else DEFAULTS[key]
            if theirs != values[key].strip():
                changes.append(FieldChange(key, theirs, values[key].strip()))
    if changes:  # saved elsewhere to what this form says too: nothing is lost by saving
        raise ChangedElsewhere(tuple(changes), version={**versions, **current})
