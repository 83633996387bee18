"""The figures of the dashboard, each from one aggregate query over the applications in scope."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import case, distinct, func, select
from sqlalchemy.orm import Session

from fms.core.enums import DeclineReason, FailureCause, MissionStatus, Outcome, Stage
from fms.models import Application, Client, Engagement, Interview, Mission, Renewal, StageChange
from fms.services.overview.follow_ups import overdue_follow_ups_query
from fms.services.overview.slice_kinds import Slice, SliceKind
from fms.services.overview.slices import (
    FUNNEL,
    DashboardFilter,
    has_failure_cause,
    reached_levels,
    scoped_applications,
    slice_condition,
)
from fms.services.overview.tiles import ENDING_WITHIN_DAYS, DashboardTiles, days_to_hire, median_or_none, share_or_none
from fms.services.pipeline.engagements import ending_soon_condition
from fms.services.pipeline.rules import BEFORE_DECISION, CLOSING_OUTCOMES
from fms.storage.database import Database

# The missions with the most profiles sent that the chart shows (the rest would be unreadable bars).
TOP_MISSIONS = 12


@dataclass(frozen=True)
class FunnelStep:
    stage: Stage
    reached: int
    # Of those who reached the step before, the share who reached this one (None for the first step).
    conversion: float | None


@dataclass(frozen=True)
class MissionProfiles:
    mission_id: int
    title: str
    client_name: str
    profiles_sent: int


@dataclass(frozen=True)
class DashboardFigures:
    applications_by_stage: dict[Stage, int]
    missions_by_status: dict[MissionStatus, int]
    outcomes: dict[Outcome, int]
    feedback_owed: int
    engagements_ending_soon: int
    engagements_total: int
    engagements_renewed: int
    funnel: tuple[FunnelStep, ...]
    # Days from the proposal to the hire, one per hire in scope, shortest first.
    hired_days: tuple[float, ...]
    decline_reasons: dict[DeclineReason, int]
    rejection_causes: dict[FailureCause, int]
    profiles_sent: tuple[MissionProfiles, ...]
    lost_at: dict[Stage, int]
    follow_ups_overdue: int

    @property
    def renewal_rate(self) -> float | None:
        return share_or_none(self.engagements_renewed, self.engagements_total)

    @property
    def median_days_to_hire(self) -> float | None:
        """Median days from Sourced (the proposal) to the hire, over the hires in scope."""
        return median_or_none(self.hired_days)

    @property
    def in_progress(self) -> int:
        return sum(self.applications_by_stage[stage] for stage in BEFORE_DECISION)

    @property
    def tiles(self) -> DashboardTiles:
        return DashboardTiles(
            open_missions=self.missions_by_status[MissionStatus.OPEN],
            in_progress=self.in_progress,
            on_mission=self.applications_by_stage[Stage.ON_MISSION],
            feedback_owed=self.feedback_owed,
            follow_ups_overdue=self.follow_ups_overdue,
            median_days_to_hire=self.median_days_to_hire,
            renewal_rate=self.renewal_rate,
            engagements_ending_soon=self.engagements_ending_soon,
        )


def dashboard_figures(
    db: Database,
    today: date | None = None,
    horizon_days: int = ENDING_WITHIN_DAYS,
    scope: DashboardFilter | None = None,
    now: datetime | None = None,
) -> DashboardFigures:
    today = today or date.today()
    now = now or datetime.now(UTC)
    scope = scope or DashboardFilter()
    with db.reading() as session:
        renewed, engaged = _renewals(session, scope)
        return DashboardFigures(
            applications_by_stage=_by_stage(session, scope),
            missions_by_status=_missions_by_status(session, scope),
            outcomes=_outcomes(session, scope),
            feedback_owed=_count(session, scope, Slice(SliceKind.OWED)),
            engagements_ending_soon=_ending_soon(session, scope, today, horizon_days),
            engagements_total=engaged,
            engagements_renewed=renewed,
            funnel=_funnel(session, scope),
            hired_days=_hired_days(session, scope),
            decline_reasons=_decline_reasons(session, scope),
            rejection_causes=_rejection_causes(session, scope),
            profiles_sent=_profiles_sent(session, scope),
            lost_at=_lost_at(session, scope),
            follow_ups_overdue=int(
                session.scalar(select(func.count()).select_from(overdue_follow_ups_query(scope, now).subquery())) or 0
            ),
        )


def _count(session: Session, scope: DashboardFilter, piece: Slice) -> int:
    query = scoped_applications(scope, func.count(Application.id)).where(slice_condition(piece))
    return int(session.scalar(query) or 0)


def _by_stage(session: Session, scope: DashboardFilter) -> dict[Stage, int]:
    query = (
        scoped_applications(scope, Application.stage, func.count())
        .where(Application.archived_at.is_(None))
        .group_by(Application.stage)
    )
    counts: dict[Stage, int] = dict(session.execute(query).tuples().all())
    return {stage: counts.get(stage, 0) for stage in Stage}


def _missions_by_status(session: Session, scope: DashboardFilter) -> dict[MissionStatus, int]:
    query = select(Mission.status, func.count()).where(Mission.archived_at.is_(None)).group_by(Mission.status)
    if scope.client_id is not None:
        query = query.where(Mission.client_id == scope.client_id)
    counts: dict[MissionStatus, int] = dict(session.execute(query).tuples().all())
    return {status: counts.get(status, 0) for status in MissionStatus}


def _outcomes(session: Session, scope: DashboardFilter) -> dict[Outcome, int]:
    query = (
        scoped_applications(scope, Application.outcome, func.count())
        .where(Application.archived_at.is_(None), Application.outcome.is_not(None))
        .group_by(Application.outcome)
    )
    counts: dict[Outcome, int] = dict(session.execute(query).tuples().all())
    return {outcome: counts.get(outcome, 0) for outcome in Outcome}


def _ending_soon(session: Session, scope: DashboardFilter, today: date, horizon_days: int) -> int:
    query = select(func.count(Engagement.id)).where(ending_soon_condition(today, horizon_days))
    if scope.client_id is not None:
        query = (
            query.join(Application, Application.id == Engagement.application_id)
            .join(Mission, Mission.id == Application.mission_id)
            .where(Mission.client_id == scope.client_id)
        )
    return int(session.scalar(query) or 0)


def _renewals(session: Session, scope: DashboardFilter) -> tuple[int, int]:
    """(renewed at least once, all) over the engagements of the applications in scope."""
    query = scoped_applications(
        scope, func.count(distinct(Engagement.id)), func.count(distinct(Renewal.engagement_id))
    ).join(Engagement, Engagement.application_id == Application.id)
    query = query.outerjoin(Renewal, Renewal.engagement_id == Engagement.id)
    total, renewed = session.execute(query).one()
    return int(renewed or 0), int(total or 0)


def _funnel(session: Session, scope: DashboardFilter) -> tuple[FunnelStep, ...]:
    reached = reached_levels()
    query = (
        scoped_applications(scope, reached.c.level, func.count())
        .join(reached, reached.c.application_id == Application.id)
        .group_by(reached.c.level)
    )
    at_level: dict[int, int] = {int(level): int(count) for level, count in session.execute(query)}
    steps: list[FunnelStep] = []
    previous: int | None = None
    for stage in FUNNEL:
        count = sum(n for level, n in at_level.items() if level >= stage.order)
        conversion = None if previous is None else (count / previous if previous else None)
        steps.append(FunnelStep(stage, count, conversion))
        previous = count
    return tuple(steps)


def _hired_days(session: Session, scope: DashboardFilter) -> tuple[float, ...]:
    query = (
        scoped_applications(scope, Application.created_at, func.min(StageChange.changed_at))
        .join(StageChange, StageChange.application_id == Application.id)
        .where(Application.outcome == Outcome.HIRED, StageChange.to_stage == Stage.ON_MISSION)
        .group_by(Application.id, Application.created_at)
    )
    return days_to_hire(session.execute(query).tuples())


def _decline_reasons(session: Session, scope: DashboardFilter) -> dict[DeclineReason, int]:
    query = (
        scoped_applications(scope, Application.decline_reason, func.count())
        .where(Application.outcome == Outcome.DECLINED_BY_FREELANCER, Application.decline_reason.is_not(None))
        .group_by(Application.decline_reason)
    )
    counts: dict[DeclineReason, int] = dict(session.execute(query).tuples().all())
    return {reason: counts.get(reason, 0) for reason in DeclineReason}


def _rejection_causes(session: Session, scope: DashboardFilter) -> dict[FailureCause, int]:
    """Rejected applications by the causes coded on their interviews (one application counts once per cause)."""
    columns = [func.count(distinct(case((has_failure_cause(cause), Application.id)))) for cause in FailureCause]
    query = (
        scoped_applications(scope, *columns)
        .join(Interview, Interview.application_id == Application.id)
        .where(Application.outcome == Outcome.REJECTED_BY_CLIENT)
    )
    counts = session.execute(query).one()
    return {cause: int(count or 0) for cause, count in zip(FailureCause, counts, strict=True)}


def _profiles_sent(session: Session, scope: DashboardFilter) -> tuple[MissionProfiles, ...]:
    reached = reached_levels()
    count = func.count(Application.id)
    query = (
        scoped_applications(scope, Mission.id, Mission.title, Client.name, count)
        .join(Client, Client.id == Mission.client_id)
        .join(reached, reached.c.application_id == Application.id)
        .where(reached.c.level >= Stage.PROFILE_SENT.order)
        .group_by(Mission.id, Mission.title, Client.name)
        .order_by(count.desc(), Mission.title, Mission.id)
        .limit(TOP_MISSIONS)
    )
    return tuple(MissionProfiles(*row) for row in session.execute(query).tuples())


def _lost_at(session: Session, scope: DashboardFilter) -> dict[Stage, int]:
    """Closed without a hire, by the stage the card left for Alumni."""
    query = (
        scoped_applications(scope, StageChange.from_stage, func.count(distinct(Application.id)))
        .join(StageChange, StageChange.application_id == Application.id)
        .where(
            Application.outcome.in_(CLOSING_OUTCOMES),
            StageChange.to_stage == Stage.ALUMNI,
            StageChange.from_stage.in_(BEFORE_DECISION),
        )
        .group_by(StageChange.from_stage)
    )
    counts: dict[Stage, int] = dict(session.execute(query).tuples().all())
    return {stage: counts.get(stage, 0) for stage in BEFORE_DECISION}
