"""Create or edit a client."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from fms.services.crm import ClientInput, ClientRow
from fms.ui.dialogs.contacts_editor import ContactsEditor
from fms.ui.dialogs.form import FormDialog


class ClientDialog(FormDialog[ClientRow]):
    """`reload` reads the client as saved now (asked when someone saved it since the form was filled)."""

    def __init__(
        self,
        save: Callable[[ClientInput], ClientRow],
        existing: ClientRow | None = None,
        parent: QWidget | None = None,
        reload: Callable[[], ClientRow] | None = None,
    ) -> None:
        super().__init__("clientDialog", "", save, parent)
        self._reload = reload
        self.setWindowTitle(self.tr("Edit client") if existing else self.tr("New client"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.sector = QLineEdit(self)
        self.address = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        self.add_field("name", self.tr("&Name"), self.name)
        self.add_field("sector", self.tr("&Sector"), self.sector)
        self.add_field("address", self.tr("&Address"), self.address)
        self.add_field("notes", self.tr("N&otes"), self.notes)
        self.contacts = ContactsEditor(self)
        self.add_field("contacts", self.tr("&Contacts"), self.contacts)
        self.setMinimumWidth(680)
        if existing is not None:
            self._show(existing)

    def _show(self, client: ClientRow) -> None:
        self.name.setText(client.name)
        self.sector.setText(client.sector)
        self.address.setText(client.address)
        self.notes.setPlainText(client.notes)
        self.contacts.set_contacts(client.contacts)
        self.version = client.version

    def reload_saved(self) -> bool:
        if self._reload is None:
            return False
        self._show(self._reload())
        return True

    def collect(self) -> ClientInput:
        return ClientInput(
            name=self.name.text(),
            sector=self.sector.text(),
            address=self.address.text(),
            notes=self.notes.toPlainText(),
            contacts=self.contacts.contacts(),
        )
