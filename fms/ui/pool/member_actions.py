"""What the pool's tabs do with the people they list: open a file, a profile sheet, CSV, a batch of sheets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableView, QWidget

from fms.services.pool.members import PoolMember
from fms.ui.context import AppContext
from fms.ui.i18n import arg
from fms.ui.table_model import ROW_ROLE


class MemberActions:
    """A mixin for a QWidget with `context`, `table`, a `message` signal and `listed_members()`."""

    context: AppContext
    table: QTableView
    message: Any
    batch: Any = None

    def as_widget(self) -> QWidget:
        """This mixin sits on a QWidget, the parent its dialogs and workers need."""
        assert isinstance(self, QWidget), "MemberActions is mixed into a QWidget"
        return self

    def listed_members(self) -> list[PoolMember]:
        raise NotImplementedError

    def selected_members(self) -> list[PoolMember]:
        return [index.data(ROW_ROLE) for index in self.table.selectionModel().selectedRows()]

    def open_file(self, freelancer_id: int) -> None:
        from fms.ui.file.opening import open_freelancer_file

        open_freelancer_file(self.context, freelancer_id, self.as_widget())

    def open_selected(self) -> None:
        members = self.selected_members()
        if members:
            self.open_file(members[0].id)

    def profile_sheet(self) -> None:
        from fms.ui.reports.profile_sheet_dialog import ProfileSheetDialog

        members = self.selected_members()
        if members:
            ProfileSheetDialog(self.context.db, members[0].id, members[0].name, self.as_widget()).exec()

    def export_csv(self, target: Path | None = None) -> Path | None:
        """The selected people, or everyone listed, as CSV (no private notes)."""
        from fms.services.pool import members_csv

        members = self.selected_members() or self.listed_members()
        if not members:
            return None
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.as_widget(),
                QCoreApplication.translate("MemberActions", "Export as CSV"),
                "talent-pool.csv",
                "CSV (*.csv)",
            )
            if not chosen:
                return None
            target = Path(chosen)
        try:
            target.write_text(members_csv(self.context.db, members), encoding="utf-8-sig")  # Excel reads the accents
        except OSError as problem:
            QMessageBox.warning(
                self.as_widget(), QCoreApplication.translate("MemberActions", "Export as CSV"), str(problem)
            )
            return None
        self.message.emit(
            arg(QCoreApplication.translate("MemberActions", "%1 people written to %2"), len(members), str(target))
        )
        return target

    def export_sheets(self, folder: Path | None = None, language: str | None = None) -> object:
        """One sheet per person (selected, or everyone listed) into a folder, in a worker thread."""
        from fms.ui.i18n import default_language
        from fms.ui.reports.batch_export import BatchExport

        members = self.selected_members() or self.listed_members()
        if not members:
            return None
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self.as_widget(), QCoreApplication.translate("MemberActions", "Folder for the profile sheets")
            )
            if not chosen:
                return None
            folder = Path(chosen)
        ids = [member.id for member in members]
        self.batch = BatchExport(self.context.db, ids, folder, language or default_language(), self.as_widget())
        written_to = QCoreApplication.translate("MemberActions", "%1 profile sheets written to %2")
        self.batch.done.connect(lambda written, _stopped: self.message.emit(arg(written_to, written, str(folder))))
        self.batch.start()
        return self.batch
