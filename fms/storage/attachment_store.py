"""The one interface to attached files' bytes, and which store a database uses.

SQLite keeps them in the folder beside its file (a copy of the folder is a whole backup);
a PostgreSQL server keeps them in its own tables, so every manager of the team opens the same
contract from any machine (`fms.storage.database_store`). Both name a file by its SHA-256
(`ab/ab…[.ext]`, the `stored_path` of a document) and both check it on every read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from fms.storage import attachments
from fms.storage.attachments import CHUNK_BYTES, Cancelled, Progress, StoredFile
from fms.storage.database import Database
from fms.storage.garbage import GRACE_SECONDS, GarbageReport, collect_garbage
from fms.storage.locations import DatabaseLocation, attachments_dir

# A setting (the letterhead's logo, the signature) that names a stored image rather than a file path.
STORED_PREFIX = "stored:"


class StoredFileMissing(Exception):  # noqa: N818 - the services turn it into a message in words
    """No stored file under this name (deleted, or never copied here)."""

    def __init__(self, where: Path | None) -> None:
        super().__init__(str(where) if where else "database")
        self.where = where  # the file that is missing, or None when it is the server's copy


class StoredFileAltered(Exception):  # noqa: N818
    """The stored bytes no longer match the checksum they were attached with."""


class AttachmentStore(Protocol):
    """Where attached files' bytes live; every method is safe to call from a worker thread."""

    def store_file(
        self, source: Path, limit_bytes: int, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> StoredFile: ...

    def store_bytes(self, data: bytes, suffix: str) -> StoredFile: ...

    def read_head(self, relative_path: str, limit: int | None) -> bytes:
        """The first `limit` bytes (all when None), unchecked: for the words of the search."""
        ...

    def verified_path(self, relative_path: str, sha256: str) -> Path:
        """A local file holding the stored bytes, checked against `sha256`.

        Raises `StoredFileMissing`, `StoredFileAltered`, or `OSError` when the bytes cannot be read.
        """
        ...

    def collect_garbage(
        self, referenced: Iterable[str], now: float | None = None, grace_seconds: float = GRACE_SECONDS
    ) -> GarbageReport: ...


def store_for(db: Database) -> AttachmentStore:
    """The store of this database's engine: the server's tables on PostgreSQL, the folder elsewhere."""
    if db.engine.dialect.name == "postgresql":
        from fms.storage.database_store import DatabaseStore

        return DatabaseStore(db)
    return FolderStore(db.location)


def digest_of_name(relative_path: str) -> str:
    """The SHA-256 a stored file is named by (`ab/<64 hex>.pdf`)."""
    return Path(relative_path).name[:64]


def stored_reference(stored: StoredFile) -> str:
    return f"{STORED_PREFIX}{stored.relative_path}"


def referenced_path(value: str) -> str | None:
    """The stored path a setting's value names, or None when it is a plain file path."""
    return value[len(STORED_PREFIX) :] if value.startswith(STORED_PREFIX) else None


class FolderStore:
    """Files in the attachments folder beside the SQLite file."""

    def __init__(self, location: DatabaseLocation) -> None:
        self.location = location
        self.folder = attachments_dir(location)

    def store_file(
        self, source: Path, limit_bytes: int, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> StoredFile:
        return attachments.store_file(self.folder, source, limit_bytes, progress, cancelled)

    def store_bytes(self, data: bytes, suffix: str) -> StoredFile:
        return attachments.store_bytes(self.folder, data, suffix)

    def read_head(self, relative_path: str, limit: int | None) -> bytes:
        with (self.folder / relative_path).open("rb") as handle:
            return handle.read(-1 if limit is None else limit)

    def verified_path(self, relative_path: str, sha256: str) -> Path:
        path = self.folder / relative_path
        digest = hashlib.sha256()
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(CHUNK_BYTES):
                    digest.update(chunk)
        except FileNotFoundError as error:
            raise StoredFileMissing(path) from error
        if digest.hexdigest() != sha256:
            raise StoredFileAltered(relative_path)
        return path

    def collect_garbage(
        self, referenced: Iterable[str], now: float | None = None, grace_seconds: float = GRACE_SECONDS
    ) -> GarbageReport:
        return collect_garbage(self.location, referenced, now, grace_seconds)
