"""After a person was erased from a backup's database copy: its manifest says what it now holds,
and the shared store drops the files no backup lists any more."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

from fms.storage.backup_catalog import (
    MANIFEST,
    Backup,
    backups_folder,
    connect_read_only,
    fingerprint,
    needed_attachments,
    summary,
)
from fms.storage.backup_store import STORE_NAME, prune_store


def refresh_manifest(backup: Backup, dropped_digests: Iterable[str]) -> None:
    manifest = backup.folder / MANIFEST
    if not manifest.is_file():  # a copy from before backups had folders: nothing lists its files
        return
    dropped = set(dropped_digests)
    content = json.loads(manifest.read_text(encoding="utf-8"))
    content["attachments"] = [pair for pair in content.get("attachments", []) if pair[1] not in dropped]
    with closing(connect_read_only(backup.database)) as connection:
        facts = summary(connection)
    content["fingerprint"] = fingerprint(facts)
    content["documents"] = facts.get("documents", [None])[0]
    content["size_bytes"] = backup.database.stat().st_size
    with manifest.open("w", encoding="utf-8") as out:
        json.dump(content, out, indent=1)
        out.flush()
        os.fsync(out.fileno())


def prune_backup_store(database: Path) -> int:
    folder = backups_folder(database)
    return prune_store(folder / STORE_NAME, needed_attachments(folder))
