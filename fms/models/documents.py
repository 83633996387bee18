"""Documents: contracts, NDAs, statements of work, amendments; the file is stored by checksum."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fms.core.enums import DocumentKind, DocumentStatus
from fms.models.base import Base, UtcDateTime, enum_type, utcnow, version_column


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (
        CheckConstraint("freelancer_id IS NOT NULL OR engagement_id IS NOT NULL", name="has_owner"),
        CheckConstraint("size_bytes >= 0", name="size_not_negative"),
        CheckConstraint("expires_on IS NULL OR valid_from IS NULL OR expires_on >= valid_from", name="dates_in_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}
    freelancer_id: Mapped[int | None] = mapped_column(ForeignKey("freelancers.id", ondelete="CASCADE"), index=True)
    engagement_id: Mapped[int | None] = mapped_column(ForeignKey("engagements.id", ondelete="CASCADE"), index=True)
    kind: Mapped[DocumentKind] = mapped_column(enum_type(DocumentKind, "document_kind"))
    status: Mapped[DocumentStatus] = mapped_column(
        enum_type(DocumentStatus, "document_status"), default=DocumentStatus.DRAFT
    )
    title: Mapped[str] = mapped_column(String(200))
    sent_on: Mapped[date | None] = mapped_column(Date)
    signed_on: Mapped[date | None] = mapped_column(Date)
    valid_from: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, index=True)
    original_name: Mapped[str] = mapped_column(String(255), default="")
    # Relative to the attachments folder; named by the checksum, never by the user's file name.
    stored_path: Mapped[str | None] = mapped_column(String(300))
    size_bytes: Mapped[int | None]
    sha256: Mapped[str | None] = mapped_column(String(64))
    # The words of the attached file (a CV's PDF, a text), so the talent pool's search finds them.
    text_content: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
