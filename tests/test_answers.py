"""The answer owed when a card closes, end to end: drafted, edited, sent, cleared, then archived."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fms.core.enums import DeclineReason, FailureCause, InterviewKind, InterviewResult, Outcome, Stage
from fms.models import ActivityEntry, Application
from fms.services.crm import ClientInput, create_client
from fms.services.crm.contacts import Contact
from fms.services.file import EvaluationInput, InterviewInput, save_interview
from fms.storage.database import Database
from fms.ui.board.answer_dialog import AnswerDialog
from fms.ui.board.board_widget import PipelineBoard
from fms.ui.board.card_delegate import card_tags
from fms.ui.board.card_details import CardDetailsDialog
from fms.ui.board.outcome_dialog import OutcomeDialog
from fms.ui.board.stage_column import CLOSED
from fms.ui.main_window import SCREEN_KEYS, MainWindow
from fms.ui.screens.answers_owed import AnswersOwedScreen
from fms.ui.screens.board import BoardScreen
from fms.ui.screens.dashboard import DashboardScreen
from tests.conftest import Factory, open_main_window

JUSTIFICATION = "We chose someone who has already led a migration of this size."
# What was said or written inside the company: none of it may reach the candidate.
INTERNAL = (
    "Bon profil mais s'interroge sur l'expérience en production",
    "Seemed tired; rate high for what she knows",
    "Less convincing on the S/4HANA migration cockpit",
    "Great on ABAP, weak on the cockpit",
    "Solid",
)


@pytest.fixture
def replies(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Replies to yes/no questions, in order; an unexpected question fails the test."""
    queue: list[bool] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        assert queue, f"unexpected question: {args[2]}"
        return QMessageBox.StandardButton.Yes if queue.pop(0) else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return queue


def on_answer_dialog(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, act: Callable[[AnswerDialog], None]) -> list[str]:
    """Each answer dialog shown is handed to `act` (which clicks); returns the texts it showed."""
    shown: list[str] = []

    def exec_(dialog: AnswerDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog.text.toPlainText())
        act(dialog)
        return dialog.result()

    monkeypatch.setattr(AnswerDialog, "exec", exec_)
    return shown


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_outcome(monkeypatch: pytest.MonkeyPatch, fill: Callable[[OutcomeDialog], None]) -> None:
    def exec_(dialog: OutcomeDialog) -> int:
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(OutcomeDialog, "exec", exec_)


def rejected(dialog: OutcomeDialog) -> None:
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.REJECTED_BY_CLIENT))
    dialog.justification.setPlainText(JUSTIFICATION)


def declined(dialog: OutcomeDialog) -> None:
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.DECLINED_BY_FREELANCER))
    dialog.reason.setCurrentIndex(dialog.reason.findData(DeclineReason.RATE))
    dialog.details.setPlainText("Asked for 750 € a day.")


def after_a_failed_client_interview(db: Database, make: Factory) -> int:
    client_id = create_client(
        db,
        ClientInput("Banque Lumière", contacts=(Contact("Claire Dubois", "CTO", "claire@banque.example"),)),
    ).id
    application_id = make.application_at(Stage.FINAL_ANSWER, make.mission(client_id, title="SAP S/4HANA migration"))
    interview = InterviewInput(
        application_id=application_id,
        kind=InterviewKind.CLIENT,
        scheduled_at=datetime(2026, 3, 2, 14, tzinfo=UTC),
        result=InterviewResult.FAILED,
        client_feedback=INTERNAL[0],
        notes=INTERNAL[1],
        failure_causes=INTERNAL[2],
        failure_reasons=(FailureCause.SENIORITY, FailureCause.DOMAIN_EXPERIENCE),
        evaluations=(
            EvaluationInput("Claire Dubois", True, 4, 5, INTERNAL[3]),
            EvaluationInput("Sam", False, 5, 4, INTERNAL[4]),
        ),
    )
    save_interview(db, None, interview)
    return application_id


def board_of(window: MainWindow) -> PipelineBoard:
    screen = window.show_screen("board")
    assert isinstance(screen, BoardScreen)
    return screen.board


def press_on_card(qtbot: QtBot, board: PipelineBoard, column: str, key: Qt.Key, modifiers: object = None) -> None:
    view = board.view(column)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    if modifiers is None:
        qtbot.keyClick(view, key)
    else:
        qtbot.keyClick(view, key, modifiers)  # type: ignore[arg-type]


def owed_tile(window: MainWindow) -> str:
    dashboard = window.show_screen("dashboard")
    assert isinstance(dashboard, DashboardScreen)
    return dashboard.tile_text("feedbackOwed")


def badge(window: MainWindow) -> str:
    return window.navigation.item(SCREEN_KEYS.index("answersOwed")).text()


def stored(db: Database, application_id: int) -> Application:
    with db.reading() as session:
        return session.get_one(Application, application_id)


def test_the_answer_loop_from_closing_to_archiving(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, replies: list[bool]
) -> None:
    application_id = after_a_failed_client_interview(db, make)
    window = open_main_window(qtbot, db, tmp_path)
    board = board_of(window)
    answer_outcome(monkeypatch, rejected)
    drafts = on_answer_dialog(monkeypatch, qtbot, lambda dialog: click(qtbot, dialog.save_button))
    press_on_card(
        qtbot,
        board,
        Stage.FINAL_ANSWER,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    [draft] = drafts
    assert draft.startswith("Hello Camille,")
    assert (
        "What the client appreciated:\n"
        "- your technical skills\n"
        "- your communication and the way you work with others\n\n"
        "What weighed in the decision:\n"
        "- the level of seniority the client was looking for\n"
        "- experience of the client's business domain\n"
        f"In the client's words: “{JUSTIFICATION}”"
    ) in draft
    assert not [text for text in INTERNAL if text in draft]
    assert "Bonjour" not in draft and "mais" not in draft  # one language
    application = stored(db, application_id)
    assert (application.stage, application.outcome, application.feedback_draft) == (
        Stage.ALUMNI,
        Outcome.REJECTED_BY_CLIENT,
        draft.strip(),
    )
    assert application.feedback_sent_at is None
    card = board.card(application_id)
    assert card is not None and [text for text, _ in card_tags(card)] == ["answer owed"]
    assert board.models[CLOSED].rowCount() == 1 and board.models[Stage.ALUMNI].rowCount() == 0
    assert owed_tile(window) == "1"
    assert badge(window) == "Answers owed (1)"

    board = board_of(window)
    replies.append(True)  # archive it? yes: refused, the answer is owed
    with qtbot.waitSignal(board.message) as said:
        press_on_card(qtbot, board, CLOSED, Qt.Key.Key_Delete)
    assert "still owes its answer" in said.args[0]
    assert stored(db, application_id).archived_at is None

    facts: list[str] = []

    def details_exec(dialog: CardDetailsDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        facts.append(dialog.findChild(QLabel, "answerLabel").text())
        facts.append(dialog.findChild(QLabel, "justificationLabel").text())
        click(qtbot, dialog.findChild(QPushButton, "answerButton"))
        return dialog.result()

    monkeypatch.setattr(CardDetailsDialog, "exec", details_exec)
    sent = on_answer_dialog(monkeypatch, qtbot, lambda dialog: click(qtbot, dialog.sent_button))
    press_on_card(qtbot, board, CLOSED, Qt.Key.Key_Return)
    assert facts == ["The candidate is still owed an answer.", JUSTIFICATION]
    assert sent == [draft.strip()]  # the stored draft opens again
    assert stored(db, application_id).feedback_sent_at is not None
    card = board.card(application_id)
    assert card is not None and card_tags(card) == []
    with db.reading() as session:
        actions = list(session.scalars(select(ActivityEntry.action).where(ActivityEntry.entity_id == application_id)))
    assert "feedback_sent" in actions
    assert badge(window) == "Answers owed"
    assert owed_tile(window) == "0"

    board = board_of(window)
    replies.append(True)
    press_on_card(qtbot, board, CLOSED, Qt.Key.Key_Delete)
    assert stored(db, application_id).archived_at is not None
    assert board.models[CLOSED].rowCount() == 0


def test_a_decline_drafts_the_note_to_the_client(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    application_id = after_a_failed_client_interview(db, make)
    window = open_main_window(qtbot, db, tmp_path)
    board = board_of(window)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    seen: list[tuple[str, str]] = []

    def act(dialog: AnswerDialog) -> None:
        seen.append((dialog.windowTitle(), dialog.findChild(QLabel, "answerRecipient").text()))
        click(qtbot, dialog.copy_button)
        click(qtbot, dialog.mail_button)
        click(qtbot, dialog.save_button)

    answer_outcome(monkeypatch, declined)
    notes = on_answer_dialog(monkeypatch, qtbot, act)
    press_on_card(
        qtbot,
        board,
        Stage.FINAL_ANSWER,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    [note] = notes
    assert seen == [("Note to the client", "Claire Dubois <claire@banque.example>")]
    assert note.startswith("Hello Claire Dubois,")
    assert "The reason: the daily rate on offer did not match Camille" in note
    assert "In more detail: Asked for 750 € a day." in note
    assert QGuiApplication.clipboard().text() == note
    [url] = opened
    parts = urlsplit(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    assert parts.path == "claire@banque.example"
    query = parse_qs(parts.query)
    assert query["subject"] == ["“SAP S/4HANA migration”: " + stored_name(db, application_id) + "'s answer"]
    assert query["body"] == [note.replace("\n", "\r\n")]
    card = board.card(application_id)
    assert card is not None and [text for text, _ in card_tags(card)] == ["client note owed"]


def stored_name(db: Database, application_id: int) -> str:
    from fms.models import Freelancer

    with db.reading() as session:
        freelancer = session.get_one(Freelancer, stored(db, application_id).freelancer_id)
        return f"{freelancer.first_name} {freelancer.last_name}"


def test_closing_and_marking_sent_is_one_action_and_cancel_stores_nothing(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    application_id = after_a_failed_client_interview(db, make)
    window = open_main_window(qtbot, db, tmp_path)
    board = board_of(window)
    kept_open: list[bool] = []

    def cancel_then_close(dialog: OutcomeDialog) -> int:
        rejected(dialog)
        dialog.accept()  # the answer dialog is cancelled: back to the outcome, nothing stored
        kept_open.append(dialog.result() != OutcomeDialog.DialogCode.Accepted)
        assert stored(db, application_id).stage == Stage.FINAL_ANSWER
        dialog.accept()  # then it is edited and sent at once
        return dialog.result()

    monkeypatch.setattr(OutcomeDialog, "exec", cancel_then_close)

    def edit_and_send(dialog: AnswerDialog) -> None:
        dialog.text.setPlainText("Hello Camille, sorry: the client chose someone else.")
        click(qtbot, dialog.sent_button)

    actions = [lambda dialog: click(qtbot, dialog.findChild(QPushButton, "closeAnswerButton")), edit_and_send]
    on_answer_dialog(monkeypatch, qtbot, lambda dialog: actions.pop(0)(dialog))
    press_on_card(
        qtbot,
        board,
        Stage.FINAL_ANSWER,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert kept_open == [True]
    application = stored(db, application_id)
    assert application.feedback_draft == "Hello Camille, sorry: the client chose someone else."
    assert application.feedback_sent_at is not None and application.closed_at == application.feedback_sent_at
    assert badge(window) == "Answers owed"
    board.undo_stack.undo()  # the close and its answer go back together
    application = stored(db, application_id)
    assert (application.stage, application.feedback_sent_at, application.feedback_draft) == (
        Stage.FINAL_ANSWER,
        None,
        "",
    )


def test_the_language_of_the_answer_can_change_before_it_is_sent(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, replies: list[bool]
) -> None:
    application_id = after_a_failed_client_interview(db, make)
    window = open_main_window(qtbot, db, tmp_path)
    answer_outcome(monkeypatch, rejected)

    def act(dialog: AnswerDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))  # a fresh draft: no question
        assert dialog.text.toPlainText().startswith("Bonjour Camille,")
        assert dialog.subject.text().startswith("Votre candidature")
        dialog.text.setPlainText(dialog.text.toPlainText() + "\nÀ bientôt.")
        replies.append(False)  # back to English? not over my changes
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        assert dialog.language.currentData() == "fr" and dialog.text.toPlainText().endswith("À bientôt.")
        click(qtbot, dialog.save_button)

    on_answer_dialog(monkeypatch, qtbot, act)
    press_on_card(
        qtbot,
        board_of(window),
        Stage.FINAL_ANSWER,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert stored(db, application_id).feedback_draft.startswith("Bonjour Camille,")
    assert replies == []


def close_at(db: Database, make: Factory, first_name: str, days_ago: int) -> int:
    from fms.services.pipeline import OutcomeInput, move_application

    application_id = make.application(freelancer_id=make.freelancer(first_name))
    outcome = OutcomeInput(Outcome.WITHDRAWN, details="No news")
    move_application(db, application_id, Stage.ALUMNI, outcome=outcome, now=datetime.now(UTC) - timedelta(days_ago))
    return application_id


def test_the_answers_owed_list_oldest_first_with_its_badge(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recent = close_at(db, make, "Hugo", 2)
    oldest = close_at(db, make, "Léa", 9)
    window = open_main_window(qtbot, db, tmp_path)
    qtbot.waitUntil(lambda: badge(window) == "Answers owed (2)")  # counted just after the first paint
    screen = window.show_screen("answersOwed")
    assert isinstance(screen, AnswersOwedScreen)
    assert [screen.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 2).id for row in range(2)] == [oldest, recent]
    assert screen.proxy.index(0, 1).data() == "9 day(s)"
    screen.table.selectRow(0)
    texts = on_answer_dialog(monkeypatch, qtbot, lambda dialog: click(qtbot, dialog.sent_button))
    click(qtbot, screen.answer_button)
    assert texts[0].startswith("Hello Léa,")
    assert [screen.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 2).id for row in range(1)] == [recent]
    assert screen.proxy.rowCount() == 1
    assert badge(window) == "Answers owed (1)"


def test_the_file_answers_a_closed_application(
    qtbot: QtBot, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fms.ui.file.freelancer_file import FreelancerFileDialog

    application_id = close_at(db, make, "Hugo", 1)
    file = FreelancerFileDialog(db, stored(db, application_id).freelancer_id)
    qtbot.addWidget(file)
    file.show()
    file.tabs.setCurrentIndex(1)
    file.applications_table.selectRow(0)
    assert file.applications.index(0, 4).data() == "Owed"
    texts = on_answer_dialog(monkeypatch, qtbot, lambda dialog: click(qtbot, dialog.sent_button))
    click(qtbot, file.findChild(QPushButton, "answerButton"))
    assert texts and texts[0].startswith("Hello Hugo,")
    assert file.applications.index(0, 4).data() == "Sent"
    assert file.changed_elsewhere
