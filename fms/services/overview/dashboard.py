"""The figures of the dashboard, each from one aggregate query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from fms.core.enums import MissionStatus, Outcome, Stage
from fms.models import Application, Engagement, Mission
from fms.services.pipeline.engagements import ending_soon_condition, read_renewal_rate
from fms.storage.database import Database


@dataclass(frozen=True)
class DashboardFigures:
    applications_by_stage: dict[Stage, int]
    missions_by_status: dict[MissionStatus, int]
    outcomes: dict[Outcome, int]
    feedback_owed: int
    engagements_ending_soon: int
    engagements_total: int
    engagements_renewed: int

    @property
    def renewal_rate(self) -> float | None:
        return self.engagements_renewed / self.engagements_total if self.engagements_total else None


def dashboard_figures(db: Database, today: date | None = None, horizon_days: int = 30) -> DashboardFigures:
    today = today or date.today()
    live = Application.archived_at.is_(None)
    with db.reading() as session:
        by_stage: dict[Stage, int] = {
            stage: count
            for stage, count in session.execute(
                select(Application.stage, func.count()).where(live).group_by(Application.stage)
            )
        }
        by_status: dict[MissionStatus, int] = {
            status: count
            for status, count in session.execute(
                select(Mission.status, func.count()).where(Mission.archived_at.is_(None)).group_by(Mission.status)
            )
        }
        outcomes: dict[Outcome, int] = {
            outcome: count
            for outcome, count in session.execute(
                select(Application.outcome, func.count())
                .where(live, Application.outcome.is_not(None))
                .group_by(Application.outcome)
            )
            if outcome is not None
        }
        owed = session.scalar(select(func.count()).where(live, Application.feedback_owed))
        ending = session.scalar(select(func.count(Engagement.id)).where(ending_soon_condition(today, horizon_days)))
        renewals = read_renewal_rate(session)
    return DashboardFigures(
        applications_by_stage={stage: by_stage.get(stage, 0) for stage in Stage},
        missions_by_status={status: by_status.get(status, 0) for status in MissionStatus},
        outcomes={outcome: outcomes.get(outcome, 0) for outcome in Outcome},
        feedback_owed=owed or 0,
        engagements_ending_soon=ending or 0,
        engagements_total=renewals.engagements,
        engagements_renewed=renewals.renewed,
    )
