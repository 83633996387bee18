"""A freelancer's profile sheet for a client: language, rate or not, previewed, saved."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from fms.services.reports import profile_sheet_pdf
from fms.storage.database import Database
from fms.ui.reports.letter_dialog import language_box
from fms.ui.reports.pdf_dialog import PdfDialog
from fms.values.file_names import safe_file_name


class ProfileSheetDialog(PdfDialog):
    def __init__(self, db: Database, freelancer_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__("profileSheetDialog", self.tr("&Save the sheet…"), parent)
        self.setWindowTitle(self.tr("Profile sheet – %1").replace("%1", name))
        self.db = db
        self.freelancer_id = freelancer_id
        self.name = name
        self.language = language_box(self)
        self.language.setObjectName("languageField")
        self.language.setAccessibleName(self.tr("Language"))
        self.include_rate = QCheckBox(self.tr("Show the daily rate"), self)
        self.include_rate.setObjectName("includeRateField")
        self.include_rate.setToolTip(self.tr("Off by default: a sheet is often sent before the rate is discussed"))
        # Our managers' rating is an internal judgement: a client sees it only when chosen.
        self.include_rating = QCheckBox(self.tr("Show our managers' &rating"), self)
        self.include_rating.setObjectName("includeRatingField")
        self.include_rating.setToolTip(self.tr("Off by default: the rating is an internal note"))
        self.form.addRow(self.tr("&Language"), self.language)
        self.form.addRow("", self.include_rate)
        self.form.addRow("", self.include_rating)
        self.language.currentIndexChanged.connect(self.changed)
        self.include_rate.toggled.connect(self.changed)
        self.include_rating.toggled.connect(self.changed)
        self.refresh_preview()

    def render_pdf(self) -> bytes:
        return profile_sheet_pdf(
            self.db,
            self.freelancer_id,
            self.language.currentData(),
            self.include_rate.isChecked(),
            include_rating=self.include_rating.isChecked(),
        )

    def default_file_name(self) -> str:
        prefix = "Dossier" if self.language.currentData() == "fr" else "Profile"
        return safe_file_name(f"{prefix} - {self.name}", ".pdf")
