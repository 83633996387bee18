"""Attaching a file to a freelancer's file: checked, copied and read off the UI thread, then recorded.

Two steps so the UI can run the slow one in a worker thread: `prepare_attachment` copies the
bytes into the attachment store (the folder beside a SQLite file; on a team server, the server's
own tables, in a transaction of their own on the worker's connection) and reads the words for
the search; `record_attachment` is the one transaction of the document, run on the UI thread afterwards.
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
from fms.storage.attachment_store import AttachmentStore, referenced_path, store_for
from fms.storage.attachments import Cancelled, Progress, StoredFile
from fms.storage.database import Database
from fms.storage.garbage import GarbageReport
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


def attachment_store(db: Database) -> AttachmentStore:
    """Where this database keeps attached files; hand it to `prepare_attachment` in the worker thread."""
    return store_for(db)


def prepare_attachment(
    store: AttachmentStore,
    source: Path,
    limit_bytes: int,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> PreparedAttachment:
    """Copies `source` in under its SHA-256 and reads its words; safe to run in a worker thread."""
    stored = store.store_file(source, limit_bytes, progress, cancelled)
    suffix = Path(stored.relative_path).suffix
    # A text needs only its first characters; a PDF is read whole (it is at most the limit).
    data = store.read_head(stored.relative_path, MAX_CHARACTERS * 4 if suffix in TEXT_SUFFIXES else None)
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
    prepared = prepare_attachment(store_for(db), source, attachment_limit_bytes(db))
    return record_attachment(db, freelancer_id, prepared, kind, title, expires_on)


def clean_attachments(db: Database) -> GarbageReport:
    """Removes stored files no document or letterhead image refers to, and leftovers of stopped copies."""
    with db.reading() as session:
        referenced = {path for path in session.scalars(select(Document.stored_path)) if path is not None}
        for key in (settings.COMPANY_LOGO, settings.SIGNATURE_IMAGE):
            image = referenced_path(settings.read_text(session, key))
            if image is not None:
                referenced.add(image)
    return store_for(db).collect_garbage(referenced)
