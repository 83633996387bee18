"""Business settings: one declared list of defaults, values stored in the database."""

from __future__ import annotations

from sqlalchemy.orm import Session

from fms.models import Setting
from fms.services.database import Database

REQUIRE_SIGNED_AGREEMENTS = "require_signed_agreements"

DEFAULTS: dict[str, str] = {
    # A mission starts only with a signed, unexpired contract and NDA (or an explicit "sign later").
    REQUIRE_SIGNED_AGREEMENTS: "true",
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
