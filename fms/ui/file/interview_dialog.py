"""The interview editor: when, who, each evaluator's scores, and first of all what the client said."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from fms.core import limits
from fms.core.enums import FailureCause, InterviewKind, InterviewResult
from fms.services.file import InterviewedFor, InterviewInput
from fms.ui.dialogs.form import FormDialog, date_time_at, enum_combo, local_date_time, utc_value
from fms.ui.file.evaluations_editor import EvaluationsEditor
from fms.ui.i18n import label


def _text_box(parent: QWidget, height: int, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    box.setPlaceholderText(placeholder)
    return box


class FailureCausesEditor(QWidget):
    """One box per cause of failure: the answer to the candidate is phrased from these, not from notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[FailureCause, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, cause in enumerate(FailureCause):
            box = QCheckBox(label(cause), self)
            box.setObjectName(f"failureCause_{cause.value}")
            self.boxes[cause] = box
            grid.addWidget(box, number // 2, number % 2)

    def causes(self) -> tuple[FailureCause, ...]:
        return tuple(cause for cause, box in self.boxes.items() if box.isChecked())

    def set_causes(self, causes: Sequence[FailureCause]) -> None:
        for cause, box in self.boxes.items():
            box.setChecked(cause in causes)


class InterviewDialog(FormDialog[int]):
    def __init__(
        self,
        applications: Sequence[InterviewedFor],
        save: Callable[[InterviewInput], int],
        existing: InterviewInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("interviewDialog", "", save, parent)
        self.setWindowTitle(self.tr("Interview") if existing else self.tr("New interview"))
        self.application = QComboBox(self)
        for choice in applications:
            self.application.addItem(f"{choice.mission_title} · {choice.client_name}", choice.application_id)
        self.kind = enum_combo(self, InterviewKind)
        self.held_at = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.held_at.setCalendarPopup(True)
        self.held_at.setDateTimeRange(date_time_at(limits.FIRST_DATE), date_time_at(limits.LAST_DATE))
        self.interviewers = QLineEdit(self)
        self.interviewers.setMaxLength(limits.SHORT_TEXT)
        self.interviewers.setPlaceholderText(self.tr("Everyone present, the client's people included"))
        self.result_choice = enum_combo(self, InterviewResult)
        self.client_feedback = _text_box(self, 80, self.tr("What the client said about the candidate, and why"))
        self.evaluations = EvaluationsEditor(self)
        self.notes = _text_box(self, 60)
        self.failure_reasons = FailureCausesEditor(self)
        self.failure_causes = _text_box(self, 50, self.tr("Internal: never sent to the candidate"))
        self.add_field("application_id", self.tr("&Mission"), self.application)
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.add_field("scheduled_at", self.tr("&When"), self.held_at)
        self.add_field("interviewers", self.tr("&Interviewers"), self.interviewers)
        self.add_field("result", self.tr("&Result"), self.result_choice)
        self.add_field("client_feedback", self.tr("The &client's evaluation"), self.client_feedback)
        self.add_field("evaluations", self.tr("&Scores per evaluator"), self.evaluations)
        self.add_field("notes", self.tr("&Our notes"), self.notes)
        self.add_field("failure_reasons", self.tr("Causes of &failure"), self.failure_reasons)
        self.add_field("failure_causes", self.tr("Our notes on the failure"), self.failure_causes)
        self.result_choice.currentIndexChanged.connect(self._show_failure_causes)
        # Saving first: the invitation is made from the interview as stored (its UID and SEQUENCE).
        self.invite_after = False
        invite = self.buttons.addButton(self.tr("Save and &invite…"), QDialogButtonBox.ButtonRole.ActionRole)
        invite.setObjectName("saveAndInviteButton")
        invite.setAccessibleName(self.tr("Save and invite"))
        invite.clicked.connect(self._save_and_invite)
        if existing is not None:
            self._show(existing)
        self._show_failure_causes()
        self.resize(640, 720)

    def _save_and_invite(self) -> None:
        self.invite_after = True
        self.accept()
        if self.result() != QDialog.DialogCode.Accepted:
            self.invite_after = False  # refused: the button is pressed again once the form is right

    def _show(self, interview: InterviewInput) -> None:
        self.application.setCurrentIndex(self.application.findData(interview.application_id))
        self.kind.setCurrentIndex(self.kind.findData(interview.kind))
        self.held_at.setDateTime(local_date_time(interview.scheduled_at))
        self.interviewers.setText(interview.interviewers)
        self.result_choice.setCurrentIndex(self.result_choice.findData(interview.result))
        self.client_feedback.setPlainText(interview.client_feedback)
        self.evaluations.set_evaluations(interview.evaluations)
        self.notes.setPlainText(interview.notes)
        self.failure_causes.setPlainText(interview.failure_causes)
        self.failure_reasons.set_causes(interview.failure_reasons)

    def _show_failure_causes(self) -> None:
        failed = self.result_choice.currentData() == InterviewResult.FAILED
        self.set_field_visible("failure_reasons", failed)
        self.set_field_visible("failure_causes", failed)

    def collect(self) -> InterviewInput:
        result = InterviewResult(self.result_choice.currentData())
        return InterviewInput(
            application_id=int(self.application.currentData()),
            kind=InterviewKind(self.kind.currentData()),
            scheduled_at=utc_value(self.held_at.dateTime()),
            interviewers=self.interviewers.text(),
            result=result,
            client_feedback=self.client_feedback.toPlainText(),
            notes=self.notes.toPlainText(),
            failure_causes=self.failure_causes.toPlainText() if result == InterviewResult.FAILED else "",
            failure_reasons=self.failure_reasons.causes() if result == InterviewResult.FAILED else (),
            evaluations=self.evaluations.evaluations(),
        )
