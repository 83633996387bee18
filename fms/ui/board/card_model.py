"""The cards of one column, and the filter the board applies to every column."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from fms.core.enums import Seniority, Stage
from fms.core.text import fold
from fms.services.pipeline import Card
from fms.ui.board.mime import CARD_MIME_TYPE, encode_cards
from fms.ui.table_model import change_rows_filter

CARD_ROLE = Qt.ItemDataRole.UserRole + 10
AnyIndex = QModelIndex | QPersistentModelIndex


class StageCardModel(QAbstractListModel):
    """One stage's cards, in board order (position, then id). Rows are snapshots from the service."""

    def __init__(self, stage: Stage, parent: Any = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._cards: list[Card] = []

    def set_cards(self, cards: list[Card]) -> None:
        """`cards` already in board order, as the service's query gives them: no second sort."""
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    @property
    def cards(self) -> list[Card]:
        return list(self._cards)

    def card_at(self, row: int) -> Card:
        return self._cards[row]

    def row_of(self, application_id: int) -> int | None:
        for row, card in enumerate(self._cards):
            if card.id == application_id:
                return row
        return None

    def remove_card(self, application_id: int) -> None:
        row = self.row_of(application_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._cards[row]
            self.endRemoveRows()

    def put_card(self, card: Card) -> None:
        """Inserts or moves a card to where its position says."""
        self.remove_card(card.id)
        row = bisect.bisect_left(self._cards, _order(card), key=_order)  # no list of keys per move
        self.beginInsertRows(QModelIndex(), row, row)
        self._cards.insert(row, card)
        self.endInsertRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._cards):
            return None
        card = self._cards[index.row()]
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
        return encode_cards([self._cards[row].id for row in rows])

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction


def _order(card: Card) -> tuple[int, int]:
    return (card.position, card.id)


@dataclass(frozen=True)
class CardFilter:
    """What the toolbar asks for; an empty filter shows every card.

    `skilled` holds the freelancers who have the skill typed (None: no skill filter); the board
    asks the database for them, the cards stay loaded.
    """

    client_id: int | None = None
    skilled: frozenset[int] | None = None
    seniority: Seniority | None = None
    text: str = ""

    def matcher(self) -> Callable[[Card], bool]:
        """A test with the filter's words folded once, not once per card."""
        client_id, seniority, skilled = self.client_id, self.seniority, self.skilled
        needle = fold(self.text.strip())

        def accepts(card: Card) -> bool:
            if client_id is not None and card.client_id != client_id:
                return False
            if seniority is not None and card.seniority != seniority:
                return False
            if skilled is not None and card.freelancer_id not in skilled:
                return False
            return not needle or needle in card.search_text

        return accepts


class CardFilterProxy(QSortFilterProxyModel):
    """Shows the cards the board's filter accepts, in the source's order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = CardFilter()
        self._accepts = self._filter.matcher()

    @property
    def card_filter(self) -> CardFilter:
        return self._filter

    def set_card_filter(self, card_filter: CardFilter) -> None:
        def change() -> None:
            self._filter = card_filter
            self._accepts = card_filter.matcher()

        change_rows_filter(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        source = self.sourceModel()
        assert isinstance(source, StageCardModel)
        return self._accepts(source.card_at(source_row))
