"""The last resort: an unexpected error is logged and shown with copyable details.

A `KnownError` that escapes a slot is shown as a plain warning instead. Either way the
application keeps running: a failed action must not cost the user the rest of the session.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fms import __version__
from fms.errors import KnownError
from fms.ui.i18n import error_text

log = logging.getLogger(__name__)


class CrashDialog(QDialog):
    def __init__(self, details: str, log_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        intro = QLabel(
            self.tr(
                "Vivier met an unexpected error. The action was not completed and nothing was half-saved. "
                "You can keep working; the details below are also in the log file:\n%1"
            ).replace("%1", log_file),
            self,
        )
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(details, self)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setMinimumSize(620, 260)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("copyDetailsButton")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.details.toPlainText()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details)
        layout.addWidget(buttons)


class ExceptionHook:
    """Installed as `sys.excepthook`; Qt slots that raise end up here."""

    def __init__(self, log_file: str) -> None:
        self.log_file = log_file
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if isinstance(error, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        parent = QApplication.activeWindow()
        if isinstance(error, KnownError):
            log.warning("known error reached the hook: %s", error.message)
            QMessageBox.warning(parent, "Vivier", error_text(error))
            return
        details = f"Vivier {__version__}, Python {sys.version.split()[0]}\n\n" + "".join(
            traceback.format_exception(kind, error, tb)
        )
        log.error("unexpected error\n%s", details)
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            CrashDialog(details, self.log_file, parent).exec()
        finally:
            self._showing = False
