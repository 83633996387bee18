"""The follow-ups the dashboard counts as overdue: not done, due before now, in the filter's period and client."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select

from fms.models import Application, ClientContact, FollowUp, Mission
from fms.services.overview.slices import DashboardFilter


def overdue_follow_ups_query(scope: DashboardFilter, now: datetime, *columns: Any) -> Select[tuple[Any, ...]]:
    """`select(*columns)` (the follow-up's id by default) over the overdue follow-ups in scope.

    The period applies to the due date; the client is the application's client, else the contact's.
    """
    query = (
        select(*(columns or (FollowUp.id,)))
        .select_from(FollowUp)
        .outerjoin(Application, Application.id == FollowUp.application_id)
        .outerjoin(Mission, Mission.id == Application.mission_id)
        .outerjoin(ClientContact, ClientContact.id == FollowUp.client_contact_id)
        .where(FollowUp.done_at.is_(None), FollowUp.due_at < now, scope.period(FollowUp.due_at))
    )
    if scope.client_id is not None:
        query = query.where(func.coalesce(Mission.client_id, ClientContact.client_id) == scope.client_id)
    return query
