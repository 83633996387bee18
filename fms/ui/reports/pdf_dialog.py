"""What the PDF dialogs share: a form on the left, the first page on the right, kept up to date
as the form changes, and a Save As that writes the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fms.core.errors import KnownError, ValidationError
from fms.ui.errors import show_error
from fms.ui.i18n import error_text, field_error_texts
from fms.ui.reports.pdf_preview import PdfPreview
from fms.ui.text_colours import show_as_alert

PREVIEW_PAUSE_MS = 400  # typing redraws the preview once it pauses, not per key


class PdfDialog(QDialog):
    """Subclasses fill `form`, say how to `render` the PDF, and what `save` keeps besides the file."""

    def __init__(self, object_name: str, save_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setModal(True)
        self.form = QFormLayout()
        self.problem = QLabel(self)
        self.problem.setObjectName("formProblem")
        show_as_alert(self.problem)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.preview = PdfPreview(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_PAUSE_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(save_text, self)
        self.save_button.setObjectName("savePdfButton")
        self.save_button.setAccessibleName(save_text.replace("&", ""))
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save_as)
        self.buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addWidget(self.problem)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.saved_path: Path | None = None
        # Within a 1280×720 screen, title bar included: at 760 high Save fell below the edge.
        self.resize(1040, 640)

    def changed(self, *_: object) -> None:
        self.timer.start()

    def render_pdf(self) -> bytes:
        raise NotImplementedError

    def save(self) -> bytes:
        """The PDF to write; a letter is also kept in the freelancer's documents here."""
        return self.render_pdf()

    def default_file_name(self) -> str:
        raise NotImplementedError

    def refresh_preview(self) -> None:
        try:
            pdf = self.render_pdf()
        except ValidationError as error:
            self.preview.show_problem("\n".join(field_error_texts(error.field_errors).values()))
            return
        except KnownError as error:
            self.preview.show_problem(error_text(error))
            return
        self.show_problem("")
        self.preview.show_pdf(pdf)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def ask_save_path(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF"), str(Path.home() / self.default_file_name()), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        return Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")

    def save_as(self) -> bool:
        path = self.ask_save_path()
        if path is None:
            return False
        try:
            pdf = self.save()
        except ValidationError as error:
            self.show_problem("\n".join(field_error_texts(error.field_errors).values()))
            return False
        except KnownError as error:
            show_error(self, error)
            return False
        try:
            path.write_bytes(pdf)
        except OSError as problem:
            text = self.tr("The PDF could not be written to %1: %2")
            QMessageBox.warning(self, self.windowTitle(), text.replace("%1", str(path)).replace("%2", str(problem)))
            return False
        self.saved_path = path
        self.accept()
        return True
