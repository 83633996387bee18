"""The board's column models and what fills them: orders and counts first, cards a batch at a time.

The database applies the filters (`CardFilter`), except a text alone once the cards' texts are
read (`TextSearch`: matched in memory against the unfiltered columns); each model keeps its
column's order and reads its cards a batch at a time through `load_cards_by_id`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from fms.services.pipeline import Card, CardFilter, card_passes, column_counts, column_keys, load_card, load_cards_by_id
from fms.services.pipeline.card import CardKey
from fms.storage.database import Database
from fms.ui.board.card_model import BATCH, StageCardModel
from fms.ui.board.stage_column import column_key
from fms.ui.board.text_search import TextSearch

# Up to this many cards shown, the next letter typed looks among them only (an IN list of ids).
NARROWING = 5000


class BoardColumns:
    """One model per column key; `db` is asked each time (the board's database may be switched)."""

    def __init__(
        self,
        models: dict[str, StageCardModel],
        db: Callable[[], Database],
        is_open: Callable[[], bool],
        parent: QObject,
    ) -> None:
        self.models = models
        self._db = db
        self.card_filter = CardFilter()  # what the columns show
        self._shown: set[int] | None = None  # the ids it shows, while a text search can narrow them
        self.text_search = TextSearch(db, is_open, parent)
        # The columns without filters, as the models held them before a text was typed, and their
        # mission: what a text is matched against in memory. None once a card changed.
        self._unfiltered: tuple[int | None, dict[str, list[CardKey]]] | None = None

    def load(self, mission_id: int | None, card_filter: CardFilter, keep_counts: bool = False) -> None:
        """Every column's order and the cards of its first batch; `keep_counts`: the unfiltered counts
        are those already known (a filter changed, not the data)."""
        db = self._db()
        if not keep_counts:  # the data may have changed: the texts are read again
            self.text_search.restart()
            self._unfiltered = None
        elif self.card_filter.is_empty and self._unfiltered is None:  # the models show every card of the mission
            self._unfiltered = (mission_id, {key: model.keys() for key, model in self.models.items()})
        among = (
            self._shown if keep_counts and self._shown is not None and card_filter.narrows(self.card_filter) else None
        )
        self.card_filter = card_filter
        if card_filter.is_empty:
            totals = None
        elif keep_counts:
            totals = {key: model.unfiltered_total for key, model in self.models.items()}
        else:
            totals = column_counts(db, mission_id)
        keys = self._matched_in_memory(mission_id, card_filter)
        if keys is None:
            keys = column_keys(db, mission_id, card_filter, among)
        shown = sum(len(column) for column in keys.values())
        # Each next letter typed searches only the cards the text shows now, when they are few.
        self._shown = {key[1] for column in keys.values() for key in column} if shown <= NARROWING else None
        changed = {
            key: model
            for key, model in self.models.items()
            # Another letter typed often leaves a column as it was: it is neither read nor redrawn.
            if not keep_counts or not model.holds(keys.get(key, []), None if totals is None else totals.get(key, 0))
        }
        first = [key[1] for column in changed for key in keys.get(column, [])[:BATCH]]
        cards = load_cards_by_id(db, first)  # every changed column's first batch in one query
        for key, model in changed.items():
            model.set_keys(keys.get(key, []), self._read, cards, None if totals is None else totals.get(key, 0))

    def _matched_in_memory(self, mission_id: int | None, card_filter: CardFilter) -> dict[str, list[CardKey]] | None:
        only_text = card_filter.text.strip() and CardFilter(text=card_filter.text) == card_filter
        if not only_text or self._unfiltered is None or self._unfiltered[0] != mission_id:
            return None
        return self.text_search.match(self._unfiltered[1], card_filter.text)

    def _read(self, application_ids: list[int]) -> dict[int, Card]:
        return load_cards_by_id(self._db(), application_ids)

    def card(self, application_id: int, mission_id: int | None) -> Card | None:
        """A card of the board, shown or hidden by the filters."""
        for model in self.models.values():
            row = model.row_of(application_id)
            if row is not None:
                try:
                    return model.card_at(row)
                except LookupError:
                    return None
        if self.card_filter.is_empty:
            return None
        card = load_card(self._db(), application_id)  # hidden by the filters, not read with the columns
        return card if card is not None and mission_id in (None, card.mission_id) else None

    def refresh(self, application_id: int, mission_id: int | None) -> str | None:
        """The card read again and put where the service placed it; the key of the column showing it."""
        db = self._db()
        self._shown = None  # a card added or changed: the next search starts again from every card
        self.text_search.update(application_id)
        self._unfiltered = None  # taken again from the models the next time a text is typed on no filter
        card = load_cards_by_id(db, [application_id]).get(application_id)
        shown = any(model.remove_card(application_id) for model in self.models.values())
        where = None
        if card is not None and mission_id in (None, card.mission_id):
            key = column_key(card)
            if card_passes(db, application_id, self.card_filter):
                self.models[key].put_card(card)
                where = key
            elif shown:
                self.models[key].count_hidden(+1)
        if not shown and not self.card_filter.is_empty:
            self._recount(mission_id)  # a card the filters hid changed columns: which one it left is unknown
        return where

    def _recount(self, mission_id: int | None) -> None:
        """The columns' unfiltered counts again (one aggregate query)."""
        totals = column_counts(self._db(), mission_id)
        for key, model in self.models.items():
            model.count_hidden(totals.get(key, 0) - model.unfiltered_total)
