"""File → Import freelancers…: the preview dialog driven as a manager would, then the database checked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMainWindow
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fms.core.enums import SourcingChannel
from fms.models import Freelancer
from fms.storage.database import Database
from fms.ui.data_import.preview_dialog import ImportPreviewDialog
from tests.conftest import Factory

SAMPLES = Path(__file__).parent / "samples"


def freelancers(db: Database) -> dict[str, Freelancer]:
    with db.reading() as session:
        return {f"{f.first_name} {f.last_name}": f for f in session.scalars(select(Freelancer))}


def test_a_linkedin_export_with_a_changed_mapping_a_skip_and_a_merge(db: Database, make: Factory, qtbot: QtBot) -> None:
    existing = make.freelancer("Amina", "Diallo")
    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = ImportPreviewDialog(db, SAMPLES / "linkedin_connections.csv", window)  # the window owns it
    assert "LinkedIn" in dialog.detected.text()
    position = dialog.mapping_table.findItems("Position", Qt.MatchFlag.MatchExactly)[0].row()
    ignore = dialog.mapping_table.cellWidget(position, 1)
    assert isinstance(ignore, QComboBox)
    ignore.setCurrentIndex(0)  # (ignore)
    assert dialog.mapping()["Position"] == ""
    assert dialog.decisions() == {7: "skip", 8: "skip"}  # Amina by her name, Claire by her profile
    merge = dialog.findChild(QComboBox, "importDecisionBox7")
    assert merge is not None
    merge.setCurrentIndex(merge.findData("merge"))

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    people = freelancers(db)
    assert sorted(people) == ["Amina Diallo", "Claire Moreau", "Jérôme Lefèvre"]
    assert people["Jérôme Lefèvre"].headline == "Capgemini"  # Position ignored
    assert people["Jérôme Lefèvre"].sourcing_channel == SourcingChannel.LINKEDIN
    amina = people["Amina Diallo"]
    assert amina.id == existing
    assert amina.linkedin_url.endswith("/in/amina-diallo")
    assert (amina.email or "").startswith("person")  # merged into empty fields only
    assert dialog.summary is not None and dialog.summary.merged == 1
    assert "merged 1 row" in window.statusBar().currentMessage()


def test_broken_rows_show_in_the_error_list_and_the_valid_ones_import(
    db: Database,
    qtbot: QtBot,
    qtmodeltester: ModelTester,
) -> None:
    dialog = ImportPreviewDialog(db, SAMPLES / "broken_rows.csv")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.errors_model)
    model = dialog.errors_model
    errors = {(model.index(row, 0).data(), model.index(row, 1).data()) for row in range(model.rowCount())}
    assert ("4", "email") in errors and ("5", "phone") in errors
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert sorted(freelancers(db)) == ["Also Good", "Good Row"]


def test_a_windows_1252_semicolon_file_and_a_bom_file_read_as_such(db: Database, qtbot: QtBot) -> None:
    excel = ImportPreviewDialog(db, SAMPLES / "excel_fr_cp1252.csv")
    qtbot.addWidget(excel)
    assert "cp1252" in excel.detected.text() and "« ; »" in excel.detected.text()
    bom = ImportPreviewDialog(db, SAMPLES / "bom_utf8.csv")
    qtbot.addWidget(bom)
    assert "utf-8-sig" in bom.detected.text()
    assert bom.mapping()["first_name"] == "first_name"
    qtbot.mouseClick(bom.import_button, Qt.MouseButton.LeftButton)
    assert "Zoé Leroy" in freelancers(db)
