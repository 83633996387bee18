"""Applications (the cards of the board), their stage history and interviews."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ColumnElement,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    and_,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fms.core.enums import DeclineReason, FailureCause, InterviewKind, InterviewResult, Outcome, Stage
from fms.models.base import Base, UtcDateTime, enum_type, utcnow, version_column

if TYPE_CHECKING:
    from fms.models.engagements import Engagement
    from fms.models.freelancers import Freelancer
    from fms.models.missions import Mission


class Application(Base):
    """A freelancer proposed for a mission."""

    __tablename__ = "applications"
    __table_args__ = (
        UniqueConstraint("freelancer_id", "mission_id"),
        Index("ix_applications_board", "mission_id", "stage", "position"),
        Index("ix_applications_stage", "stage", "position"),
        CheckConstraint("outcome <> 'declined_by_freelancer' OR decline_reason IS NOT NULL", name="decline_has_reason"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}
    freelancer_id: Mapped[int] = mapped_column(ForeignKey("freelancers.id", ondelete="CASCADE"), index=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("missions.id", ondelete="CASCADE"))
    stage: Mapped[Stage] = mapped_column(enum_type(Stage, "stage"), default=Stage.SOURCED)
    # Order of the card inside its column; gaps are allowed, ties break on id.
    position: Mapped[int] = mapped_column(default=0)
    stage_entered_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    outcome: Mapped[Outcome | None] = mapped_column(enum_type(Outcome, "outcome"))
    decline_reason: Mapped[DeclineReason | None] = mapped_column(enum_type(DeclineReason, "decline_reason"))
    outcome_details: Mapped[str] = mapped_column(Text, default="")
    client_justification: Mapped[str] = mapped_column(Text, default="")
    feedback_draft: Mapped[str] = mapped_column(Text, default="")
    feedback_sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # A silver medallist: when to get back to someone not hired this time, and why.
    recontact_after: Mapped[date | None] = mapped_column(Date)
    recontact_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    archived_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    freelancer: Mapped[Freelancer] = relationship(back_populates="applications")
    mission: Mapped[Mission] = relationship(back_populates="applications")
    history: Mapped[list[StageChange]] = relationship(
        back_populates="application", cascade="all, delete-orphan", order_by="StageChange.id"
    )
    interviews: Mapped[list[Interview]] = relationship(
        back_populates="application", cascade="all, delete-orphan", order_by="Interview.scheduled_at"
    )
    engagement: Mapped[Engagement | None] = relationship(back_populates="application")

    @hybrid_property
    def feedback_owed(self) -> bool:
        """Closed without a hire and the candidate not answered yet: every candidate gets an answer."""
        return self.closed_at is not None and self.outcome != Outcome.HIRED and self.feedback_sent_at is None

    @feedback_owed.inplace.expression
    @classmethod
    def _feedback_owed_expression(cls) -> ColumnElement[bool]:
        return and_(cls.closed_at.is_not(None), cls.outcome != Outcome.HIRED, cls.feedback_sent_at.is_(None))


class StageChange(Base):
    """One move of a card: who, when, from where to where."""

    __tablename__ = "stage_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    from_stage: Mapped[Stage | None] = mapped_column(enum_type(Stage, "from_stage"))
    to_stage: Mapped[Stage] = mapped_column(enum_type(Stage, "to_stage"))
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    application: Mapped[Application] = relationship(back_populates="history")


class Interview(Base):
    """One interview; each evaluator scores it separately, and the client's word is kept as said."""

    __tablename__ = "interviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    kind: Mapped[InterviewKind] = mapped_column(enum_type(InterviewKind, "interview_kind"))
    scheduled_at: Mapped[datetime] = mapped_column(UtcDateTime)
    interviewers: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    client_feedback: Mapped[str] = mapped_column(Text, default="", server_default="")
    failure_causes: Mapped[str] = mapped_column(Text, default="")
    # The causes as `FailureCause` values, comma-separated: the answer to the candidate is
    # phrased from them, never from the free text above (our own words, kept internal).
    failure_cause_codes: Mapped[str] = mapped_column(String(200), default="", server_default="")
    result: Mapped[InterviewResult] = mapped_column(
        enum_type(InterviewResult, "interview_result"), default=InterviewResult.PENDING
    )
    # The invitation's identity for calendars: the UID never changes, SEQUENCE rises at each reschedule.
    invitation_uid: Mapped[str] = mapped_column(String(80), default="", server_default="")
    invitation_sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    application: Mapped[Application] = relationship(back_populates="interviews")
    evaluations: Mapped[list[InterviewEvaluation]] = relationship(
        back_populates="interview", cascade="all, delete-orphan", order_by="InterviewEvaluation.id"
    )

    @property
    def failure_reasons(self) -> tuple[FailureCause, ...]:
        """The stored causes; a value this build does not know (a newer one's) is skipped."""
        known = {cause.value: cause for cause in FailureCause}
        return tuple(known[code] for code in self.failure_cause_codes.split(",") if code in known)

    @failure_reasons.setter
    def failure_reasons(self, causes: tuple[FailureCause, ...]) -> None:
        self.failure_cause_codes = ",".join(dict.fromkeys(cause.value for cause in causes))


class InterviewEvaluation(Base):
    """What one evaluator (ours or the client's) scored, and why."""

    __tablename__ = "interview_evaluations"
    __table_args__ = (
        CheckConstraint("hard_skills_score BETWEEN 1 AND 5", name="hard_score_range"),
        CheckConstraint("soft_skills_score BETWEEN 1 AND 5", name="soft_score_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), index=True)
    evaluator: Mapped[str] = mapped_column(String(120))
    from_client: Mapped[bool] = mapped_column(Boolean, default=False)
    hard_skills_score: Mapped[int | None] = mapped_column(SmallInteger)
    soft_skills_score: Mapped[int | None] = mapped_column(SmallInteger)
    comment: Mapped[str] = mapped_column(Text, default="")

    interview: Mapped[Interview] = relationship(back_populates="evaluations")
