"""The cards of one column: its whole order known, the cards exposed a batch at a time."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal

from fms.core.enums import Stage
from fms.services.pipeline.card import Card, CardKey
from fms.ui.board.mime import CARD_MIME_TYPE, encode_cards

CARD_ROLE = Qt.ItemDataRole.UserRole + 10
AnyIndex = QModelIndex | QPersistentModelIndex
# Cards exposed per fetch: a 900-pixel column shows about 9 cards (18 compact); a batch fills it
# twice or more, and every filter or reload reads one batch per column.
BATCH = 32
# Reads the cards of these ids (a page of a column): the board's call to the service.
CardLoader = Callable[[list[int]], dict[int, Card]]


class StageCardModel(QStringListModel):
    """One column's cards, in board order (position, then id). Rows are snapshots from the service.

    The model knows every card's (position, id), so its count, a card's row and where a moved
    card goes cost no query; it exposes its rows a batch at a time (`canFetchMore`/`fetchMore`,
    each batch's cards read in one query), and reads any other card when it is first shown (a
    card selected past the fetched part exposes the rows up to it, read as they are painted).

    Why a string list underneath (one empty string per exposed row, never shown): its row count is
    Qt's own. A list view lays a column out by asking the row count twice per row; answered in
    Python, a column of 3,500 exposed cards took 10 ms to lay out after each move, 0.5 ms so. The
    list changes only through `_insert` and `_remove` (which apply the column's own change
    when the views are told the rows are in or out: before it, they still see the old rows) and `set_keys`.
    """

    count_changed = Signal()

    def __init__(self, stage: Stage, parent: Any = None) -> None:
        super().__init__(parent)
        self._change: Callable[[], None] | None = None
        # Connected first, so applied before any view or tester hears of the rows.
        self.rowsInserted.connect(self._apply_change)
        self.rowsRemoved.connect(self._apply_change)
        self.stage = stage
        self._keys: list[CardKey] = []
        self._key_of: dict[int, CardKey] | None = {}  # built when first asked (`_keys_by_id`)
        self._cache: dict[int, Card] = {}
        self._exposed = 0
        self._loader: CardLoader | None = None
        self.unfiltered_total = 0  # the column's cards without the board's filters (the header's "of N")
        self._changing = False  # between one of the column's own changes' begin and end signals

    def set_cards(self, cards: list[Card]) -> None:
        """`cards` already in board order, as the service's query gives them: no second sort."""
        self.set_keys([(card.position, card.id) for card in cards], None, {card.id: card for card in cards})

    def set_keys(
        self,
        keys: list[CardKey],
        loader: CardLoader | None,
        cards: dict[int, Card] | None = None,
        unfiltered_total: int | None = None,
    ) -> None:
        """The column's order; `cards` those already read (at least the first batch, or `loader` reads them)."""
        # Nothing reads the rows between a reset's two signals: the new ones can be in place first.
        self._keys = keys
        self._key_of = None  # a broad filter's 45,000 keys would cost ~7 ms to index: done on the first move
        self._cache = dict(cards or {})
        self._loader = loader
        self._exposed = min(len(keys), BATCH)
        self.unfiltered_total = len(keys) if unfiltered_total is None else unfiltered_total
        with self._changed():
            self.setStringList([""] * self._exposed)
        self.count_changed.emit()

    def keys(self) -> list[CardKey]:
        """A copy of the column's (position, id) keys, every card's, shown or not yet fetched."""
        return list(self._keys)

    def holds(self, keys: list[CardKey], unfiltered_total: int | None) -> bool:
        """Whether `set_keys(keys, …)` would show what the column already shows."""
        total = len(keys) if unfiltered_total is None else unfiltered_total
        return total == self.unfiltered_total and keys == self._keys

    def count_hidden(self, change: int) -> None:
        """A card the filters hide came (+1) or went (-1): the header's "of N" follows."""
        self.unfiltered_total += change
        self.count_changed.emit()

    @property
    def total(self) -> int:
        """Cards in the column (those the filters show), fetched or not."""
        return len(self._keys)

    @property
    def cards(self) -> list[Card]:
        """The cards of the rows fetched so far."""
        return [self.card_at(row) for row in range(self._exposed)]

    def card_at(self, row: int) -> Card:
        card = self._card_or_none(row)
        if card is None:
            raise LookupError(f"the card of row {row} is no longer on the board")  # archived since: a reload follows
        return card

    def _card_or_none(self, row: int) -> Card | None:
        application_id = self._keys[row][1]
        card = self._cache.get(application_id)
        if card is None:
            # A row past the batches fetched (a card selected further down): its neighbours are read with it.
            self._read(range(max(0, row - BATCH // 2), min(len(self._keys), row + BATCH // 2 + 1)))
            card = self._cache.get(application_id)
        return card

    def row_of(self, application_id: int) -> int | None:
        """The card's row in the whole column, fetched or not (`reveal` exposes it)."""
        key = self._keys_by_id().get(application_id)
        return None if key is None else bisect.bisect_left(self._keys, key)

    def _keys_by_id(self) -> dict[int, CardKey]:
        if self._key_of is None:
            self._key_of = {key[1]: key for key in self._keys}
        return self._key_of

    def reveal(self, row: int) -> None:
        """Exposes the rows up to `row` (a card selected further than the user has scrolled)."""
        if row >= self._exposed:
            last = min(len(self._keys), row + 1)
            self._insert(self._exposed, last - self._exposed, lambda: self._expose(last))

    def canFetchMore(self, parent: AnyIndex) -> bool:  # noqa: N802 - Qt's signature
        # Not while a change is announced: a slot on its signals (Qt's model tester) asking for
        # more then would insert rows inside the reset.
        return not parent.isValid() and not self._changing and self._exposed < len(self._keys)

    def fetchMore(self, parent: AnyIndex) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        last = min(len(self._keys), self._exposed + BATCH)
        self._read(range(self._exposed, last))
        self._insert(self._exposed, last - self._exposed, lambda: self._expose(last))

    def _expose(self, last: int) -> None:
        self._exposed = last

    # The string list's changes, each with the column's own ---------------------------------------

    def _insert(self, row: int, count: int, change: Callable[[], None]) -> None:
        self._change = change
        with self._changed():
            QStringListModel.insertRows(self, row, count)

    def _remove(self, row: int, count: int, change: Callable[[], None]) -> None:
        self._change = change
        with self._changed():
            QStringListModel.removeRows(self, row, count)

    def _apply_change(self) -> None:
        change, self._change = self._change, None
        if change is not None:
            change()

    def insertRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        # Only the column's own changes: a view finishing a drag would remove the dragged rows itself.
        return self._changing and super().insertRows(row, count, parent)

    def removeRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return self._changing and super().removeRows(row, count, parent)

    def moveRows(self, *_: Any) -> bool:  # noqa: N802 - the cards' order is the service's
        return False

    def setData(self, *_: Any) -> bool:  # noqa: N802 - cards are not edited in place
        return False

    @contextmanager
    def _changed(self) -> Iterator[None]:
        self._changing = True
        try:
            yield
        finally:
            self._changing = False

    def _read(self, rows: Iterable[int]) -> None:
        missing = [self._keys[row][1] for row in rows if self._keys[row][1] not in self._cache]
        if missing and self._loader is not None:
            self._cache.update(self._loader(missing))

    def remove_card(self, application_id: int) -> bool:
        """True when the column held the card."""
        row = self.row_of(application_id)
        if row is None:
            return False
        shown = row < self._exposed

        def take_out() -> None:
            del self._keys[row]
            del self._keys_by_id()[application_id]
            self._cache.pop(application_id, None)
            self._exposed -= shown

        if shown:
            self._remove(row, 1, take_out)
        else:
            take_out()
        self.unfiltered_total -= 1
        self.count_changed.emit()
        return True

    def put_card(self, card: Card) -> None:
        """Inserts or moves a card to where its position says (past the fetched part: fetched later)."""
        self.remove_card(card.id)
        key = (card.position, card.id)
        row = bisect.bisect_left(self._keys, key)
        everything_shown = self._exposed == len(self._keys)
        shown = row < self._exposed or everything_shown

        def put_in() -> None:
            self._keys.insert(row, key)
            self._keys_by_id()[card.id] = key
            self._cache[card.id] = card
            self._exposed += shown

        if shown:
            self._insert(row, 1, put_in)
        else:
            put_in()
        self.unfiltered_total += 1
        self.count_changed.emit()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._exposed:
            return None
        card = self._card_or_none(index.row())
        if card is None:
            return None
        if role == CARD_ROLE:
            return card
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{card.freelancer_name}, {card.headline}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{card.freelancer_name}\n{card.headline}\n{card.mission_title} · {card.client_name}"
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [CARD_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return encode_cards([self._keys[row][1] for row in rows if row < self._exposed])

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction
