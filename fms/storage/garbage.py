"""Removes stored files that nothing needs any more, and `.part` files a stopped copy left.

A file is kept while a document row refers to it or a backup needs it, and while it is young:
another window may have stored it and not yet recorded its row.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass

from fms.storage.attachments import PART_SUFFIX
from fms.storage.locations import DatabaseLocation, attachments_dir

log = logging.getLogger(__name__)

GRACE_SECONDS = 3600


@dataclass(frozen=True)
class GarbageReport:
    removed: int
    freed_bytes: int


def needed_by_backups(location: DatabaseLocation) -> set[str]:
    """The stored paths that kept backups refer to, relative to the attachments folder.

    The hook for the backups: until backups keep their own attachments, none does, and a file
    is kept only while a row of the live database refers to it.
    """
    return set()


def collect_garbage(
    location: DatabaseLocation,
    referenced: Iterable[str],
    now: float | None = None,
    grace_seconds: float = GRACE_SECONDS,
) -> GarbageReport:
    """Deletes unreferenced stored files and `.part` leftovers older than `grace_seconds`."""
    folder = attachments_dir(location)
    if not folder.is_dir():
        return GarbageReport(0, 0)
    keep = set(referenced) | needed_by_backups(location)
    deadline = (time.time() if now is None else now) - grace_seconds
    removed = freed = 0
    for path in folder.rglob("*"):
        try:
            status = path.lstat()
            relative = path.relative_to(folder).as_posix()
            if not path.is_file() or relative in keep or status.st_mtime > deadline:
                continue
            path.unlink()
        except OSError as error:
            log.warning("could not remove %s: %s", path, error)
            continue
        removed += 1
        freed += status.st_size
        log.info("removed %s %s", "leftover" if path.suffix == PART_SUFFIX else "unreferenced file", relative)
    for directory in sorted((p for p in folder.iterdir() if p.is_dir()), reverse=True):
        try:
            directory.rmdir()  # only when empty
        except OSError:
            pass
    return GarbageReport(removed, freed)
