"""One table model for every list of snapshot rows, described by its columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from fms.core.text import fold

R = TypeVar("R")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS_CONTEXT = "columns"

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    """A column: its header (English source, translated on display) and how a row shows in it.

    `sort` gives a value of one type for every row (numbers, or strings such as ISO dates),
    so sorting never compares None with a value.
    """

    header: str
    display: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    numeric: bool = False
    foreground: Callable[[R], QBrush | None] | None = None
    tooltip: Callable[[R], str] | None = None


class ColumnTableModel(QAbstractTableModel, Generic[R]):
    """Snapshot rows shown through their columns. How rows arrive and how they sort is a subclass's.

    It holds only `_columns` and `_rows`: caches and sort state belong to each subclass, so one
    kind of list cannot change the meaning of another's attributes.
    """

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []

    @property
    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def sort_key(self, row: int, column: int) -> Any:
        """The value `SORT_ROLE` gives for a cell."""
        return column_key(self._columns[column], self._rows[row])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(COLUMNS_CONTEXT, column.header)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == SORT_ROLE:
            return self.sort_key(index.row(), index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            return column.foreground(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        return None


def column_key(column: Column[R], row: R) -> Any:
    return column.sort(row) if column.sort is not None else fold(column.display(row))


class RowTableModel(ColumnTableModel[R], Generic[R]):
    """Read-only rows (frozen dataclasses from the services), all in memory; edits go through services.

    Sorting and text search work on keys computed once per column and per row, in Python:
    letting Qt's proxy call `data()` for every comparison took seconds on 5,000 rows.
    """

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._key_cache: dict[int, list[Any]] = {}
        self._search_texts: list[str] | None = None
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._key_cache.clear()
        self._search_texts = None
        if self._sorted_by is not None:
            self._rows = self._sorted(*self._sorted_by)
        self.endResetModel()

    def search_text(self, row: int) -> str:
        """Every column's text of a row, folded, for the search box."""
        if self._search_texts is None:
            self._search_texts = [
                fold("\t".join(column.display(item) for column in self._columns)) for item in self._rows
            ]
        return self._search_texts[row]

    def sort_key(self, row: int, column: int) -> Any:
        return self._column_keys(column)[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = {id(item): number for number, item in enumerate(self._rows)}
        self._sorted_by = (column, order)
        self._rows = self._sorted(column, order)
        self._key_cache.clear()
        self._search_texts = None
        new_position = {old_rows[id(item)]: number for number, item in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(new_position[index.row()], index.column()) for index in persistent],
        )
        self.layoutChanged.emit()

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[R]:
        keys = self._column_keys(column)
        numbered = sorted(range(len(self._rows)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        return [self._rows[number] for number in numbered]

    def _column_keys(self, column: int) -> list[Any]:
        keys = self._key_cache.get(column)
        if keys is None:
            spec = self._columns[column]
            keys = [column_key(spec, item) for item in self._rows]
            self._key_cache[column] = keys
        return keys


class RowFilterProxy(QSortFilterProxyModel):
    """Filters a `ColumnTableModel` on the row itself and, in memory, on text; sorting is the source's own."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._row_filter: Callable[[Any], bool] | None = None
        self._needle = ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorts the source model (keyed in memory, or by the database) and keeps its order here."""
        source = self.sourceModel()
        if isinstance(source, ColumnTableModel):
            source.sort(column, order)

    def set_text_filter(self, text: str) -> None:
        """Rows whose text holds `text`, ignoring case and accents."""
        self._change_filter(lambda: setattr(self, "_needle", fold(text.strip())))

    def set_row_filter(self, accept: Callable[[Any], bool] | None) -> None:
        """An extra test on the row itself (a stage, a status), on top of the text filter."""
        self._change_filter(lambda: setattr(self, "_row_filter", accept))

    def _change_filter(self, change: Callable[[], None]) -> None:
        change_rows_filter(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        source = self.sourceModel()
        if not isinstance(source, ColumnTableModel):
            return True
        if self._row_filter is not None and not self._row_filter(source.row_at(source_row)):
            return False
        if not self._needle or not isinstance(source, RowTableModel):
            return True  # a lazy list holds one page: its text search is the database's
        return self._needle in source.search_text(source_row)


def change_rows_filter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Applies `change` to a proxy's filter and refilters its rows (Qt 6.10 renamed the calls)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        change()
        proxy.invalidateRowsFilter()
