"""The erase applied to each backup's database copy, so a restore cannot bring the person back."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from fms.core.errors import KnownError
from fms.storage.backup_catalog import list_backups
from fms.storage.backup_erasure import prune_backup_store, refresh_manifest
from fms.storage.database import Database
from fms.storage.engine import make_engine
from fms.storage.locations import sqlite_location

if TYPE_CHECKING:
    from fms.services.data.erasure import Find

log = logging.getLogger(__name__)


def erase_from_backups(db: Database, find: Find) -> int:
    """How many backup copies held the person and were erased; a server's backups are its dumps (not here)."""
    from fms.services.data.erasure import erase_rows

    database = db.location.sqlite_path
    if database is None:
        return 0
    erased = 0
    for backup in list_backups(database):
        location = sqlite_location(backup.database)
        copy = Database(make_engine(location), location, db.actor)
        try:
            dropped = erase_rows(copy, find)
        except KnownError:
            continue  # the person was not there yet
        finally:
            copy.dispose()
        refresh_manifest(backup, dropped)
        erased += 1
    prune_backup_store(database)
    return erased
