"""The to-do's lines, grouped by when they are due: what the service and the start-up preview both give.

Importing this module imports no SQLAlchemy: the follow-ups screen and its preview are built on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from fms.core.enums import ContactChannel, Outcome
from fms.services.pipeline.recontact_rows import Recontact


class DueGroup(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this_week"
    LATER = "later"


def due_group(due_at: datetime, now: datetime) -> DueGroup:
    """Which part of the to-do a moment falls in, on the local calendar (weeks end on Sunday)."""
    if due_at < now:
        return DueGroup.OVERDUE
    due_day, today = due_at.astimezone().date(), now.astimezone().date()
    if due_day == today:
        return DueGroup.TODAY
    if due_day <= today + timedelta(days=6 - today.weekday()):
        return DueGroup.THIS_WEEK
    return DueGroup.LATER


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    due_at: datetime
    group: DueGroup
    person: str
    organisation: str
    channel: ContactChannel
    purpose: str
    freelancer_id: int | None
    application_id: int | None
    mission_id: int | None
    # A silver medallist due for a call rather than a reminder: how their application ended, and for what.
    recontact: Outcome | None = None
    mission_title: str = ""


def open_follow_up(values: Sequence[Any], now: datetime) -> FollowUpRow:
    """A reminder's line from the values `follow_ups.open_follow_ups` selects, in its order: the reminder's
    id, due_at, channel, purpose, freelancer, application and mission ids; the freelancer's first and
    last names and portage company, the contact's name, the client's (None where there is none)."""
    follow_up_id, due_at, channel, purpose, freelancer_id, application_id, mission_id = values[:7]
    first, last, portage, contact, client = values[7:]
    return FollowUpRow(
        id=follow_up_id,
        due_at=due_at,
        group=due_group(due_at, now),
        person=f"{first} {last}" if first is not None else (contact or ""),
        organisation=client or portage or "",
        channel=channel,
        purpose=purpose,
        freelancer_id=freelancer_id,
        application_id=application_id,
        mission_id=mission_id,
    )


def to_do_rows(reminders: list[FollowUpRow], recontacts: Iterable[Recontact], now: datetime) -> list[FollowUpRow]:
    """The open reminders and the silver medallists due for a call, soonest first."""
    rows = list(reminders)
    for item in recontacts:
        due = datetime.combine(item.due_on, time(9, 0)).astimezone()  # the morning of the day, local time
        rows.append(
            FollowUpRow(
                id=item.application_id,
                due_at=due.astimezone(UTC),
                group=due_group(due, now),
                person=item.person,
                organisation=item.organisation,
                channel=ContactChannel.EMAIL,
                purpose=item.why,
                freelancer_id=item.freelancer_id,
                application_id=item.application_id,
                mission_id=item.mission_id,
                recontact=item.outcome,
                mission_title=item.mission_title,
            )
        )
    return sorted(rows, key=lambda row: row.due_at)
