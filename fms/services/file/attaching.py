"""Attaching a file to a freelancer's file: checked, copied and read off the UI thread, then recorded.

Two steps so the UI can run the slow one in a worker thread: `prepare_attachment` touches only
files (copy, checksum, words for the search) and never the database; `record_attachment` is
the one transaction, run on the UI thread afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from fms.core.enums import DocumentKind, DocumentStatus
from fms.models import Document
from fms.services import settings
from fms.services.file.documents import DocumentRow, record_stored
from fms.storage.attachments import Cancelled, Progress, StoredFile, store_file
from fms.storage.database import Database
from fms.storage.garbage import GarbageReport, collect_garbage
from fms.storage.locations import DatabaseLocation, attachments_dir
from fms.values.file_names import display_name
from fms.values.text_extraction import MAX_CHARACTERS, TEXT_SUFFIXES, extract_text

MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class PreparedAttachment:
    """A file copied into the attachments folder, not yet recorded."""

    stored: StoredFile
    file_name: str
    words: str


def attachment_limit_bytes(db: Database) -> int:
    with db.reading() as session:
        return settings.read_int(session, settings.MAX_ATTACHMENT_MB) * MEGABYTE


def prepare_attachment(
    location: DatabaseLocation,
    source: Path,
    limit_bytes: int,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> PreparedAttachment:
    """Copies `source` in under its SHA-256 and reads its words; safe to run in a worker thread."""
    folder = attachments_dir(location)
    stored = store_file(folder, source, limit_bytes, progress, cancelled)
    suffix = Path(stored.relative_path).suffix
    path = folder / stored.relative_path
    # A text needs only its first characters; a PDF is read whole (it is at most the limit).
    with path.open("rb") as handle:
        data = handle.read(MAX_CHARACTERS * 4 if suffix in TEXT_SUFFIXES else -1)
    return PreparedAttachment(stored=stored, file_name=display_name(source.name), words=extract_text(data, suffix))


def record_attachment(
    db: Database,
    freelancer_id: int,
    prepared: PreparedAttachment,
    kind: DocumentKind,
    title: str = "",
    expires_on: date | None = None,
) -> DocumentRow:
    fields = {
        "kind": kind,
        "status": DocumentStatus.DRAFT,
        "title": title.strip() or Path(prepared.file_name).stem.strip() or prepared.file_name,
        "expires_on": expires_on,
    }
    return record_stored(db, freelancer_id, prepared.stored, prepared.words, prepared.file_name, "attached", **fields)


def attach_document(
    db: Database,
    freelancer_id: int,
    source: Path,
    kind: DocumentKind,
    title: str = "",
    expires_on: date | None = None,
) -> DocumentRow:
    """Both steps at once, for callers that do not mind waiting (the command line, the tests)."""
    prepared = prepare_attachment(db.location, source, attachment_limit_bytes(db))
    return record_attachment(db, freelancer_id, prepared, kind, title, expires_on)


def clean_attachments(db: Database) -> GarbageReport:
    """Removes stored files no document refers to, and leftovers of stopped copies."""
    with db.reading() as session:
        rows = session.scalars(select(Document.stored_path).where(Document.stored_path.is_not(None)))
        referenced = {path for path in rows if path is not None}
    return collect_garbage(db.location, referenced)
