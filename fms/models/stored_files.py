"""Attached files kept inside the database (a team server), one row per content and its chunks.

Keyed by SHA-256 so the same content is kept once; chunks of at most 1 MiB so neither writing
nor reading ever holds a whole file in memory. The tables exist on every engine (one schema),
but only the PostgreSQL store fills them: on SQLite the files stay in the folder beside the file.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from fms.models.base import Base, UtcDateTime, utcnow


class StoredBlob(Base):
    __tablename__ = "attachment_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    parts: Mapped[int] = mapped_column(Integer)
    # The garbage collector spares young blobs: another manager may not have recorded its row yet.
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class StoredChunk(Base):
    __tablename__ = "attachment_chunks"

    sha256: Mapped[str] = mapped_column(
        String(64), ForeignKey("attachment_blobs.sha256", ondelete="CASCADE"), primary_key=True
    )
    part: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
