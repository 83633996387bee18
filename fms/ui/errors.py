"""One way to tell the user about an expected problem: a warning box over the widget where it happened."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from fms.core.errors import KnownError
from fms.ui.i18n import error_text


def show_error(widget: QWidget | None, error: KnownError, title: str = "") -> None:
    """A modal warning with the error in the user's language; the title defaults to the window's."""
    heading = title or (widget.window().windowTitle() if widget is not None else "") or "Vivier"
    QMessageBox.warning(widget, heading, error_text(error))
