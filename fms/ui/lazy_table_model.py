"""A table model that holds one page of rows at a time and asks for more as the view scrolls.

Sorting and searching are the database's: a new order or search reloads the first page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, Qt

from fms.ui.table_model import AnyIndex, Column, ColumnTableModel

R = TypeVar("R")
PAGE_SIZE = 200

# search (text, or a query object with filters), sort key, descending, offset, limit
PageFetcher = Callable[[Any, str, bool, int, int], Sequence[Any]]


class LazyRowModel(ColumnTableModel[R], Generic[R]):
    """`database_sorts[column]` names the service's sort for a column ("" where it cannot sort).

    A sibling of `RowTableModel`, not its child: it has no in-memory `set_rows()` or sort cache,
    since its rows, order and search come from the database only.

    Nothing is read before the first `reload()`: a view sorts its model as soon as it is set up,
    which for a screen built at start-up is before the database is open. Until then a new sort
    or search is only remembered.
    """

    def __init__(
        self,
        columns: Sequence[Column[R]],
        database_sorts: Sequence[str],
        fetch_page: PageFetcher,
        count: Callable[[Any], int],
        parent: Any = None,
    ) -> None:
        super().__init__(columns, parent)
        self._database_sorts = list(database_sorts)
        self._fetch_page = fetch_page
        self._count = count
        self._search: Any = ""
        self._order = (self._database_sorts[0], False)
        self._total = 0
        self._loaded = False
        self._announcing = False  # between a change's begin and end signals

    @property
    def total(self) -> int:
        """Rows matching the search in the database, loaded or not."""
        return self._total

    def reload(self) -> None:
        search, (key, descending) = self._search, self._order
        rows = self._fetch_page(search, key, descending, 0, PAGE_SIZE)
        total = self._count(search)
        self._announcing = True
        try:
            self.beginResetModel()
            self._rows = list(rows)
            self._total = total
            self._loaded = True
            self.endResetModel()
        finally:
            self._announcing = False

    def show_preview(self, rows: Sequence[R], total: int) -> None:
        """Start-up's first page, read before the database opens: shown, but nothing more is fetched
        (and no sort or search read) until `reload` replaces it."""
        self.beginResetModel()
        self._rows = list(rows)
        self._total = total
        self.endResetModel()

    def set_search(self, search: Any) -> None:
        """Text, or a comparable query object; the first page is read again only when it changed."""
        search = search.strip() if isinstance(search, str) else search
        if search != self._search:
            self._search = search
            if self._loaded:
                self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._database_sorts) and self._database_sorts[column]:
            self._order = (self._database_sorts[column], order == Qt.SortOrder.DescendingOrder)
            if self._loaded:
                self.reload()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt's signature
        # Not while a change is announced: a slot on its signals (a proxy, Qt's model tester) that
        # asked for more then would insert rows inside the reset, or fetch the same page twice.
        return not parent.isValid() and self._loaded and not self._announcing and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        (key, descending), loaded = self._order, len(self._rows)
        rows = self._fetch_page(self._search, key, descending, loaded, PAGE_SIZE)
        if not rows:
            self._total = loaded  # the database has fewer rows than counted: rows were removed meanwhile
            return
        self._announcing = True
        try:
            self.beginInsertRows(QModelIndex(), loaded, loaded + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        finally:
            self._announcing = False
