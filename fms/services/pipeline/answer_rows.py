"""A line of the answers-owed list: what the service and the start-up preview both give."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from fms.core.enums import Outcome
from fms.services.pipeline.feedback import owed_to_client


@dataclass(frozen=True)
class OwedAnswer:
    """A line of the answers-owed list."""

    id: int
    mission_id: int
    freelancer_id: int
    freelancer_name: str
    mission_title: str
    client_name: str
    outcome: Outcome
    closed_at: datetime

    @property
    def to_client(self) -> bool:
        return owed_to_client(self.outcome)
