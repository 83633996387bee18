"""Runs a slow function off the UI thread while the caller waits, with an optional progress dialog.

The function gets `progress(done, total)` and `cancelled()` and must not touch a widget: its
progress reaches the dialog through a queued signal. The caller's code reads as a plain call
(the result is returned, an exception raised) while Qt keeps painting and answering.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], T]


class _Signals(QObject):
    progressed = Signal(int)  # per mille, so sizes above 2 GB fit in a signal's int
    ended = Signal()


class _Job(QRunnable, Generic[T]):
    def __init__(self, work: Work[T]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the caller reads the outcome after it ends
        self.work = work
        self.signals = _Signals()
        self.stop = threading.Event()
        self.result: T | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work(self._progress, self.stop.is_set)
        except BaseException as error:  # noqa: BLE001 - handed back to the UI thread and raised there
            self.error = error
        self.signals.ended.emit()

    def _progress(self, done: int, total: int) -> None:
        self.signals.progressed.emit(int(done * 1000 / total) if total else 0)


def run_in_worker(
    work: Work[T],
    parent: QWidget | None,
    label: str | None = None,
    cancel_text: str = "",
    object_name: str = "workerProgress",
) -> T:
    """`work`'s result, computed in a worker thread; with `label`, a cancellable progress dialog shows it."""
    job: _Job[T] = _Job(work)
    loop = QEventLoop()
    job.signals.ended.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog = None
    if label is not None:
        dialog = QProgressDialog(label, cancel_text, 0, 1000, parent)
        dialog.setObjectName(object_name)
        dialog.setAccessibleName(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.stop.set)
        job.signals.progressed.connect(dialog.setValue)
        dialog.show()
    QThreadPool.globalInstance().start(job)
    loop.exec()
    if dialog is not None:
        dialog.close()
        dialog.deleteLater()
    if job.error is not None:
        raise job.error
    return cast(T, job.result)  # set by run() unless it raised, which is re-raised above
