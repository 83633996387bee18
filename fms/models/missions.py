"""Missions: a client's need, and the skills it requires."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fms.core.enums import MissionStatus, Seniority, WorkMode
from fms.models.base import Base, UtcDateTime, enum_type, utcnow, version_column

if TYPE_CHECKING:
    from fms.models.applications import Application
    from fms.models.clients import Client
    from fms.models.freelancers import Skill


class Mission(Base):
    __tablename__ = "missions"
    __table_args__ = (
        CheckConstraint("budget_daily_rate_cents >= 0", name="budget_not_negative"),
        CheckConstraint("end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="dates_in_order"),
        Index("ix_missions_client_status", "client_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    seniority: Mapped[Seniority | None] = mapped_column(enum_type(Seniority, "seniority"))
    budget_daily_rate_cents: Mapped[int | None]
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    location: Mapped[str] = mapped_column(String(200), default="")
    work_mode: Mapped[WorkMode] = mapped_column(enum_type(WorkMode, "work_mode"), default=WorkMode.HYBRID)
    status: Mapped[MissionStatus] = mapped_column(
        enum_type(MissionStatus, "mission_status"), default=MissionStatus.DRAFT
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    archived_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    client: Mapped[Client] = relationship(back_populates="missions")
    required_skills: Mapped[list[MissionSkill]] = relationship(back_populates="mission", cascade="all, delete-orphan")
    applications: Mapped[list[Application]] = relationship(back_populates="mission")


class MissionSkill(Base):
    __tablename__ = "mission_skills"
    __table_args__ = (CheckConstraint("min_level BETWEEN 1 AND 5", name="level_range"),)

    mission_id: Mapped[int] = mapped_column(ForeignKey("missions.id", ondelete="CASCADE"), primary_key=True)
    skill_id: Mapped[int] = mapped_column(ForeignKey("skills.id", ondelete="RESTRICT"), primary_key=True, index=True)
    min_level: Mapped[int] = mapped_column(SmallInteger, default=3)

    mission: Mapped[Mission] = relationship(back_populates="required_skills")
    skill: Mapped[Skill] = relationship()
