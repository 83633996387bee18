"""Many profile sheets at once, written in a worker thread behind a progress dialog that can stop it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from fms.core.errors import KnownError
from fms.services.reports import profile_sheet_pdfs
from fms.storage.database import Database
from fms.ui.i18n import error_text


def free_path(folder: Path, name: str) -> Path:
    """`name` in `folder`, or "name (2).pdf" and so on: two people may share a name, no file is overwritten."""
    path = folder / name
    number = 2
    while path.exists():
        path = folder / f"{Path(name).stem} ({number}){Path(name).suffix}"
        number += 1
    return path


class SheetWriter(QObject):
    """Lives in the worker thread; reads the database with its own sessions and writes one file per person."""

    progressed = Signal(int, str)  # sheets written so far, the last file's name
    finished = Signal(int, bool)  # sheets written, whether it was stopped
    failed = Signal(str)

    def __init__(self, db: Database, freelancer_ids: list[int], folder: Path, language: str) -> None:
        super().__init__()
        self.db = db
        self.freelancer_ids = freelancer_ids
        self.folder = folder
        self.language = language
        self._stop = False

    def stop(self) -> None:
        self._stop = True  # read between two sheets: a sheet is never left half written

    @Slot()
    def run(self) -> None:
        written = 0
        try:
            for _, name, pdf in profile_sheet_pdfs(self.db, self.freelancer_ids, self.language):
                if self._stop:
                    break
                free_path(self.folder, name).write_bytes(pdf)
                written += 1
                self.progressed.emit(written, name)
        except KnownError as error:
            self.failed.emit(error_text(error))
        except OSError as error:
            self.failed.emit(f"{error.filename or self.folder}: {error.strerror or error}")
        self.finished.emit(written, self._stop)


class BatchExport(QObject):
    """Starts the writer, shows its progress, and reports how it ended."""

    done = Signal(int, bool)

    def __init__(self, db: Database, freelancer_ids: list[int], folder: Path, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.total = len(freelancer_ids)
        self.written = 0
        self.stopped = False
        self.problem = ""
        self.worker_thread = QThread(self)
        self.writer = SheetWriter(db, freelancer_ids, folder, language)
        self.writer.moveToThread(self.worker_thread)
        self.progress = QProgressDialog(self.tr("Writing the profile sheets…"), self.tr("Stop"), 0, self.total, parent)
        self.progress.setObjectName("batchExportProgress")
        self.progress.setWindowTitle(self.tr("Profile sheets"))
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self.writer.stop)
        self.worker_thread.started.connect(self.writer.run)
        self.writer.progressed.connect(self._progressed)
        self.writer.failed.connect(self._failed)
        self.writer.finished.connect(self._finished)

    def start(self) -> None:
        self.progress.setValue(0)
        self.worker_thread.start()

    def _progressed(self, written: int, name: str) -> None:
        self.written = written
        self.progress.setLabelText(self.tr("Written: %1").replace("%1", name))
        self.progress.setValue(written)

    def _failed(self, text: str) -> None:
        self.problem = text

    def _finished(self, written: int, stopped: bool) -> None:
        self.written, self.stopped = written, stopped
        self.worker_thread.quit()
        self.worker_thread.wait()
        self.progress.reset()
        if self.problem:
            QMessageBox.warning(self.parent_widget, self.tr("Profile sheets"), self.problem)
        self.done.emit(written, stopped)
