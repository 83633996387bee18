"""What the file's list tabs share: a short read-only table, a row of buttons, a reload per person."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from fms.ui.table_model import ROW_ROLE, Column, RowTableModel
from fms.ui.widgets import action_button

if TYPE_CHECKING:
    from fms.storage.database import Database

R = TypeVar("R")
MAX_COLUMN_WIDTH = 320


def file_table(
    parent: QWidget, name: str, model: RowTableModel[Any], shown: QAbstractItemModel | None = None
) -> QTableView:
    """A read-only list, a row selected whole, its columns fitted to `model`'s rows on each reset.

    `shown` is what the view shows when it is not `model` itself (a sorting or filtering proxy over it).
    """
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(shown if shown is not None else model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    model.modelReset.connect(lambda: fit_columns(view))
    return view


def fit_columns(view: QTableView) -> None:
    """To their content (a file's lists are short), but no column so wide it pushes the others out."""
    view.resizeColumnsToContents()
    for column in range(view.model().columnCount()):
        view.setColumnWidth(column, min(view.columnWidth(column), MAX_COLUMN_WIDTH))


class FileListTab(QWidget, Generic[R]):
    """Subclasses say how to `fetch` a person's rows and add their buttons with `make_button`."""

    def __init__(
        self,
        db: Database,
        object_name: str,
        table_name: str,
        columns: Sequence[Column[R]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.db = db
        self.freelancer_id: int | None = None
        self.model: RowTableModel[R] = RowTableModel(columns, self)
        self.table = file_table(self, table_name, self.model)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(self.buttons)
        self._need_freelancer: list[QWidget] = []

    def make_button(
        self, text: str, name: str, slot: Callable[[], object], needs_freelancer: bool = False
    ) -> QPushButton:
        button = action_button(self, text, name, slot)
        self.add_widget(button, needs_freelancer)
        return button

    def add_widget(self, widget: QWidget, needs_freelancer: bool = False) -> None:
        self.buttons.insertWidget(self.buttons.count() - 1, widget)  # before the stretch
        if needs_freelancer:
            self._need_freelancer.append(widget)

    def fetch(self, freelancer_id: int) -> Sequence[R]:
        raise NotImplementedError

    def show_freelancer(self, freelancer_id: int | None) -> None:
        self.freelancer_id = freelancer_id
        for widget in self._need_freelancer:
            widget.setEnabled(freelancer_id is not None)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.fetch(self.freelancer_id) if self.freelancer_id is not None else [])

    def selected(self) -> R | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None
