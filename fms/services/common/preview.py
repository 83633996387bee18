"""Start-up's previews: a screen's first rows read through the standard library's sqlite3.

They are shown, never editable, while SQLAlchemy still loads, and replaced by the services' rows
once the database is open. Importing this module imports no SQLAlchemy.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar

from fms.storage.preflight import read_only

log = logging.getLogger(__name__)
T = TypeVar("T")


def read_preview(path: Path, read: Callable[[sqlite3.Connection], T], what: str) -> T | None:
    """What `read` makes of the SQLite file at `path`, opened read only; None when it cannot be read.

    Whatever the reason (locked, damaged, a schema the query does not know): a preview is only ever a
    head start, and the normal opening says what is wrong.
    """
    try:
        with read_only(path) as connection:
            return read(connection)
    except Exception as error:  # any failure means no preview, never a failed start
        log.info("no preview of %s: %s", what, error)
        return None


def day(text: str | None) -> date | None:
    """A date column as SQLAlchemy's `Date` stores it in SQLite (ISO text)."""
    return None if text is None else date.fromisoformat(text)


def utc(text: str) -> datetime:
    """A timestamp column as `UtcDateTime` stores it in SQLite (UTC, no zone), read back aware."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)
