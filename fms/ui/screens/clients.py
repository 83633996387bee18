"""Clients screen: the companies we staff for, with their missions."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.ui.context import AppContext
from fms.ui.i18n import arg
from fms.ui.screens.editable import EditableTableScreen, grey_if_archived
from fms.ui.table_model import Column

if TYPE_CHECKING:
    from fms.services.crm import ClientRow
    from fms.ui.dialogs.client_dialog import ClientDialog

COLUMNS: tuple[Column[ClientRow], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name, foreground=grey_if_archived),
    Column(QT_TRANSLATE_NOOP("columns", "Sector"), lambda r: r.sector, foreground=grey_if_archived),
    Column(QT_TRANSLATE_NOOP("columns", "Address"), lambda r: r.address, foreground=grey_if_archived),
    Column(
        QT_TRANSLATE_NOOP("columns", "Active missions"),
        lambda r: str(r.active_mission_count),
        lambda r: r.active_mission_count,
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Missions"), lambda r: str(r.mission_count), lambda r: r.mission_count, True),
)


class ClientsScreen(EditableTableScreen["ClientRow"]):
    entity = "client"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "clientsScreen", "clientTable", COLUMNS, parent)
        self.table.setAccessibleName(self.tr("Clients"))

    def new_text(self) -> str:
        return self.tr("&New client…")

    def fetch(self) -> Sequence[ClientRow]:
        from fms.services.crm import clients as service

        return service.list_clients(self.context.db, include_archived=self.show_archived.isChecked())

    def preview_rows(self, path: Path) -> tuple[Sequence[ClientRow], int] | None:
        from fms.services.crm.preview import preview_clients

        rows = preview_clients(path, include_archived=self.show_archived.isChecked())
        return None if rows is None else (rows, len(rows))

    def make_dialog(self, existing: ClientRow | None) -> ClientDialog:
        from fms.services.crm import clients as service
        from fms.ui.dialogs.client_dialog import ClientDialog

        db = self.context.db
        if existing is None:
            return ClientDialog(lambda data: service.create_client(db, data), parent=self)
        # The save reads the dialog's version when it runs: a reload or an overwrite changes it.
        dialog = ClientDialog(
            lambda data: service.update_client(db, existing.id, data, version=dialog.version),
            existing,
            parent=self,
            reload=lambda: service.get_client(db, existing.id),
        )
        return dialog

    def set_archived(self, row: ClientRow, archived: bool) -> ClientRow:
        from fms.services.crm import clients as service

        return service.set_client_archived(self.context.db, row.id, archived)

    def archive_question(self, row: ClientRow) -> str:
        return arg(
            self.tr("Archive %1? It leaves the lists but keeps its missions and history; you can restore it."), row.name
        )
