"""The board's columns at scale: each column's order and count, then cards a page at a time.

At 46,000 applications the full card query (names, mission, client, interview and document
counts per card) costs about four times the bare order of the columns, and a screen shows a few
dozen cards. So the board reads, for every column, only the (position, id) of each card it
holds, in one query that also gives the counts; the filters are applied by that query; a card's
details are read when its page is shown (`load_cards_by_id`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache
from itertools import groupby
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, bindparam, case, exists, func, select, type_coerce

from fms.core.collector import collector_paused
from fms.core.enums import Outcome, Seniority, Stage
from fms.core.text import fold
from fms.models import Application, Freelancer, FreelancerSkill, Mission, Skill
from fms.services.common.driver import plain_rows
from fms.services.pipeline.card import CLOSED_COLUMN, Card, CardKey
from fms.services.pipeline.cards import _card_query, _cards
from fms.storage.database import Database


@dataclass(frozen=True)
class CardFilter:
    """What the board's toolbar asks for; an empty filter shows every card.

    The text is matched, folded, against the freelancer's name and headline; the skill against
    the folded names of the freelancer's skills.
    """

    client_id: int | None = None
    skill: str = ""
    seniority: Seniority | None = None
    text: str = ""

    def narrows(self, earlier: CardFilter) -> bool:
        """Whether every card this filter shows is one `earlier` showed (more letters typed)."""
        same = (self.client_id, self.skill, self.seniority) == (earlier.client_id, earlier.skill, earlier.seniority)
        return same and fold(earlier.text.strip()) in fold(self.text.strip())

    @property
    def is_empty(self) -> bool:
        return self.client_id is None and self.seniority is None and not self.skill.strip() and not self.text.strip()


def column_keys(
    db: Database,
    mission_id: int | None = None,
    card_filter: CardFilter | None = None,
    among: Collection[int] | None = None,
) -> dict[str, list[CardKey]]:
    """Every column's cards (of one mission, or all) as (position, id), in board order.

    `among`: only these applications (those a shorter text matched: typing narrows the search).
    """
    query = keys_query(mission_id, card_filter, among)
    with db.reading() as session:
        rows = plain_rows(session, query)
    return _split_by_column(rows)


def _split_by_column(rows: list[tuple[Any, ...]]) -> dict[str, list[CardKey]]:
    # 46,000 rows at 100,000 freelancers: one Python step per row cost as much as the query, so the rows
    # (ordered by column) are cut into the columns' runs by the interpreter's own loops.
    if not rows:
        return {}
    with collector_paused():
        keys, positions, ids = zip(*rows, strict=True)
        pairs: list[CardKey] = list(zip(positions, ids, strict=True))
    columns: dict[str, list[CardKey]] = {}
    start = 0
    for key, run in groupby(keys):  # each key once: the rows are ordered by column
        end = start + len(list(run))
        columns[key] = pairs[start:end]
        start = end
    return columns


def keys_query(
    mission_id: int | None = None, card_filter: CardFilter | None = None, among: Collection[int] | None = None
) -> Select[Any]:
    """The statement `column_keys` sends (the board's benchmark runs it bare)."""
    column = _column_expression().label("board_column")
    query = select(column, Application.position, Application.id).where(Application.archived_at.is_(None))
    if among is not None:
        query = query.where(Application.id.in_(list(among)))
    query = _narrowed(query, mission_id, card_filter, per_card=among is not None)
    # By column first: each column's cards come as one run (`_split_by_column`).
    return query.order_by(column, Application.position, Application.id)


def column_counts(db: Database, mission_id: int | None = None) -> dict[str, int]:
    """How many cards each column holds without filters: one aggregate query."""
    column = _column_expression()
    query = select(column, func.count()).where(Application.archived_at.is_(None)).group_by(column)
    with db.reading() as session:
        return {key: count for key, count in session.connection().execute(_narrowed(query, mission_id, None))}


def load_cards_by_id(db: Database, application_ids: Iterable[int]) -> dict[int, Card]:
    """The cards of these applications (archived ones left out), by id."""
    wanted = list(application_ids)
    if not wanted:
        return {}
    query = _cards_by_id()
    with db.reading() as session:
        return {card.id: card for card in _cards(session, query, {"ids": wanted})}


@cache
def _cards_by_id() -> Select[Any]:
    # Built once: building the card query and its cache key costs more than running it for one card.
    return _card_query().where(Application.id.in_(bindparam("ids", expanding=True)))


def card_passes(db: Database, application_id: int, card_filter: CardFilter) -> bool:
    """Whether the filter shows this live card (a moved card, redrawn alone)."""
    if card_filter.is_empty:
        return True
    query = select(Application.id).where(Application.id == application_id, Application.archived_at.is_(None))
    with db.reading() as session:
        return session.scalar(_narrowed(query, None, card_filter, per_card=True)) is not None


def card_text() -> ColumnElement[Any]:
    """What a card's text filter matches: `search_text` (the folded "name headline email") without its email."""
    return func.substr(
        Freelancer.search_text,
        1,
        func.length(Freelancer.search_text) - func.length(func.coalesce(Freelancer.email, "")) - 1,
    )


def _column_expression() -> ColumnElement[Any]:
    stage = type_coerce(Application.stage, String)
    closed = and_(
        Application.stage == Stage.ALUMNI, Application.outcome.is_not(None), Application.outcome != Outcome.HIRED
    )
    return case((closed, CLOSED_COLUMN), else_=stage)


def _narrowed(
    query: Select[Any], mission_id: int | None, card_filter: CardFilter | None, per_card: bool = False
) -> Select[Any]:
    """`query` with the filter's conditions. `per_card`: the query already holds few cards, each is
    tested on its own (through every freelancer, SQLite would pair each with each card)."""
    if mission_id is not None:
        query = query.where(Application.mission_id == mission_id)
    if card_filter is None or card_filter.is_empty:
        return query
    if card_filter.client_id is not None:
        query = query.where(
            Application.mission_id.in_(select(Mission.id).where(Mission.client_id == card_filter.client_id))
        )
    # Else one set of freelancers per condition, found once by the database, rather than a join per card.
    people: list[ColumnElement[bool]] = []
    if card_filter.seniority is not None:
        people.append(Freelancer.seniority == card_filter.seniority)
    needle = fold(card_filter.text.strip())
    if needle:
        # The whole text is tested first (half the time), its part without the email only when it matches.
        people.append(Freelancer.search_text.contains(needle, autoescape=True))
        people.append(card_text().contains(needle, autoescape=True))
    if people:
        if per_card:
            query = query.where(exists().where(Freelancer.id == Application.freelancer_id, *people))
        else:
            query = query.where(Application.freelancer_id.in_(select(Freelancer.id).where(*people)))
    skill = fold(" ".join(card_filter.skill.split()))
    if skill:
        skilled = (
            select(FreelancerSkill.freelancer_id)
            .join(Skill, Skill.id == FreelancerSkill.skill_id)
            .where(Skill.key.contains(skill, autoescape=True))
        )
        if per_card:
            query = query.where(exists(skilled.where(FreelancerSkill.freelancer_id == Application.freelancer_id)))
        else:
            query = query.where(Application.freelancer_id.in_(skilled))
    return query
