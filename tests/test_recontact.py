"""Silver medallists: "recontact after" proposed from how the application ended, due ones among the follow-ups."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from fms.core.enums import DeclineReason, Outcome, RehireStatus, Stage
from fms.models import Application, Freelancer
from fms.services.pipeline import OutcomeInput, move_application, propose_recontact_after, set_recontact
from fms.services.pipeline.recontact import NotASilverMedallist
from fms.storage.database import Database
from fms.ui.screens.follow_ups import FollowUpsScreen
from fms.ui.screens.talent_pool import TalentPoolScreen
from tests.conftest import Factory, open_main_window
from tests.test_ui_follow_ups import ModalAnswers, answers  # noqa: F401  (the fixture)

CLOSED = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("outcome", "reason", "expected"),
    [
        (Outcome.DECLINED_BY_FREELANCER, DeclineReason.TIMING, date(2027, 2, 28)),  # 3 months, the month's last day
        (Outcome.DECLINED_BY_FREELANCER, DeclineReason.OTHER_MISSION, date(2027, 2, 28)),
        (Outcome.DECLINED_BY_FREELANCER, DeclineReason.RATE, date(2027, 5, 30)),  # 6 months
        (Outcome.DECLINED_BY_FREELANCER, DeclineReason.CONDITIONS, date(2027, 5, 30)),
        (Outcome.REJECTED_BY_CLIENT, None, date(2027, 5, 30)),
        (Outcome.WITHDRAWN, None, date(2027, 2, 28)),
        (Outcome.HIRED, None, None),
        (None, None, None),
    ],
)
def test_recontact_after_is_proposed_from_the_reason(
    outcome: Outcome | None, reason: DeclineReason | None, expected: date | None
) -> None:
    assert propose_recontact_after(outcome, reason, CLOSED) == expected


def test_nobody_marked_do_not_rehire_is_recontacted() -> None:
    assert propose_recontact_after(Outcome.DECLINED_BY_FREELANCER, DeclineReason.TIMING, CLOSED, True) is None


def close(db: Database, application_id: int, outcome: OutcomeInput, day: date) -> Application:
    move_application(
        db, application_id, Stage.ALUMNI, outcome=outcome, now=datetime(day.year, day.month, day.day, 10, tzinfo=UTC)
    )
    with db.reading() as session:
        application = session.get_one(Application, application_id)
        session.expunge(application)
        return application


def test_closing_stores_the_proposed_date(db: Database, make: Factory) -> None:
    declined = make.application_at(Stage.FINAL_ANSWER)
    stored = close(db, declined, OutcomeInput(Outcome.DECLINED_BY_FREELANCER, DeclineReason.RATE, "Too low"), CLOSED)
    assert stored.recontact_after == date(2027, 5, 30)
    no_rehire = make.application_at(Stage.FINAL_ANSWER)
    with db.transaction() as session:
        freelancer_id = session.get_one(Application, no_rehire).freelancer_id
        session.get_one(Freelancer, freelancer_id).rehire_status = RehireStatus.DO_NOT_REHIRE
    stored = close(db, no_rehire, OutcomeInput(Outcome.DECLINED_BY_FREELANCER, DeclineReason.TIMING, "Busy"), CLOSED)
    assert stored.recontact_after is None


def test_only_a_closed_application_not_hired_carries_one(db: Database, make: Factory) -> None:
    with pytest.raises(NotASilverMedallist):
        set_recontact(db, make.application(), date(2027, 1, 4), "Ask again")


def test_a_due_silver_medallist_is_proposed_for_a_mission_from_the_follow_ups(
    qtbot: QtBot,
    db: Database,
    make: Factory,
    tmp_path: Path,
    answers: ModalAnswers,  # noqa: F811
) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    close(db, application_id, OutcomeInput(Outcome.DECLINED_BY_FREELANCER, DeclineReason.TIMING, "Busy"), CLOSED)
    set_recontact(db, application_id, date(2026, 1, 5), "Free from January")
    with db.reading() as session:
        freelancer_id = session.get_one(Application, application_id).freelancer_id
    target = make.mission(make.client("Banque Lumière"), title="Data platform")
    window = open_main_window(qtbot, db, tmp_path)
    screen = window.show_screen("followUps")
    assert isinstance(screen, FollowUpsScreen)
    [row] = screen.model.rows
    assert row.recontact == Outcome.DECLINED_BY_FREELANCER and row.freelancer_id == freelancer_id
    assert "Free from January" in screen.model.index(0, 5).data()

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Data platform · Banque Lumière")
        dialog.accept()

    answers.when_shown("", choose)
    assert screen.select_where(lambda r: r.id == application_id)
    screen.propose_button.click()
    pool = window.stack.currentWidget()
    assert isinstance(pool, TalentPoolScreen) and pool.tabs.currentWidget() is pool.ranking_tab
    assert pool.ranking_tab.mission.currentData() == target
    window.show_screen("followUps")
    assert screen.select_where(lambda r: r.id == application_id)
    assert screen.mark_done()  # contacted: no longer due, and the list follows
    assert screen.model.rowCount() == 0
    with db.reading() as session:
        assert session.get_one(Application, application_id).recontact_after is None


def test_the_cards_details_show_and_edit_recontact_after(
    qtbot: QtBot,
    db: Database,
    make: Factory,
    answers: ModalAnswers,  # noqa: F811
) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton

    from fms.services.pipeline import load_card
    from fms.ui.board.card_details import CardDetailsDialog
    from fms.ui.context import AppContext

    application_id = make.application_at(Stage.FINAL_ANSWER)
    close(db, application_id, OutcomeInput(Outcome.WITHDRAWN, details="Mission cancelled"), CLOSED)
    context = AppContext()
    context.set_database(db)
    details = CardDetailsDialog(context, load_card(db, application_id))
    qtbot.addWidget(details)
    assert "28" in details.findChild(QLabel, "recontactLabel").text()  # 28 Feb 2027, three months on

    def edit(dialog: QWidget) -> None:
        dialog.after.setDate(QDate(2027, 4, 6))  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.why, "New SAP programme in spring")  # type: ignore[attr-defined]
        dialog.findChild(QDialogButtonBox, "dialogButtons").button(QDialogButtonBox.StandardButton.Save).click()

    answers.when_shown("recontactDialog", edit)
    details.findChild(QPushButton, "recontactButton").click()
    with db.reading() as session:
        stored = session.get_one(Application, application_id)
        assert (stored.recontact_after, stored.recontact_reason) == (date(2027, 4, 6), "New SAP programme in spring")
    assert "New SAP programme in spring" in details.findChild(QLabel, "recontactLabel").text()
