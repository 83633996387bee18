"""Test helpers that damage a stored file where its engine keeps it: the folder, or the server's chunk rows."""

from __future__ import annotations

from sqlalchemy import delete, select, update

from fms.models import Document, StoredBlob, StoredChunk
from fms.storage.attachment_store import digest_of_name
from fms.storage.database import Database
from fms.storage.locations import attachments_dir


def _stored_path(db: Database, document_id: int) -> str:
    with db.reading() as session:
        path = session.scalar(select(Document.stored_path).where(Document.id == document_id))
    assert path is not None
    return path


def alter_stored(db: Database, document_id: int, data: bytes) -> None:
    """Overwrites the stored bytes of a document behind Vivier's back (a hand edit, a bad disk, a bad restore)."""
    path = _stored_path(db, document_id)
    if db.engine.dialect.name == "postgresql":
        with db.transaction() as session:
            session.execute(
                update(StoredChunk)
                .where(StoredChunk.sha256 == digest_of_name(path), StoredChunk.part == 0)
                .values(data=data)
            )
    else:
        (attachments_dir(db.location) / path).write_bytes(data)


def remove_stored(db: Database, document_id: int) -> None:
    path = _stored_path(db, document_id)
    if db.engine.dialect.name == "postgresql":
        with db.transaction() as session:
            session.execute(delete(StoredBlob).where(StoredBlob.sha256 == digest_of_name(path)))
    else:
        (attachments_dir(db.location) / path).unlink()
