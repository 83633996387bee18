"""The GDPR requests in the GUI: a person's data exported, a person erased from their file, the retention review."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from fms.models import FollowUp, Freelancer
from fms.services.data.retention import RENEWAL_PURPOSE
from fms.storage.database import Database
from fms.ui.file.freelancer_file import FreelancerFileDialog
from fms.ui.personal_data import PersonExportDialog
from fms.ui.retention_dialog import RetentionReviewDialog
from tests.conftest import Factory, open_main_window

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def first_name(db: Database, freelancer_id: int) -> str:
    with db.reading() as session:
        return session.scalars(select(Freelancer.first_name).where(Freelancer.id == freelancer_id)).one()


def test_a_persons_data_is_found_by_name_and_written_to_the_chosen_zip(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make.freelancer("Ambroise", "Delacourt")
    wanted = make.freelancer("Philomène", "Vasseur")
    with db.reading() as session:
        email = session.get_one(Freelancer, wanted).email
    window = open_main_window(qtbot, db, tmp_path)
    dialog = PersonExportDialog(db, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "vasseur")
    assert dialog.matches.count() == 1
    target = tmp_path / "philomene"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    dialog.export_button.click()
    written = tmp_path / "philomene.zip"
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.written == written
    with zipfile.ZipFile(written) as archive:
        records = json.loads(archive.read("records.json"))
    assert records["profile"]["email"] == email and records["profile"]["last_name"] == "Vasseur"
    assert str(written) in window.statusBar().currentMessage()


def test_the_file_menu_has_both_entries(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = open_main_window(qtbot, db, tmp_path)
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName() if dialog else "")
        if dialog:
            dialog.close()

    for name in ("exportPersonDataAction", "retentionReviewAction"):
        action = window.findChild(QAction, name)
        assert action is not None
        QTimer.singleShot(0, window, close_it)
        action.trigger()
    assert seen == ["personExportDialog", "retentionReviewDialog"]


def test_erasing_from_the_file_names_what_goes_then_closes_and_says_so(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = make.freelancer("Sidonie", "Marchetti")
    window = open_main_window(qtbot, db, tmp_path)
    asked: list[str] = []
    answers = [NO, YES]
    monkeypatch.setattr(
        QMessageBox, "question", lambda _parent, _title, text, *args: asked.append(text) or answers.pop(0)
    )
    dialog = FreelancerFileDialog(db, person, window)
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.erase_button
    button.click()  # declined: nothing changes
    assert first_name(db, person) == "Sidonie" and dialog.isVisible()
    button.click()
    assert "Sidonie Marchetti" in asked[0] and "Removed" in asked[0] and "anonymised" in asked[0]
    assert first_name(db, person) == "Erased person"
    assert not dialog.isVisible() and dialog.changed_elsewhere
    assert "Sidonie Marchetti was erased" in window.statusBar().currentMessage()


def test_the_review_erases_the_checked_candidates_and_drafts_renewals(
    qtbot: QtBot, db: Database, make: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    forgotten, also, renewing = make.freelancer("Forgotten"), make.freelancer("Spared"), make.freelancer("Renewing")
    long_ago = datetime.now(UTC) - timedelta(days=800)
    with db.transaction() as session:
        session.execute(update(Freelancer).where(Freelancer.id.in_([forgotten, also])).values(created_at=long_ago))
        session.execute(
            update(Freelancer)
            .where(Freelancer.id == renewing)
            .values(talent_pool_consent=True, consent_date=date(2021, 3, 1))
        )
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *args: asked.append(text) or YES)
    dialog = RetentionReviewDialog(db)
    qtbot.addWidget(dialog)
    assert [row.freelancer_id for row in dialog.erasure.rows] == [forgotten, also]
    assert not dialog.erase_button.isEnabled()
    row = [item.freelancer_id for item in dialog.erasure.rows].index(forgotten)
    dialog.erasure.setData(dialog.erasure.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.erase_button.isEnabled()
    dialog.erase_button.click()
    assert len(asked) == 1 and "1 person" in asked[0]
    assert first_name(db, forgotten) == "Erased person" and first_name(db, also) == "Spared"
    assert [item.freelancer_id for item in dialog.erasure.rows] == [also]
    assert "1 person" in dialog.status.text()
    dialog.renewal.set_all_checked(True)
    dialog.draft_button.click()
    with db.reading() as session:
        drafted = session.scalars(select(FollowUp.freelancer_id).where(FollowUp.purpose == RENEWAL_PURPOSE)).all()
    assert drafted == [renewing]
    assert dialog.renewal.rows[0].renewal_drafted and not dialog.draft_button.isEnabled()
