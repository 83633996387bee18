"""Saved lists of freelancers ("React seniors for Q3"), shared by everyone using the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fms.core.text import name_key
from fms.models.base import Base, UtcDateTime, utcnow


class SavedList(Base):
    __tablename__ = "saved_lists"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    # `name_key(name)`, kept by `_keep_name_key`: what makes two lists' names the same.
    name_key: Mapped[str] = mapped_column(String(360), unique=True)
    created_by: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    members: Mapped[list[SavedListMember]] = relationship(back_populates="saved_list", cascade="all, delete-orphan")


@event.listens_for(SavedList, "before_insert")
@event.listens_for(SavedList, "before_update")
def _keep_name_key(_mapper: object, _connection: object, saved_list: SavedList) -> None:
    saved_list.name_key = name_key(saved_list.name)


class SavedListMember(Base):
    __tablename__ = "saved_list_members"

    list_id: Mapped[int] = mapped_column(ForeignKey("saved_lists.id", ondelete="CASCADE"), primary_key=True)
    freelancer_id: Mapped[int] = mapped_column(
        ForeignKey("freelancers.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    saved_list: Mapped[SavedList] = relationship(back_populates="members")
