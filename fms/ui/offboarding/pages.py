"""The offboarding wizard's pages: each shows its saved answers, reads them back, and shows the
problems the service finds beside the fields."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from fms.core.enums import ContactChannel, OffboardingPage, RehireStatus
from fms.services.offboarding import TRACE_NOTE_MAX, ChecklistItem, parse_date
from fms.ui.dialogs.form import date_value, enum_combo, make_date_edit, set_date_value
from fms.ui.i18n import label
from fms.ui.offboarding.checklist import Checklist
from fms.ui.text_colours import show_as_alert

if TYPE_CHECKING:
    from fms.services.offboarding import OffboardingState
    from fms.ui.offboarding.wizard import OffboardingWizard

Field = QLineEdit | QPlainTextEdit | QSpinBox | QComboBox | QCheckBox | QDateEdit


def text_box(parent: QWidget, height: int = 80) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class OffboardingWizardPage(QWizardPage):
    """Subclasses add fields (by answer key) and, for checklist pages, a `checklist`."""

    def __init__(self, page: OffboardingPage, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = page
        self.setObjectName(f"{page.value}Page")
        self.setTitle(label(page))
        self.setSubTitle(subtitle)
        self.fields: dict[str, Field] = {}
        self.errors: dict[str, QLabel] = {}
        self.checklist: Checklist | None = None
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.layout_.addStretch(1)  # fields keep their height; the room left stays below them

    def wizard_(self) -> OffboardingWizard:
        return cast("OffboardingWizard", self.wizard())  # each page is added to one

    def add_checklist(self) -> Checklist:
        self.checklist = Checklist(f"{self.key.value}Checklist", self)
        self.layout_.insertWidget(0, self.checklist)
        self.layout_.insertWidget(1, self._error_label("items"))
        return self.checklist

    def add_field(self, key: str, caption: str, widget: Field) -> None:
        widget.setObjectName(f"{key}Field")
        widget.setAccessibleName(caption.replace("&", ""))
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(self._error_label(key))
        self.form.addRow(caption, holder)
        caption_label = self.form.labelForField(holder)
        if isinstance(caption_label, QLabel):
            caption_label.setBuddy(widget)
        self.fields[key] = widget

    def _error_label(self, key: str) -> QLabel:
        error = QLabel(self)
        error.setObjectName(f"{key}Error")
        show_as_alert(error)
        error.setWordWrap(True)
        error.hide()
        self.errors[key] = error
        return error

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, error in self.errors.items():
            error.setText(errors.get(key, ""))
            error.setVisible(bool(errors.get(key)))

    def error_for(self, key: str) -> str:
        return self.errors[key].text()  # emptied when the page is fine

    def show_state(self, state: OffboardingState) -> None:
        answers = state.answers.get(self.key.value, {})
        if self.checklist is not None and not self.checklist.boxes:
            self.checklist.show_items(state.items.get(self.key.value, ()))
        for key, widget in self.fields.items():
            _write(widget, answers.get(key, self.default(key, state)))
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes down the page as it reads: the checklist (filled after the fields were made), then
        the fields in their rows."""
        chain: list[QWidget] = []
        if self.checklist is not None:
            for box, comment in zip(self.checklist.boxes, self.checklist.comments, strict=True):
                chain += [box, comment]
        chain += list(self.fields.values())
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def default(self, key: str, state: OffboardingState) -> Any:
        return None

    def answers(self) -> dict[str, Any]:
        return {key: _read(widget) for key, widget in self.fields.items()}

    def items(self) -> tuple[ChecklistItem, ...]:
        return self.checklist.items() if self.checklist is not None else ()

    def set_read_only(self) -> None:
        for widget in [*self.fields.values(), *(self.checklist.findChildren(QWidget) if self.checklist else [])]:
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(True)
            else:
                widget.setEnabled(False)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        return self.wizard_().save_page(self)


def _write(widget: Field, value: Any) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value or ""))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value or ""))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value or 0))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QDateEdit):
        set_date_value(widget, value if isinstance(value, date) else parse_date(value))


def _read(widget: Field) -> Any:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    chosen = date_value(widget)
    return chosen.isoformat() if chosen else ""


class ObjectivesPage(OffboardingWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            OffboardingPage.OBJECTIVES,
            self.tr("Each objective met and every deliverable returned, or why not."),
            parent,
        )
        self.add_checklist()


class HandoverPage(OffboardingWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(OffboardingPage.HANDOVER, self.tr("What was handed over, and to whom."), parent)
        self.add_checklist()
        self.add_field("handed_to", self.tr("Handed &over to"), QLineEdit(self))
        self.add_field("what", self.tr("&What was handed over"), text_box(self))


class FeedbackPage(OffboardingWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(OffboardingPage.FEEDBACK, self.tr("The freelancer's side of the mission."), parent)
        self.add_field("mission_view", self.tr("Their view of the &mission"), text_box(self, 100))
        self.add_field("integration", self.tr("&Integration in the team"), text_box(self))
        self.add_field("onboarding_suggestions", self.tr("Suggestions for &onboarding"), text_box(self))


class RecommendationPage(OffboardingWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            OffboardingPage.RECOMMENDATION,
            self.tr("What we would tell someone who asks about this freelancer."),
            parent,
        )
        rating = QSpinBox(self)
        rating.setRange(0, 5)
        rating.setSpecialValueText(self.tr("Choose…"))
        rehire = QComboBox(self)
        rehire.addItem(self.tr("Choose…"), "")
        for status in (RehireStatus.WOULD_REHIRE, RehireStatus.DO_NOT_REHIRE):
            rehire.addItem(label(status), status.value)
        language = QComboBox(self)
        language.addItem("English", "en")
        language.addItem("Français", "fr")
        self.add_field("text", self.tr("&Recommendation"), text_box(self, 120))
        self.add_field("rating", self.tr("R&ating (1 to 5)"), rating)
        self.add_field("strengths", self.tr("&Strengths"), QLineEdit(self))
        self.add_field("rehire", self.tr("Work &together again"), rehire)
        self.add_field("reason", self.tr("Private reas&on"), QLineEdit(self))
        self.add_field(
            "letter", self.tr("&Letter"), QCheckBox(self.tr("Write the recommendation letter at the end"), self)
        )
        self.add_field("letter_language", self.tr("Letter's lan&guage"), language)
        rehire.currentIndexChanged.connect(self._show_reason)
        self._show_reason()

    def _show_reason(self) -> None:
        rehire = self.fields["rehire"]
        do_not = isinstance(rehire, QComboBox) and rehire.currentData() == RehireStatus.DO_NOT_REHIRE.value
        holder = self.fields["reason"].parentWidget()
        if holder is not None:
            self.form.setRowVisible(holder, do_not)

    def show_state(self, state: OffboardingState) -> None:
        super().show_state(state)
        self._show_reason()


class TracePage(OffboardingWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            OffboardingPage.TRACE,
            self.tr("A few lines for the next manager: it becomes a collaboration note in the file."),
            parent,
        )
        note = text_box(self, 120)
        self.add_field("note", self.tr("N&ote"), note)
        self.counter = QLabel(self)
        self.counter.setObjectName("noteCounter")
        self.form.addRow("", self.counter)
        note.textChanged.connect(self._count)
        self._count()

    def _count(self) -> None:
        note = self.fields["note"]
        length = len(note.toPlainText()) if isinstance(note, QPlainTextEdit) else 0
        self.counter.setText(
            self.tr("%1 of %2 characters").replace("%1", str(length)).replace("%2", str(TRACE_NOTE_MAX))
        )


class KeepInTouchPage(OffboardingWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(OffboardingPage.KEEP_IN_TOUCH, self.tr("So that the next mission starts from here."), parent)
        self.add_field(
            "consent", self.tr("&Talent pool"), QCheckBox(self.tr("Agrees to stay in our talent pool"), self)
        )
        self.add_field("channel", self.tr("Preferred &channel"), enum_combo(self, ContactChannel))
        self.add_field("available_from", self.tr("Next a&vailable"), make_date_edit(self, self.tr("Not known")))
        self.add_field("follow_up_on", self.tr("First &follow-up"), make_date_edit(self, self.tr("None")))


class AdminPage(OffboardingWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(OffboardingPage.ADMIN, self.tr("The contract ends; nothing is left open."), parent)
        self.add_checklist()
        self.add_field("contract_end", self.tr("Contract &ends on"), make_date_edit(self, self.tr("Choose…")))

    def default(self, key: str, state: OffboardingState) -> Any:
        return state.planned_end if key == "contract_end" else None


class SummaryPage(OffboardingWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(OffboardingPage.SUMMARY, self.tr("Everything entered; Finish closes the mission."), parent)
        self.summary = QTextBrowser(self)
        self.summary.setObjectName("offboardingSummary")
        self.layout_.takeAt(self.layout_.count() - 1)  # the summary takes the whole page
        self.layout_.addWidget(self.summary, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.summary.setHtml(self.wizard_().summary_html())

    def validatePage(self) -> bool:  # noqa: N802
        return True  # Finish does the work (the wizard's accept)
