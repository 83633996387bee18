"""The dashboard's tiles at start-up, read with sqlite3 while SQLAlchemy still loads.

The same figures as `dashboard.dashboard_figures(...).tiles` over the whole pipeline, the filter's
default (a test compares them): enums are stored as their values, timestamps as UTC text, dates as
ISO text. The charts and the engagements' list come with the database.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from fms.core.enums import MissionStatus, Outcome, Stage
from fms.services.common.preview import read_preview, utc
from fms.services.overview.tiles import (
    ENDING_WITHIN_DAYS,
    DashboardTiles,
    days_to_hire,
    median_or_none,
    share_or_none,
)
from fms.services.pipeline.rules import BEFORE_DECISION

_APPLICATIONS = "FROM applications JOIN missions ON missions.id = applications.mission_id"
_LIVE = "applications.archived_at IS NULL"
_IN_STAGES_SQL = f"SELECT count(*) {_APPLICATIONS} WHERE {_LIVE} AND applications.stage IN ({{}})"
# `Application.feedback_owed`, spelled out as the board's preview does.
_OWED_SQL = f"""SELECT count(applications.id) {_APPLICATIONS}
WHERE applications.closed_at IS NOT NULL AND applications.outcome != 'hired'
  AND applications.feedback_sent_at IS NULL AND {_LIVE}"""
_HIRES_SQL = f"""SELECT applications.created_at, min(stage_changes.changed_at) {_APPLICATIONS}
JOIN stage_changes ON stage_changes.application_id = applications.id
WHERE applications.outcome = ? AND stage_changes.to_stage = ?
GROUP BY applications.id, applications.created_at"""
_RENEWALS_SQL = f"""SELECT count(DISTINCT engagements.id), count(DISTINCT renewals.engagement_id) {_APPLICATIONS}
JOIN engagements ON engagements.application_id = applications.id
LEFT OUTER JOIN renewals ON renewals.engagement_id = engagements.id"""
_OVERDUE_SQL = "SELECT count(*) FROM follow_ups WHERE done_at IS NULL AND due_at < ?"
_ENDING_SQL = "SELECT count(id) FROM engagements WHERE real_end_date IS NULL AND planned_end_date <= ?"
_OPEN_MISSIONS_SQL = "SELECT count(*) FROM missions WHERE archived_at IS NULL AND status = ?"


def preview_tiles(path: Path, today: date | None = None, now: datetime | None = None) -> DashboardTiles | None:
    """The dashboard's tiles for the SQLite file at `path`; None when it cannot be read so."""
    today = today or date.today()
    now = now or datetime.now(UTC)

    def read(connection: sqlite3.Connection) -> DashboardTiles:
        def count(sql: str, *parameters: object) -> int:
            return int(connection.execute(sql, parameters).fetchone()[0] or 0)

        before_decision = [stage.value for stage in BEFORE_DECISION]
        hires = connection.execute(_HIRES_SQL, (Outcome.HIRED.value, Stage.ON_MISSION.value))
        engaged, renewed = connection.execute(_RENEWALS_SQL).fetchone()
        return DashboardTiles(
            open_missions=count(_OPEN_MISSIONS_SQL, MissionStatus.OPEN.value),
            in_progress=count(_IN_STAGES_SQL.format(", ".join("?" * len(before_decision))), *before_decision),
            on_mission=count(_IN_STAGES_SQL.format("?"), Stage.ON_MISSION.value),
            feedback_owed=count(_OWED_SQL),
            follow_ups_overdue=count(_OVERDUE_SQL, _stored(now)),
            median_days_to_hire=median_or_none(days_to_hire((utc(proposed), utc(hired)) for proposed, hired in hires)),
            renewal_rate=share_or_none(int(renewed or 0), int(engaged or 0)),
            engagements_ending_soon=count(_ENDING_SQL, (today + timedelta(days=ENDING_WITHIN_DAYS)).isoformat()),
        )

    return read_preview(path, read, "the dashboard's tiles")


def _stored(moment: datetime) -> str:
    """A moment as `UtcDateTime` binds it in SQLite: UTC, without its zone, to the microsecond."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
