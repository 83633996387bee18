"""Saved lists of freelancers ("React seniors for Q3"), shared by everyone using the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fms.models.base import Base, UtcDateTime, utcnow


class SavedList(Base):
    __tablename__ = "saved_lists"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    created_by: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    members: Mapped[list[SavedListMember]] = relationship(back_populates="saved_list", cascade="all, delete-orphan")


class SavedListMember(Base):
    __tablename__ = "saved_list_members"

    list_id: Mapped[int] = mapped_column(ForeignKey("saved_lists.id", ondelete="CASCADE"), primary_key=True)
    freelancer_id: Mapped[int] = mapped_column(
        ForeignKey("freelancers.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    saved_list: Mapped[SavedList] = relationship(back_populates="members")
