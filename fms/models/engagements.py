"""Engagements (missions actually done), their renewals and offboarding checklists."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Boolean, CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fms.models.base import Base, UtcDateTime, utcnow, version_column

if TYPE_CHECKING:
    from fms.models.applications import Application


class Engagement(Base):
    __tablename__ = "engagements"
    __table_args__ = (
        CheckConstraint("daily_rate_cents >= 0", name="rate_not_negative"),
        CheckConstraint("planned_end_date >= start_date", name="planned_end_after_start"),
        CheckConstraint("real_end_date IS NULL OR real_end_date >= start_date", name="real_end_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), unique=True)
    start_date: Mapped[date] = mapped_column(Date)
    planned_end_date: Mapped[date] = mapped_column(Date, index=True)
    real_end_date: Mapped[date | None] = mapped_column(Date)
    daily_rate_cents: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    application: Mapped[Application] = relationship(back_populates="engagement")
    renewals: Mapped[list[Renewal]] = relationship(
        back_populates="engagement", cascade="all, delete-orphan", order_by="Renewal.id"
    )
    offboarding: Mapped[Offboarding | None] = relationship(back_populates="engagement", cascade="all, delete-orphan")


class Renewal(Base):
    """An extension of an engagement; most missions are renewed at least once."""

    __tablename__ = "renewals"
    __table_args__ = (
        CheckConstraint("new_end_date > previous_end_date", name="extends"),
        CheckConstraint("new_daily_rate_cents >= 0", name="rate_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    engagement_id: Mapped[int] = mapped_column(ForeignKey("engagements.id", ondelete="CASCADE"), index=True)
    renewed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    previous_end_date: Mapped[date] = mapped_column(Date)
    new_end_date: Mapped[date] = mapped_column(Date)
    new_daily_rate_cents: Mapped[int | None]

    engagement: Mapped[Engagement] = relationship(back_populates="renewals")


class Offboarding(Base):
    """The end-of-mission checklist of one engagement; resumable, so it remembers its page."""

    __tablename__ = "offboardings"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}
    engagement_id: Mapped[int] = mapped_column(ForeignKey("engagements.id", ondelete="CASCADE"), unique=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    current_page: Mapped[str] = mapped_column(String(60), default="")
    # What each page of the wizard holds, by page then field (texts, dates as ISO strings, numbers).
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    engagement: Mapped[Engagement] = relationship(back_populates="offboarding")
    items: Mapped[list[OffboardingItem]] = relationship(
        back_populates="offboarding", cascade="all, delete-orphan", order_by="OffboardingItem.position"
    )


class OffboardingItem(Base):
    __tablename__ = "offboarding_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    offboarding_id: Mapped[int] = mapped_column(ForeignKey("offboardings.id", ondelete="CASCADE"), index=True)
    section: Mapped[str] = mapped_column(String(60))
    label: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(default=0)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_by: Mapped[str] = mapped_column(String(120), default="")
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    comment: Mapped[str] = mapped_column(Text, default="")

    offboarding: Mapped[Offboarding] = relationship(back_populates="items")
