"""Talent pool screen: alumni and near-hires who agreed to stay in touch, best rated first."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QWidget

from fms.enums import RehireStatus
from fms.i18n import QT_TRANSLATE_NOOP
from fms.ui.context import AppContext
from fms.ui.formatting import show_date, show_rating, sort_date
from fms.ui.i18n import arg, label
from fms.ui.person_columns import AVAILABLE_FROM, DAILY_RATE, HEADLINE, NAME, REHIRE, SENIORITY
from fms.ui.screens.crud import action_button
from fms.ui.screens.table_screen import TableScreen
from fms.ui.table_model import ROW_ROLE, Column

if TYPE_CHECKING:
    from fms.services.talent_pool import PoolMember
    from fms.ui.reports.batch_export import BatchExport


def _rehire(member: PoolMember) -> str:
    """The file's decided status first; otherwise what the collaboration notes say."""
    if member.rehire_status != RehireStatus.UNDECIDED:
        return label(member.rehire_status)
    if member.would_rehire is None:
        return ""
    text = QT_TRANSLATE_NOOP("columns", "Yes") if member.would_rehire else QT_TRANSLATE_NOOP("columns", "No")
    return QCoreApplication.translate("columns", text)


COLUMNS: tuple[Column[PoolMember], ...] = (
    NAME,
    HEADLINE,
    SENIORITY,
    Column(
        QT_TRANSLATE_NOOP("columns", "Rating"),
        lambda r: show_rating(r.average_rating),
        lambda r: r.average_rating if r.average_rating is not None else -1.0,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Would rehire"), _rehire, foreground=REHIRE.foreground),
    DAILY_RATE,
    AVAILABLE_FROM,
    Column(
        QT_TRANSLATE_NOOP("columns", "Last mission ended"),
        lambda r: show_date(r.last_mission_end),
        lambda r: sort_date(r.last_mission_end),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Missions"), lambda r: str(r.missions_done), lambda r: r.missions_done, True),
)


class TalentPoolScreen(TableScreen["PoolMember"]):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "talentPool", "talentPoolTable", COLUMNS, parent)
        self.table.activated.connect(lambda index: self.open_file(self.activated_row(index).id))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.sheet_button = action_button(self, self.tr("Profile &sheet…"), "profileSheetButton", self.profile_sheet)
        self.export_button = action_button(
            self, self.tr("&Export profile sheets…"), "exportSheetsButton", self.export_sheets
        )
        self.export_button.setToolTip(self.tr("The selected people, or everyone listed when none is selected"))
        self.toolbar.addWidget(self.sheet_button)
        self.toolbar.addWidget(self.export_button)
        self.batch: BatchExport | None = None

    def selected_members(self) -> list[PoolMember]:
        return [index.data(ROW_ROLE) for index in self.table.selectionModel().selectedRows()]

    def profile_sheet(self) -> None:
        from fms.ui.reports.profile_sheet_dialog import ProfileSheetDialog

        members = self.selected_members()
        if members:
            ProfileSheetDialog(self.context.db, members[0].id, members[0].name, self).exec()

    def export_sheets(self, folder: Path | None = None, language: str | None = None) -> BatchExport | None:
        """Writes one sheet per person into a folder, in a worker thread behind a progress dialog."""
        from fms.ui.reports.batch_export import BatchExport
        from fms.ui.reports.letter_dialog import default_language

        members = self.selected_members() or [
            self.proxy.index(row, 0).data(ROW_ROLE) for row in range(self.proxy.rowCount())
        ]
        if not members:
            return None
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the profile sheets"))
            if not chosen:
                return None
            folder = Path(chosen)
        self.batch = BatchExport(
            self.context.db, [member.id for member in members], folder, language or default_language(), self
        )
        self.batch.done.connect(
            lambda written, stopped: self.message.emit(
                arg(self.tr("%1 profile sheets written to %2"), written, str(folder))
            )
        )
        self.batch.start()
        return self.batch

    def open_file(self, freelancer_id: int) -> None:
        from fms.ui.file.opening import open_freelancer_file

        open_freelancer_file(self.context, freelancer_id, self)

    def fetch(self) -> Sequence[PoolMember]:
        from fms.services.talent_pool import list_pool

        return list_pool(self.context.db)
