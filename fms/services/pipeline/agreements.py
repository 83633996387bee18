"""The document gate: a mission starts with a signed, unexpired contract and NDA."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from fms.core.enums import DocumentKind, DocumentStatus
from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Document

REQUIRED_KINDS = (DocumentKind.CONTRACT, DocumentKind.NDA)


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
