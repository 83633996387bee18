"""Writing a recommendation letter: drafted from the engagement and its note, previewed, saved."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from fms.core import limits
from fms.services.reports import UNNAMED_COMPANY, LetterDraft, LetterInput, company, create_letter, preview_letter
from fms.storage.database import Database
from fms.ui.dialogs.unsaved import ConfirmsDiscard
from fms.ui.i18n import default_language
from fms.ui.reports.pdf_dialog import PdfDialog
from fms.values.file_names import safe_file_name


def language_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.addItem("English", "en")
    box.addItem("Français", "fr")
    box.setCurrentIndex(box.findData(default_language()))
    return box


class LetterDialog(ConfirmsDiscard, PdfDialog):
    """On one of a freelancer's engagements (`drafts`, newest first); Close asks before losing edits."""

    def __init__(
        self,
        db: Database,
        drafts: list[LetterDraft],
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__("letterDialog", self.tr("&Save the letter…"), parent)
        self.setWindowTitle(self.tr("Recommendation letter"))
        self.db = db
        self.drafts = {draft.engagement_id: draft for draft in drafts}
        self.document_id: int | None = None
        self.engagement = QComboBox(self)
        for draft in drafts:
            self.engagement.addItem(f"{draft.mission_title} · {draft.client_name}", draft.engagement_id)
        self.language = language_box(self)
        self.role = QLineEdit(self)
        self.role.setMaxLength(limits.ROLE)
        letterhead, _, place = company(db)
        self.place = QLineEdit(place, self)
        self.place.setMaxLength(limits.LOCATION)
        self.recommendation = QPlainTextEdit(self)
        self.recommendation.setTabChangesFocus(True)
        self.recommendation.setMinimumHeight(220)
        self.strengths = QLineEdit(self)
        self.strengths.setMaxLength(limits.SHORT_TEXT)
        self.strengths.setPlaceholderText(self.tr("Separated by commas"))
        for caption, widget, name in (
            (self.tr("&Mission"), self.engagement, "engagementField"),
            (self.tr("&Language"), self.language, "languageField"),
            (self.tr("&Role"), self.role, "roleField"),
            (self.tr("&Place"), self.place, "placeField"),
            (self.tr("Re&commendation"), self.recommendation, "recommendationField"),
            (self.tr("S&trengths"), self.strengths, "strengthsField"),
        ):
            widget.setObjectName(name)
            widget.setAccessibleName(caption.replace("&", ""))
            self.form.addRow(caption, widget)
        if letterhead.company_name == UNNAMED_COMPANY:
            hint = QLabel(self.tr("Your company's letterhead and signatory are set in Edit → Settings."), self)
            hint.setObjectName("letterheadHint")
            hint.setWordWrap(True)
            self.form.addRow("", hint)
        self.engagement.currentIndexChanged.connect(self._fill_from_draft)
        self._fill_from_draft()
        if language is not None:
            self.language.setCurrentIndex(self.language.findData(language))
        for signal in (
            self.language.currentIndexChanged,
            self.role.textChanged,
            self.place.textChanged,
            self.recommendation.textChanged,
            self.strengths.textChanged,
        ):
            signal.connect(self.changed)
        self.refresh_preview()

    def _fill_from_draft(self) -> None:
        draft = self.drafts[self.engagement.currentData()]
        self.role.setPlaceholderText(draft.role or self.tr("No role: the letter names the mission"))
        self.recommendation.setPlainText(draft.recommendation)
        self.strengths.setText(", ".join(draft.strengths))
        self.changed()

    def letter_input(self) -> LetterInput:
        return LetterInput(
            engagement_id=int(self.engagement.currentData()),
            language=str(self.language.currentData()),
            recommendation=self.recommendation.toPlainText(),
            strengths=tuple(part.strip() for part in self.strengths.text().split(",")),
            place=self.place.text(),
            role=self.role.text(),
        )

    def render_pdf(self) -> bytes:
        return preview_letter(self.db, self.letter_input())

    def save(self) -> bytes:
        document, pdf = create_letter(self.db, self.letter_input())
        self.document_id = document.id
        return pdf

    def default_file_name(self) -> str:
        draft = self.drafts[self.engagement.currentData()]
        prefix = "Lettre de recommandation" if self.language.currentData() == "fr" else "Recommendation letter"
        return safe_file_name(f"{prefix} - {draft.freelancer_name}", ".pdf")
