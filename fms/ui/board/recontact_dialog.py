"""When to get back to a silver medallist (declined, rejected or withdrawn), and why."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from fms.core import limits
from fms.services.pipeline import get_recontact, set_recontact
from fms.storage.database import Database
from fms.ui.dialogs.form import FormDialog, date_value, make_date_edit, set_date_value


class RecontactDialog(FormDialog[object]):
    def __init__(self, db: Database, application_id: int, parent: QWidget | None = None) -> None:
        super().__init__("recontactDialog", "", lambda values: set_recontact(db, application_id, *values), parent)
        self.setWindowTitle(self.tr("Get back in touch"))
        plan = get_recontact(db, application_id)
        self.after = make_date_edit(self, self.tr("Not planned"))
        set_date_value(self.after, plan.after)
        self.why = QLineEdit(plan.why, self)
        self.why.setMaxLength(limits.SHORT_TEXT)
        self.why.setPlaceholderText(self.tr("Why, and what to offer then"))
        self.add_field("recontact_after", self.tr("Recontact &after"), self.after)
        self.add_field("recontact_reason", self.tr("&Why"), self.why)

    def collect(self) -> tuple[object, str]:
        return date_value(self.after), self.why.text()
