"""The pool's search: words and filters on the left, the people found on the right, refined as one types."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fms.core.errors import KnownError
from fms.services.pool.members import PoolMember, PoolQuery, PoolResults
from fms.ui.context import AppContext
from fms.ui.errors import show_error
from fms.ui.file.tables import file_table
from fms.ui.i18n import arg, error_text
from fms.ui.plurals import plurals
from fms.ui.pool.columns import SNIPPET, member_columns
from fms.ui.pool.filters import PoolFilters
from fms.ui.pool.member_actions import MemberActions
from fms.ui.pool.passage import PassageDelegate
from fms.ui.table_model import ROW_ROLE, RowFilterProxy, RowTableModel
from fms.ui.widgets import action_button, search_box

PASSAGE_COLUMN = 1  # right after the name: why this person matched
SEARCH_PAUSE_MS = 50  # short: a query takes tens of milliseconds, and results should follow the typing


def member_table(parent: QWidget, name: str, model: RowTableModel[Any]) -> tuple[QTableView, RowFilterProxy]:
    proxy = RowFilterProxy(parent)
    proxy.setSourceModel(model)
    table = file_table(parent, name, model, shown=proxy)
    # The service's order (relevance, then rating) until the user clicks a header.
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setAlternatingRowColors(True)
    return table, proxy


class SearchTab(MemberActions, QWidget):
    message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("poolSearchTab")
        self.context = context
        self.search = search_box(self, self.tr("Words in notes, interviews, headlines and CVs"), "poolSearch")
        self.filters = PoolFilters(self)
        columns = member_columns()
        self.results: RowTableModel[PoolMember] = RowTableModel((columns[0], SNIPPET, *columns[1:]), self)
        self.table, self.proxy = member_table(self, "talentPoolTable", self.results)
        self.table.setAccessibleName(self.tr("People found"))
        self.table.setItemDelegateForColumn(PASSAGE_COLUMN, PassageDelegate(self.table))
        self.table.activated.connect(lambda index: self.open_file(index.data(ROW_ROLE).id))
        self.status = QLabel(self)
        self.status.setObjectName("poolStatus")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_PAUSE_MS)
        self.timer.timeout.connect(self.run)
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.filters.changed.connect(self.timer.start)
        self.buttons = QHBoxLayout()
        self.open_button = self.button(self.tr("&Open file"), "openFileButton", self.open_selected)
        self.list_button = self.button(self.tr("Add to a &list…"), "addToListButton", self.add_to_list)
        self.csv_button = self.button(self.tr("Export &CSV…"), "exportCsvButton", self.export_csv)
        self.sheet_button = self.button(self.tr("Profile &sheet…"), "profileSheetButton", self.profile_sheet)
        self.export_button = self.button(self.tr("&Export profile sheets…"), "exportSheetsButton", self.export_sheets)
        self.export_button.setToolTip(self.tr("The selected people, or everyone listed when none is selected"))
        self.buttons.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Filters"))
        scroll.setWidget(self.filters)
        scroll.setWidgetResizable(True)
        scroll.setMaximumWidth(420)
        scroll.setMinimumWidth(self.filters.sizeHint().width() + 24)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        right = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        right.addLayout(top)
        right.addWidget(self.table, 1)
        right.addLayout(self.buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(right, 1)

    def button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = action_button(self, text, name, slot)
        self.buttons.addWidget(button)
        return button

    def load(self) -> None:
        from fms.services.crm import list_clients

        self.filters.set_clients([(client.id, client.name) for client in list_clients(self.context.db)])
        self.run()

    def run(self) -> PoolResults:
        self.timer.stop()
        from fms.services.pool.search import search_pool

        query = self.filters.query(self.search.text())
        try:
            found = search_pool(self.context.db, query)
        except KnownError as error:
            self.status.setText(error_text(error))
            return PoolResults([], False)
        self.show_results(found, words=bool(query.text.strip()))
        return found

    def show_preview(self, path: Path) -> bool:
        """The pool as the first search lists it, read with sqlite3 (no words, no filter only)."""
        from fms.services.pool.preview import preview_pool

        if self.filters.query(self.search.text()) != PoolQuery():
            return False
        found = preview_pool(path)
        if found is None:
            return False
        self.show_results(found, words=False)
        return True

    def show_results(self, found: PoolResults, words: bool) -> None:
        self.table.setColumnHidden(PASSAGE_COLUMN, not words)  # before the rows: widths follow
        self.results.set_rows(found.members)
        count = plurals().people(len(found.members))
        if found.truncated:
            count = arg(self.tr("The first %1: narrow the search"), len(found.members))
        problem = f" · {self.filters.problem}" if self.filters.problem else ""
        self.status.setText(count + problem)

    def listed_members(self) -> list[PoolMember]:
        return [self.proxy.index(row, 0).data(ROW_ROLE) for row in range(self.proxy.rowCount())]

    def add_to_list(self, name: str | None = None) -> int | None:
        """Adds the selected people to a list chosen by name (a new name makes a new list)."""
        from fms.core.errors import ValidationError
        from fms.services.pool import add_to_list, create_list, saved_lists

        members = self.selected_members()
        if not members:
            return None
        lists = {row.name: row.id for row in saved_lists(self.context.db)}
        if name is None:
            name, ok = QInputDialog.getItem(
                self, self.tr("Add to a list"), self.tr("List (type a new name to make one)"), list(lists), 0, True
            )
            if not ok:
                return None
        ids = [member.id for member in members]
        try:
            if name.strip() in lists:
                list_id = lists[name.strip()]
                add_to_list(self.context.db, list_id, ids)
            else:
                list_id = create_list(self.context.db, name, tuple(ids)).id
        except ValidationError as error:
            show_error(self, error, title=self.tr("Add to a list"))
            return None
        self.context.notify("saved_list")
        self.message.emit(arg(self.tr("%1 added to “%2”"), len(ids), name.strip()))
        return list_id
