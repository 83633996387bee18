"""The offboarding wizard as a manager walks it: typing, checking, Next, a page that refuses,
Cancel and resume on the same page, Finish, then what the database holds."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QMessageBox, QPushButton, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fms.core.enums import ContactChannel, RehireStatus, Stage
from fms.models import Application, CollaborationNote, Engagement, FollowUp, Freelancer, Offboarding
from fms.storage.database import Database
from fms.ui.offboarding.wizard import OffboardingWizard
from tests.conftest import Factory, open_main_window


def open_wizard(qtbot: QtBot, db: Database, engagement_id: int) -> OffboardingWizard:
    wizard = OffboardingWizard(db, engagement_id)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def next_page(qtbot: QtBot, wizard: OffboardingWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def check_all(wizard: OffboardingWizard) -> None:
    for box in wizard.current().findChildren(QCheckBox):
        if box.objectName().startswith("item"):
            box.setChecked(True)


def type_into(qtbot: QtBot, wizard: OffboardingWizard, key: str, text: str) -> None:
    widget = wizard.current().fields[key]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_the_whole_wizard_with_a_refusal_a_cancel_a_resume_and_finish(
    qtbot: QtBot, db: Database, engagement_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = open_wizard(qtbot, db, engagement_id)
    assert wizard.current().key == "objectives"
    next_page(qtbot, wizard)  # nothing checked, no comment: refused
    assert wizard.current().key == "objectives"
    assert wizard.current().error_for("items") == "An item left unchecked needs a word on why, to go on."
    check_all(wizard)
    comment = wizard.current().findChild(QLineEdit, "item2Comment")
    wizard.current().findChild(QCheckBox, "item2").setChecked(False)
    qtbot.keyClicks(comment, "No open issue left")
    next_page(qtbot, wizard)
    assert wizard.current().key == "handover"
    check_all(wizard)
    next_page(qtbot, wizard)
    assert wizard.current().error_for("handed_to") == "Say to whom the work was handed over."
    type_into(qtbot, wizard, "handed_to", "Nadia, tech lead")
    type_into(qtbot, wizard, "what", "Runbooks and the ingestion code")
    next_page(qtbot, wizard)
    type_into(qtbot, wizard, "mission_view", "Demanding but clear")
    next_page(qtbot, wizard)
    assert wizard.current().key == "recommendation"
    type_into(qtbot, wizard, "text", "Reliable, calm under pressure.")
    wizard.current().fields["rating"].setValue(5)
    type_into(qtbot, wizard, "strengths", "Rigour, patience")
    rehire = wizard.current().fields["rehire"]
    rehire.setCurrentIndex(rehire.findData(RehireStatus.WOULD_REHIRE.value))
    next_page(qtbot, wizard)
    assert wizard.current().key == "trace"
    type_into(qtbot, wizard, "note", "Give her the hard problems")
    wizard.reject()  # Cancel on the trace page: what was typed is kept
    assert not wizard.isVisible()

    resumed = open_wizard(qtbot, db, engagement_id)
    assert resumed.current().key == "trace"
    assert resumed.current().fields["note"].toPlainText() == "Give her the hard problems"
    assert resumed.page_for("recommendation").fields["text"].toPlainText() == "Reliable, calm under pressure."
    next_page(qtbot, resumed)
    assert resumed.current().key == "keep_in_touch"
    resumed.current().fields["consent"].setChecked(True)
    channel = resumed.current().fields["channel"]
    channel.setCurrentIndex(channel.findData(ContactChannel.PHONE))
    next_page(qtbot, resumed)  # consent without a follow-up date: refused
    assert resumed.current().error_for("follow_up_on") == "Choose when to get back in touch."
    follow_up_on = date.today() + timedelta(days=60)
    resumed.current().fields["follow_up_on"].setDate(QDate(follow_up_on.year, follow_up_on.month, follow_up_on.day))
    next_page(qtbot, resumed)
    assert resumed.current().key == "admin"
    check_all(resumed)
    next_page(qtbot, resumed)
    assert resumed.current().key == "summary"
    summary = resumed.current().summary.toPlainText()
    assert "Nadia, tech lead" in summary and "No open issue left" in summary and "Would rehire" in summary
    qtbot.mouseClick(resumed.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert resumed.result_ is not None and not resumed.isVisible()

    with db.reading() as session:
        engagement = session.get_one(Engagement, engagement_id)
        application = session.get_one(Application, engagement.application_id)
        freelancer = session.get_one(Freelancer, application.freelancer_id)
        note = session.get_one(CollaborationNote, resumed.result_.note_id)
        follow_up = session.get_one(FollowUp, resumed.result_.follow_up_id)
        offboarding = session.scalars(select(Offboarding).where(Offboarding.engagement_id == engagement_id)).one()
        unchecked = [item.comment for item in offboarding.items if not item.done]
    assert engagement.real_end_date == engagement.planned_end_date
    assert application.stage == Stage.ALUMNI
    assert (note.text, note.rating, note.strengths, note.would_rehire) == (
        "Give her the hard problems", 5, "Rigour, patience", True
    )  # fmt: skip
    assert freelancer.talent_pool_consent and freelancer.consent_date == date.today()
    assert (follow_up.channel, follow_up.due_at.astimezone().date()) == (ContactChannel.PHONE, follow_up_on)
    assert offboarding.completed_at is not None
    assert unchecked == ["No open issue left"]


def test_a_finished_offboarding_reopens_read_only_with_its_answers(
    qtbot: QtBot, db: Database, engagement_id: int
) -> None:
    from tests.test_offboarding import TODAY, walk

    walk(db, engagement_id)
    from fms.services.offboarding import finish_offboarding

    finish_offboarding(db, engagement_id, today=TODAY)
    wizard = open_wizard(qtbot, db, engagement_id)
    assert wizard.read_only and wizard.current().key == "objectives"
    assert not wizard.current().findChild(QCheckBox, "item0").isEnabled()
    next_page(qtbot, wizard)
    assert wizard.current().fields["handed_to"].text() == "Nadia (tech lead)"
    assert wizard.current().fields["handed_to"].isReadOnly()
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Close"


def test_finish_refused_keeps_the_wizard_open(
    qtbot: QtBot, db: Database, engagement_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = open_wizard(qtbot, db, engagement_id)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    wizard.accept()  # as if Finish were reachable without the pages
    assert wizard.isVisible() and wizard.result_ is None and "is not complete" in warned[0]


def test_the_checklist_template_is_edited_and_used_by_the_next_offboarding(
    qtbot: QtBot, db: Database, engagement_id: int
) -> None:
    from fms.ui.offboarding.template_dialog import OffboardingTemplateDialog

    dialog = OffboardingTemplateDialog(db)
    qtbot.addWidget(dialog)
    dialog.editors["admin"].setPlainText("")
    dialog.accept()
    assert dialog.error_for("admin") == "Keep at least one item on each page." and dialog.result_row is None
    dialog.editors["admin"].setPlainText("Badge returned\n\n  Laptop   wiped  \n")
    dialog.accept()
    wizard = open_wizard(qtbot, db, engagement_id)
    labels = [box.text() for box in wizard.page_for("admin").checklist.boxes]
    assert labels == ["Badge returned", "Laptop wiped"]


def test_the_dashboard_lists_engagements_ending_and_renews_one(
    qtbot: QtBot, db: Database, engagement_id: int, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]

    from fms.ui.offboarding.renewal_dialog import RenewalDialog

    window = open_main_window(qtbot, db, tmp_path)
    qtbot.waitUntil(lambda: window.attention_button.text().startswith("1 engagement(s) ending within 30 days"))
    qtbot.mouseClick(window.attention_button, Qt.MouseButton.LeftButton)
    assert window.current_screen_key() == "dashboard"
    ending = window.screens["dashboard"].ending_soon
    assert ending.model.rowCount() == 1
    ending.table.selectRow(0)

    def renew(dialog: RenewalDialog) -> int:
        dialog.new_rate.setText("680")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(RenewalDialog, "exec", renew)
    assert ending.renew_selected()
    assert ending.model.rowCount() == 0  # renewed by 90 days: no longer ending soon
    assert not window.attention_button.text().startswith("1 engagement")


def test_an_on_mission_card_shows_its_engagement_and_offers_renewal_and_offboarding(
    qtbot: QtBot, db: Database, engagement_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QLabel

    from fms.services.pipeline import load_cards
    from fms.ui.board.card_details import CardDetailsDialog
    from fms.ui.context import AppContext

    context = AppContext()
    context.set_database(db)
    card = next(card for card in load_cards(db) if card.stage == Stage.ON_MISSION)
    details = CardDetailsDialog(context, card)
    qtbot.addWidget(details)
    texts = [label.text() for label in details.findChildren(QLabel)]
    assert "Renewals" in texts and "€620" in texts
    opened: list[str] = []
    monkeypatch.setattr(OffboardingWizard, "exec", lambda wizard: opened.append(wizard.windowTitle()) or 0)
    details.findChild(QPushButton, "offboardingButton").click()
    assert opened and opened[0].startswith("Offboarding – ")
    assert details.findChild(QPushButton, "renewButton") is not None


def test_a_new_checklist_speaks_the_interface_language(db: Database, engagement_id: int) -> None:
    from fms.services.offboarding import open_offboarding

    state = open_offboarding(db, engagement_id, "fr")
    assert state.items["admin"][1].label == "Matériel restitué"


def test_finish_tells_the_main_window_where_the_freelancer_went(
    qtbot: QtBot, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QDialog

    from fms.ui.offboarding.opening import run_offboarding
    from tests.test_offboarding import hire, walk

    engagement_id = hire(db, make)
    walk(db, engagement_id)  # every page answered, consent to the talent pool given
    with db.reading() as session:
        application = session.get_one(Application, session.get_one(Engagement, engagement_id).application_id)
        name = session.get_one(Freelancer, application.freelancer_id).full_name
    window = open_main_window(qtbot, db, tmp_path)
    card_details = QDialog(window)  # the wizard is opened from a dialog: the message still reaches the window
    monkeypatch.setattr(OffboardingWizard, "exec", lambda wizard: wizard.accept() or 0)  # Finish on the summary
    assert run_offboarding(window.context, engagement_id, card_details) is not None
    assert window.statusBar().currentMessage() == f"{name} offboarded, now in Alumni and in the talent pool."
