"""Renewing an engagement: a later end date, optionally a new rate; the amendment is drafted."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from fms.core import limits
from fms.core.errors import ValidationError
from fms.services.pipeline import EngagementRow, renew
from fms.storage.database import Database
from fms.ui.dialogs.form import FormDialog, date_value, make_date_edit, set_date_value
from fms.ui.formatting import show_date, show_rate
from fms.values.money import parse_rate


class RenewalDialog(FormDialog[EngagementRow]):
    def __init__(self, db: Database, engagement: EngagementRow, parent: QWidget | None = None) -> None:
        super().__init__("renewalDialog", "", self._renew, parent)
        self.setWindowTitle(self.tr("Renew – %1").replace("%1", engagement.freelancer_name))
        self.db = db
        self.engagement = engagement
        facts = QLabel(
            self.tr("%1 for %2, since %3; ends on %4 at %5 a day.")
            .replace("%1", engagement.mission_title)
            .replace("%2", engagement.client_name)
            .replace("%3", show_date(engagement.start))
            .replace("%4", show_date(engagement.planned_end))
            .replace("%5", show_rate(engagement.daily_rate_cents)),
            self,
        )
        facts.setWordWrap(True)
        self.form.addRow(facts)
        self.new_end = make_date_edit(self, self.tr("Choose…"))
        set_date_value(self.new_end, engagement.planned_end + timedelta(days=90))
        self.new_rate = QLineEdit(self)
        self.new_rate.setMaxLength(limits.RATE_TEXT)
        self.new_rate.setPlaceholderText(
            self.tr("Unchanged (%1)").replace("%1", show_rate(engagement.daily_rate_cents))
        )
        self.add_field("new_end", self.tr("New &end date"), self.new_end)
        self.add_field("new_rate", self.tr("New daily &rate"), self.new_rate)
        note = QLabel(self.tr("An amendment is added to the documents as a draft, to be signed."), self)
        note.setWordWrap(True)
        self.form.addRow(note)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("&Renew"))

    def collect(self) -> tuple[date | None, int | None]:
        try:
            rate = parse_rate(self.new_rate.text())
        except ValueError:
            message = QCoreApplication.translate("TypedValues", "Type an amount in euros, such as 650 or 650,50.")
            raise ValidationError({"new_rate": message}) from None
        return date_value(self.new_end), rate

    def _renew(self, values: tuple[date | None, int | None]) -> EngagementRow:
        new_end, rate = values
        return renew(self.db, self.engagement.id, new_end, rate)
