"""Every edit dialog asks before Escape, Cancel or the close button throw typed text away; untouched,
it closes without a word. Each dialog is typed into, then: No keeps it open with the text, Yes
closes it and nothing is saved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from fms.core.enums import Outcome, Stage
from fms.models import CollaborationNote, Document, Engagement, FollowUp, Interview, Mission, Renewal
from fms.services import settings
from fms.services.crm import create_client, create_mission, list_clients
from fms.services.file import add_note, applications_to_interview, save_interview, schedule_follow_up
from fms.services.offboarding.template import TEMPLATE_KEY
from fms.services.pipeline import OutcomeInput, get_engagement, load_card, move_application
from fms.services.reports import engagements_for_letters
from fms.storage.database import Database
from fms.ui.board.outcome_dialog import OutcomeDialog
from fms.ui.dialogs.client_dialog import ClientDialog
from fms.ui.dialogs.mission_dialog import MissionDialog
from fms.ui.dialogs.settings_dialog import SettingsDialog
from fms.ui.file.follow_ups_tab import FollowUpDialog
from fms.ui.file.interview_dialog import InterviewDialog
from fms.ui.file.notes_tab import NoteDialog
from fms.ui.offboarding.renewal_dialog import RenewalDialog
from fms.ui.offboarding.template_dialog import OffboardingTemplateDialog
from fms.ui.reports.letter_dialog import LetterDialog
from tests.conftest import Factory


@dataclass
class Opened:
    dialog: QDialog
    field: QLineEdit | QPlainTextEdit  # where the user types
    nothing_saved: Callable[[], bool]


def count(db: Database, model: type[object]) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def hired(db: Database, make: Factory) -> int:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    outcome = OutcomeInput(
        Outcome.HIRED,
        start_date=date(2026, 2, 2),
        planned_end_date=date(2026, 6, 30),
        daily_rate_cents=62000,
        sign_later=True,
    )
    move_application(db, application_id, Stage.ON_MISSION, outcome=outcome)
    with db.reading() as session:
        return session.scalars(select(Engagement.id).where(Engagement.application_id == application_id)).one()


def client(db: Database, make: Factory) -> Opened:
    dialog = ClientDialog(lambda data: create_client(db, data))
    return Opened(dialog, dialog.name, lambda: list_clients(db) == [])


def mission(db: Database, make: Factory) -> Opened:
    make.client("Orion")
    dialog = MissionDialog(lambda data: create_mission(db, data), list_clients(db))
    return Opened(dialog, dialog.title_edit, lambda: count(db, Mission) == 0)


def note(db: Database, make: Factory) -> Opened:
    person = make.freelancer()
    dialog = NoteDialog(lambda data: add_note(db, person, data))
    return Opened(dialog, dialog.text, lambda: count(db, CollaborationNote) == 0)


def interview(db: Database, make: Factory) -> Opened:
    application_id = make.application()
    person = load_card(db, application_id).freelancer_id  # type: ignore[union-attr]
    dialog = InterviewDialog(applications_to_interview(db, person), lambda data: save_interview(db, None, data))
    return Opened(dialog, dialog.interviewers, lambda: count(db, Interview) == 0)


def follow_up(db: Database, make: Factory) -> Opened:
    person = make.freelancer()
    dialog = FollowUpDialog(lambda values: schedule_follow_up(db, person, *values), None)
    return Opened(dialog, dialog.purpose, lambda: count(db, FollowUp) == 0)


def settings_dialog(db: Database, make: Factory) -> Opened:
    dialog = SettingsDialog(db)
    field = dialog.texts[settings.COMPANY_NAME]
    assert isinstance(field, QLineEdit)
    return Opened(dialog, field, lambda: settings.get_texts(db, (settings.COMPANY_NAME,))[settings.COMPANY_NAME] == "")


def checklist_template(db: Database, make: Factory) -> Opened:
    dialog = OffboardingTemplateDialog(db)
    field = next(iter(dialog.editors.values()))
    return Opened(dialog, field, lambda: settings.get_texts(db, (TEMPLATE_KEY,))[TEMPLATE_KEY] == "")


def renewal(db: Database, make: Factory) -> Opened:
    dialog = RenewalDialog(db, get_engagement(db, hired(db, make)))
    return Opened(dialog, dialog.new_rate, lambda: count(db, Renewal) == 0)


def outcome(db: Database, make: Factory) -> Opened:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    card = load_card(db, application_id)
    assert card is not None

    def hire(data: OutcomeInput) -> object:
        return move_application(db, application_id, Stage.ON_MISSION, outcome=data)

    dialog = OutcomeDialog(card, (Outcome.HIRED,), hire, default_end=date(2026, 6, 30))
    return Opened(dialog, dialog.details, lambda: count(db, Engagement) == 0)


def letter(db: Database, make: Factory) -> Opened:
    engagement_id = hired(db, make)
    person = get_engagement(db, engagement_id).freelancer_id
    documents = count(db, Document)
    dialog = LetterDialog(db, engagements_for_letters(db, person))
    return Opened(dialog, dialog.role, lambda: count(db, Document) == documents)


DIALOGS = [
    client,
    mission,
    note,
    interview,
    follow_up,
    settings_dialog,
    checklist_template,
    renewal,
    outcome,
    letter,
]


@dataclass
class Questions:
    """The questions asked (their text), and the answers still to give, in order."""

    asked: list[str]
    answers: list[QMessageBox.StandardButton]


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    recorded = Questions([], [])

    def question(parent: QWidget, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        assert recorded.answers, f"unexpected question: {text}"
        recorded.asked.append(text)
        return recorded.answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return recorded


def open_dialog(qtbot: QtBot, opened: Opened) -> Opened:
    qtbot.addWidget(opened.dialog)
    opened.dialog.show()
    return opened


def type_text(qtbot: QtBot, field: QLineEdit | QPlainTextEdit, text: str) -> str:
    field.setFocus()
    qtbot.keyClicks(field, text)
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


@pytest.mark.parametrize("make_dialog", DIALOGS, ids=lambda f: f.__name__)
def test_escape_after_typing_asks_no_keeps_the_text_yes_closes_without_saving(
    qtbot: QtBot,
    db: Database,
    make: Factory,
    questions: Questions,
    make_dialog: Callable[[Database, Factory], Opened],
) -> None:
    opened = open_dialog(qtbot, make_dialog(db, make))
    typed = type_text(qtbot, opened.field, "Typed by hand 42")
    questions.answers.append(QMessageBox.StandardButton.No)
    qtbot.keyClick(opened.field, Qt.Key.Key_Escape)
    assert questions.asked == ["Discard the changes you made?"]
    assert opened.dialog.isVisible()
    assert (opened.field.text() if isinstance(opened.field, QLineEdit) else opened.field.toPlainText()) == typed
    questions.answers.append(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(opened.field, Qt.Key.Key_Escape)
    assert len(questions.asked) == 2
    assert not opened.dialog.isVisible()
    assert opened.nothing_saved()


@pytest.mark.parametrize("make_dialog", DIALOGS, ids=lambda f: f.__name__)
def test_an_untouched_dialog_closes_without_asking(
    qtbot: QtBot,
    db: Database,
    make: Factory,
    questions: Questions,
    make_dialog: Callable[[Database, Factory], Opened],
) -> None:
    opened = open_dialog(qtbot, make_dialog(db, make))
    qtbot.keyClick(opened.field, Qt.Key.Key_Escape)
    assert questions.asked == []
    assert not opened.dialog.isVisible()


def test_cancel_and_the_close_button_ask_too_and_typing_back_is_no_change(
    qtbot: QtBot, db: Database, make: Factory, questions: Questions
) -> None:
    opened = open_dialog(qtbot, client(db, make))
    dialog = opened.dialog
    assert isinstance(dialog, ClientDialog)
    type_text(qtbot, dialog.name, "Orion")
    questions.answers.append(QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    questions.answers.append(QMessageBox.StandardButton.No)
    dialog.close()  # the window's close button
    assert dialog.isVisible() and len(questions.asked) == 2
    dialog.name.clear()  # back as it was shown: nothing to lose
    dialog.close()
    assert not dialog.isVisible() and len(questions.asked) == 2
