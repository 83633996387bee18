"""Interviews as a manager records them: scores per evaluator, the client's word first-class."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from fms.core.enums import FailureCause, InterviewKind, InterviewResult, Outcome, Stage
from fms.core.errors import ValidationError
from fms.models import Application, InterviewEvaluation
from fms.services.file import (
    EvaluationInput,
    InterviewInput,
    delete_interview,
    get_interview,
    list_interviews,
    save_interview,
)
from fms.services.pipeline import OutcomeInput, move_application
from fms.storage.database import Database
from fms.ui.file.freelancer_file import FreelancerFileDialog
from fms.ui.file.interview_dialog import InterviewDialog
from tests.conftest import Factory

HELD = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)


def client_interview(application_id: int, **values: object) -> InterviewInput:
    data: dict[str, object] = {
        "application_id": application_id,
        "kind": InterviewKind.CLIENT,
        "scheduled_at": HELD,
        "interviewers": "Claire Dubois (CTO), Sam",
        "result": InterviewResult.PASSED,
        "client_feedback": "Loved the migration story; wants more depth on security.",
        "evaluations": (
            EvaluationInput("Claire Dubois", True, 4, 5, "Concrete answers"),
            EvaluationInput("Sam", False, 2, 4),
        ),
    }
    return InterviewInput(**{**data, **values})  # type: ignore[arg-type]


def freelancer_of(db: Database, application_id: int) -> int:
    with db.reading() as session:
        return session.get_one(Application, application_id).freelancer_id


def test_scores_are_kept_per_evaluator_and_averaged_in_the_list(db: Database, make: Factory) -> None:
    application_id = make.application()
    interview_id = save_interview(db, None, client_interview(application_id))
    [row] = list_interviews(db, freelancer_of(db, application_id))
    assert (row.id, row.hard_skills_average, row.soft_skills_average, row.evaluator_count) == (interview_id, 3, 4.5, 2)
    assert get_interview(db, interview_id).evaluations[0] == EvaluationInput(
        "Claire Dubois", True, 4, 5, "Concrete answers"
    )
    save_interview(db, interview_id, client_interview(application_id, evaluations=(EvaluationInput("Sam", False, 3),)))
    with db.reading() as session:
        assert session.scalar(select(func.count(InterviewEvaluation.id))) == 1  # replaced, not added
    delete_interview(db, interview_id)
    assert list_interviews(db, freelancer_of(db, application_id)) == []


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"client_feedback": ""}, "client_feedback"),
        ({"result": InterviewResult.FAILED}, "failure_reasons"),
        ({"evaluations": (EvaluationInput(" ", True, 3, 3),)}, "evaluations"),
        ({"evaluations": (EvaluationInput("Claire", True, 6, 3),)}, "evaluations"),
    ],
)
def test_an_incomplete_interview_is_refused_and_nothing_is_written(
    db: Database, make: Factory, values: dict[str, object], field: str
) -> None:
    application_id = make.application()
    with pytest.raises(ValidationError) as refused:
        save_interview(db, None, client_interview(application_id, **values))
    assert field in refused.value.field_errors
    assert list_interviews(db, freelancer_of(db, application_id)) == []


def test_a_pending_client_interview_needs_no_feedback_yet(db: Database, make: Factory) -> None:
    application_id = make.application()
    pending = client_interview(application_id, result=InterviewResult.PENDING, client_feedback="", evaluations=())
    assert save_interview(db, None, pending) > 0


def test_the_rejection_answer_is_built_from_what_the_client_said(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    save_interview(db, None, client_interview(application_id))
    outcome = OutcomeInput(Outcome.REJECTED_BY_CLIENT, client_justification="Another candidate knew payments.")
    move_application(db, application_id, Stage.ALUMNI, outcome=outcome)
    with db.reading() as session:
        draft = session.get_one(Application, application_id).feedback_draft
    assert "Loved the migration story" not in draft  # said during the interview, not for the candidate
    assert "Concrete answers" not in draft
    assert "What the client appreciated:\n- your communication and the way you work with others" in draft
    assert "“Another candidate knew payments.”" in draft


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)


def test_an_interview_is_recorded_from_the_file(qtbot: QtBot, db: Database, make: Factory) -> None:
    application_id = make.application()
    file = FreelancerFileDialog(db, freelancer_of(db, application_id))
    qtbot.addWidget(file)
    file.show()
    file.tabs.setCurrentWidget(file.interviews)
    dialog = file.interviews.make_dialog()
    assert isinstance(dialog, InterviewDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.result_choice.setCurrentIndex(dialog.result_choice.findData(InterviewResult.FAILED))
    assert dialog.failure_causes.isVisible()
    qtbot.mouseClick(
        dialog.findChild(type(dialog.evaluations.remove_button), "addEvaluatorButton"), Qt.MouseButton.LeftButton
    )
    save_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_for("client_feedback").startswith("Write what the client said")
    assert dialog.error_for("failure_reasons") == "Tick what made the interview fail."
    assert dialog.error_for("evaluations") == "Name each evaluator."
    dialog.client_feedback.setPlainText("Not at ease with the payments domain.")
    dialog.failure_causes.setPlainText("Payments experience")
    dialog.failure_reasons.boxes[FailureCause.DOMAIN_EXPERIENCE].setChecked(True)
    name = dialog.evaluations.table.cellWidget(0, 0)
    qtbot.keyClicks(name, "Claire Dubois")
    dialog.evaluations.table.cellWidget(0, 2).setValue(2)
    qtbot.mouseClick(save_button, Qt.MouseButton.LeftButton)
    assert dialog.result_row is not None and not dialog.isVisible()
    file.interviews.reload()
    assert file.interviews.model.rowCount() == 1
    saved = get_interview(db, dialog.result_row)
    assert (saved.result, saved.client_feedback, saved.failure_causes, saved.failure_reasons) == (
        InterviewResult.FAILED,
        "Not at ease with the payments domain.",
        "Payments experience",
        (FailureCause.DOMAIN_EXPERIENCE,),
    )
    assert saved.evaluations == (EvaluationInput("Claire Dubois", False, 2, None, ""),)
    reopened = file.interviews.make_dialog(dialog.result_row)
    assert reopened is not None
    qtbot.addWidget(reopened)
    assert reopened.collect() == saved  # the editor shows back exactly what was saved
    file.interviews.table.selectRow(0)
    file.interviews.delete_selected()
    assert file.interviews.model.rowCount() == 0
