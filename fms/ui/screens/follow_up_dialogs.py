"""The follow-ups screen's dialogs: what came of a follow-up, and when to do it instead."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QLineEdit, QWidget

from fms.core import limits
from fms.ui.dialogs.form import FormDialog, date_time_at
from fms.ui.i18n import arg


class FollowUpDoneDialog(FormDialog[object]):
    """`save` receives the result to store: empty when nobody answered."""

    def __init__(self, person: str, save: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__("followUpDoneDialog", "", save, parent)
        self.setWindowTitle(arg(self.tr("Follow-up with %1 done"), person))
        self.no_answer = QCheckBox(self.tr("Nobody answered"), self)
        self.result_text = QLineEdit(self)
        self.result_text.setMaxLength(limits.SHORT_TEXT)
        self.result_text.setPlaceholderText(self.tr("What came of it?"))
        self.add_field("no_answer", self.tr("&No answer"), self.no_answer)
        self.add_field("result", self.tr("&Result"), self.result_text)
        self.no_answer.toggled.connect(lambda checked: self.result_text.setEnabled(not checked))

    def collect(self) -> str:
        return "" if self.no_answer.isChecked() else self.result_text.text()


class RescheduleDialog(FormDialog[object]):
    """`save` receives the new moment (UTC); it opens on the proposed one."""

    def __init__(self, proposed: datetime, save: Callable[[datetime], object], parent: QWidget | None = None) -> None:
        super().__init__("rescheduleFollowUpDialog", "", save, parent)
        self.setWindowTitle(self.tr("Reschedule the follow-up"))
        self.due = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(proposed.timestamp())), self)
        self.due.setCalendarPopup(True)
        self.due.setDateTimeRange(date_time_at(limits.FIRST_DATE), date_time_at(limits.LAST_DATE))
        self.add_field("due_at", self.tr("&When"), self.due)

    def collect(self) -> datetime:
        return datetime.fromtimestamp(self.due.dateTime().toSecsSinceEpoch(), UTC)
