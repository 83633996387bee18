"""Attach signed…: a signed contract or NDA in one step (the file, its kind, signature and end dates).

The file is copied into the attachment store here; the document itself is recorded by the hire,
in the hire's transaction, so cancelling the hire leaves no document behind.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from fms.core.enums import DocumentKind
from fms.core.errors import ValidationError
from fms.services import file as file_service
from fms.services.pipeline import SignedAgreement, signed_agreement_errors
from fms.storage.database import Database
from fms.ui.dialogs.form import FormDialog, date_value, enum_combo, make_date_edit, set_date_value
from fms.ui.worker import run_in_worker


def guessed_kind(path: str, fallback: DocumentKind) -> DocumentKind:
    """A dropped file named like an NDA or a contract is taken as one."""
    name = Path(path).name.casefold()
    if "nda" in name or "confidential" in name:
        return DocumentKind.NDA
    if "contract" in name or "contrat" in name:
        return DocumentKind.CONTRACT
    return fallback


class AttachSignedDialog(FormDialog[SignedAgreement]):
    """`result_row` is the signed agreement, its file already stored, ready for the hire."""

    def __init__(self, db: Database, kind: DocumentKind, path: str = "", parent: QWidget | None = None) -> None:
        super().__init__("attachSignedDialog", "", self._prepare, parent)
        self.setWindowTitle(self.tr("Attach a signed document"))
        self.db = db
        self.path = QLineEdit(path, self)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setObjectName("browseButton")
        browse.clicked.connect(self.browse)
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.path, 1)
        row_layout.addWidget(browse)
        self.kind = enum_combo(self, DocumentKind)
        self.kind.setCurrentIndex(self.kind.findData(guessed_kind(path, kind) if path else kind))
        self.signed_on = make_date_edit(self, self.tr("Not set"))
        set_date_value(self.signed_on, date.today())
        self.expires_on = make_date_edit(self, self.tr("No end date"))
        self.add_field("file", self.tr("&File"), row)
        self.path.setObjectName("filePath")
        self.path.setAccessibleName(self.tr("File"))
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.add_field("signed_on", self.tr("&Signed on"), self.signed_on)
        self.add_field("expires_on", self.tr("&Ends on"), self.expires_on)
        browse.setAccessibleName(self.tr("Browse for the file"))

    def browse(self) -> None:
        title, filters = self.tr("Attach a signed document"), self.tr("PDF (*.pdf);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(self, title, "", filters)
        if path:
            self.path.setText(path)

    def collect(self) -> tuple[Path, DocumentKind, date, date | None]:
        errors: dict[str, str] = {}
        source = Path(self.path.text().strip())
        if not self.path.text().strip() or not source.is_file():
            errors["file"] = self.tr("Choose the signed file.")
        signed_on = date_value(self.signed_on)
        if signed_on is None:
            errors["signed_on"] = self.tr("The signature date is required.")
        if errors:
            raise ValidationError(errors)
        assert signed_on is not None
        expires_on = date_value(self.expires_on)
        problems = signed_agreement_errors(signed_on, expires_on)
        if problems:
            raise ValidationError(problems)
        return source, DocumentKind(self.kind.currentData()), signed_on, expires_on

    def _prepare(self, collected: tuple[Path, DocumentKind, date, date | None]) -> SignedAgreement:
        source, kind, signed_on, expires_on = collected
        limit = file_service.attachment_limit_bytes(self.db)
        store = file_service.attachment_store(self.db)
        prepared = run_in_worker(
            lambda progress, cancelled: file_service.prepare_attachment(store, source, limit, progress, cancelled),
            self,
        )
        return SignedAgreement(kind, prepared, signed_on, expires_on)
