"""What keeps the relation alive: collaboration notes and follow-up reminders."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fms.core.enums import ContactChannel
from fms.models.base import Base, UtcDateTime, enum_type, utcnow


class CollaborationNote(Base):
    """A manager's note on a past engagement: what the next manager reads."""

    __tablename__ = "collaboration_notes"
    __table_args__ = (CheckConstraint("rating BETWEEN 1 AND 5", name="rating_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    freelancer_id: Mapped[int] = mapped_column(ForeignKey("freelancers.id", ondelete="CASCADE"), index=True)
    engagement_id: Mapped[int | None] = mapped_column(ForeignKey("engagements.id", ondelete="SET NULL"), index=True)
    author: Mapped[str] = mapped_column(String(120))
    rating: Mapped[int]
    would_rehire: Mapped[bool] = mapped_column(Boolean)
    strengths: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class FollowUp(Base):
    """A dated reminder to contact someone (a relance)."""

    __tablename__ = "follow_ups"
    __table_args__ = (CheckConstraint("freelancer_id IS NOT NULL OR client_contact_id IS NOT NULL", name="has_person"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    freelancer_id: Mapped[int | None] = mapped_column(ForeignKey("freelancers.id", ondelete="CASCADE"), index=True)
    client_contact_id: Mapped[int | None] = mapped_column(ForeignKey("client_contacts.id", ondelete="CASCADE"))
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id", ondelete="SET NULL"))
    due_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    channel: Mapped[ContactChannel] = mapped_column(enum_type(ContactChannel, "contact_channel"))
    purpose: Mapped[str] = mapped_column(String(300))
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    result: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
