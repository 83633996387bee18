"""Messages through the UI: a draft from the file (copy, mail, mark sent), the templates' editor, invitations saved."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fms.core.enums import InterviewKind
from fms.models import ActivityEntry, MessageTemplate
from fms.services.crm import ClientInput, create_client
from fms.services.crm.contacts import Contact
from fms.services.file import InterviewInput, get_interview, save_interview
from fms.services.messages import MessageKind, get_template
from fms.services.pipeline import load_card
from fms.storage.database import Database
from fms.ui.board.card_details import CardDetailsDialog
from fms.ui.context import AppContext
from fms.ui.file.freelancer_file import FreelancerFileDialog
from fms.ui.file.interview_dialog import InterviewDialog
from fms.ui.messages.message_dialog import MessageDialog
from fms.ui.messages.templates_dialog import MessageTemplatesDialog
from tests.conftest import Factory, open_main_window


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def a_candidate(db: Database, make: Factory) -> tuple[int, int]:
    client_id = create_client(
        db, ClientInput("Banque Lumière", contacts=(Contact("Claire Dubois", "CTO", "claire@banque.example"),))
    ).id
    freelancer_id = make.freelancer("Élodie", "Moreau")
    return freelancer_id, make.application(make.mission(client_id, title="Data & IA"), freelancer_id)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *args: shown.append(text))
    return shown


def test_a_message_from_the_file_is_drafted_mailed_and_logged(
    qtbot: QtBot, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    freelancer_id, application_id = a_candidate(db, make)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString(QUrl.FullyEncoded)))
    seen: list[MessageDialog] = []

    def exec_(dialog: MessageDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append(dialog)
        assert dialog.about.currentData() == application_id  # the application selected in the file
        dialog.kind.setCurrentIndex(dialog.kind.findData(MessageKind.INTERVIEW_THANKS))
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        assert dialog.text.toPlainText().startswith("Bonjour Élodie,")
        dialog.text.appendPlainText("PS : à bientôt")
        click(qtbot, dialog.copy_button)
        copied = QGuiApplication.clipboard().text()
        assert "«\u00a0Data & IA\u00a0»" in copied  # French typography kept, not spaces
        assert copied.endswith("\nPS : à bientôt")
        click(qtbot, dialog.mail_button)
        click(qtbot, dialog.sent_button)
        return dialog.result()

    monkeypatch.setattr(MessageDialog, "exec", exec_)
    file = FreelancerFileDialog(db, freelancer_id)
    qtbot.addWidget(file)
    file.show()
    file.applications_table.selectRow(0)
    click(qtbot, file.message_button)
    assert seen and seen[0].sent
    url = opened[0]
    assert url.startswith("mailto:person") and "@example.com?subject=" in url
    body = unquote(url.split("&body=", 1)[1])
    assert body.startswith("Bonjour Élodie,\r\n\r\n") and body.endswith("PS : à bientôt")
    assert "%26%20IA" in url  # the & of the mission's title, encoded
    with db.reading() as session:
        entry = session.scalars(select(ActivityEntry).where(ActivityEntry.action == "message_sent")).one()
    assert entry.freelancer_id == freelancer_id and entry.details.startswith("interview_thanks: Merci")
    assert file.history.rows[0].action == "message_sent"


def open_templates(qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list:
    shown: list[MessageTemplatesDialog] = []

    def exec_(dialog: MessageTemplatesDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog)
        return 0

    monkeypatch.setattr(MessageTemplatesDialog, "exec", exec_)
    window = open_main_window(qtbot, db, tmp_path)
    window.findChild(type(window.menuBar().actions()[0]), "messageTemplatesAction").trigger()
    assert len(shown) == 1 and shown[0].objectName() == "messageTemplatesDialog"
    return shown


def test_templates_are_edited_with_a_preview_and_an_unknown_placeholder_named(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    freelancer_id, _application_id = a_candidate(db, make)
    dialog = open_templates(qtbot, db, tmp_path, monkeypatch)[0]
    dialog.kinds.setCurrentRow(list(MessageKind).index(MessageKind.AVAILABILITY_REQUEST))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    qtbot.keyClicks(dialog.search, "Moreau")
    assert dialog.person.currentData() == freelancer_id
    assert dialog.preview.toPlainText().startswith("Vos disponibilités\n\nBonjour Élodie,")
    dialog.body.setPlainText("Bonjour {prenom}, libre pour {mission} ?")
    assert "{prenom}" in dialog.error.text()
    assert dialog.preview.toPlainText() == ""
    click(qtbot, dialog.save_button)
    assert warnings and "{prenom}" in warnings[0]
    assert get_template(db, MessageKind.AVAILABILITY_REQUEST, "fr").edited is False
    dialog.body.setPlainText("Bonjour {first_name}, libre pour {mission} ?")
    assert dialog.error.text() == ""
    assert "Bonjour Élodie, libre pour Data & IA ?" in dialog.preview.toPlainText()
    click(qtbot, dialog.save_button)
    with db.reading() as session:
        row = session.get(MessageTemplate, ("availability_request", "fr"))
        assert row is not None and row.body == "Bonjour {first_name}, libre pour {mission} ?"
    click(qtbot, dialog.reset_button)
    assert get_template(db, MessageKind.AVAILABILITY_REQUEST, "fr").edited is False
    assert dialog.body.toPlainText().startswith("Bonjour {first_name},\n\nNous avons une mission")


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    target = tmp_path / "invite"  # no suffix: the dialog adds .ics
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("sam@vivier.example", True))
    return target.with_suffix(".ics")


def test_the_interview_dialog_saves_then_writes_the_invitation(
    qtbot: QtBot, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch, save_as: Path
) -> None:
    freelancer_id, _application_id = a_candidate(db, make)

    def exec_(dialog: InterviewDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.kind.setCurrentIndex(dialog.kind.findData(InterviewKind.CLIENT))
        click(qtbot, dialog.findChild(QPushButton, "saveAndInviteButton"))
        return dialog.result()

    monkeypatch.setattr(InterviewDialog, "exec", exec_)
    file = FreelancerFileDialog(db, freelancer_id)
    qtbot.addWidget(file)
    file.show()
    file.tabs.setCurrentWidget(file.interviews)
    click(qtbot, file.interviews.add_button)
    calendar = Calendar.from_ical(save_as.read_bytes())
    assert str(calendar["METHOD"]) == "REQUEST"
    event = calendar.walk("VEVENT")[0]
    assert str(event["ORGANIZER"]) == "mailto:sam@vivier.example"
    assert "Data & IA" in str(event["SUMMARY"])
    # The address given once is kept: the cancellation asks no more.
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: pytest.fail("asked again"))
    file.interviews.table.selectRow(0)
    click(qtbot, file.interviews.cancel_invite_button)
    cancel = Calendar.from_ical(save_as.read_bytes())
    assert str(cancel["METHOD"]) == "CANCEL"
    assert str(cancel.walk("VEVENT")[0]["UID"]) == str(event["UID"])


def test_the_card_details_save_the_next_interviews_invitation(
    qtbot: QtBot, db: Database, make: Factory, save_as: Path
) -> None:
    _freelancer_id, application_id = a_candidate(db, make)
    interview_id = save_interview(
        db, None, InterviewInput(application_id, InterviewKind.CLIENT, datetime(2030, 1, 7, 9, tzinfo=UTC))
    )
    context = AppContext()
    context.set_database(db)
    card = load_card(db, application_id)
    assert card is not None
    dialog = CardDetailsDialog(context, card)
    qtbot.addWidget(dialog)
    click(qtbot, dialog.findChild(QPushButton, "invitationButton"))
    event = Calendar.from_ical(save_as.read_bytes()).walk("VEVENT")[0]
    assert event.decoded("DTSTART").isoformat() == "2030-01-07T10:00:00+01:00"
    assert get_interview(db, interview_id).scheduled_at == datetime(2030, 1, 7, 9, tzinfo=UTC)
