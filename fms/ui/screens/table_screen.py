"""A screen made of a search box, optional actions and one sortable, filterable table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView, QWidget

from fms.ui.context import AppContext
from fms.ui.i18n import arg
from fms.ui.lazy_table_model import LazyRowModel
from fms.ui.plurals import plurals
from fms.ui.screens.base import Screen
from fms.ui.table_model import ROW_ROLE, Column, ColumnTableModel, RowFilterProxy, RowTableModel
from fms.ui.widgets import action_button, search_box

R = TypeVar("R")
SEARCH_PAUSE_MS = 250


class TableScreen(Screen, Generic[R]):
    def __init__(
        self,
        context: AppContext,
        object_name: str,
        table_name: str,
        columns: Sequence[Column[R]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, object_name, parent)
        self.model: ColumnTableModel[R] = self.make_model(columns)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = search_box(self, self.tr("Search"), f"{object_name}Search")
        self.search.textChanged.connect(self._on_search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.search_database)
        self.toolbar = QHBoxLayout()
        self.toolbar.addWidget(self.search)
        self.toolbar.addStretch(1)
        self.layout_.addLayout(self.toolbar)
        self.table = QTableView(self)
        self.table.setObjectName(table_name)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # Qt's default indicator is descending; people expect A to Z first.
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(False)
        self.layout_.addWidget(self.table, 1)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

    def toolbar_button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        """An action at the end of the toolbar, named for screen readers without its mnemonic or "…"."""
        button = action_button(self, text, name, slot)
        button.setAccessibleName(button.accessibleName().removesuffix("…"))
        self.toolbar.addWidget(button)
        return button

    def make_model(self, columns: Sequence[Column[R]]) -> ColumnTableModel[R]:
        return RowTableModel(columns, self)

    def fetch(self) -> Sequence[R]:
        raise NotImplementedError

    def preview_rows(self, path: Path) -> tuple[Sequence[R], int] | None:
        """The rows `load` would show first, read from the SQLite file with sqlite3, and how many there are
        in all; None when this screen has no preview or the file could not be read so."""
        return None

    def show_preview(self, path: Path) -> bool:
        preview = self.preview_rows(path)
        if preview is None:
            return False
        self._show_rows(*preview)
        self._resize_columns_once()
        self.begin_preview()
        return True

    def clear_preview(self) -> None:
        self._show_rows([], 0)

    def _show_rows(self, rows: Sequence[R], total: int) -> None:
        if isinstance(self.model, LazyRowModel):
            self.model.show_preview(rows, total)
        elif isinstance(self.model, RowTableModel):
            self.model.set_rows(rows)

    def load(self) -> None:
        selected = self.selected_row()
        if isinstance(self.model, LazyRowModel):
            self.model.reload()
        elif isinstance(self.model, RowTableModel):
            self.model.set_rows(self.fetch())
        self._resize_columns_once()
        self.end_preview()
        if selected is not None:
            self.select_where(lambda row: getattr(row, "id", None) == getattr(selected, "id", object()))

    def selected_row(self) -> R | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def select_where(self, predicate: Any) -> bool:
        for proxy_row in range(self.proxy.rowCount()):
            index = self.proxy.index(proxy_row, 0)
            if predicate(index.data(ROW_ROLE)):
                self.table.selectRow(proxy_row)
                self.table.scrollTo(index)
                return True
        return False

    def search_database(self) -> None:
        """What a lazy list asks its database for; a screen with filters adds them."""
        self.model.set_search(self.search.text())  # type: ignore[attr-defined]

    def _on_search(self, text: str) -> None:
        if isinstance(self.model, LazyRowModel):
            self._search_timer.start()  # the database searches: once typing pauses, not per key
        else:
            self.proxy.set_text_filter(text)

    def _update_count(self, *_: Any) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if isinstance(self.model, LazyRowModel):
            shown = total = self.model.total
        if shown == total:
            self.status.setText(plurals().rows(total))
        else:
            self.status.setText(arg(self.tr("%1 of %2 rows"), shown, total))

    def _resize_columns_once(self) -> None:
        if getattr(self, "_columns_sized", False) or not self.model.rowCount():
            return
        # Size from the first rows only: resizeColumnsToContents on 100k rows takes seconds.
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column in range(self.model.columnCount() - 1):
            texts = [self.model.headerData(column, Qt.Orientation.Horizontal) or ""]
            texts += [self.model.index(row, column).data() or "" for row in range(min(200, self.model.rowCount()))]
            width = max(metrics.horizontalAdvance(text) for text in texts) + 28
            header.resizeSection(column, min(width, 360))
        self._columns_sized = True

    def activated_row(self, index: QModelIndex) -> R:
        return index.data(ROW_ROLE)
