"""A read-only row list whose first column carries a check box, for picking rows to act on in bulk."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from fms.ui.table_model import Column, R, RowTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


class CheckableRowModel(RowTableModel[R], Generic[R]):
    """Checked rows are remembered by key (a record's id), so sorting or reloading keeps them checked."""

    def __init__(self, columns: Sequence[Column[R]], key: Callable[[R], int], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._key = key
        self._checked: set[int] = set()

    def set_rows(self, rows: Sequence[R]) -> None:
        super().set_rows(rows)
        self._checked &= {self._key(row) for row in rows}  # a row gone cannot stay picked

    def checked(self) -> list[R]:
        return [row for row in self.rows if self._key(row) in self._checked]

    def set_all_checked(self, checked: bool) -> None:
        self._checked = {self._key(row) for row in self.rows} if checked else set()
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, 0), [Qt.ItemDataRole.CheckStateRole]
            )

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole:
            if not index.isValid() or index.column() != 0 or index.row() >= self.rowCount():
                return None
            picked = self._key(self.row_at(index.row())) in self._checked
            return Qt.CheckState.Checked if picked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        key = self._key(self.row_at(index.row()))
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
