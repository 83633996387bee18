"""A freelancer's documents: attached files kept by checksum, a status workflow, verified reads."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fms.core.enums import DocumentKind, DocumentStatus
from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Document, Freelancer
from fms.services.common import activity
from fms.services.common.lookup import get_or_not_found
from fms.storage.attachment_store import StoredFileAltered, StoredFileMissing, store_for
from fms.storage.attachments import StoredFile
from fms.storage.database import Database
from fms.values.file_names import display_name
from fms.values.text_extraction import extract_text

EXPIRY_WARNING_DAYS = 30
NEXT_STATUSES: dict[DocumentStatus, tuple[DocumentStatus, ...]] = {
    DocumentStatus.DRAFT: (DocumentStatus.SENT, DocumentStatus.SIGNED),
    DocumentStatus.SENT: (DocumentStatus.SIGNED, DocumentStatus.DRAFT),
    DocumentStatus.SIGNED: (DocumentStatus.EXPIRED, DocumentStatus.TERMINATED),
    DocumentStatus.EXPIRED: (),
    DocumentStatus.TERMINATED: (),
}


class DocumentFileError(KnownError):
    """The stored file is missing or no longer the one attached."""


@dataclass(frozen=True)
class DocumentRow:
    id: int
    kind: DocumentKind
    status: DocumentStatus
    title: str
    original_name: str
    size_bytes: int | None
    sent_on: date | None
    signed_on: date | None
    expires_on: date | None
    has_file: bool

    def expiring(self, today: date | None = None) -> bool:
        """Signed, and ending within the warning period (or already past its end)."""
        today = today or date.today()
        return (
            self.status == DocumentStatus.SIGNED
            and self.expires_on is not None
            and self.expires_on <= today + timedelta(days=EXPIRY_WARNING_DAYS)
        )


def list_documents(db: Database, freelancer_id: int) -> list[DocumentRow]:
    with db.reading() as session:
        documents = session.scalars(
            select(Document).where(Document.freelancer_id == freelancer_id).order_by(Document.created_at.desc())
        )
        return [_row(document) for document in documents]


def record_generated(
    db: Database,
    freelancer_id: int,
    kind: DocumentKind,
    title: str,
    file_name: str,
    data: bytes,
    engagement_id: int | None = None,
) -> DocumentRow:
    """Keeps a document Vivier produced (a letter) as signed off today, stored like any attachment."""
    fields = {"kind": kind, "status": DocumentStatus.SIGNED, "signed_on": datetime.now(UTC).date()}
    return _keep(db, freelancer_id, data, file_name, "generated", title=title, engagement_id=engagement_id, **fields)


def _keep(db: Database, freelancer_id: int, data: bytes, file_name: str, action: str, **fields: Any) -> DocumentRow:
    """Stores the bytes under their SHA-256, reads their words for the search, records the document."""
    suffix = Path(file_name).suffix
    stored = store_for(db).store_bytes(data, suffix)
    return record_stored(db, freelancer_id, stored, extract_text(data, suffix), file_name, action, **fields)


def record_stored(
    db: Database, freelancer_id: int, stored: StoredFile, words: str, file_name: str, action: str, **fields: Any
) -> DocumentRow:
    """Records a file already in the attachment store as a document of the freelancer, in one transaction."""
    file_name = display_name(file_name)
    with db.transaction() as session:
        get_or_not_found(session, Freelancer, freelancer_id)
        document = Document(
            freelancer_id=freelancer_id,
            original_name=file_name[:255],
            text_content=words,
            stored_path=stored.relative_path,
            size_bytes=stored.size_bytes,
            sha256=stored.sha256,
            **{**fields, "title": str(fields["title"])[:200]},
        )
        session.add(document)
        session.flush()
        activity.record(session, db.actor, "document", document.id, action, document.title, freelancer_id=freelancer_id)
        return _row(document)


def verified_file(db: Database, document_id: int) -> Path:
    """The stored file, after checking it is still the one attached; `DocumentFileError` otherwise."""
    with db.reading() as session:
        document = _get(session, document_id)
        stored_path, sha256, name = document.stored_path, document.sha256, document.original_name
    if stored_path is None or sha256 is None:
        raise DocumentFileError(QT_TRANSLATE_NOOP("errors", "No file is attached to this document."))
    try:
        return store_for(db).verified_path(stored_path, sha256)
    except StoredFileMissing as error:
        if error.where is None:
            raise DocumentFileError(
                QT_TRANSLATE_NOOP("errors", "The file of {name} is missing from the team database. Attach it again."),
                name=name,
            ) from error
        raise DocumentFileError(
            QT_TRANSLATE_NOOP(
                "errors", "The file of {name} is missing from the attachments folder ({path}). Attach it again."
            ),
            name=name,
            path=error.where,
        ) from error
    except StoredFileAltered as error:
        raise DocumentFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file of {name} was changed after it was attached (its checksum differs). "
                "It was not opened; attach the right version again.",
            ),
            name=name,
        ) from error
    except OSError as error:
        raise DocumentFileError(
            QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {detail}"),
            path=error.filename or name,
            detail=error.strerror or str(error),
        ) from error


def export_copy(db: Database, document_id: int, target: Path) -> Path:
    source = verified_file(db, document_id)
    try:
        shutil.copyfile(source, target)
    except OSError as error:
        raise KnownError(
            QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {detail}"),
            path=target,
            detail=error.strerror or str(error),
        ) from error
    return target


def set_status(db: Database, document_id: int, status: DocumentStatus, on: date | None = None) -> DocumentRow:
    """Moves a document along draft, sent, signed, then expired or terminated."""
    on = on or datetime.now(UTC).date()
    status = DocumentStatus(status)  # Qt hands enum values back from combo boxes as plain strings
    with db.transaction() as session:
        document = _get(session, document_id)
        if status not in NEXT_STATUSES[document.status]:
            raise KnownError(
                QT_TRANSLATE_NOOP("errors", "A document cannot go from {current} to {wanted}."),
                current=document.status,
                wanted=status,
            )
        document.status = status
        if status == DocumentStatus.SENT:
            document.sent_on = on
        elif status == DocumentStatus.SIGNED:
            document.signed_on = on
            document.valid_from = document.valid_from or on
        activity.record(
            session,
            db.actor,
            "document",
            document.id,
            f"status_{status.value}",
            document.title,
            freelancer_id=document.freelancer_id,
        )
        return _row(document)


def _get(session: Session, document_id: int) -> Document:
    document = get_or_not_found(session, Document, document_id)
    return document


def _row(document: Document) -> DocumentRow:
    return DocumentRow(
        id=document.id,
        kind=document.kind,
        status=document.status,
        title=document.title,
        original_name=display_name(document.original_name) if document.original_name else "",
        size_bytes=document.size_bytes,
        sent_on=document.sent_on,
        signed_on=document.signed_on,
        expires_on=document.expires_on,
        has_file=document.stored_path is not None,
    )
