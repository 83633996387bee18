"""The import preview: what was detected, the column mapping, the row errors and the duplicates to decide on."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.ui.errors import show_error
from fms.ui.i18n import arg
from fms.ui.plurals import plurals
from fms.ui.status import tell
from fms.ui.table_model import Column, RowTableModel
from fms.ui.worker import run_in_worker
from fms.values.people_csv import ALIASES, PeopleFile, RowError, read_people_csv

if TYPE_CHECKING:  # the main window imports this module before the first paint: no SQLAlchemy yet
    from fms.services.data import FoundDuplicate, ImportSummary
    from fms.storage.database import Database

FIELD_LABELS = {
    "first_name": QT_TRANSLATE_NOOP("ImportPreviewDialog", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Last name"),
    "email": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Email"),
    "phone": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Phone"),
    "linkedin_url": QT_TRANSLATE_NOOP("ImportPreviewDialog", "LinkedIn profile"),
    "headline": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Headline"),
    "company": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Company"),
    "seniority": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Seniority"),
    "daily_rate": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Daily rate"),
    "skills": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Skills"),
    "connected_on": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Connected on"),
}
assert set(FIELD_LABELS) == set(ALIASES)  # a field the reader learns must be offered here too
ERROR_COLUMNS: list[Column[RowError]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Row"), lambda error: str(error.line), lambda error: error.line, numeric=True),
    Column(QT_TRANSLATE_NOOP("columns", "Column"), lambda error: error.column),
    Column(QT_TRANSLATE_NOOP("columns", "Why"), lambda error: QCoreApplication.translate("errors", error.message)),
]


def import_from_file(db: Database, window: QMainWindow) -> None:
    """Asks for a file, then previews and imports it."""
    chosen, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("ImportPreviewDialog", "Import freelancers"),
        "",
        QCoreApplication.translate("ImportPreviewDialog", "CSV files (*.csv *.txt);;All files (*)"),
    )
    if chosen:
        ImportPreviewDialog(db, Path(chosen), window).exec()


class ImportPreviewDialog(QDialog):
    """Shows the file as it will be read; every change of mapping reads it again."""

    def __init__(self, db: Database, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.data = path.read_bytes()
        self.summary: ImportSummary | None = None
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Import freelancers"))
        self.detected = QLabel()
        self.detected.setObjectName("importDetectedLabel")
        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setObjectName("importMappingTable")
        self.mapping_table.setAccessibleName(self.tr("Column mapping"))
        self.mapping_table.setHorizontalHeaderLabels([self.tr("File column"), self.tr("Vivier field")])
        self.errors_model: RowTableModel[RowError] = RowTableModel(ERROR_COLUMNS, self)
        self.errors_view = QTableView()
        self.errors_view.setObjectName("importErrorsView")
        self.errors_view.setAccessibleName(self.tr("Rows with errors"))
        self.errors_view.setModel(self.errors_model)
        self.duplicates_table = QTableWidget(0, 4)
        self.duplicates_table.setObjectName("importDuplicatesTable")
        self.duplicates_table.setAccessibleName(self.tr("Duplicates"))
        self.duplicates_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Name"), self.tr("Looks like"), self.tr("Decision")]
        )
        for table in (self.mapping_table, self.duplicates_table):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.valid_rows = QRadioButton(self.tr("Import the &valid rows"))
        self.valid_rows.setObjectName("importValidRowsRadio")
        self.valid_rows.setChecked(True)
        self.all_or_nothing = QRadioButton(self.tr("&All or nothing: import nothing if a row has an error"))
        self.all_or_nothing.setObjectName("importAllOrNothingRadio")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("importButtons")
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Detected:"), self.detected)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for title, widget in (
            (self.tr("Columns"), self.mapping_table),
            (self.tr("Rows with errors"), self.errors_view),
            (self.tr("Duplicates"), self.duplicates_table),
        ):
            layout.addWidget(QLabel(title))
            layout.addWidget(widget)
        layout.addWidget(self.valid_rows)
        layout.addWidget(self.all_or_nothing)
        layout.addWidget(self.buttons)
        self.resize(760, 680)
        self.people = read_people_csv(self.data)
        self._fill_mapping(self.people)
        self._refresh()

    def mapping(self) -> dict[str, str]:
        """Each file column -> the Vivier field chosen for it, '' for ignored."""
        return {
            self._text(self.mapping_table, row): str(self._combo(self.mapping_table, row, 1).currentData())
            for row in range(self.mapping_table.rowCount())
        }

    def decisions(self) -> dict[int, str]:
        """Each duplicate's line -> 'skip' or 'merge'."""
        return {
            int(self._text(self.duplicates_table, row)): str(self._combo(self.duplicates_table, row, 3).currentData())
            for row in range(self.duplicates_table.rowCount())
        }

    def run_import(self) -> None:
        from fms.services.data import import_freelancers

        people, decisions, strict = self.people, self.decisions(), self.all_or_nothing.isChecked()
        try:
            summary = run_in_worker(
                lambda progress, cancelled: import_freelancers(
                    self.db,
                    people,
                    all_or_nothing=strict,
                    decisions=decisions,
                    progress=progress,
                    cancelled=cancelled,
                ),
                self,
                self.tr("Importing freelancers…"),
                self.tr("Cancel"),
                "importProgress",
            )
        except KnownError as error:
            show_error(self, error)
            return
        self.summary = summary
        tell(self, self.outcome(summary), 0)  # stays until the next message: the import's whole outcome
        self.accept()

    def outcome(self, summary: ImportSummary) -> str:
        words = plurals()
        return arg(
            self.tr("Imported %1; merged %2, skipped %3, %4 with errors."),
            words.freelancers(summary.imported),
            words.rows(summary.merged),
            words.rows(len(summary.skipped)),
            words.rows(len({error.line for error in summary.errors})),
        )

    def _reread(self) -> None:
        self.people = read_people_csv(self.data, self.mapping())
        self._refresh()

    def _refresh(self) -> None:
        from fms.services.data import find_duplicates

        people = self.people
        source = self.tr("LinkedIn export") if people.source == "linkedin" else self.tr("CSV file")
        separator = {"\t": self.tr("tab")}.get(people.separator, people.separator)
        self.detected.setText(
            arg(
                self.tr("%1, %2, separator « %3 », %4"),
                source,
                people.encoding,
                separator,
                plurals().rows(len(people.rows)),
            )
        )
        self.errors_model.set_rows(people.errors)
        self._fill_duplicates(find_duplicates(self.db, people))

    def _fill_mapping(self, people: PeopleFile) -> None:
        self.mapping_table.setRowCount(len(people.header))
        for row, name in enumerate(people.header):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(name))
            box = QComboBox()
            box.setObjectName(f"importMappingBox{row}")
            box.setAccessibleName(arg(self.tr("Vivier field for %1"), name))
            box.addItem(self.tr("(ignore)"), "")
            for field, label in FIELD_LABELS.items():
                box.addItem(self.tr(label), field)
            box.setCurrentIndex(max(0, box.findData(people.columns.get(name, ""))))
            box.currentIndexChanged.connect(self._reread)
            self.mapping_table.setCellWidget(row, 1, box)

    def _fill_duplicates(self, duplicates: tuple[FoundDuplicate, ...]) -> None:
        from fms.services.file.duplicates import REASONS

        chosen = self.decisions()  # kept across a change of mapping
        for row in range(self.duplicates_table.rowCount()):
            self._combo(self.duplicates_table, row, 3).setObjectName("")  # deleted later, not findable now
        self.duplicates_table.setRowCount(0)
        self.duplicates_table.setRowCount(len(duplicates))
        for row, found in enumerate(duplicates):
            reason = QCoreApplication.translate("labels", REASONS[found.reason])
            for column, text in enumerate((str(found.line), found.name, f"{found.other} ({reason})")):
                self.duplicates_table.setItem(row, column, QTableWidgetItem(text))
            box = QComboBox()
            box.setObjectName(f"importDecisionBox{found.line}")
            box.setAccessibleName(arg(self.tr("What to do with row %1"), found.line))
            box.addItem(self.tr("Skip"), "skip")
            box.addItem(self.tr("Merge into the existing freelancer"), "merge")
            box.setCurrentIndex(max(0, box.findData(chosen.get(found.line, "skip"))))
            self.duplicates_table.setCellWidget(row, 3, box)

    def _text(self, table: QTableWidget, row: int) -> str:
        item = table.item(row, 0)
        return item.text() if item is not None else ""

    def _combo(self, table: QTableWidget, row: int, column: int) -> QComboBox:
        widget = table.cellWidget(row, column)
        assert isinstance(widget, QComboBox)
        return widget
