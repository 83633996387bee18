"""A silver medallist due for a call: what the service and the start-up preview both give."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fms.core.enums import Outcome

NOT_HIRED = (Outcome.DECLINED_BY_FREELANCER, Outcome.REJECTED_BY_CLIENT, Outcome.WITHDRAWN)


@dataclass(frozen=True)
class Recontact:
    application_id: int
    freelancer_id: int
    mission_id: int
    due_on: date
    person: str
    organisation: str
    mission_title: str
    outcome: Outcome
    why: str
