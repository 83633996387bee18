"""An availability request drafted for a whole saved list at once: one text per person, copied or mailed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from fms.services.pool import availability_requests, create_list
from fms.storage.database import Database
from fms.ui.screens.talent_pool import TalentPoolScreen
from tests.conftest import Factory, open_main_window
from tests.test_ui_follow_ups import ModalAnswers, answers  # noqa: F401  (the fixture)


def test_each_person_gets_their_own_text_in_the_language_asked(db: Database, make: Factory) -> None:
    saved = create_list(db, "SAP seniors", (make.freelancer("Inès", "Vidal"), make.freelancer("Hugo", "Bernard")))
    english = availability_requests(db, saved.id, "en")
    assert [request.name for request in english] == ["Hugo Bernard", "Inès Vidal"]
    assert english[1].body.startswith("Hello Inès,") and english[1].subject == "Your availability"
    french = availability_requests(db, saved.id, "fr")
    assert french[0].body.startswith("Bonjour Hugo,") and "TJM\u00a0?" in french[0].body


def test_the_list_tab_drafts_them_all_to_copy_or_mail(
    qtbot: QtBot,
    db: Database,
    make: Factory,
    tmp_path: Path,
    answers: ModalAnswers,  # noqa: F811
) -> None:
    create_list(db, "SAP seniors", (make.freelancer("Inès", "Vidal"), make.freelancer("Hugo", "Bernard")))
    pool = open_main_window(qtbot, db, tmp_path).show_screen("talentPool")
    assert isinstance(pool, TalentPoolScreen)
    pool.tabs.setCurrentWidget(pool.lists_tab)
    pool.lists_tab.lists.setCurrentRow(0)
    seen: dict[str, str] = {}

    def use(dialog: QWidget) -> None:
        dialog.people.setCurrentRow(1)  # type: ignore[attr-defined]
        seen["second"] = dialog.text.toPlainText()  # type: ignore[attr-defined]
        dialog.text.setPlainText("Hello Inès, free in March?")  # type: ignore[attr-defined]
        dialog.findChild(QPushButton, "copyAllAvailabilityButton").click()
        seen["all"] = QApplication.clipboard().text()
        seen["mail"] = dialog.mail_url()  # type: ignore[attr-defined]
        dialog.reject()

    answers.when_shown("availabilityRequestDialog", use)
    pool.lists_tab.findChild(QPushButton, "availabilityRequestButton").click()
    assert seen["second"].startswith("Hello Inès,")
    assert "Hello Hugo," in seen["all"] and "Hello Inès, free in March?" in seen["all"]
    assert seen["mail"].startswith("mailto:person") and "subject=Your%20availability" in seen["mail"]
    assert "free%20in%20March" in seen["mail"]
