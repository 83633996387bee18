"""What the dashboard's figures count: its filter and, for each tile or bar, the applications behind it.

A figure is a grouped count; the list behind it is the same set read row by row from the
condition below, so a bar and the dialog it opens never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, literal, select, true
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.selectable import Subquery

from fms.core.enums import DeclineReason, FailureCause, Outcome, Stage
from fms.models import Application, Engagement, Interview, Mission, StageChange
from fms.services.overview.slice_kinds import Slice, SliceKind
from fms.services.pipeline.rules import BEFORE_DECISION, CLOSING_OUTCOMES

# The funnel's steps: the pipeline up to the hire (a card reaching On mission was hired).
FUNNEL: tuple[Stage, ...] = (*BEFORE_DECISION, Stage.ON_MISSION)


@dataclass(frozen=True)
class DashboardFilter:
    """The period (inclusive days, either end open) selects the applications proposed in it."""

    start: date | None = None
    end: date | None = None
    client_id: int | None = None

    def period(self, column: ColumnElement[datetime] | InstrumentedAttribute[datetime]) -> ColumnElement[bool]:
        conditions: list[ColumnElement[bool]] = []
        if self.start is not None:
            conditions.append(column >= _midnight(self.start))
        if self.end is not None:
            conditions.append(column < _midnight(self.end + timedelta(days=1)))
        return and_(true(), *conditions)

    def applications(self) -> ColumnElement[bool]:
        """The applications in scope; callers join `Mission` on the application's mission."""
        client = Mission.client_id == self.client_id if self.client_id is not None else true()
        return and_(self.period(Application.created_at), client)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC)


def reached_levels() -> Subquery:
    """Each application's furthest funnel step, as `Stage.order`, from its stage history.

    From the history, not the current stage: a closed card sits in Alumni whatever it reached, and
    a card may skip the technical interview (reaching Final answer counts as passing it).
    """
    level = case(*((StageChange.to_stage == stage, stage.order) for stage in FUNNEL))
    return (
        select(StageChange.application_id.label("application_id"), func.max(level).label("level"))
        .where(StageChange.to_stage.in_(FUNNEL))
        .group_by(StageChange.application_id)
        .subquery("reached")
    )


def has_failure_cause(cause: FailureCause) -> ColumnElement[bool]:
    """The interview's coded causes (comma-separated) hold `cause`."""
    return (literal(",") + Interview.failure_cause_codes + literal(",")).like(f"%,{cause.value},%")


def lost_from(stage: Stage) -> ColumnElement[bool]:
    return exists().where(
        StageChange.application_id == Application.id,
        StageChange.to_stage == Stage.ALUMNI,
        StageChange.from_stage == stage,
    )


def slice_condition(piece: Slice) -> ColumnElement[bool]:
    """The applications one tile or bar counts (for any kind but `OVERDUE`)."""
    kind, value = piece.kind, piece.value
    if kind == SliceKind.REACHED:
        return _reached_at_least(Stage(value))
    if kind == SliceKind.HIRED:
        return Application.outcome == Outcome.HIRED
    if kind == SliceKind.DECLINED:
        return and_(
            Application.outcome == Outcome.DECLINED_BY_FREELANCER, Application.decline_reason == DeclineReason(value)
        )
    if kind == SliceKind.REJECTED:
        return and_(
            Application.outcome == Outcome.REJECTED_BY_CLIENT,
            exists().where(Interview.application_id == Application.id, has_failure_cause(FailureCause(value))),
        )
    if kind == SliceKind.PROFILES_SENT:
        return and_(Application.mission_id == int(value), _reached_at_least(Stage.PROFILE_SENT))
    if kind == SliceKind.LOST_AT:
        return and_(Application.outcome.in_(CLOSING_OUTCOMES), lost_from(Stage(value)))
    if kind == SliceKind.OWED:  # as the answers-owed list and its badge count them
        return and_(Application.feedback_owed, Application.archived_at.is_(None))
    if kind == SliceKind.IN_PROGRESS:
        return and_(Application.stage.in_(BEFORE_DECISION), Application.archived_at.is_(None))
    if kind == SliceKind.ON_MISSION:
        return Application.stage == Stage.ON_MISSION
    if kind == SliceKind.ENGAGED:
        return exists().where(Engagement.application_id == Application.id)
    raise ValueError(f"no application condition for {kind}")


def _reached_at_least(stage: Stage) -> ColumnElement[bool]:
    reached = reached_levels()
    return Application.id.in_(select(reached.c.application_id).where(reached.c.level >= stage.order))


def scoped_applications(scope: DashboardFilter, *columns: Any) -> Select[tuple[Any, ...]]:
    """`select(*columns)` over the applications in scope, joined to their mission."""
    return (
        select(*columns)
        .select_from(Application)
        .join(Mission, Mission.id == Application.mission_id)
        .where(scope.applications())
    )
