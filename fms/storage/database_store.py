"""Attached files inside the team's PostgreSQL database: one blob row per SHA-256, its bytes in 1 MiB chunks.

Why chunk rows rather than large objects: they are ordinary rows, so they commit or roll back
with the transaction, are removed by a cascade with their blob (large objects outlive their
row until `vacuumlo`), obey the same `GRANT`s as every other table, travel in `pg_dump` and
through any driver; and one chunk at a time keeps memory flat both ways.

A file is first spooled to this machine's attachments folder (the same checks, limit,
progress and cancel as on SQLite); its checksum is then known before a byte is sent, so a
content the server holds is never sent twice. Reads stream the server's chunks into that
local folder and check them on the way, so what opens is always the server's copy.
"""

from __future__ import annotations

import hashlib
import math
import os
import tempfile
import time
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Table, delete, func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from fms.models.base import utcnow
from fms.models.stored_files import StoredBlob, StoredChunk
from fms.storage import attachments
from fms.storage.attachment_store import StoredFileAltered, StoredFileMissing, digest_of_name
from fms.storage.attachments import CHUNK_BYTES, Cancelled, Progress, StoredFile
from fms.storage.database import Database
from fms.storage.garbage import GRACE_SECONDS, GarbageReport, collect_garbage
from fms.storage.locations import attachments_dir

DELETE_BATCH = 500
BLOBS: Table = StoredBlob.__table__  # type: ignore[assignment]  # Core: the insert's RETURNING tells a new row


class DatabaseStore:
    """Blobs on the server; this machine's attachments folder is only a spool and a cache."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.cache = attachments_dir(db.location)

    def store_file(
        self, source: Path, limit_bytes: int, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> StoredFile:
        stored = attachments.store_file(self.cache, source, limit_bytes, progress, cancelled)
        self._upload(stored, self.cache / stored.relative_path)
        return stored

    def store_bytes(self, data: bytes, suffix: str) -> StoredFile:
        stored = attachments.store_bytes(self.cache, data, suffix)
        self._upload(stored, self.cache / stored.relative_path)
        return stored

    def read_head(self, relative_path: str, limit: int | None) -> bytes:
        sha256 = digest_of_name(relative_path)
        data = bytearray()
        with self.db.reading() as session:
            parts = session.scalar(select(StoredBlob.parts).where(StoredBlob.sha256 == sha256))
            if parts is None:
                raise StoredFileMissing(None)
            for part in range(parts):
                if limit is not None and len(data) >= limit:
                    break
                data += _chunk(session, sha256, part) or b""
        return bytes(data if limit is None else data[:limit])

    def verified_path(self, relative_path: str, sha256: str) -> Path:
        key = digest_of_name(relative_path)
        target = self.cache / relative_path
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=target.parent, suffix=attachments.PART_SUFFIX)
        part_path = Path(name)
        try:
            digest = hashlib.sha256()
            with os.fdopen(handle, "wb") as out, self.db.reading() as session:
                parts = session.scalar(select(StoredBlob.parts).where(StoredBlob.sha256 == key))
                if parts is None:
                    raise StoredFileMissing(None)
                for part in range(parts):
                    chunk = _chunk(session, key, part)
                    if chunk is None:  # a chunk lost: the rest cannot be the attached file
                        raise StoredFileAltered(relative_path)
                    digest.update(chunk)
                    out.write(chunk)
            if digest.hexdigest() != sha256 or key != sha256:
                raise StoredFileAltered(relative_path)
            os.replace(part_path, target)
        finally:
            part_path.unlink(missing_ok=True)
        return target

    def collect_garbage(
        self, referenced: Iterable[str], now: float | None = None, grace_seconds: float = GRACE_SECONDS
    ) -> GarbageReport:
        """Deletes blobs no row refers to once past the grace period, then this machine's stale copies."""
        referenced = set(referenced)
        keep = {digest_of_name(path) for path in referenced}
        moment = time.time() if now is None else now
        deadline = datetime.fromtimestamp(moment, UTC) - timedelta(seconds=grace_seconds)
        with self.db.transaction() as session:
            old = session.execute(
                select(StoredBlob.sha256, StoredBlob.size_bytes).where(StoredBlob.created_at < deadline)
            ).all()
            doomed = [(sha256, size) for sha256, size in old if sha256 not in keep]
            for start in range(0, len(doomed), DELETE_BATCH):
                batch = [sha256 for sha256, _ in doomed[start : start + DELETE_BATCH]]
                # created_at again: a blob stored anew since the read above is young again and stays.
                session.execute(
                    delete(StoredBlob).where(StoredBlob.sha256.in_(batch), StoredBlob.created_at < deadline)
                )
        local = collect_garbage(self.db.location, referenced, now, grace_seconds)
        return GarbageReport(len(doomed) + local.removed, sum(size for _, size in doomed) + local.freed_bytes)

    def _upload(self, stored: StoredFile, path: Path) -> None:
        """Sends the spooled file once, whole or not at all; an altered copy on the server is replaced."""
        parts = math.ceil(stored.size_bytes / CHUNK_BYTES)
        with self.db.transaction() as session:
            created = session.execute(
                insert(BLOBS)
                .values(sha256=stored.sha256, size_bytes=stored.size_bytes, parts=parts, created_at=utcnow())
                .on_conflict_do_nothing()
                .returning(BLOBS.c.sha256)
            ).first()
            if created is None:
                # Held until commit: a second upload of the same content, or the garbage collector, waits.
                session.execute(select(StoredBlob.sha256).where(StoredBlob.sha256 == stored.sha256).with_for_update())
                if _server_digest(session, stored.sha256, parts) == stored.sha256:
                    session.execute(
                        update(StoredBlob).where(StoredBlob.sha256 == stored.sha256).values(created_at=utcnow())
                    )
                    return
                session.execute(delete(StoredChunk).where(StoredChunk.sha256 == stored.sha256))
                session.execute(
                    update(StoredBlob)
                    .where(StoredBlob.sha256 == stored.sha256)
                    .values(size_bytes=stored.size_bytes, parts=parts, created_at=utcnow())
                )
            with path.open("rb") as handle:
                for part in range(parts):
                    session.execute(
                        insert(StoredChunk).values(sha256=stored.sha256, part=part, data=handle.read(CHUNK_BYTES))
                    )


def _chunk(session: Session, sha256: str, part: int) -> bytes | None:
    return session.scalar(select(StoredChunk.data).where(StoredChunk.sha256 == sha256, StoredChunk.part == part))


def _server_digest(session: Session, sha256: str, parts: int) -> str | None:
    """The checksum of the server's copy, or None when chunks are missing or extra."""
    count = session.scalar(select(func.count()).select_from(StoredChunk).where(StoredChunk.sha256 == sha256))
    if count != parts:
        return None
    digest = hashlib.sha256()
    for part in range(parts):
        chunk = _chunk(session, sha256, part)
        if chunk is None:
            return None
        digest.update(chunk)
    return digest.hexdigest()
