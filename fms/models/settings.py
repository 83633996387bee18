"""Business settings shared by everyone using the database (window state stays per user)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fms.models.base import Base, version_column


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}
