"""The file's follow-ups: the freelancer's reminders, scheduled and marked done here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QInputDialog,
    QLineEdit,
    QWidget,
)

from fms.core import limits
from fms.core.enums import ContactChannel
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.services.file import (
    PersonFollowUp,
    complete_follow_up,
    person_follow_ups,
    propose_time,
    schedule_follow_up,
)
from fms.storage.database import Database
from fms.ui.dialogs.form import FormDialog, date_time_at, utc_value
from fms.ui.due import due_column, overdue
from fms.ui.file.tables import FileListTab
from fms.ui.formatting import show_datetime, sort_date
from fms.ui.i18n import label
from fms.ui.table_model import Column
from fms.ui.text_colours import done_brush


def _colour(row: PersonFollowUp) -> QBrush | None:
    return done_brush() if row.done_at is not None else overdue(row)


COLUMNS: tuple[Column[PersonFollowUp], ...] = (
    due_column(_colour),
    Column(QT_TRANSLATE_NOOP("columns", "Channel"), lambda r: label(r.channel), foreground=_colour),
    Column(QT_TRANSLATE_NOOP("columns", "Purpose"), lambda r: r.purpose, foreground=_colour),
    Column(
        QT_TRANSLATE_NOOP("columns", "Done"),
        lambda r: show_datetime(r.done_at),
        lambda r: sort_date(r.done_at),
        foreground=_colour,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Result"), lambda r: r.result, foreground=_colour),
)


class FollowUpDialog(FormDialog[PersonFollowUp]):
    def __init__(
        self,
        save: Callable[[tuple[datetime, ContactChannel, str]], PersonFollowUp],
        parent: QWidget | None,
        proposed: datetime | None = None,
    ) -> None:
        super().__init__("followUpDialog", "", save, parent)
        self.setWindowTitle(self.tr("Schedule a follow-up"))
        # Opens on the next good moment a week from now (never a weekend, Monday morning, Friday evening, holiday).
        start = (
            QDateTime.fromSecsSinceEpoch(int(proposed.timestamp()))
            if proposed
            else QDateTime.currentDateTime().addDays(7)
        )
        self.due = QDateTimeEdit(start, self)
        self.due.setCalendarPopup(True)
        self.channel = QComboBox(self)
        for channel in ContactChannel:
            self.channel.addItem(label(channel), channel)
        self.due.setDateTimeRange(date_time_at(limits.FIRST_DATE), date_time_at(limits.LAST_DATE))
        self.purpose = QLineEdit(self)
        self.purpose.setMaxLength(limits.SHORT_TEXT)
        self.add_field("due_at", self.tr("&When"), self.due)
        self.add_field("channel", self.tr("&Channel"), self.channel)
        self.add_field("purpose", self.tr("&What for"), self.purpose)

    def collect(self) -> tuple[datetime, ContactChannel, str]:
        due = utc_value(self.due.dateTime())
        return due, ContactChannel(self.channel.currentData()), self.purpose.text()


class FollowUpsTab(FileListTab[PersonFollowUp]):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, "followUpsTab", "followUpsTable", COLUMNS, parent)
        self.schedule_button = self.make_button(
            self.tr("&Schedule…"), "scheduleFollowUpButton", self.schedule, needs_freelancer=True
        )
        self.done_button = self.make_button(self.tr("Mark &done…"), "followUpDoneButton", self.mark_done)

    def fetch(self, freelancer_id: int) -> list[PersonFollowUp]:
        return person_follow_ups(self.db, freelancer_id)

    def make_dialog(self) -> FollowUpDialog:
        freelancer_id = self.freelancer_id
        assert freelancer_id is not None
        proposed = propose_time(self.db, datetime.now(UTC) + timedelta(days=7))
        return FollowUpDialog(lambda values: schedule_follow_up(self.db, freelancer_id, *values), self, proposed)

    def schedule(self) -> None:
        if self.freelancer_id is not None and self.make_dialog().exec() == FollowUpDialog.DialogCode.Accepted:
            self.reload()

    def mark_done(self, result: str | None = None) -> bool:
        row = self.selected()
        if row is None or row.done_at is not None:
            return False
        if result is None:
            result, ok = QInputDialog.getText(self, self.tr("Follow-up done"), self.tr("What came of it?"))
            if not ok:
                return False
        complete_follow_up(self.db, row.id, result)
        self.reload()
        return True
