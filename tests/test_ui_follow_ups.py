"""The follow-ups screen as the animator uses it: grouped, done with a result, snoozed, moved, the file opened."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fms.core.enums import ContactChannel, Outcome, Stage
from fms.models import Application, FollowUp
from fms.services.file import DueGroup, schedule_follow_up
from fms.services.file.follow_up_rows import due_group
from fms.services.file.scheduling import FollowUpRules, propose_follow_up_time
from fms.storage.database import Database
from fms.ui.screens.follow_ups import FollowUpsScreen
from tests.conftest import Factory, open_main_window


class ModalAnswers(QObject):
    """Answers modal dialogs as a user would: when the one named shows, act on it."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def when_shown(self, name: str, act: Callable[[QWidget], None]) -> None:
        timer = QTimer(self)
        timer.setInterval(10)

        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if widget is not None and widget.objectName() == name:
                timer.stop()
                self.seen.append(name)
                act(widget)

        timer.timeout.connect(poll)
        timer.start()


@pytest.fixture
def answers(qapp: QApplication) -> Iterator[ModalAnswers]:
    helper = ModalAnswers()
    yield helper
    for timer in helper.findChildren(QTimer):
        timer.stop()
    helper.deleteLater()


def save(dialog: QWidget) -> None:
    dialog.findChild(QDialogButtonBox, "dialogButtons").button(QDialogButtonBox.StandardButton.Save).click()


def follow_up(db: Database, follow_up_id: int) -> FollowUp:
    with db.reading() as session:
        item = session.get(FollowUp, follow_up_id)
        assert item is not None
        session.expunge(item)
        return item


def screen_on(qtbot: QtBot, db: Database, tmp_path: Path) -> FollowUpsScreen:
    screen = open_main_window(qtbot, db, tmp_path).show_screen("followUps")
    assert isinstance(screen, FollowUpsScreen)
    return screen


def select(screen: FollowUpsScreen, follow_up_id: int) -> None:
    assert screen.select_where(lambda row: row.id == follow_up_id)


def test_the_to_do_is_grouped_and_names_each_persons_organisation(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path
) -> None:
    with_company = make.freelancer("Inès")
    with db.transaction() as session:
        from fms.models import Freelancer

        session.get(Freelancer, with_company).portage_company = "Portage Plus"  # type: ignore[union-attr]
    mission = make.mission(make.client("Banque Lumière"))
    candidate = make.freelancer("Hugo")
    application = make.application(mission, candidate)
    now = datetime.now(UTC)
    schedule_follow_up(db, with_company, now - timedelta(days=1), ContactChannel.PHONE, "Late call")
    schedule_follow_up(db, candidate, now + timedelta(days=40), ContactChannel.EMAIL, "News", application)
    screen = screen_on(qtbot, db, tmp_path)
    rows = {row.purpose: row for row in screen.model.rows}
    assert rows["Late call"].organisation == "Portage Plus" and rows["Late call"].group == DueGroup.OVERDUE
    assert rows["News"].organisation == "Banque Lumière" and rows["News"].group == DueGroup.LATER
    texts = {screen.model.index(row, 1).data() for row in range(screen.model.rowCount())}
    assert texts == {"Overdue", "Later"}
    screen.group_filter.setCurrentIndex(screen.group_filter.findData(DueGroup.OVERDUE))
    assert [row.purpose for row in screen.model.rows] == ["Late call"]


@pytest.mark.parametrize(
    ("due", "group"),
    [
        ("2026-12-08 09:00", DueGroup.OVERDUE),
        ("2026-12-09 18:00", DueGroup.TODAY),
        ("2026-12-13 20:00", DueGroup.THIS_WEEK),  # Sunday ends the week
        ("2026-12-14 09:00", DueGroup.LATER),
    ],
)
def test_due_groups(due: str, group: DueGroup) -> None:
    now = datetime(2026, 12, 9, 10, 0).astimezone()  # a Wednesday
    assert due_group(datetime.fromisoformat(due).astimezone(), now) == group


def test_mark_done_stores_the_result_and_leaves_the_list(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path, answers: ModalAnswers
) -> None:
    freelancer_id = make.freelancer()
    item = schedule_follow_up(db, freelancer_id, datetime.now(UTC), ContactChannel.PHONE, "Ask availability")
    screen = screen_on(qtbot, db, tmp_path)
    select(screen, item.id)

    def fill(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.result_text, "Free from March")  # type: ignore[attr-defined]
        save(dialog)

    answers.when_shown("followUpDoneDialog", fill)
    screen.done_button.click()
    stored = follow_up(db, item.id)
    assert stored.done_at is not None and stored.result == "Free from March"
    assert screen.model.rowCount() == 0


def test_snooze_puts_it_off_to_the_next_good_moment_a_day_later(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path
) -> None:
    item = schedule_follow_up(db, make.freelancer(), datetime.now(UTC), ContactChannel.PHONE, "Call back")
    screen = screen_on(qtbot, db, tmp_path)
    select(screen, item.id)
    before = datetime.now(UTC) + timedelta(days=1)
    screen.snooze_button.click()
    after = datetime.now(UTC) + timedelta(days=1)
    due = follow_up(db, item.id).due_at
    rules = FollowUpRules()
    earliest = propose_follow_up_time(before.astimezone(), rules)
    latest = propose_follow_up_time(after.astimezone(), rules)
    assert earliest <= due <= latest
    assert propose_follow_up_time(due.astimezone(), rules) == due  # itself a good moment
    assert screen.model.rows[0].due_at == due


def test_reschedule_opens_on_a_proposed_time_and_stores_the_one_chosen(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path, answers: ModalAnswers
) -> None:
    item = schedule_follow_up(db, make.freelancer(), datetime.now(UTC), ContactChannel.EMAIL, "Send the brief")
    screen = screen_on(qtbot, db, tmp_path)
    select(screen, item.id)
    chosen = datetime(2027, 3, 9, 10, 30).astimezone()
    proposed: list[datetime] = []

    def fill(dialog: QWidget) -> None:
        proposed.append(dialog.due.dateTime().toPython().astimezone())  # type: ignore[attr-defined]
        dialog.due.setDateTime(QDateTime(chosen))  # type: ignore[attr-defined]
        save(dialog)

    answers.when_shown("rescheduleFollowUpDialog", fill)
    screen.reschedule_button.click()
    assert follow_up(db, item.id).due_at == chosen.astimezone(UTC)
    assert propose_follow_up_time(proposed[0], FollowUpRules()) == proposed[0]


def test_open_file_opens_the_persons_file(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path, answers: ModalAnswers
) -> None:
    freelancer_id = make.freelancer("Nora")
    item = schedule_follow_up(db, freelancer_id, datetime.now(UTC), ContactChannel.EMAIL, "Hello")
    screen = screen_on(qtbot, db, tmp_path)
    select(screen, item.id)
    opened: list[int | None] = []

    def look(dialog: QWidget) -> None:
        opened.append(dialog.freelancer_id)  # type: ignore[attr-defined]
        dialog.reject()

    answers.when_shown("freelancerFile", look)
    screen.file_button.click()
    assert opened == [freelancer_id]


def test_three_unanswered_follow_ups_propose_closing_as_withdrawn(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path, answers: ModalAnswers
) -> None:
    application_id = make.application_at(Stage.PROFILE_SENT)
    with db.reading() as session:
        freelancer_id = session.get(Application, application_id).freelancer_id  # type: ignore[union-attr]
    now = datetime.now(UTC)
    items = [
        schedule_follow_up(
            db, freelancer_id, now - timedelta(days=3 - n), ContactChannel.PHONE, f"Try {n}", application_id
        )
        for n in range(3)
    ]
    screen = screen_on(qtbot, db, tmp_path)
    proposals: list[str] = []
    outcomes: list[Outcome] = []

    def no_answer(dialog: QWidget) -> None:
        dialog.no_answer.setChecked(True)  # type: ignore[attr-defined]
        save(dialog)

    def close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        proposals.append(box.text())
        box.findChild(QWidget, "closeAsWithdrawnButton").click()

    def look(dialog: QWidget) -> None:
        outcomes.append(dialog.chosen())  # type: ignore[attr-defined]
        dialog.reject()

    for item in items[:2]:
        select(screen, item.id)
        answers.when_shown("followUpDoneDialog", no_answer)
        screen.done_button.click()
    assert proposals == []  # twice unanswered: one may still insist
    window = screen.window()
    select(screen, items[2].id)
    answers.when_shown("followUpDoneDialog", no_answer)
    answers.when_shown("proposeWithdrawalBox", close)
    answers.when_shown("outcomeDialog", look)
    screen.done_button.click()
    assert len(proposals) == 1 and "3 follow-ups" in proposals[0]
    assert outcomes == [Outcome.WITHDRAWN]  # the outcome dialog on that card, withdrawn chosen
    assert window.current_screen_key() == "board"  # type: ignore[attr-defined]
    with db.reading() as session:
        assert session.get(Application, application_id).outcome is None  # type: ignore[union-attr]  # cancelled
