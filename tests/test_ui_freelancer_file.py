"""The freelancer's file as a manager fills it: errors beside fields, save, unsaved changes asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from fms.core.enums import SourcingChannel
from fms.services.file import get_file
from fms.storage.database import Database
from fms.ui.file.freelancer_file import FreelancerFileDialog
from tests.conftest import Factory, open_main_window
from tests.stored_bytes import alter_stored


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a dialog left with edits asks; at teardown the answer is Discard (a test may override)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)


def open_file(qtbot: QtBot, db: Database, freelancer_id: int | None = None) -> FreelancerFileDialog:
    dialog = FreelancerFileDialog(db, freelancer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save(qtbot: QtBot, dialog: FreelancerFileDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_bad_values_each_get_their_message(
    qtbot: QtBot, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    make.freelancer("Hugo", "Durand")  # person1@example.com
    dialog = open_file(qtbot, db)
    monkeypatch.setattr(FreelancerFileDialog, "ask_about_duplicates", lambda self, hints: "save")
    qtbot.keyClicks(dialog.fields.email, "person1@example.com")
    qtbot.keyClicks(dialog.fields.phone, "call me")
    qtbot.keyClicks(dialog.fields.daily_rate, "cheap")
    dialog.fields.channel.setCurrentIndex(dialog.fields.channel.findData(SourcingChannel.PORTAGE))
    save(qtbot, dialog)
    assert dialog.error_for("daily_rate") == "Type an amount in euros, such as 650 or 650,50."
    dialog.fields.daily_rate.setText("-5")
    save(qtbot, dialog)
    assert dialog.error_for("first_name") == "The first name is required."
    assert dialog.error_for("phone") == "This is not a phone number."
    assert dialog.error_for("daily_rate") == "The daily rate cannot be negative."
    assert dialog.error_for("portage_company") == "Name the portage company."
    qtbot.keyClicks(dialog.fields.first_name, "Hugo")
    qtbot.keyClicks(dialog.fields.last_name, "Bis")
    dialog.fields.phone.clear()
    dialog.fields.daily_rate.clear()
    qtbot.keyClicks(dialog.fields.portage_company, "Hiway")
    save(qtbot, dialog)  # past the duplicate question ("save anyway"), the database still refuses the email
    assert dialog.error_for("email") == "Another freelancer has this email address."
    assert dialog.error_for("first_name") == ""
    assert dialog.isVisible()


def test_a_new_freelancer_is_saved_and_reopened(qtbot: QtBot, db: Database) -> None:
    dialog = open_file(qtbot, db)
    qtbot.keyClicks(dialog.fields.first_name, "Camille")
    qtbot.keyClicks(dialog.fields.last_name, "Martin")
    qtbot.keyClicks(dialog.fields.email, "camille@example.com")
    qtbot.keyClicks(dialog.fields.daily_rate, "620")
    qtbot.keyClicks(dialog.fields.skills, "Python 5, SQL")
    dialog.fields.consent.setChecked(True)
    save(qtbot, dialog)
    assert not dialog.isVisible() and dialog.freelancer_id is not None
    reopened = open_file(qtbot, db, dialog.freelancer_id)
    assert reopened.windowTitle() == "Camille Martin"
    assert reopened.fields.daily_rate.text() == "620"
    assert reopened.fields.skills.text() == "Python 5, SQL 3"
    assert reopened.fields.consent.isChecked()
    assert reopened.history.rowCount() == 1


def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    freelancer_id = make.freelancer("Hugo", "Durand")
    dialog = open_file(qtbot, db, freelancer_id)
    qtbot.keyClicks(dialog.fields.headline, "Go developer")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    dialog.reject()
    assert dialog.isVisible()  # Cancel: stays open, nothing lost
    dialog.reject()
    assert not dialog.isVisible()
    assert get_file(db, freelancer_id).profile.headline == "Go developer"


def test_the_file_opens_from_the_list(
    qtbot: QtBot, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:

    make.freelancer("Zoé", "Roux")
    window = open_main_window(qtbot, db, tmp_path)
    screen = window.show_screen("freelancers")
    opened: list[str] = []
    monkeypatch.setattr(FreelancerFileDialog, "exec", lambda dialog: opened.append(dialog.windowTitle()) or 0)
    screen.table.selectRow(0)
    screen.open_button.click()
    assert opened == ["Zoé Roux"]


def test_documents_are_attached_opened_checked_and_moved_along(
    qtbot: QtBot, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtGui import QDesktopServices

    from fms.core.enums import DocumentKind, DocumentStatus
    from fms.services.file import verified_file

    source = tmp_path / "nda.pdf"
    source.write_bytes(b"%PDF-1.4 NDA\n")
    dialog = open_file(qtbot, db, make.freelancer())
    documents = dialog.documents
    row = documents.attach(str(source), DocumentKind.NDA)
    assert row is not None and documents.model.rowCount() == 1
    documents.table.selectRow(0)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert documents.open_selected()
    assert opened == [str(verified_file(db, row.id))]
    assert [documents.status_box.itemData(i) for i in range(documents.status_box.count())] == [
        DocumentStatus.SENT,
        DocumentStatus.SIGNED,
    ]
    documents.status_box.setCurrentIndex(1)
    documents.apply_status()
    assert documents.model.row_at(0).status == DocumentStatus.SIGNED
    alter_stored(db, row.id, b"tampered")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    documents.table.selectRow(0)
    assert not documents.open_selected()
    assert "changed after it was attached" in warnings[0]
    assert len(opened) == 1


def test_a_note_is_added_to_the_top_of_the_timeline(
    qtbot: QtBot, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fms.services.file import NoteInput, add_note
    from fms.ui.file.notes_tab import NoteDialog

    freelancer_id = make.freelancer()
    add_note(db, freelancer_id, NoteInput(rating=3, would_rehire=True, text="First mission, good start."))
    dialog = open_file(qtbot, db, freelancer_id)
    notes = dialog.notes
    assert notes.model.rowCount() == 1

    def fill(note_dialog: NoteDialog) -> int:
        note_dialog.accept()  # nothing filled: refused, with the reasons
        errors = (note_dialog.error_for("rating"), note_dialog.error_for("text"))
        assert errors == ("The rating goes from 1 to 5.", "Write the note: what should the next manager know?")
        note_dialog.rating.setValue(5)
        note_dialog.strengths.setPlainText("Mentoring")
        note_dialog.text.setPlainText("Led the migration without incident.")
        note_dialog.accept()
        return note_dialog.result()

    monkeypatch.setattr(NoteDialog, "exec", fill)
    notes.add_button.click()
    assert notes.model.rowCount() == 2
    newest = notes.model.row_at(0)
    assert (newest.rating, newest.text, newest.author) == (5, "Led the migration without incident.", db.actor)


def test_a_likely_duplicate_is_shown_before_saving(
    qtbot: QtBot, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = make.freelancer("Camille", "Lefèvre")
    dialog = open_file(qtbot, db)
    dialog.fields.first_name.setText("Camile")
    dialog.fields.last_name.setText("Lefevre")
    asked: list[list[tuple[int, str]]] = []
    answers = ["cancel", "open", "save"]

    def ask(self: FreelancerFileDialog, hints: list) -> str:  # type: ignore[type-arg]
        asked.append([(hint.freelancer_id, hint.reason) for hint in hints])
        return answers.pop(0)

    opened: list[str] = []
    monkeypatch.setattr(FreelancerFileDialog, "ask_about_duplicates", ask)
    monkeypatch.setattr(FreelancerFileDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.freelancer_id is None  # cancelled: nothing saved
    save(qtbot, dialog)
    assert opened == ["Camille Lefèvre"] and dialog.freelancer_id is None  # the existing file instead
    save(qtbot, dialog)
    assert asked == [[(existing, "name")]] * 3
    assert dialog.freelancer_id is not None and dialog.freelancer_id != existing


def test_follow_ups_are_scheduled_and_marked_done_in_the_file(
    qtbot: QtBot, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fms.core.enums import ContactChannel
    from fms.ui.file.follow_ups_tab import FollowUpDialog

    dialog = open_file(qtbot, db, make.freelancer())
    tab = dialog.follow_ups

    def fill(follow_up: FollowUpDialog) -> int:
        follow_up.accept()  # no purpose: refused
        assert follow_up.error_for("purpose") == "Say what the follow-up is for."
        follow_up.channel.setCurrentIndex(follow_up.channel.findData(ContactChannel.PHONE))
        follow_up.purpose.setText("Check availability for the Q3 mission")
        follow_up.accept()
        return follow_up.result()

    monkeypatch.setattr(FollowUpDialog, "exec", fill)
    tab.schedule_button.click()
    assert tab.model.rowCount() == 1
    row = tab.model.row_at(0)
    assert (row.channel, row.purpose, row.done_at) == (
        ContactChannel.PHONE,
        "Check availability for the Q3 mission",
        None,
    )
    tab.table.selectRow(0)
    assert tab.mark_done("Available from September")
    assert tab.model.row_at(0).result == "Available from September" and tab.model.row_at(0).done_at is not None
    assert not tab.mark_done("twice")  # already done


def test_an_application_in_the_file_is_shown_on_the_board(
    qtbot: QtBot, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:

    from fms.core.enums import Stage
    from fms.ui.screens.board import BoardScreen

    freelancer_id = make.freelancer("Zoé", "Roux")
    make.application_at(Stage.PROFILE_SENT)  # another card, on another mission
    application_id = make.application_at(Stage.POSITIONING_CALL)
    wanted = make.application(freelancer_id=freelancer_id)
    window = open_main_window(qtbot, db, tmp_path)
    board_screen = window.show_screen("board")
    assert isinstance(board_screen, BoardScreen)
    board_screen.board.text_filter.setText("nobody")  # a filter that would hide the card
    screen = window.show_screen("freelancers")

    def use_file(dialog: FreelancerFileDialog) -> int:
        dialog.show()
        dialog.tabs.setCurrentIndex(1)
        assert dialog.applications.rowCount() == 1
        dialog.applications_table.selectRow(0)
        qtbot.mouseClick(dialog.findChild(QPushButton, "showOnBoardButton"), Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        return int(dialog.result())

    monkeypatch.setattr(FreelancerFileDialog, "exec", use_file)
    screen.select_where(lambda row: row.id == freelancer_id)
    screen.open_selected()
    assert window.current_screen_key() == "board"
    board = board_screen.board
    assert board.text_filter.text() == ""
    view = board.view(Stage.SOURCED)
    assert view.current_card_id() == wanted
    assert board.card(application_id) is None  # only the chosen card's mission is shown


def test_an_overdue_follow_up_is_red_and_a_done_one_grey_in_the_file_and_on_the_screen(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path
) -> None:
    from datetime import UTC, datetime, timedelta

    from fms.core.enums import ContactChannel
    from fms.services.file import complete_follow_up, schedule_follow_up
    from fms.ui.text_colours import alert_brush, done_brush

    freelancer_id = make.freelancer()
    now = datetime.now(UTC)
    for days, purpose in ((-2, "Late"), (3, "Soon"), (-5, "Done")):
        follow_up = schedule_follow_up(db, freelancer_id, now + timedelta(days=days), ContactChannel.EMAIL, purpose)
    complete_follow_up(db, follow_up.id, "Spoke")
    tab = open_file(qtbot, db, freelancer_id).follow_ups
    screen = open_main_window(qtbot, db, tmp_path).show_screen("followUps")
    for model, purpose_column in ((tab.model, 2), (screen.model, 5)):
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Due"
        colours = {
            model.index(row, purpose_column).data(): model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
            for row in range(model.rowCount())
        }
        assert colours.get("Late") == alert_brush() and colours.get("Soon") is None
    assert colours == {"Late": alert_brush(), "Soon": None}  # the screen lists only what is still to do
    assert tab.model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole) == done_brush()
