"""File names made from people's names with pathvalidate: a '/' or ':' in a name no longer breaks an export."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fms.services.file import ProfileInput, list_documents, save_profile
from fms.storage.database import Database
from fms.values.file_names import safe_file_name
from tests.conftest import Factory

ODD_NAMES = [("A/B:", "C"), ("Nul\x00", "Byte"), ("New\nline", "Roux"), ("Zoé\u202e", "fdp.exe")]


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("Profile - A/B: C", "Profile - A-B- C.pdf"),
        ("Profile - Nul\x00Byte", "Profile - Nul-Byte.pdf"),
        ("Profile - New\nline  Roux", "Profile - New line Roux.pdf"),
        ("Profile - Zoé\u202eRoux", "Profile - ZoéRoux.pdf"),
        ("CON", "CON_.pdf"),
        ("///", "---.pdf"),
        ("  ", "document.pdf"),
    ],
)
def test_names_become_safe_file_names(stem: str, expected: str) -> None:
    assert safe_file_name(stem, ".pdf") == expected


def test_a_long_name_is_cut_but_keeps_its_suffix() -> None:
    name = safe_file_name("Dossier - " + "é" * 300, ".pdf")
    assert name.endswith(".pdf") and len(name.encode("utf-8")) <= 255


def odd_people(db: Database) -> list[int]:
    return [save_profile(db, None, ProfileInput(first, last)).id for first, last in ODD_NAMES]


def test_a_batch_of_sheets_for_odd_names_lands_in_the_chosen_folder(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from fms.ui.reports.batch_export import BatchExport

    people = odd_people(db)
    parent = QWidget()
    qtbot.addWidget(parent)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    folder = tmp_path / "sheets"
    folder.mkdir()
    export = BatchExport(db, people, folder, "en", parent)
    with qtbot.waitSignal(export.done, timeout=20000) as finished:
        export.start()
    assert told == [] and finished.args == [4, False]
    assert sorted(path.name for path in folder.iterdir()) == [
        "Profile - A-B- C.pdf",
        "Profile - New line Roux.pdf",
        "Profile - Nul Byte.pdf",  # a NUL is dropped when the profile is saved
        "Profile - Zoé fdp.exe.pdf",
    ]


def test_the_save_dialogs_suggest_a_safe_name(qtbot: QtBot, db: Database, make: Factory) -> None:
    from fms.ui.reports.profile_sheet_dialog import ProfileSheetDialog

    (first, *_) = odd_people(db)
    dialog = ProfileSheetDialog(db, first, "A/B: C")
    qtbot.addWidget(dialog)
    assert dialog.default_file_name() == "Profile - A-B- C.pdf"


def test_a_letter_for_an_odd_name_is_kept_under_a_safe_name(db: Database, make: Factory) -> None:
    from datetime import date

    from fms.core.enums import DocumentKind, Outcome, Stage
    from fms.services.pipeline import OutcomeInput, move_application
    from fms.services.reports import LetterInput, create_letter, engagements_for_letters

    application_id = make.application_at(Stage.FINAL_ANSWER)
    hire = OutcomeInput(Outcome.HIRED, start_date=date(2026, 2, 2), daily_rate_cents=62000, sign_later=True)
    freelancer = move_application(db, application_id, Stage.ON_MISSION, outcome=hire).freelancer_id
    save_profile(db, freelancer, ProfileInput("A/B:", "C"))
    (draft,) = engagements_for_letters(db, freelancer)
    create_letter(db, LetterInput(engagement_id=draft.engagement_id, language="en", recommendation="Reliable."))
    (letter,) = [row for row in list_documents(db, freelancer) if row.kind == DocumentKind.RECOMMENDATION]
    assert "/" not in letter.original_name and ":" not in letter.original_name
    assert letter.original_name.startswith("Recommendation letter - A-B- C - ")
