"""Freelancers and their skills."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, SmallInteger, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fms.core.enums import RehireStatus, Seniority, SourcingChannel
from fms.core.text import fold
from fms.models.base import Base, UtcDateTime, enum_type, utcnow, version_column

if TYPE_CHECKING:
    from fms.models.applications import Application


class Skill(Base):
    """A shared skill tag; `key` is the case-folded name that makes tags unique."""

    __tablename__ = "skills"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    key: Mapped[str] = mapped_column(String(80), unique=True)


class Freelancer(Base):
    __tablename__ = "freelancers"
    __table_args__ = (
        CheckConstraint("daily_rate_cents >= 0", name="rate_not_negative"),
        CheckConstraint("NOT talent_pool_consent OR consent_date IS NOT NULL", name="consent_dated"),
        Index("ix_freelancers_name", "last_name", "first_name"),
        # The board's text filter reads every freelancer's folded text: from this narrow index on SQLite, a
        # third of the table's pages (PostgreSQL caps a b-tree entry's size and scans in parallel: not there).
        Index("ix_freelancers_search_text", "search_text", "email").ddl_if(dialect="sqlite"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    # Stored normalised (trimmed, lower case) so uniqueness means what a person means.
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    linkedin_url: Mapped[str] = mapped_column(String(300), default="")
    location: Mapped[str] = mapped_column(String(120), default="")
    headline: Mapped[str] = mapped_column(String(200), default="")
    seniority: Mapped[Seniority] = mapped_column(enum_type(Seniority, "seniority"), default=Seniority.CONFIRMED)
    daily_rate_cents: Mapped[int | None]
    availability_date: Mapped[date | None] = mapped_column(Date, index=True)
    sourcing_channel: Mapped[SourcingChannel] = mapped_column(
        enum_type(SourcingChannel, "sourcing_channel"), default=SourcingChannel.DIRECT
    )
    portage_company: Mapped[str] = mapped_column(String(200), default="")
    talent_pool_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    rehire_status: Mapped[RehireStatus] = mapped_column(
        enum_type(RehireStatus, "rehire_status"), default=RehireStatus.UNDECIDED, server_default="undecided"
    )
    # Private: shown in the file only, never on a card, a list or a document sent out.
    do_not_rehire_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Name, headline and email folded (no accents, no case), kept by `_keep_search_text`.
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
    archived_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    skills: Mapped[list[FreelancerSkill]] = relationship(back_populates="freelancer", cascade="all, delete-orphan")
    applications: Mapped[list[Application]] = relationship(back_populates="freelancer")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def freelancer_search_text(first_name: str, last_name: str, headline: str, email: str | None) -> str:
    """What a search box matches a freelancer on, folded so "elodie" finds "Élodie"."""
    return fold(" ".join((first_name, last_name, headline or "", email or "")))


@event.listens_for(Freelancer, "before_insert")
@event.listens_for(Freelancer, "before_update")
def _keep_search_text(_mapper: object, _connection: object, freelancer: Freelancer) -> None:
    freelancer.search_text = freelancer_search_text(
        freelancer.first_name, freelancer.last_name, freelancer.headline or "", freelancer.email
    )


class FreelancerSkill(Base):
    __tablename__ = "freelancer_skills"
    __table_args__ = (CheckConstraint("level BETWEEN 1 AND 5", name="level_range"),)

    freelancer_id: Mapped[int] = mapped_column(ForeignKey("freelancers.id", ondelete="CASCADE"), primary_key=True)
    skill_id: Mapped[int] = mapped_column(ForeignKey("skills.id", ondelete="RESTRICT"), primary_key=True, index=True)
    level: Mapped[int] = mapped_column(SmallInteger, default=3)

    freelancer: Mapped[Freelancer] = relationship(back_populates="skills")
    skill: Mapped[Skill] = relationship()
