"""The pipeline board as a manager uses it: drag cards, answer the questions, undo, filter, type."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import PySide6
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fms.core.enums import DeclineReason, DocumentStatus, Outcome, Stage
from fms.models import Application, Document, Engagement, StageChange
from fms.services.pipeline import load_card
from fms.storage.database import Database
from fms.ui.board.answer_dialog import AnswerDialog
from fms.ui.board.board_widget import PipelineBoard
from fms.ui.board.card_model import CARD_ROLE, StageCardModel
from fms.ui.board.mime import CARD_MIME_TYPE, decode_cards, encode_cards
from fms.ui.board.outcome_dialog import OutcomeDialog
from fms.ui.board.stage_column import CLOSED, StageColumnView
from fms.ui.context import AppContext
from tests.conftest import Factory, open_board


@pytest.fixture
def board(qtbot: QtBot, db: Database) -> Iterator[PipelineBoard]:
    widget = open_board(qtbot, db)
    widget.reload()
    yield widget


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Replies to the board's yes/no questions, in order; a test fails if one is asked unexpectedly."""
    replies: list[bool] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        assert replies, f"unexpected question: {args[2]}"
        return QMessageBox.StandardButton.Yes if replies.pop(0) else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return replies


def answer_later(dialog: AnswerDialog) -> None:
    dialog.save_button.click()


def fill_outcome(
    monkeypatch: pytest.MonkeyPatch,
    fill: Callable[[OutcomeDialog], None] | None,
    answer: Callable[[AnswerDialog], None] = answer_later,
) -> list[OutcomeDialog]:
    """The outcome dialog, answered by `fill` then Save (or Cancel when `fill` is None); the answer
    drafted for a closing is then handled by `answer` (by default: close, answer later)."""
    shown: list[OutcomeDialog] = []

    def answer_exec(dialog: AnswerDialog) -> int:
        answer(dialog)
        return dialog.result()

    monkeypatch.setattr(AnswerDialog, "exec", answer_exec)

    def exec_(dialog: OutcomeDialog) -> int:
        shown.append(dialog)
        if fill is None:
            dialog.reject()
            return OutcomeDialog.DialogCode.Rejected
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(OutcomeDialog, "exec", exec_)
    return shown


def column_ids(board: PipelineBoard, stage: str) -> list[int]:
    view = board.view(stage)
    return [view.card_id_at_row(row) for row in range(view.model().rowCount())]  # type: ignore[misc]


def drag(board: PipelineBoard, application_id: int, to_stage: Stage, onto: int | None = None) -> None:
    """A real drop through the target view's own drag-and-drop events."""
    source = next(view for view in (board.view(s) for s in Stage) if application_id in column_ids(board, view.stage))
    row = column_ids(board, source.stage).index(application_id)
    mime = source.model().mimeData([source.model().index(row, 0)])
    target = board.view(to_stage)
    if onto is None:
        point = QPoint(20, target.viewport().height() - 4)
    else:
        point = target.visualRect(target.model().index(column_ids(board, to_stage).index(onto), 0)).topLeft() + QPoint(
            20, 4
        )
    viewport = target.viewport()
    actions = Qt.DropAction.MoveAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # PySide6 6.12 takes a QPointF where 6.11 takes a QPoint (the binding depends on the Python: pyproject).
    at = QPointF(point) if PySide6.__version_info__ >= (6, 12) else point
    QApplication.sendEvent(viewport, QDragEnterEvent(at, actions, mime, buttons, modifiers))
    QApplication.sendEvent(viewport, QDragMoveEvent(at, actions, mime, buttons, modifiers))
    drop = QDropEvent(QPointF(point), actions, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()
    QApplication.processEvents()  # the board acts once the drop has returned


def stage_in_db(db: Database, application_id: int) -> Stage:
    with db.reading() as session:
        return session.get_one(Application, application_id).stage


def test_one_column_per_stage_with_counts(board: PipelineBoard, make: Factory) -> None:
    mission_id = make.mission()
    make.application_at(Stage.PROFILE_SENT, mission_id)
    make.application_at(Stage.PROFILE_SENT, mission_id)
    board.reload()
    for stage in Stage:
        assert board.findChild(StageColumnView, f"stageColumn_{stage.value}") is board.view(stage)
    assert board.columns[Stage.PROFILE_SENT].header.text().strip() == "Profile sent  ·  2"


def test_dragging_a_card_moves_it_records_history_and_undoes(board: PipelineBoard, db: Database, make: Factory) -> None:
    application_id = make.application()
    board.reload()
    drag(board, application_id, Stage.POSITIONING_CALL)
    assert stage_in_db(db, application_id) == Stage.POSITIONING_CALL
    assert column_ids(board, Stage.POSITIONING_CALL) == [application_id]
    assert column_ids(board, Stage.SOURCED) == []
    with db.reading() as session:
        moves = session.execute(select(StageChange.from_stage, StageChange.to_stage).order_by(StageChange.id)).all()
    assert moves[-1] == (Stage.SOURCED, Stage.POSITIONING_CALL)
    board.undo_stack.undo()
    assert stage_in_db(db, application_id) == Stage.SOURCED
    assert column_ids(board, Stage.SOURCED) == [application_id]
    board.undo_stack.redo()
    assert stage_in_db(db, application_id) == Stage.POSITIONING_CALL


def test_a_refused_drop_says_why_and_changes_nothing(
    board: PipelineBoard, db: Database, make: Factory, qtbot: QtBot
) -> None:
    application_id = make.application()
    board.reload()
    with qtbot.waitSignal(board.message) as said:
        drag(board, application_id, Stage.CLIENT_INTERVIEW)
    assert "one at a time" in said.args[0] and "Positioning call" in said.args[0]
    assert stage_in_db(db, application_id) == Stage.SOURCED
    assert column_ids(board, Stage.SOURCED) == [application_id]
    assert board.undo_stack.count() == 0


def test_cards_are_reordered_inside_a_column(board: PipelineBoard, db: Database, make: Factory) -> None:
    first, second, third = (make.application() for _ in range(3))
    board.reload()
    drag(board, third, Stage.SOURCED, onto=first)
    assert column_ids(board, Stage.SOURCED) == [third, first, second]
    board.undo_stack.undo()
    assert column_ids(board, Stage.SOURCED) == [first, second, third]


def test_a_fifth_profile_asks_first(board: PipelineBoard, db: Database, make: Factory, answers: list[bool]) -> None:
    mission_id = make.mission()
    for _ in range(4):
        make.application_at(Stage.PROFILE_SENT, mission_id, confirm=False)
    fifth = make.application_at(Stage.POSITIONING_CALL, mission_id)
    board.reload()
    answers.append(False)
    drag(board, fifth, Stage.PROFILE_SENT)
    assert stage_in_db(db, fifth) == Stage.POSITIONING_CALL
    answers.append(True)
    drag(board, fifth, Stage.PROFILE_SENT)
    assert stage_in_db(db, fifth) == Stage.PROFILE_SENT
    assert answers == []


def test_hiring_asks_the_start_and_rate_and_offers_to_sign_later(
    board: PipelineBoard, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch, answers: list[bool]
) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    board.reload()

    def hire(dialog: OutcomeDialog) -> None:
        assert dialog.chosen() == Outcome.HIRED
        dialog.start.setDate(date(2026, 4, 6))
        dialog.rate.setText("640")

    shown = fill_outcome(monkeypatch, hire)
    answers.append(True)  # no signed contract nor NDA: sign later
    drag(board, application_id, Stage.ON_MISSION)
    assert len(shown) == 1
    with db.reading() as session:
        engagement = session.scalars(select(Engagement)).one()
        drafts = session.scalars(select(Document.status)).all()
    assert (engagement.start_date, engagement.daily_rate_cents) == (date(2026, 4, 6), 64000)
    assert drafts == [DocumentStatus.DRAFT, DocumentStatus.DRAFT]
    card = load_card(db, application_id)
    assert card is not None and card.stage == Stage.ON_MISSION and card.documents_to_sign == 2
    board.undo_stack.undo()
    with db.reading() as session:
        assert session.scalars(select(Engagement)).all() == []
    assert stage_in_db(db, application_id) == Stage.FINAL_ANSWER


def test_refusing_to_sign_later_keeps_the_dialog_and_the_database(
    board: PipelineBoard, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch, answers: list[bool]
) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    board.reload()
    shown = fill_outcome(monkeypatch, lambda dialog: None)
    answers.append(False)
    drag(board, application_id, Stage.ON_MISSION)
    assert shown[0].result() != OutcomeDialog.DialogCode.Accepted
    assert stage_in_db(db, application_id) == Stage.FINAL_ANSWER


@pytest.mark.parametrize(
    ("outcome", "fill", "expected"),
    [
        (
            Outcome.DECLINED_BY_FREELANCER,
            lambda d: (d.reason.setCurrentIndex(d.reason.findData(DeclineReason.RATE)), d.details.setPlainText("750")),
            lambda a: a.decline_reason == DeclineReason.RATE,
        ),
        (
            Outcome.REJECTED_BY_CLIENT,
            lambda d: d.justification.setPlainText("Needs more payments experience."),
            lambda a: "Needs more payments experience." in a.feedback_draft,
        ),
        (
            Outcome.WITHDRAWN,
            lambda d: d.details.setPlainText("Took another mission"),
            lambda a: a.outcome_details == "Took another mission",
        ),
    ],
    ids=["declined", "rejected", "withdrawn"],
)
def test_closing_asks_for_what_each_outcome_needs(
    board: PipelineBoard,
    db: Database,
    make: Factory,
    monkeypatch: pytest.MonkeyPatch,
    outcome: Outcome,
    fill: Callable[[OutcomeDialog], object],
    expected: Callable[[Application], bool],
) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    board.reload()

    def answer(dialog: OutcomeDialog) -> None:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(outcome))
        fill(dialog)

    fill_outcome(monkeypatch, answer)
    drag(board, application_id, Stage.ALUMNI)
    with db.reading() as session:
        application = session.get_one(Application, application_id)
        assert (application.stage, application.outcome) == (Stage.ALUMNI, outcome)
        assert expected(application)
    card = load_card(db, application_id)
    assert card is not None and card.feedback_owed


def test_an_incomplete_outcome_shows_the_error_in_the_dialog(
    board: PipelineBoard, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    board.reload()
    errors: list[str] = []

    def exec_(dialog: OutcomeDialog) -> int:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.REJECTED_BY_CLIENT))
        dialog.accept()  # no justification: refused, the dialog stays
        errors.append(dialog.error_for("client_justification"))
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(OutcomeDialog, "exec", exec_)
    drag(board, application_id, Stage.ALUMNI)
    assert errors == ["The client's justification is required."]
    assert stage_in_db(db, application_id) == Stage.FINAL_ANSWER


def test_cancel_leaves_everything_as_it_was(
    board: PipelineBoard, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    board.reload()
    fill_outcome(monkeypatch, None)
    drag(board, application_id, Stage.ON_MISSION)
    assert stage_in_db(db, application_id) == Stage.FINAL_ANSWER
    assert column_ids(board, Stage.FINAL_ANSWER) == [application_id]
    assert board.undo_stack.count() == 0


def test_keyboard_moves_cards_and_focus(board: PipelineBoard, db: Database, make: Factory, qtbot: QtBot) -> None:
    application_id = make.application()
    board.reload()
    view = board.view(Stage.SOURCED)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert stage_in_db(db, application_id) == Stage.POSITIONING_CALL
    moved = board.view(Stage.POSITIONING_CALL)
    assert moved.current_card_id() == application_id
    qtbot.keyClick(moved, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert stage_in_db(db, application_id) == Stage.SOURCED


def test_delete_archives_after_confirmation(
    board: PipelineBoard, db: Database, make: Factory, qtbot: QtBot, answers: list[bool]
) -> None:
    application_id = make.application()
    board.reload()
    view = board.view(Stage.SOURCED)
    view.setCurrentIndex(view.model().index(0, 0))
    answers.append(False)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert column_ids(board, Stage.SOURCED) == [application_id]
    answers.append(True)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert column_ids(board, Stage.SOURCED) == []
    with db.reading() as session:
        assert session.get_one(Application, application_id).archived_at is not None


def test_enter_opens_the_card_details(
    board: PipelineBoard, make: Factory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fms.ui.board.card_details import CardDetailsDialog

    application_id = make.application_at(Stage.PROFILE_SENT)
    board.reload()
    opened: list[list[str]] = []
    monkeypatch.setattr(
        CardDetailsDialog,
        "exec",
        lambda dialog: opened.append([dialog.history.item(i).text() for i in range(dialog.history.count())]) or 0,
    )
    view = board.view(Stage.PROFILE_SENT)
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert len(opened) == 1 and len(opened[0]) == 3 and "Positioning call → Profile sent" in opened[0][-1]
    assert column_ids(board, Stage.PROFILE_SENT) == [application_id]


@pytest.mark.parametrize(("days", "shown"), [(1, "Sourced, for 1 day"), (3, "Sourced, for 3 days")])
def test_the_card_details_count_days_in_stage_in_words(
    board: PipelineBoard, make: Factory, qtbot: QtBot, english: None, days: int, shown: str
) -> None:
    from dataclasses import replace
    from datetime import UTC, datetime, timedelta

    from PySide6.QtWidgets import QLabel

    from fms.ui.board.card_details import CardDetailsDialog

    application_id = make.application()
    board.reload()
    card = board.card(application_id)
    assert card is not None
    entered = datetime.now(UTC) - timedelta(days=days, hours=1)
    dialog = CardDetailsDialog(board.context, replace(card, stage_entered_at=entered), board)
    qtbot.addWidget(dialog)
    assert shown in [label.text() for label in dialog.findChildren(QLabel)]


def test_a_filter_keeps_the_columns_counts_without_counting_again(
    board: PipelineBoard, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    make.application(freelancer_id=make.freelancer("Camille", "Martin"))
    make.application(freelancer_id=make.freelancer("Hugo", "Durand"))
    board.reload()
    monkeypatch.setattr("fms.ui.board.columns.column_counts", lambda *args: pytest.fail("counted again"))
    board.text_filter.setText("hugo")
    board.apply_filters()  # what the pause after typing does
    assert board.models[Stage.SOURCED].rowCount() == 1
    assert board.columns[Stage.SOURCED].header.text().strip() == "Sourced  ·  1 / 2"
    board.text_filter.clear()
    assert board.models[Stage.SOURCED].rowCount() == 2


def test_one_mission_at_a_time(board: PipelineBoard, make: Factory) -> None:
    first, second = make.mission(), make.mission()
    make.application(first)
    make.application(second)
    board.reload()
    assert sum(model.rowCount() for model in board.models.values()) == 2
    board.mission_selector.setCurrentIndex(board.mission_selector.findData(first))
    assert [card.mission_id for card in board.models[Stage.SOURCED].cards] == [first]
    assert board.add_button.isEnabled() and not board.delegate.show_mission


def test_the_board_follows_changes_made_elsewhere(qtbot: QtBot, db: Database, make: Factory) -> None:
    from fms.ui.screens.board import BoardScreen

    context = AppContext()
    context.set_database(db)
    screen = BoardScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.board.models[Stage.SOURCED].rowCount() == 0
    make.application()
    context.notify("application")
    assert screen.board.models[Stage.SOURCED].rowCount() == 1


def test_adding_an_application_proposes_the_chosen_freelancer(
    board: PipelineBoard, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fms.ui.board.add_application import AddApplicationDialog

    mission_id = make.mission()
    freelancer_id = make.freelancer("Zoé", "Roux")
    board.reload()
    board.mission_selector.setCurrentIndex(board.mission_selector.findData(mission_id))

    def exec_(dialog: AddApplicationDialog) -> int:
        dialog.accept()
        assert dialog.error_for("freelancer") == "Choose the freelancer to propose."
        dialog.search.setText("roux")
        assert dialog.select_freelancer(freelancer_id)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AddApplicationDialog, "exec", exec_)
    board.add_button.click()
    (card,) = board.models[Stage.SOURCED].cards
    assert (card.freelancer_id, card.mission_id) == (freelancer_id, mission_id)


def test_a_do_not_rehire_freelancer_is_flagged_when_proposed_again(
    board: PipelineBoard, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from fms.core.enums import RehireStatus
    from fms.models import Freelancer
    from fms.ui.board.add_application import AddApplicationDialog

    mission_id = make.mission()
    freelancer_id = make.freelancer("Zoé", "Roux")
    with db.transaction() as session:
        freelancer = session.get_one(Freelancer, freelancer_id)
        freelancer.rehire_status = RehireStatus.DO_NOT_REHIRE
        freelancer.do_not_rehire_reason = "Left the client without notice"
    board.reload()
    board.mission_selector.setCurrentIndex(board.mission_selector.findData(mission_id))
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or next(answers))

    def exec_(dialog: AddApplicationDialog) -> int:
        dialog.show()
        assert dialog.select_freelancer(freelancer_id)
        headers = [dialog.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.proxy.columnCount())]
        rehire = dialog.proxy.index(0, headers.index("Rehire"))
        assert rehire.data() == "Do not rehire" and "notice" not in str(rehire.data())
        dialog.accept()
        assert dialog.isVisible() and board.models[Stage.SOURCED].rowCount() == 0  # said no: nothing proposed
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AddApplicationDialog, "exec", exec_)
    board.add_button.click()
    assert len(asked) == 2 and "Zoé Roux" in asked[0] and "notice" not in asked[0]
    assert board.models[Stage.SOURCED].rowCount() == 1


def test_the_card_model_passes_the_model_tester(qtmodeltester, db: Database, make: Factory) -> None:  # type: ignore[no-untyped-def]
    from fms.services.pipeline import load_cards

    make.application()
    make.application()
    model = StageCardModel(Stage.SOURCED)
    model.set_cards(load_cards(db))
    qtmodeltester.check(model)
    assert model.index(0, 0).data(CARD_ROLE).stage == Stage.SOURCED


def test_a_column_keeps_its_cards_when_a_view_asks_to_remove_or_edit_rows(
    qtmodeltester,
    db: Database,
    make: Factory,  # type: ignore[no-untyped-def]
) -> None:
    """A list view that finishes a drag with a move removes the dragged rows itself: the board moves cards."""
    from fms.services.pipeline import load_cards

    for _ in range(3):
        make.application()
    model = StageCardModel(Stage.SOURCED)
    model.set_cards(load_cards(db))
    qtmodeltester.check(model)
    ids = [card.id for card in model.cards]
    assert not model.removeRows(0, 1)
    assert not model.insertRows(0, 1)
    assert not model.setData(model.index(0, 0), "renamed")
    assert [card.id for card in model.cards] == ids and model.rowCount() == model.total == 3
    moved = model.cards[0]
    model.remove_card(moved.id)  # the column's own changes still go through
    assert model.rowCount() == model.total == 2 and model.row_of(moved.id) is None
    model.put_card(moved)
    assert [card.id for card in model.cards] == ids


def test_card_mime_round_trip_and_garbage() -> None:
    assert decode_cards(encode_cards([3, 5])) == [3, 5]
    for payload in (b"not json", b'{"a": 1}', b'["3"]', b"[true]"):
        mime = QMimeData()
        mime.setData(CARD_MIME_TYPE, payload)
        assert decode_cards(mime) == []
    assert decode_cards(QMimeData()) == []


def test_cards_carry_what_they_show(db: Database, make: Factory) -> None:
    mission_id = make.mission(budget_daily_rate_cents=50000)
    freelancer_id = make.freelancer("Léa", "Dubois", rate=65000)
    application_id = make.application(mission_id, freelancer_id)
    card = load_card(db, application_id)
    assert card is not None
    assert (card.freelancer_name, card.initials, card.stage, card.interview_count) == (
        "Léa Dubois",
        "LD",
        Stage.SOURCED,
        0,
    )
    assert (card.daily_rate_cents, card.budget_cents, card.over_budget) == (65000, 50000, True)
    assert (card.mission_id, card.feedback_owed, card.documents_to_sign) == (mission_id, False, 0)


def test_client_skill_and_seniority_filters(board: PipelineBoard, db: Database, make: Factory) -> None:
    from fms.core.enums import Seniority
    from fms.models import Freelancer, FreelancerSkill
    from fms.services.common.skills import skill_for

    first_client, second_client = make.client("Orion"), make.client("Hexa")
    kept = make.application(make.mission(first_client))
    other = make.application(make.mission(second_client))
    with db.transaction() as session:
        card = session.get_one(Application, kept)
        session.add(FreelancerSkill(freelancer_id=card.freelancer_id, skill=skill_for(session, "Kubernetes"), level=4))
        session.get_one(Freelancer, session.get_one(Application, other).freelancer_id).seniority = Seniority.JUNIOR
    board.reload()
    board.client_filter.setCurrentIndex(board.client_filter.findData(first_client))
    assert column_ids(board, Stage.SOURCED) == [kept]
    board.client_filter.setCurrentIndex(0)
    board.skill_filter.setText("kuber")
    assert column_ids(board, Stage.SOURCED) == [kept]
    board.skill_filter.clear()
    board.seniority_filter.setCurrentIndex(board.seniority_filter.findData(Seniority.JUNIOR))
    assert column_ids(board, Stage.SOURCED) == [other]


def test_ctrl_shift_right_closes_with_an_outcome(
    board: PipelineBoard, db: Database, make: Factory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    application_id = make.application_at(Stage.CLIENT_INTERVIEW)
    board.reload()

    def withdraw(dialog: OutcomeDialog) -> None:
        assert dialog.outcome.findData(Outcome.HIRED) == -1  # closing offers only the closing outcomes
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.WITHDRAWN))
        dialog.details.setPlainText("Took another mission")

    fill_outcome(monkeypatch, withdraw)
    view = board.view(Stage.CLIENT_INTERVIEW)
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    with db.reading() as session:
        application = session.get_one(Application, application_id)
        assert (application.stage, application.outcome) == (Stage.ALUMNI, Outcome.WITHDRAWN)
    assert column_ids(board, Stage.ALUMNI) == []  # not among the real alumni
    assert column_ids(board, CLOSED) == [application_id]


def test_an_undo_after_a_change_elsewhere_is_refused_and_the_history_dropped(
    board: PipelineBoard, db: Database, make: Factory, qtbot: QtBot
) -> None:
    from fms.services.pipeline import move_application

    application_id = make.application()
    board.reload()
    drag(board, application_id, Stage.POSITIONING_CALL)
    move_application(db, application_id, Stage.PROFILE_SENT)  # a colleague, on a shared database
    with qtbot.waitSignal(board.message) as said:
        board.undo_stack.undo()
    assert "has changed" in said.args[0]
    assert stage_in_db(db, application_id) == Stage.PROFILE_SENT
    qtbot.waitUntil(lambda: board.undo_stack.count() == 0)


def test_typing_in_the_text_filter_filters_once_typing_pauses(
    board: PipelineBoard, make: Factory, qtbot: QtBot
) -> None:
    make.application(freelancer_id=make.freelancer("Camille", "Martin"))
    make.application(freelancer_id=make.freelancer("Hugo", "Durand"))
    board.reload()
    for text in ("h", "hu", "hug"):
        board.text_filter.setText(text)
    assert board.models[Stage.SOURCED].rowCount() == 2  # not one filtering per key
    assert board.filter_timer.isActive()
    qtbot.waitUntil(lambda: board.models[Stage.SOURCED].rowCount() == 1)
    assert board.columns[Stage.SOURCED].header.text().strip() == "Sourced  ·  1 / 2"
    board.text_filter.clear()  # emptied: every card again at once, no pause
    assert board.models[Stage.SOURCED].rowCount() == 2 and not board.filter_timer.isActive()


def test_cards_keep_the_order_of_positions_after_a_load_and_a_move(board: PipelineBoard, make: Factory) -> None:
    ids = [make.application(freelancer_id=make.freelancer(f"Né{index}", "Roux")) for index in range(4)]
    board.reload()
    assert column_ids(board, Stage.SOURCED) == ids
    board.moves.move(ids[1], Stage.POSITIONING_CALL)
    board.moves.move(ids[1], Stage.SOURCED)  # back: at the end of the column
    assert column_ids(board, Stage.SOURCED) == [ids[0], *ids[2:], ids[1]]
