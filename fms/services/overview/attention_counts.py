"""What the main window keeps in view: engagements about to end and agreements about to expire."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from fms.core.enums import DocumentKind, DocumentStatus
from fms.models import Document, Engagement
from fms.services.file.documents import EXPIRY_WARNING_DAYS
from fms.services.pipeline.engagements import ending_soon_condition
from fms.storage.database import Database


@dataclass(frozen=True)
class Attention:
    engagements_ending: int
    agreements_expiring: int


def attention(db: Database, today: date | None = None) -> Attention:
    today = today or date.today()
    with db.reading() as session:
        ending = session.scalar(select(func.count(Engagement.id)).where(ending_soon_condition(today)))
        expiring = session.scalar(
            select(func.count(Document.id)).where(
                Document.kind.in_((DocumentKind.CONTRACT, DocumentKind.NDA)),
                Document.status == DocumentStatus.SIGNED,
                Document.expires_on <= today + timedelta(days=EXPIRY_WARNING_DAYS),
            )
        )
    return Attention(int(ending or 0), int(expiring or 0))
