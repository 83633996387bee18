"""Which saved lists a freelancer is on: tick to add, untick to remove, or name a new list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fms.core import limits
from fms.core.errors import KnownError
from fms.services.pool import add_to_list, create_list, lists_of, remove_from_list, saved_lists
from fms.storage.database import Database
from fms.ui.errors import show_error


class FreelancerListsDialog(QDialog):
    def __init__(self, db: Database, freelancer_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("freelancerLists")
        self.setWindowTitle(self.tr("Lists – %1").replace("%1", name))
        self.db = db
        self.freelancer_id = freelancer_id
        member_of = {row.id for row in lists_of(db, freelancer_id)}
        self.lists = QListWidget(self)
        self.lists.setObjectName("listChoices")
        self.lists.setAccessibleName(self.tr("Saved lists"))
        for row in saved_lists(db):
            item = QListWidgetItem(row.name, self.lists)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.id in member_of else Qt.CheckState.Unchecked)
        self.was = member_of
        self.new_list = QLineEdit(self)
        self.new_list.setMaxLength(limits.LIST_NAME)
        self.new_list.setObjectName("newListName")
        self.new_list.setPlaceholderText(self.tr("Or a new list's name"))
        self.new_list.setAccessibleName(self.tr("New list"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("On these lists:"), self))
        layout.addWidget(self.lists, 1)
        layout.addWidget(self.new_list)
        layout.addWidget(buttons)
        self.resize(380, 420)

    def checked(self) -> set[int]:
        return {
            int(self.lists.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.lists.count())
            if self.lists.item(row).checkState() == Qt.CheckState.Checked
        }

    def accept(self) -> None:
        wanted = self.checked()
        try:
            if self.new_list.text().strip():
                create_list(self.db, self.new_list.text(), (self.freelancer_id,))
            for list_id in wanted - self.was:
                add_to_list(self.db, list_id, [self.freelancer_id])
            for list_id in self.was - wanted:
                remove_from_list(self.db, list_id, [self.freelancer_id])
        except KnownError as error:
            show_error(self, error)
            return
        super().accept()
