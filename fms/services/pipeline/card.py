"""What a card of the board shows, free of SQLAlchemy: the start-up preview builds it before the ORM loads."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from fms.core.enums import Outcome, Seniority, Stage


@dataclass(frozen=True)
class Card:
    """What a card shows, and what the board's filters test."""

    id: int
    freelancer_id: int
    freelancer_name: str
    headline: str
    seniority: Seniority
    daily_rate_cents: int | None
    mission_id: int
    mission_title: str
    budget_cents: int | None
    client_id: int
    client_name: str
    stage: Stage
    position: int
    stage_entered_at: datetime
    outcome: Outcome | None
    interview_count: int
    feedback_owed: bool
    documents_to_sign: int
    do_not_rehire: bool

    @property
    def initials(self) -> str:
        return "".join(part[0] for part in self.freelancer_name.split()[:2]).upper()

    @property
    def over_budget(self) -> bool:
        return (
            self.budget_cents is not None
            and self.daily_rate_cents is not None
            and self.daily_rate_cents > self.budget_cents
        )

    def days_in_stage(self, now: datetime | None = None) -> int:
        return max(0, ((now or datetime.now(UTC)) - self.stage_entered_at).days)


# A display grouping, not a stage: Alumni closed without a hire, shown apart at the end.
CLOSED_COLUMN = "closed"

# (position, id): a card's place in its column, the order of the board's query.
CardKey = tuple[int, int]

CARD_FIELDS = tuple(field.name for field in fields(Card))
_BY_VALUE: dict[type, dict[str | None, Any]] = {
    kind: {member.value: member for member in kind} for kind in (Seniority, Stage, Outcome)
}


def cards_from_rows(keys: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[Card]:
    """Rows whose columns are named `keys` (the Card fields, in any order; enums as their values) as cards.

    Nothing is folded for the text filter: the database filters the board.
    """
    # Matched to the fields by name once, then picked by position per row (a dict per row, as
    # `Card(**mapping)` needs, costs twice the time); enums looked up by value here: at 10,000 cards
    # SQLAlchemy's enum conversion cost more than the SQL.
    pick = itemgetter(*(list(keys).index(name) for name in CARD_FIELDS))
    seniority, stage, outcome = (CARD_FIELDS.index(name) for name in ("seniority", "stage", "outcome"))
    seniorities, stages, outcomes = _BY_VALUE[Seniority], _BY_VALUE[Stage], _BY_VALUE[Outcome]
    cards = []
    for row in rows:
        values = list(pick(row))
        values[seniority] = seniorities[values[seniority]]
        values[stage] = stages[values[stage]]
        values[outcome] = outcomes.get(values[outcome])
        cards.append(Card(*values))
    return cards


def column_of(stage: Stage, outcome: Outcome | None) -> str:
    """The column a card shows in: its stage's, or Closed for an application closed without a hire."""
    if stage == Stage.ALUMNI and outcome not in (None, Outcome.HIRED):
        return CLOSED_COLUMN
    return stage.value
