"""Backups and restores run in a worker thread; the window only hears of them through signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from fms.storage.backups import BackupCancelled, Progress

Job = Callable[[Progress], Any]


class Task(QThread):
    """Runs `job(progress)` off the UI thread. It never touches a widget: it only emits."""

    progressed = Signal(str, int, int)  # stage, done, total (see fms.storage.backups.Progress)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception, raised again on the UI thread by whoever waits

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._cancelled = False

    def cancel(self) -> None:
        # Read by the next progress step, which stops the backup API between two page batches.
        self._cancelled = True

    def _progress(self, stage: str, done: int, total: int) -> None:
        if self._cancelled:
            raise BackupCancelled()
        self.progressed.emit(stage, done, total)

    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except BaseException as error:  # noqa: BLE001 - handed to the UI thread, which decides
            self.failed.emit(error)
            return
        self.succeeded.emit(result)


def run_with_progress(parent: QWidget | None, title: str, labels: dict[str, str], job: Job) -> Any:
    """Runs `job` in a `Task` behind a modal progress dialog and returns its result.

    `labels` gives the dialog's text for each stage; the job's exception, if any, is raised
    here, on the UI thread. Cancel stops the job at its next step (it then raises
    `BackupCancelled`).
    """
    dialog = QProgressDialog(parent)
    dialog.setObjectName("backupProgress")
    dialog.setWindowTitle(title)
    dialog.setLabelText(next(iter(labels.values()), ""))
    dialog.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    dialog.setRange(0, 0)
    task = Task(job, dialog)
    outcome: dict[str, Any] = {}
    loop = QEventLoop(dialog)

    def on_progress(stage: str, done: int, total: int) -> None:
        dialog.setLabelText(labels.get(stage, dialog.labelText()))
        # QProgressDialog counts in int: scale page counts so a huge file fits.
        dialog.setRange(0, 1000 if total else 0)
        dialog.setValue(int(done * 1000 / total) if total else 0)

    task.progressed.connect(on_progress)
    task.succeeded.connect(lambda result: outcome.update(result=result))
    task.failed.connect(lambda error: outcome.update(error=error))
    task.finished.connect(loop.quit)
    dialog.canceled.connect(task.cancel)
    task.start()
    dialog.show()
    loop.exec()
    task.wait()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
