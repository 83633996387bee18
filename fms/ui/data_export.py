"""File → Export…: freelancers, missions or applications to a CSV or XLSX file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fms.core.errors import KnownError
from fms.ui.errors import show_error
from fms.ui.i18n import arg
from fms.ui.plurals import plurals
from fms.ui.status import tell

if TYPE_CHECKING:  # the main window imports this module before the first paint: no SQLAlchemy yet
    from fms.storage.database import Database


class ExportDialog(QDialog):
    """Asks what to export and where; the file's suffix (.csv or .xlsx) picks the format."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("exportKindBox")
        self.kind_box.setAccessibleName(self.tr("What to export"))
        for label, kind in (
            (self.tr("Freelancers"), "freelancers"),
            (self.tr("Missions"), "missions"),
            (self.tr("Applications"), "applications"),
        ):
            self.kind_box.addItem(label, kind)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPathEdit")
        self.path_edit.setAccessibleName(self.tr("File to write"))
        self.path_edit.setPlaceholderText(self.tr("A .csv or .xlsx file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("exportBrowseButton")
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Export:"), self.kind_box)
        form.addRow(self.tr("&To:"), where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("exportButtons")
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.written = 0

    def browse(self) -> None:
        kind = str(self.kind_box.currentData())
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), self.path_edit.text() or f"{kind}.xlsx", self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if chosen:
            self.path_edit.setText(chosen)

    def export(self) -> None:
        from fms.services.data import ExportKind, export_table

        text = self.path_edit.text().strip()
        if not text:
            self.browse()
            text = self.path_edit.text().strip()
            if not text:
                return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = export_table(self.db, ExportKind(self.kind_box.currentData()), Path(text))
        except KnownError as error:
            QApplication.restoreOverrideCursor()
            show_error(self, error)
            return
        QApplication.restoreOverrideCursor()
        self.written = result.rows
        tell(self, arg(self.tr("%1 written to %2"), plurals().rows(result.rows), text))
        self.accept()
