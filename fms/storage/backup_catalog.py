"""What a backup is and which ones there are: the manifest's record, the listing, the rotation.

Standard library only, like the rest of the backups (see `fms.storage.backups`).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from fms.storage.backup_store import STORE_NAME, prune_store
from fms.storage.rotation import DEFAULT_RETENTION, Retention, backups_to_keep

DAILY, MANUAL, BEFORE_UPGRADE, BEFORE_RESTORE = "daily", "manual", "before-upgrade", "before-restore"
KINDS = (DAILY, MANUAL, BEFORE_UPGRADE, BEFORE_RESTORE)
MANIFEST = "manifest.json"
STAMP = "%Y%m%d-%H%M%S"
# Tables whose rows say nothing about the user's data (a new database already holds them).
BOOKKEEPING_TABLES = {"alembic_version", "settings"}


@dataclass(frozen=True)
class Backup:
    folder: Path  # the backup's folder, or the file itself for copies made before backups had folders
    database: Path
    created: datetime  # aware, local time
    kind: str
    size_bytes: int
    revision: str | None
    freelancers: int | None
    documents: int | None
    attachments: tuple[tuple[str, str], ...]  # (stored path, sha256) carried in the store
    missing_attachments: tuple[str, ...]
    fingerprint: str | None


def backups_folder(database: Path) -> Path:
    return database.parent / "backups"


def live_attachments(database: Path) -> Path:
    return database.parent / "attachments"


def changes_marker(database: Path) -> Path:
    return backups_folder(database) / f".{database.stem}.changed"


def summary(connection: sqlite3.Connection) -> dict[str, list[int | None]]:
    """Each table's row count and highest rowid: cheap (0.1 s at 100,000 freelancers)."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    result: dict[str, list[int | None]] = {}
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        try:
            result[name] = list(connection.execute(f"SELECT count(*), max(rowid) FROM {quoted}").fetchone())
        except sqlite3.OperationalError:  # a table without rowid (FTS5's own)
            result[name] = [connection.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0], None]
    return result


def fingerprint(facts: dict[str, list[int | None]]) -> str:
    return hashlib.sha256(json.dumps(facts, sort_keys=True).encode()).hexdigest()


def one_value(connection: sqlite3.Connection, query: str) -> Any:
    row = connection.execute(query).fetchone()
    return row[0] if row else None


def connect_read_only(path: Path) -> sqlite3.Connection:
    wal = path.with_name(path.name + "-wal")
    options = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.as_uri()}?{options}", uri=True)


_LEGACY = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[^/]+)\.db$")


def list_backups(database: Path) -> list[Backup]:
    """The backups of `database`, newest first (unreadable entries are skipped)."""
    folder = backups_folder(database)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        if path.name.startswith("."):
            continue
        backup = _read_backup(path, database) if path.is_dir() else _read_legacy(path, database)
        if backup is not None:
            found.append(backup)
    return sorted(found, key=lambda backup: backup.created, reverse=True)


def _read_backup(folder: Path, database: Path) -> Backup | None:
    try:
        content = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if content.get("database") != database.name or not (folder / database.name).is_file():
            return None
        return Backup(
            folder=folder,
            database=folder / database.name,
            created=datetime.fromisoformat(content["created"]),
            kind=content["kind"],
            size_bytes=int(content["size_bytes"]),
            revision=content.get("revision"),
            freelancers=content.get("freelancers"),
            documents=content.get("documents"),
            attachments=tuple((str(path), str(sha)) for path, sha in content.get("attachments", [])),
            missing_attachments=tuple(content.get("missing_attachments", [])),
            fingerprint=content.get("fingerprint"),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _read_legacy(path: Path, database: Path) -> Backup | None:
    """A copy taken before an upgrade by earlier versions: a bare file, no attachments."""
    match = _LEGACY.match(path.name)
    if not match or match["stem"] != database.stem:
        return None
    revision = freelancers = documents = None
    try:
        with closing(connect_read_only(path)) as connection:
            facts = summary(connection)
            freelancers = facts.get("freelancers", [None])[0]
            documents = facts.get("documents", [None])[0]
            revision = one_value(connection, "SELECT version_num FROM alembic_version")
    except sqlite3.Error:
        pass  # still listed: the restore will say what is wrong with it
    return Backup(
        folder=path,
        database=path,
        created=datetime.strptime(match["stamp"], STAMP).astimezone(),
        kind=BEFORE_UPGRADE,
        size_bytes=path.stat().st_size,
        revision=revision,
        freelancers=freelancers,
        documents=documents,
        attachments=(),
        missing_attachments=(),
        fingerprint=None,
    )


def last_backup_time(database: Path) -> datetime | None:
    backups = list_backups(database)
    return backups[0].created if backups else None


def rotate(database: Path, retention: Retention = DEFAULT_RETENTION) -> list[Path]:
    """Removes the automatic backups the retention does not keep, then the files no backup needs.

    Backups asked for by hand, and those taken before an upgrade or a restore, are kept.
    """
    backups = list_backups(database)
    daily = [backup for backup in backups if backup.kind == DAILY]
    keep = backups_to_keep([backup.created for backup in daily], retention)
    removed = []
    for backup in daily:
        if backup.created not in keep:
            shutil.rmtree(backup.folder, ignore_errors=True)
            removed.append(backup.folder)
    prune_store(backups_folder(database) / STORE_NAME, needed_attachments(backups_folder(database)))
    return removed


def needed_attachments(folder: Path) -> set[str]:
    """Stored paths listed by any backup in `folder` (of any database kept there)."""
    needed: set[str] = set()
    for manifest in folder.glob(f"*/{MANIFEST}"):
        try:
            content = json.loads(manifest.read_text(encoding="utf-8"))
            needed.update(str(pair[0]) for pair in content.get("attachments", []))
        except (OSError, ValueError, TypeError, IndexError):
            # An unreadable manifest: keep everything rather than lose what it needed.
            return {f"{path.parent.name}/{path.name}" for path in (folder / STORE_NAME).glob("*/*")}
    return needed
