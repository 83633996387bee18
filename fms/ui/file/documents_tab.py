"""The file's documents: attach, open (after checking the file), export a copy, move the status."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QWidget,
)

from fms.core.enums import DocumentKind
from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.services import file as service
from fms.services.file import NEXT_STATUSES, DocumentRow
from fms.storage.attachments import StoreCancelled
from fms.storage.database import Database
from fms.ui.errors import show_error
from fms.ui.file.tables import FileListTab
from fms.ui.formatting import show_date, sort_date
from fms.ui.i18n import arg, label
from fms.ui.table_model import Column
from fms.ui.text_colours import alert_brush, show_as_alert
from fms.ui.worker import run_in_worker
from fms.values.file_names import display_name, export_name

# Smaller files are copied and read in a blink: a progress dialog would only flash.
PROGRESS_FROM_BYTES = 2 * 1024 * 1024


COLUMNS: tuple[Column[DocumentRow], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "Title"), lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("columns", "Kind"), lambda r: label(r.kind)),
    Column(QT_TRANSLATE_NOOP("columns", "Status"), lambda r: label(r.status)),
    Column(
        QT_TRANSLATE_NOOP("columns", "Expires"),
        lambda r: show_date(r.expires_on),
        lambda r: sort_date(r.expires_on),
        foreground=lambda r: alert_brush() if r.expiring() else None,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Signed"), lambda r: show_date(r.signed_on), lambda r: sort_date(r.signed_on)),
    Column(QT_TRANSLATE_NOOP("columns", "File"), lambda r: r.original_name),
)


class DocumentsTab(FileListTab[DocumentRow]):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, "documentsTab", "documentsTable", COLUMNS, parent)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.warning = QLabel(self)
        self.warning.setObjectName("expiryWarning")
        show_as_alert(self.warning)
        self.layout_.insertWidget(0, self.warning)
        self.attach_button = self.make_button(self.tr("&Attach…"), "attachButton", self.attach, needs_freelancer=True)
        self.open_button = self.make_button(self.tr("&Open"), "openDocumentButton", self.open_selected)
        self.export_button = self.make_button(self.tr("E&xport a copy…"), "exportButton", self.export_selected)
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("nextStatus")
        self.status_box.setAccessibleName(self.tr("Next status"))
        self.add_widget(self.status_box)
        self.status_button = self.make_button(self.tr("Set &status"), "setStatusButton", self.apply_status)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def fetch(self, freelancer_id: int) -> list[DocumentRow]:
        return service.list_documents(self.db, freelancer_id)

    def reload(self) -> None:
        super().reload()
        expiring = [row.title for row in self.model.rows if row.expiring()]
        self.warning.setText(
            self.tr("Ending within 30 days: %1").replace("%1", ", ".join(expiring)) if expiring else ""
        )
        self.warning.setVisible(bool(expiring))

    def attach(self, path: str | None = None, kind: DocumentKind | None = None) -> DocumentRow | None:
        if self.freelancer_id is None:
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a document"))
            if not path:
                return None
        if kind is None:
            kinds = [label(value) for value in DocumentKind]
            choice, ok = QInputDialog.getItem(
                self, self.tr("Attach a document"), self.tr("Kind of document"), kinds, 0, False
            )
            if not ok:
                return None
            kind = list(DocumentKind)[kinds.index(choice)]
        source, freelancer_id = Path(path), self.freelancer_id
        try:
            limit = service.attachment_limit_bytes(self.db)
            store = service.attachment_store(self.db)
            prepared = run_in_worker(
                lambda progress, cancelled: service.prepare_attachment(store, source, limit, progress, cancelled),
                self,
                label=arg(self.tr("Copying and reading %1…"), display_name(source.name)) if _large(source) else None,
                cancel_text=self.tr("Cancel"),
                object_name="attachProgress",
            )
            row = service.record_attachment(self.db, freelancer_id, prepared, kind)
        except StoreCancelled:
            return None
        except KnownError as error:
            show_error(self, error, title=self.tr("Attach a document"))
            return None
        self.reload()
        return row

    def open_selected(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        try:
            path = service.verified_file(self.db, row.id)
        except KnownError as error:
            show_error(self, error, title=row.title)
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def export_selected(self, target: str | None = None) -> Path | None:
        row = self.selected()
        if row is None:
            return None
        if target is None:
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Export a copy"), export_name(row.original_name))
            if not target:
                return None
        try:
            return service.export_copy(self.db, row.id, Path(target))
        except KnownError as error:
            show_error(self, error, title=row.title)
            return None

    def apply_status(self) -> DocumentRow | None:
        row, status = self.selected(), self.status_box.currentData()
        if row is None or status is None:
            return None
        try:
            updated = service.set_status(self.db, row.id, status)
        except KnownError as error:
            show_error(self, error, title=row.title)
            return None
        self.reload()
        return updated

    def _update_buttons(self, *_: object) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None and row.has_file)
        self.export_button.setEnabled(row is not None and row.has_file)
        self.status_box.clear()
        for status in NEXT_STATUSES[row.status] if row is not None else ():
            self.status_box.addItem(label(status), status)
        self.status_box.setEnabled(self.status_box.count() > 0)
        self.status_button.setEnabled(self.status_box.count() > 0)


def _large(source: Path) -> bool:
    try:
        return source.stat().st_size > PROGRESS_FROM_BYTES
    except OSError:
        return False  # the worker says why it cannot be read
