"""The document gate: a mission starts with a signed, unexpired contract and NDA."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from fms.core import limits
from fms.core.enums import DocumentKind, DocumentStatus
from fms.core.errors import KnownError, ValidationError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Document
from fms.services.common import activity
from fms.services.settings import REQUIRE_SIGNED_AGREEMENTS, read_flag
from fms.storage.database import Database

if TYPE_CHECKING:  # the file package (e-mail, phone, PDF checks) stays off the board's start-up path
    from fms.services.file import PreparedAttachment

REQUIRED_KINDS = (DocumentKind.CONTRACT, DocumentKind.NDA)


@dataclass(frozen=True)
class SignedAgreement:
    """A signed document attached in the hire dialog: its file is already in the attachment store."""

    kind: DocumentKind
    prepared: PreparedAttachment
    signed_on: date
    expires_on: date | None = None


class AgreementsMissing(KnownError):
    """Hiring needs these documents signed, or the caller's "sign later" confirmation."""

    def __init__(self, template: str, missing: tuple[DocumentKind, ...], **params: object) -> None:
        self.missing = missing
        super().__init__(template, **params)


def missing_agreements(session: Session, freelancer_id: int, start: date) -> tuple[DocumentKind, ...]:
    """Required kinds with no signed document of the freelancer still valid on `start`."""
    signed = set(
        session.scalars(
            select(Document.kind).where(
                Document.freelancer_id == freelancer_id,
                Document.status == DocumentStatus.SIGNED,
                or_(Document.expires_on.is_(None), Document.expires_on >= start),
            )
        )
    )
    return tuple(kind for kind in REQUIRED_KINDS if kind not in signed)


def agreements_missing(db: Database, freelancer_id: int, start: date) -> tuple[DocumentKind, ...]:
    """What the hire dialog lists to attach: the required kinds not yet signed and valid on `start`."""
    with db.reading() as session:
        if not read_flag(session, REQUIRE_SIGNED_AGREEMENTS):
            return ()
        return missing_agreements(session, freelancer_id, start)


def signed_agreement_errors(signed_on: date, expires_on: date | None) -> dict[str, str]:
    """What an attached signed document's dates get wrong, by field of the attach dialog."""
    errors: dict[str, str] = {}
    if signed_on > datetime.now(UTC).date():
        errors["signed_on"] = QT_TRANSLATE_NOOP("errors", "The signature date is in the future.")
    if expires_on is not None and expires_on < signed_on:
        errors["expires_on"] = QT_TRANSLATE_NOOP("errors", "The end date is before the signature.")
    return errors


def add_signed(
    session: Session, actor: str, freelancer_id: int, agreements: tuple[SignedAgreement, ...]
) -> list[Document]:
    """Records the documents signed in the hire dialog, inside the hire's own transaction."""
    documents = []
    for agreement in agreements:
        errors = signed_agreement_errors(agreement.signed_on, agreement.expires_on)
        if errors:
            raise ValidationError(errors)
        prepared, stored = agreement.prepared, agreement.prepared.stored
        document = Document(
            freelancer_id=freelancer_id,
            kind=DocumentKind(agreement.kind),
            status=DocumentStatus.SIGNED,
            title=(Path(prepared.file_name).stem.strip() or prepared.file_name)[: limits.NAME],
            signed_on=agreement.signed_on,
            valid_from=agreement.signed_on,
            expires_on=agreement.expires_on,
            original_name=prepared.file_name[:255],
            text_content=prepared.words,
            stored_path=stored.relative_path,
            size_bytes=stored.size_bytes,
            sha256=stored.sha256,
        )
        session.add(document)
        session.flush()
        activity.record(
            session, actor, "document", document.id, "attached", document.title, freelancer_id=freelancer_id
        )
        documents.append(document)
    return documents


def gate_error(missing: tuple[DocumentKind, ...]) -> AgreementsMissing:
    if missing == (DocumentKind.NDA,):
        template = QT_TRANSLATE_NOOP(
            "errors", "This freelancer has no signed, valid NDA. Start the mission and sign it later?"
        )
    elif missing == (DocumentKind.CONTRACT,):
        template = QT_TRANSLATE_NOOP(
            "errors", "This freelancer has no signed, valid contract. Start the mission and sign it later?"
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "errors", "This freelancer has no signed, valid contract nor NDA. Start the mission and sign them later?"
        )
    return AgreementsMissing(template, missing)


def add_drafts(session: Session, freelancer_id: int, engagement_id: int, kinds: tuple[DocumentKind, ...]) -> None:
    """Draft documents to sign later; the card stays flagged until they are signed."""
    titles = {DocumentKind.CONTRACT: "Contract", DocumentKind.NDA: "NDA"}
    for kind in kinds:
        session.add(
            Document(
                freelancer_id=freelancer_id,
                engagement_id=engagement_id,
                kind=kind,
                status=DocumentStatus.DRAFT,
                title=titles.get(kind, kind.value),
            )
        )
