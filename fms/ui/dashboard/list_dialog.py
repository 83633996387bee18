"""The list behind a dashboard figure: the applications (or follow-ups) it counts, one click from card or file."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.ui.context import AppContext
from fms.ui.file.tables import file_table
from fms.ui.formatting import show_date, sort_date
from fms.ui.i18n import label
from fms.ui.plurals import plurals
from fms.ui.table_model import Column, RowTableModel
from fms.ui.widgets import action_button

if TYPE_CHECKING:
    from fms.services.overview import DashboardRow

COLUMNS: tuple[Column[DashboardRow], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "Freelancer"), lambda r: r.person),
    Column(
        QT_TRANSLATE_NOOP("columns", "Mission"),
        lambda r: " · ".join(part for part in (r.mission_title, r.client_name) if part),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Stage"), lambda r: label(r.stage)),
    Column(QT_TRANSLATE_NOOP("columns", "Outcome"), lambda r: label(r.outcome)),
    Column(QT_TRANSLATE_NOOP("columns", "Date"), lambda r: show_date(r.when), lambda r: sort_date(r.when)),
    Column(QT_TRANSLATE_NOOP("columns", "Follow-up"), lambda r: r.note),
)


class DashboardListDialog(QDialog):
    """Opens the selected line's card on the board (closing the list) or the person's file (over it)."""

    def __init__(
        self, context: AppContext, title: str, rows: Sequence[DashboardRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardListDialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(820, 420)
        self.context = context
        self.model: RowTableModel[DashboardRow] = RowTableModel(COLUMNS, self)
        self.table = file_table(self, "dashboardList", self.model)
        self.table.setAccessibleName(title)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.setSortingEnabled(False)
        count = QLabel(plurals().rows(len(rows)), self)
        count.setObjectName("dashboardListCount")
        self.card_button = action_button(self, self.tr("Show on the &board"), "showCardButton", self.show_card)
        self.file_button = action_button(self, self.tr("Open the &file"), "openFileButton", self.open_file)
        buttons = QHBoxLayout()
        buttons.addWidget(count)
        buttons.addStretch(1)
        buttons.addWidget(self.card_button)
        buttons.addWidget(self.file_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.model.set_rows(list(rows))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_row(self) -> DashboardRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_selected(self) -> None:
        """The card when it is still on the board, else the person's file."""
        row = self.selected_row()
        if row is None:
            return
        if _on_board(row):
            self.show_card()
        else:
            self.open_file()

    def show_card(self) -> None:
        row = self.selected_row()
        if row is None or not _on_board(row):
            return
        assert row.mission_id is not None and row.application_id is not None
        self.accept()
        self.context.card_requested.emit(row.mission_id, row.application_id)

    def open_file(self) -> None:
        from fms.ui.file.opening import open_freelancer_file

        row = self.selected_row()
        if row is not None and row.freelancer_id is not None:
            open_freelancer_file(self.context, row.freelancer_id, self)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.card_button.setEnabled(row is not None and _on_board(row))
        self.file_button.setEnabled(row is not None and row.freelancer_id is not None)


def _on_board(row: DashboardRow) -> bool:
    # An archived card has left the board; its person's file still shows it.
    return row.application_id is not None and row.mission_id is not None and not row.archived
