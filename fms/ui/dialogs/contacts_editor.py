"""An editable list of a client's contacts inside the client dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fms.services.crm import Contact
from fms.ui.widgets import action_button
from fms.values.phone import show_phone

FIELDS = ("name", "role", "email", "phone")


class ContactsEditor(QWidget):
    """A handful of rows edited in place; the dialog saves them with the client in one action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(FIELDS), self)
        self.table.setObjectName("contactsTable")
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Email"), self.tr("Phone")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(120)
        self.add_button = action_button(
            self, self.tr("Add contact"), "addContactButton", lambda: self.add_contact(Contact(name=""))
        )
        self.remove_button = action_button(self, self.tr("Remove contact"), "removeContactButton", self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_contacts(self, contacts: tuple[Contact, ...]) -> None:
        self.table.setRowCount(0)
        for contact in contacts:
            self.add_contact(contact, edit=False)

    def add_contact(self, contact: Contact, edit: bool = True) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, field in enumerate(FIELDS):
            value = getattr(contact, field)
            item = QTableWidgetItem(show_phone(value) if field == "phone" else value)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, contact.id)
            self.table.setItem(row, column, item)
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0) or item)

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def contacts(self) -> tuple[Contact, ...]:
        result = []
        for row in range(self.table.rowCount()):
            values = {
                field: (self.table.item(row, column) or QTableWidgetItem()).text()
                for column, field in enumerate(FIELDS)
            }
            if not any(value.strip() for value in values.values()):
                continue  # an empty row added by mistake
            first = self.table.item(row, 0)
            contact_id = first.data(Qt.ItemDataRole.UserRole) if first is not None else None
            result.append(Contact(id=contact_id, **values))
        return tuple(result)
