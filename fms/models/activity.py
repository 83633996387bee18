"""The activity log: every user action, for a person's history and audits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fms.models.base import Base, UtcDateTime, utcnow


class ActivityEntry(Base):
    __tablename__ = "activity_log"
    __table_args__ = (Index("ix_activity_log_entity", "entity_type", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(120), default="")
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int]
    # Lets a freelancer's file show its full history with one indexed query.
    freelancer_id: Mapped[int | None] = mapped_column(ForeignKey("freelancers.id", ondelete="SET NULL"), index=True)
    action: Mapped[str] = mapped_column(String(60))
    details: Mapped[str] = mapped_column(Text, default="")
