"""Documents: a real file attached, verified on every read, its status moved along the workflow."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from fms.core.enums import DocumentKind, DocumentStatus
from fms.core.errors import KnownError
from fms.services.file import DocumentFileError, attach_document, export_copy, list_documents, set_status, verified_file
from fms.storage.database import Database
from fms.storage.locations import attachments_dir
from tests.conftest import Factory
from tests.stored_bytes import alter_stored, remove_stored


@pytest.fixture
def contract(tmp_path: Path) -> Path:
    path = tmp_path / "contrat signé.pdf"
    path.write_bytes(b"%PDF-1.4 contract between Hexa and Camille\n")
    return path


def test_an_attached_file_is_stored_by_checksum_and_read_back(db: Database, make: Factory, contract: Path) -> None:
    freelancer_id = make.freelancer()
    document = attach_document(db, freelancer_id, contract, DocumentKind.CONTRACT, "Contrat Hexa")
    stored = verified_file(db, document.id)
    assert stored.parent.parent == attachments_dir(db.location)
    assert stored.name.endswith(".pdf") and "contrat" not in stored.name  # never the user's name as a path
    assert stored.read_bytes() == contract.read_bytes()
    assert [(row.title, row.status, row.original_name) for row in list_documents(db, freelancer_id)] == [
        ("Contrat Hexa", DocumentStatus.DRAFT, "contrat signé.pdf")
    ]


def test_a_tampered_or_missing_file_is_reported_never_opened(db: Database, make: Factory, contract: Path) -> None:
    document = attach_document(db, make.freelancer(), contract, DocumentKind.NDA)
    alter_stored(db, document.id, b"%PDF-1.4 something else\n")
    with pytest.raises(DocumentFileError, match="changed after it was attached"):
        verified_file(db, document.id)
    remove_stored(db, document.id)
    with pytest.raises(DocumentFileError, match="missing from the (attachments folder|team database)"):
        verified_file(db, document.id)


def test_an_unreadable_source_is_refused_with_its_name(db: Database, make: Factory, tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="Cannot read nowhere.pdf"):
        attach_document(db, make.freelancer(), tmp_path / "nowhere.pdf", DocumentKind.OTHER)


def test_export_writes_a_verified_copy(db: Database, make: Factory, contract: Path, tmp_path: Path) -> None:
    document = attach_document(db, make.freelancer(), contract, DocumentKind.CONTRACT)
    target = export_copy(db, document.id, tmp_path / "copy.pdf")
    assert target.read_bytes() == contract.read_bytes()


def test_the_status_workflow(db: Database, make: Factory, contract: Path) -> None:
    document = attach_document(
        db, make.freelancer(), contract, DocumentKind.NDA, expires_on=date.today() + timedelta(days=10)
    )
    sent = set_status(db, document.id, DocumentStatus.SENT, on=date(2026, 3, 1))
    signed = set_status(db, document.id, DocumentStatus.SIGNED, on=date(2026, 3, 4))
    assert (sent.sent_on, signed.signed_on, signed.status) == (
        date(2026, 3, 1),
        date(2026, 3, 4),
        DocumentStatus.SIGNED,
    )
    assert signed.expiring()  # signed and ending within 30 days
    with pytest.raises(KnownError, match="cannot go from Signed to Draft"):
        set_status(db, document.id, DocumentStatus.DRAFT)
    assert set_status(db, document.id, DocumentStatus.TERMINATED).status == DocumentStatus.TERMINATED
    with pytest.raises(KnownError):
        set_status(db, document.id, DocumentStatus.SIGNED)
