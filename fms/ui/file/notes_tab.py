"""The file's collaboration notes: a timeline, newest first, and a dialog to add one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.services.file import NoteInput, NoteRow, add_note, list_notes
from fms.storage.database import Database
from fms.ui.dialogs.form import FormDialog
from fms.ui.file.tables import FileListTab
from fms.ui.formatting import show_date, show_rating, sort_date
from fms.ui.table_model import Column

NARROW_COLUMN = 180


def _yes_no(value: bool) -> str:
    return QCoreApplication.translate("columns", "Yes" if value else "No")


COLUMNS: tuple[Column[NoteRow], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "Date"), lambda r: show_date(r.created_at), lambda r: sort_date(r.created_at)),
    Column(QT_TRANSLATE_NOOP("columns", "Author"), lambda r: r.author),
    Column(QT_TRANSLATE_NOOP("columns", "Rating"), lambda r: show_rating(r.rating), lambda r: r.rating),
    Column(QT_TRANSLATE_NOOP("columns", "Would rehire"), lambda r: _yes_no(r.would_rehire)),
    Column(QT_TRANSLATE_NOOP("columns", "Mission"), lambda r: r.mission_title),
    Column(QT_TRANSLATE_NOOP("columns", "Strengths"), lambda r: r.strengths),
    Column(QT_TRANSLATE_NOOP("columns", "Note"), lambda r: r.text, tooltip=lambda r: r.text),
)


class NoteDialog(FormDialog[NoteRow]):
    def __init__(self, save: Callable[[NoteInput], NoteRow], parent: QWidget | None = None) -> None:
        super().__init__("noteDialog", "", save, parent)
        self.setWindowTitle(self.tr("New collaboration note"))
        self.rating = QSpinBox(self)
        self.rating.setRange(0, 5)
        self.rating.setSpecialValueText(self.tr("Choose…"))
        self.would_rehire = QCheckBox(self.tr("Would work with this freelancer again"), self)
        self.would_rehire.setChecked(True)
        self.strengths = QPlainTextEdit(self)
        self.strengths.setTabChangesFocus(True)
        self.strengths.setFixedHeight(60)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.add_field("rating", self.tr("&Rating (1 to 5)"), self.rating)
        self.add_field("would_rehire", self.tr("Re&hire"), self.would_rehire)
        self.add_field("strengths", self.tr("&Strengths"), self.strengths)
        self.add_field("text", self.tr("&Note"), self.text)

    def collect(self) -> NoteInput:
        return NoteInput(
            rating=self.rating.value(),
            would_rehire=self.would_rehire.isChecked(),
            strengths=self.strengths.toPlainText(),
            text=self.text.toPlainText(),
        )


class NotesTab(FileListTab[NoteRow]):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, "notesTab", "notesTimeline", COLUMNS, parent)
        # A note is read whole, in the timeline: its column takes the room left, and its text wraps.
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.model.modelReset.connect(self._fit_rows)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.add_button = self.make_button(self.tr("&Add a note…"), "addNoteButton", self.add, needs_freelancer=True)

    def _fit_rows(self) -> None:
        for column in range(len(COLUMNS) - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), NARROW_COLUMN))
        self.table.horizontalHeader().setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

    def fetch(self, freelancer_id: int) -> list[NoteRow]:
        return list_notes(self.db, freelancer_id)

    def make_dialog(self) -> NoteDialog:
        freelancer_id = self.freelancer_id
        assert freelancer_id is not None
        return NoteDialog(lambda data: add_note(self.db, freelancer_id, data), self)

    def add(self) -> None:
        if self.freelancer_id is not None and self.make_dialog().exec() == NoteDialog.DialogCode.Accepted:
            self.reload()
