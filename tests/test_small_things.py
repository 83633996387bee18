"""Issue 16's small things: the LinkedIn field, a length limit that says so, emoji in names and in PDFs, proposals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from fms.core import limits
from fms.reports.glyphs import printable
from fms.reports.layout import Letterhead
from fms.reports.letter import RecommendationLetter, Signatory, render_letter
from fms.services.crm import list_missions
from fms.services.file import get_file
from fms.storage.database import Database
from fms.ui.board.board_widget import PipelineBoard
from fms.ui.context import AppContext
from fms.ui.file.freelancer_file import FreelancerFileDialog
from fms.values.linkedin import is_linkedin_profile
from tests.conftest import Factory


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)


def open_file(qtbot: QtBot, db: Database, freelancer_id: int | None = None) -> FreelancerFileDialog:
    dialog = FreelancerFileDialog(db, freelancer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save(qtbot: QtBot, dialog: FreelancerFileDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("url", "accepted"),
    [
        ("https://www.linkedin.com/in/claire-m/", True),
        ("HTTP://FR.LinkedIn.com/in/Claire-M/?trk=x", True),
        ("https://linkedin.com/in/claire-m", True),
        ("https://github.com/claire-m", False),
        ("https://www.linkedin.com/company/acme", False),
        ("https://evil.example/?u=linkedin.com/in/claire", False),
        ("linkedin.com/in/claire-m", False),
    ],
)
def test_only_a_linkedin_profile_address_is_a_linkedin_address(url: str, accepted: bool) -> None:
    assert is_linkedin_profile(url) is accepted


def test_the_linkedin_field_refuses_another_address(qtbot: QtBot, db: Database) -> None:
    dialog = open_file(qtbot, db)
    qtbot.keyClicks(dialog.fields.first_name, "Claire")
    qtbot.keyClicks(dialog.fields.last_name, "Martin")
    qtbot.keyClicks(dialog.fields.linkedin_url, "https://github.com/claire-m")
    save(qtbot, dialog)
    assert dialog.error_for("linkedin_url") == "This is not a LinkedIn profile address (https://www.linkedin.com/in/…)."
    assert dialog.isVisible() and dialog.freelancer_id is None
    dialog.fields.linkedin_url.setText("https://fr.linkedin.com/in/claire-m/")
    save(qtbot, dialog)
    assert not dialog.isVisible() and dialog.freelancer_id is not None
    assert get_file(db, dialog.freelancer_id).profile.linkedin_url == "https://fr.linkedin.com/in/claire-m/"


def test_a_field_at_its_length_limit_says_so(qtbot: QtBot, db: Database) -> None:
    dialog = open_file(qtbot, db)
    hint = dialog.findChild(QLabel, "first_nameLengthHint")
    assert hint is not None and hint.isHidden()
    dialog.fields.first_name.setText("a" * (limits.PERSON_NAME - 1))
    assert hint.isHidden()
    qtbot.keyClicks(dialog.fields.first_name, "bc")  # the second key is refused by maxLength
    assert len(dialog.fields.first_name.text()) == limits.PERSON_NAME
    assert not hint.isHidden()
    assert str(limits.PERSON_NAME) in hint.text()
    qtbot.keyClick(dialog.fields.first_name, Qt.Key.Key_Backspace)
    assert hint.isHidden()


def test_an_emoji_in_a_name_is_kept_and_shown(qtbot: QtBot, db: Database) -> None:
    dialog = open_file(qtbot, db)
    dialog.fields.first_name.setText("Camille 🌱")
    qtbot.keyClicks(dialog.fields.last_name, "Moreau")
    save(qtbot, dialog)
    assert dialog.freelancer_id is not None
    reopened = open_file(qtbot, db, dialog.freelancer_id)
    assert reopened.fields.first_name.text() == "Camille 🌱"
    assert reopened.windowTitle() == "Camille 🌱 Moreau"


def test_characters_the_pdf_font_lacks_are_left_out() -> None:
    assert printable("Camille 🌱 Moreau") == "Camille Moreau"
    assert printable("Élodie « là » – 5\u00a0€") == "Élodie « là » – 5\u00a0€"
    assert printable("👩‍💻 Data engineer") == " Data engineer"


def test_an_emoji_in_a_name_is_left_out_of_the_pdf_cleanly() -> None:
    data = RecommendationLetter(
        letterhead=Letterhead("Atelier Nord 🚀", ("12 rue des Tanneurs",)),
        language="en",
        place="Lyon",
        written_on=date(2026, 11, 22),
        freelancer_name="Élodie 🌱 Lefèvre",
        client_name="Banque Lumière",
        role="Data engineer",
        start=date(2026, 1, 5),
        end=date(2026, 6, 30),
        recommendation="Élodie a tout livré 🎉 à l’heure.",
        strengths=("Rigueur ✨",),
        signatory=Signatory("Henry Thomas", "Directeur"),
    )
    reader = PdfReader(BytesIO(render_letter(replace(data))))
    text = " ".join("\n".join(page.extract_text() for page in reader.pages).split())
    assert "Élodie Lefèvre" in text
    assert "Élodie a tout livré à l’heure." in text
    assert "Rigueur" in text
    assert "Atelier Nord 12 rue" in text and "\x00" not in text
    for emoji in ("🌱", "🎉", "✨"):
        assert emoji not in text


def test_proposing_from_the_board_says_who_for_which_mission(
    qtbot: QtBot, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fms.ui.board.add_application import AddApplicationDialog

    mission_id = make.mission(title="Data platform rebuild")
    freelancer_id = make.freelancer("Zoé", "Roux")
    context = AppContext()
    context.set_database(db)
    board = PipelineBoard(context)
    qtbot.addWidget(board)
    board.show()
    board.reload_now()  # the selector's choices too, not just after the first paint
    board.mission_selector.setCurrentIndex(board.mission_selector.findData(mission_id))

    def exec_(dialog: AddApplicationDialog) -> int:
        assert dialog.select_freelancer(freelancer_id)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AddApplicationDialog, "exec", exec_)
    with qtbot.waitSignal(board.message) as said:
        board.add_button.click()
    assert said.args == ["Proposed Zoé Roux for Data platform rebuild"]
    assert [m.title for m in list_missions(db)] == ["Data platform rebuild"]
