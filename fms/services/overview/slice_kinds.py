"""What a tile or bar of the dashboard stands for, without the query behind it (no SQLAlchemy here)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SliceKind(StrEnum):
    REACHED = "reached"  # value: a funnel stage
    HIRED = "hired"
    DECLINED = "declined"  # value: a decline reason
    REJECTED = "rejected"  # value: a failure cause
    PROFILES_SENT = "profiles_sent"  # value: a mission id
    LOST_AT = "lost_at"  # value: the stage the card was closed from
    OWED = "owed"
    IN_PROGRESS = "in_progress"
    ON_MISSION = "on_mission"
    ENGAGED = "engaged"
    OVERDUE = "overdue"  # follow-ups, not applications


@dataclass(frozen=True)
class Slice:
    """One tile or bar of the dashboard: what the list behind it holds."""

    kind: SliceKind
    value: str = ""
