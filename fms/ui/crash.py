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
from PySide6.QtWidgets import QApplication

from fms.core.errors import KnownError

log = logging.getLogger(__name__)


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
            from fms.ui.errors import show_error

            show_error(parent, error)
            return
        from fms import __version__

        details = f"Vivier {__version__}, Python {sys.version.split()[0]}\n\n" + "".join(
            traceback.format_exception(kind, error, tb)
        )
        log.error("unexpected error\n%s", details)
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            from fms.ui.crash_dialog import CrashDialog

            CrashDialog(details, self.log_file, parent).exec()
        finally:
            self._showing = False
