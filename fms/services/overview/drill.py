"""The list behind a tile or a bar of the dashboard: the applications (or follow-ups) it counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func

from fms.core.enums import Outcome, Stage
from fms.models import Application, Client, ClientContact, FollowUp, Freelancer, Mission
from fms.services.overview.follow_ups import overdue_follow_ups_query
from fms.services.overview.slice_kinds import Slice, SliceKind
from fms.services.overview.slices import DashboardFilter, scoped_applications, slice_condition
from fms.storage.database import Database


@dataclass(frozen=True)
class DashboardRow:
    """One line of the list behind a figure; `application_id` is None for a follow-up about no card."""

    application_id: int | None
    mission_id: int | None
    freelancer_id: int | None
    person: str
    mission_title: str
    client_name: str
    stage: Stage | None
    outcome: Outcome | None
    # Proposed on (an application) or due on (a follow-up).
    when: datetime
    archived: bool
    note: str = ""


def dashboard_list(
    db: Database, piece: Slice, scope: DashboardFilter | None = None, now: datetime | None = None
) -> list[DashboardRow]:
    scope = scope or DashboardFilter()
    if piece.kind == SliceKind.OVERDUE:
        return _overdue(db, scope, now or datetime.now(UTC))
    query = (
        scoped_applications(
            scope,
            Application.id,
            Application.mission_id,
            Application.freelancer_id,
            Freelancer.first_name,
            Freelancer.last_name,
            Mission.title,
            Client.name,
            Application.stage,
            Application.outcome,
            Application.created_at,
            Application.archived_at,
        )
        .join(Freelancer, Freelancer.id == Application.freelancer_id)
        .join(Client, Client.id == Mission.client_id)
        .where(slice_condition(piece))
        .order_by(Application.created_at, Application.id)
    )
    with db.reading() as session:
        return [
            DashboardRow(
                application_id=row[0],
                mission_id=row[1],
                freelancer_id=row[2],
                person=f"{row[3]} {row[4]}".strip(),
                mission_title=row[5],
                client_name=row[6],
                stage=row[7],
                outcome=row[8],
                when=row[9],
                archived=row[10] is not None,
            )
            for row in session.execute(query).tuples()
        ]


def _overdue(db: Database, scope: DashboardFilter, now: datetime) -> list[DashboardRow]:
    client_id = func.coalesce(Mission.client_id, ClientContact.client_id)
    query = (
        overdue_follow_ups_query(
            scope,
            now,
            FollowUp.application_id,
            Application.mission_id,
            FollowUp.freelancer_id,
            Freelancer.first_name,
            Freelancer.last_name,
            ClientContact.name,
            Mission.title,
            Client.name,
            Application.stage,
            Application.outcome,
            FollowUp.due_at,
            Application.archived_at,
            FollowUp.purpose,
        )
        .outerjoin(Freelancer, Freelancer.id == FollowUp.freelancer_id)
        .outerjoin(Client, Client.id == client_id)
        .order_by(FollowUp.due_at, FollowUp.id)
    )
    with db.reading() as session:
        rows = session.execute(query).tuples().all()
    return [
        DashboardRow(
            application_id=row[0],
            mission_id=row[1],
            freelancer_id=row[2],
            person=f"{row[3]} {row[4]}".strip() if row[3] is not None else (row[5] or ""),
            mission_title=row[6] or "",
            client_name=row[7] or "",
            stage=row[8],
            outcome=row[9],
            when=row[10],
            archived=row[11] is not None,
            note=row[12],
        )
        for row in rows
    ]
