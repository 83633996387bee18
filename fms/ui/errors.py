"""One way to tell the user about an expected problem: a warning box over the widget where it happened."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from fms.core.errors import KnownError, ValidationError
from fms.ui.i18n import error_text, field_error_texts


def show_error(widget: QWidget | None, error: KnownError, title: str = "") -> None:
    """A modal warning with the error in the user's language; the title defaults to the window's.

    Refused input where no field can show it (a list's name asked in a small prompt, say) reads
    one message a line, as the fields would have shown them.
    """
    heading = title or (widget.window().windowTitle() if widget is not None else "") or "Vivier"
    if isinstance(error, ValidationError):
        text = "\n".join(field_error_texts(error.field_errors).values())
    else:
        text = error_text(error)
    QMessageBox.warning(widget, heading, text)
