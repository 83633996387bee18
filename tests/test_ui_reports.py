"""Producing PDFs from the UI: the preview shows the page, Save As writes it, the letter is kept."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fms.core.enums import DocumentKind, Outcome, Stage
from fms.services.file import NoteInput, add_note, list_documents
from fms.services.pipeline import OutcomeInput, move_application
from fms.storage.database import Database
from fms.ui.file.freelancer_file import FreelancerFileDialog
from fms.ui.reports.batch_export import BatchExport, free_path
from fms.ui.reports.letter_dialog import LetterDialog
from fms.ui.reports.pdf_preview import first_page_image
from fms.ui.reports.profile_sheet_dialog import ProfileSheetDialog
from tests.conftest import Factory, open_main_window


@pytest.fixture
def hired(db: Database, make: Factory) -> int:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    hire = OutcomeInput(Outcome.HIRED, start_date=date(2026, 2, 2), daily_rate_cents=62000, sign_later=True)
    state = move_application(db, application_id, Stage.ON_MISSION, outcome=hire)
    add_note(db, state.freelancer_id, NoteInput(5, True, "Brought the team along.", "Clarity, patience"))
    return state.freelancer_id


def open_file(qtbot: QtBot, db: Database, freelancer_id: int) -> FreelancerFileDialog:
    dialog = FreelancerFileDialog(db, freelancer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def ink(image) -> int:  # type: ignore[no-untyped-def]
    """How many sampled pixels are not white: a blank page has none."""
    return sum(
        image.pixelColor(x, y).lightness() < 200
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    )


def text_of(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(BytesIO(path.read_bytes())).pages)


def test_a_letter_is_previewed_saved_as_and_kept_in_the_documents(
    qtbot: QtBot, db: Database, hired: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = open_file(qtbot, db, hired)
    target = tmp_path / "letter.pdf"
    seen: list[LetterDialog] = []

    def use(dialog: LetterDialog) -> int:
        seen.append(dialog)
        assert dialog.recommendation.toPlainText() == "Brought the team along."  # drafted from the note
        assert ink(dialog.preview.image) > 50
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.recommendation.setPlainText("")
        dialog.refresh_preview()
        assert dialog.preview.image.isNull() and "Write the recommendation" in dialog.preview.page.text()
        dialog.recommendation.setPlainText("A rassemblé l’équipe autour du projet.")
        monkeypatch.setattr(dialog, "ask_save_path", lambda: target)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(LetterDialog, "exec", use)
    qtbot.mouseClick(file.letter_button, Qt.MouseButton.LeftButton)
    assert seen[0].saved_path == target
    text = text_of(target)
    assert "Lettre de recommandation" in text and "A rassemblé l’équipe autour du projet." in text
    letters = [row for row in list_documents(db, hired) if row.kind == DocumentKind.RECOMMENDATION]
    assert len(letters) == 1 and file.documents.model.rowCount() == len(list_documents(db, hired))


def test_no_letter_without_a_mission(
    qtbot: QtBot, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = open_file(qtbot, db, make.freelancer())
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    assert file.recommendation_letter() is None and "has none yet" in told[0]


def test_a_profile_sheet_is_saved_with_the_rate_only_when_asked(
    qtbot: QtBot, db: Database, hired: int, tmp_path: Path
) -> None:
    dialog = ProfileSheetDialog(db, hired, "Camille")
    qtbot.addWidget(dialog)
    assert ink(dialog.preview.image) > 50
    dialog.ask_save_path = lambda: tmp_path / "sheet"  # type: ignore[method-assign]
    assert dialog.save_as() and "550" not in text_of(tmp_path / "sheet")
    dialog.include_rate.setChecked(True)
    dialog.ask_save_path = lambda: tmp_path / "with-rate.pdf"  # type: ignore[method-assign]
    assert dialog.save_as() and "550" in text_of(tmp_path / "with-rate.pdf")


def test_the_managers_rating_goes_on_a_sheet_only_when_chosen(
    qtbot: QtBot, db: Database, hired: int, tmp_path: Path
) -> None:
    dialog = ProfileSheetDialog(db, hired, "Camille")
    qtbot.addWidget(dialog)
    assert not dialog.include_rating.isChecked()
    dialog.ask_save_path = lambda: tmp_path / "plain.pdf"  # type: ignore[method-assign]
    assert dialog.save_as() and "/ 5" not in text_of(tmp_path / "plain.pdf")
    dialog.include_rating.setChecked(True)
    dialog.ask_save_path = lambda: tmp_path / "rated.pdf"  # type: ignore[method-assign]
    assert dialog.save_as() and "5.0 / 5" in " ".join(text_of(tmp_path / "rated.pdf").split())


def test_the_preview_reports_bytes_that_are_no_pdf() -> None:
    assert first_page_image(b"not a pdf").isNull()


def test_a_batch_of_sheets_is_written_in_a_worker_and_can_be_stopped(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    people = [make.freelancer("Zoé", "Roux") for _ in range(3)]
    parent = QWidget()
    qtbot.addWidget(parent)
    folder = tmp_path / "sheets"
    folder.mkdir()
    export = BatchExport(db, people, folder, "fr", parent)
    with qtbot.waitSignal(export.done, timeout=20000) as finished:
        export.start()
    assert finished.args == [3, False]
    assert sorted(path.name for path in folder.iterdir()) == [
        "Dossier - Zoé Roux (2).pdf",
        "Dossier - Zoé Roux (3).pdf",
        "Dossier - Zoé Roux.pdf",
    ]
    stopped_folder = tmp_path / "stopped"
    stopped_folder.mkdir()
    stopping = BatchExport(db, people, stopped_folder, "en", parent)
    stopping.writer.stop()  # as the Stop button does, here before the first sheet
    with qtbot.waitSignal(stopping.done, timeout=20000) as finished:
        stopping.start()
    assert finished.args == [0, True] and list(stopped_folder.iterdir()) == []


def test_free_path_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"x")
    assert free_path(tmp_path, "a.pdf").name == "a (2).pdf"


def test_the_talent_pool_exports_the_sheets_of_those_listed(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    from fms.sampledata.generator import fill_demo

    fill_demo(db, freelancers=80, with_files=False)
    window = open_main_window(qtbot, db, tmp_path)
    pool = window.show_screen("talentPool")
    listed = pool.proxy.rowCount()
    assert listed > 0
    pool.table.selectRow(0)
    opened: list[str] = []
    monkeypatch.setattr(ProfileSheetDialog, "exec", lambda dialog: opened.append(dialog.windowTitle()) or 0)
    pool.sheet_button.click()
    assert opened and pool.selected_members()[0].name in opened[0]
    pool.table.clearSelection()
    folder = tmp_path / "pool"
    folder.mkdir()
    batch = pool.export_sheets(folder, "en")
    assert batch is not None
    qtbot.waitUntil(lambda: not batch.worker_thread.isRunning() and batch.written == listed, timeout=30000)
    assert len(list(folder.glob("*.pdf"))) == listed
