"""Saved lists: pick one, see its people, share it as CSV or profile sheets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fms.core.errors import KnownError
from fms.services.pool.members import PoolMember
from fms.ui.context import AppContext
from fms.ui.errors import show_error
from fms.ui.i18n import error_text
from fms.ui.pool.columns import member_columns
from fms.ui.pool.member_actions import MemberActions
from fms.ui.pool.search_tab import member_table
from fms.ui.screens.crud import confirm
from fms.ui.table_model import ROW_ROLE, RowTableModel
from fms.ui.widgets import action_button


class ListsTab(MemberActions, QWidget):
    message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedListsTab")
        self.context = context
        self.lists = QListWidget(self)
        self.lists.setObjectName("savedLists")
        self.lists.setAccessibleName(self.tr("Saved lists"))
        self.lists.setMaximumWidth(300)
        self.lists.currentItemChanged.connect(lambda *_: self.show_members())
        self.members: RowTableModel[PoolMember] = RowTableModel(member_columns(), self)
        self.table, self.proxy = member_table(self, "savedListMembers", self.members)
        self.table.setAccessibleName(self.tr("People in the list"))
        self.table.activated.connect(lambda index: self.open_file(index.data(ROW_ROLE).id))
        list_buttons = QHBoxLayout()
        member_buttons = QHBoxLayout()
        for layout, text, name, slot in (
            (list_buttons, self.tr("&New…"), "newListButton", self.new_list),
            (list_buttons, self.tr("Re&name…"), "renameListButton", self.rename_list),
            (list_buttons, self.tr("&Delete"), "deleteListButton", self.delete_list),
            (member_buttons, self.tr("&Remove from the list"), "removeFromListButton", self.remove_selected),
            (member_buttons, self.tr("Export &CSV…"), "exportListCsvButton", self.export_csv),
            (member_buttons, self.tr("&Export profile sheets…"), "exportListSheetsButton", self.export_sheets),
            (member_buttons, self.tr("&Availability request…"), "availabilityRequestButton", self.ask_availability),
        ):
            layout.addWidget(action_button(self, text, name, slot))
        member_buttons.insertStretch(0, 1)
        left = QVBoxLayout()
        left.addWidget(self.lists, 1)
        left.addLayout(list_buttons)
        right = QVBoxLayout()
        right.addWidget(self.table, 1)
        right.addLayout(member_buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)

    def load(self) -> None:
        from fms.services.pool import saved_lists

        current = self.current_list_id()
        self.lists.blockSignals(True)
        self.lists.clear()
        for row in saved_lists(self.context.db):
            item = QListWidgetItem(f"{row.name}  ({row.size})", self.lists)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if row.id == current:
                self.lists.setCurrentItem(item)
        if self.lists.currentItem() is None and self.lists.count():
            self.lists.setCurrentRow(0)
        self.lists.blockSignals(False)
        self.show_members()

    def ask_availability(self) -> bool:
        """The availability request drafted for each person of the list, to copy or open in mail."""
        from fms.services.pool import availability_requests
        from fms.ui.pool.availability_dialog import AvailabilityDialog

        list_id = self.current_list_id()
        if list_id is None:
            return False
        requests = availability_requests(self.context.db, list_id, self.context.language)
        if not requests:
            self.message.emit(self.tr("This list has nobody to ask."))
            return False
        AvailabilityDialog(requests, self).exec()
        return True

    def current_list_id(self) -> int | None:
        item = self.lists.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def show_members(self) -> None:
        from fms.services.pool import list_member_ids, members_by_id

        list_id = self.current_list_id()
        if list_id is None:
            self.members.set_rows([])
            return
        try:
            self.members.set_rows(members_by_id(self.context.db, list_member_ids(self.context.db, list_id)))
        except KnownError as error:
            self.message.emit(error_text(error))
            self.load()

    def _ask_name(self, title: str, current: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, self.tr("Name of the list"), text=current)
        return name if ok else None

    def _run(self, title: str, action: Callable[[], object]) -> bool:
        try:
            action()
        except KnownError as error:
            show_error(self, error, title=title)
            return False
        self.load()
        return True

    def new_list(self, name: str | None = None) -> bool:
        from fms.services.pool import create_list

        name = name if name is not None else self._ask_name(self.tr("New list"))
        return name is not None and self._run(self.tr("New list"), lambda: create_list(self.context.db, name))

    def rename_list(self, name: str | None = None) -> bool:
        from fms.services.pool import rename_list

        list_id = self.current_list_id()
        if list_id is None:
            return False
        current = self.lists.currentItem().text().rsplit("  (", 1)[0]
        name = name if name is not None else self._ask_name(self.tr("Rename the list"), current)
        return name is not None and self._run(
            self.tr("Rename the list"), lambda: rename_list(self.context.db, list_id, name)
        )

    def delete_list(self) -> bool:
        from fms.services.pool import delete_list

        list_id = self.current_list_id()
        if list_id is None or not confirm(
            self, self.tr("Delete the list"), self.tr("Delete this list? The people stay in Vivier.")
        ):
            return False
        self.lists.setCurrentRow(-1)
        return self._run(self.tr("Delete the list"), lambda: delete_list(self.context.db, list_id))

    def remove_selected(self) -> bool:
        from fms.services.pool import remove_from_list

        list_id = self.current_list_id()
        ids = [index.data(ROW_ROLE).id for index in self.table.selectionModel().selectedRows()]
        if list_id is None or not ids:
            return False
        return self._run(self.tr("Remove from the list"), lambda: remove_from_list(self.context.db, list_id, ids))

    def listed_members(self) -> list[PoolMember]:
        return list(self.members.rows)
