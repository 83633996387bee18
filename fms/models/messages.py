"""Message templates the team edited; a kind and language with no row uses the shipped default."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fms.models.base import Base, version_column


class MessageTemplate(Base):
    __tablename__ = "message_templates"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}
