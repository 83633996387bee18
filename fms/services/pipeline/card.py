"""What a card of the board shows, free of SQLAlchemy: the start-up preview builds it before the ORM loads."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from functools import cached_property
from operator import itemgetter
from typing import Any

from fms.core.enums import Outcome, Seniority, Stage
from fms.core.text import fold


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

    @cached_property
    def search_text(self) -> str:
        """Name and headline folded once, for the board's text filter."""
        return fold(f"{self.freelancer_name} {self.headline}")

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


CARD_FIELDS = tuple(field.name for field in fields(Card))
_BY_VALUE: dict[type, dict[str | None, Any]] = {
    kind: {member.value: member for member in kind} for kind in (Seniority, Stage, Outcome)
}


def cards_from_rows(keys: Sequence[str], rows: Iterable[Sequence[Any]], folded: bool = True) -> list[Card]:
    """Rows whose columns are named `keys` (the Card fields, in any order; enums as their values) as cards.

    `folded`: each card's search text is folded now (half the time at 40,000 cards), not on the
    first keystroke of a filter; the start-up preview, which cannot be filtered, leaves it.
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
        card = Card(*values)
        if folded:
            card.search_text  # noqa: B018 - computed and kept by the cached property
        cards.append(card)
    return cards
