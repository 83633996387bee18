"""A field's message goes as soon as its check passes, and a long one is never cut."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from fms.services.crm import clients as client_service
from fms.services.crm import missions as mission_service
from fms.storage.database import Database
from fms.ui.dialogs.form import date_value, make_date_edit
from fms.ui.dialogs.mission_dialog import MissionDialog
from fms.ui.file.freelancer_file import FreelancerFileDialog
from tests.conftest import Factory


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)


def test_a_fixed_email_loses_its_message_before_the_duplicate_question(
    qtbot: QtBot, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    make.freelancer("Camille", "Lefèvre")
    dialog = FreelancerFileDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields.first_name, "Camile")
    qtbot.keyClicks(dialog.fields.last_name, "Lefevre")
    qtbot.keyClicks(dialog.fields.email, "camille.at.home")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.error_for("email") == "This is not an email address."
    qtbot.keyClicks(dialog.fields.email, "@example.com")  # still no "@" before the domain's dot? it is valid now
    assert dialog.error_for("email") == ""  # gone as the user typed, before any save
    dialog.fields.email.setText("still wrong")
    assert dialog.error_for("email") == ""  # typing never adds a message
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.error_for("email") == "This is not an email address."
    dialog.fields.email.setText("camille@example.com")
    shown_while_asked: list[str] = []

    def ask(self: FreelancerFileDialog, hints: list) -> str:  # type: ignore[type-arg]
        shown_while_asked.append(self.error_for("email"))
        return "cancel"

    monkeypatch.setattr(FreelancerFileDialog, "ask_about_duplicates", ask)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert shown_while_asked == [""]


def test_a_field_still_wrong_keeps_its_message_and_an_edited_one_loses_it(
    qtbot: QtBot, db: Database, make: Factory
) -> None:
    make.client("Hexa Assurances")
    dialog = MissionDialog(lambda data: mission_service.create_mission(db, data), client_service.list_clients(db))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.client.setCurrentIndex(1)
    qtbot.keyClicks(dialog.title_edit, "Migration Kubernetes")
    dialog.start.setDate(QDate(2026, 5, 1))
    dialog.end.setDate(QDate(2026, 4, 1))
    qtbot.keyClicks(dialog.budget, "cheap")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert "amount in euros" in dialog.error_for("budget")
    qtbot.keyClicks(dialog.budget, "er")
    assert "amount in euros" in dialog.error_for("budget")  # "cheaper" still cannot be read
    dialog.budget.setText("650")
    assert dialog.error_for("budget") == ""
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.error_for("end_date") == "The end date is before the start date."
    end_error = dialog.findChild(type(dialog.rate_benchmark), "end_dateError")
    assert end_error.width() >= dialog.end.width() + dialog.form.labelForField(dialog.end.parentWidget()).width()
    # the whole message, not its first words
    assert end_error.heightForWidth(end_error.width()) <= end_error.height()
    dialog.end.setDate(QDate(2026, 6, 1))
    assert dialog.error_for("end_date") == ""
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert [mission.title for mission in mission_service.list_missions(db)] == ["Migration Kubernetes"]


def test_a_date_typed_into_a_field_with_no_date_is_taken(qtbot: QtBot) -> None:
    edit = make_date_edit(None, "Not known")  # type: ignore[arg-type]
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    # Digits only, each section in full, as a user types a date (Qt moves on when a section is full).
    padded = re.sub(r"(?<![dM])([dM])(?![dM])", r"\1\1", edit.displayFormat())
    typed = "".join(ch for ch in QDate(2027, 2, 21).toString(padded) if ch.isdigit())
    qtbot.keyClicks(edit, typed)
    assert date_value(edit) == date(2027, 2, 21)
    assert "Not known" not in edit.text()
    edit.lineEdit().selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert date_value(edit) is None and edit.text() == "Not known"
