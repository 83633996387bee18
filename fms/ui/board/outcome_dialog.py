"""Asks how an application ended when its card leaves Final answer (or closes early)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from fms.core import limits
from fms.core.enums import DeclineReason, Outcome
from fms.core.errors import ValidationError
from fms.services.pipeline import Card, OutcomeInput
from fms.storage.database import Database
from fms.ui.board.agreements_panel import AgreementsPanel, dropped_files
from fms.ui.dialogs.form import FormDialog, date_value, make_date_edit, set_date_value
from fms.ui.formatting import edit_rate
from fms.ui.i18n import arg, label
from fms.values.money import parse_rate

FIELDS_BY_OUTCOME = {
    Outcome.HIRED: ("start_date", "planned_end_date", "daily_rate", "details"),
    Outcome.DECLINED_BY_FREELANCER: ("decline_reason", "details"),
    Outcome.REJECTED_BY_CLIENT: ("client_justification",),
    Outcome.WITHDRAWN: ("details",),
}

OPTIONAL_FIELDS = tuple(dict.fromkeys(name for names in FIELDS_BY_OUTCOME.values() for name in names))


def _text_box(parent: QWidget, height: int = 80) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class OutcomeDialog(FormDialog[object]):
    """`save` receives the `OutcomeInput` and performs the move; its refusals show beside the fields."""

    def __init__(
        self,
        card: Card,
        allowed: tuple[Outcome, ...],
        save: Callable[[OutcomeInput], object],
        default_start: date | None = None,
        default_end: date | None = None,
        parent: QWidget | None = None,
        db: Database | None = None,
    ) -> None:
        super().__init__("outcomeDialog", "", save, parent)
        self.setWindowTitle(arg(self.tr("Outcome for %1"), card.freelancer_name))
        self.outcome = QComboBox(self)
        for value in allowed:
            self.outcome.addItem(label(value), value)
        self.start = make_date_edit(self, self.tr("Not set"))
        set_date_value(self.start, default_start or date.today())
        self.end = make_date_edit(self, self.tr("Not set"))
        set_date_value(self.end, default_end)
        self.rate = QLineEdit(edit_rate(card.daily_rate_cents), self)
        self.rate.setMaxLength(limits.RATE_TEXT)
        self.reason = QComboBox(self)
        self.reason.addItem(self.tr("Choose a reason…"), None)
        for reason in DeclineReason:
            self.reason.addItem(label(reason), reason)
        self.details = _text_box(self)
        self.justification = _text_box(self)
        # Quoted in the answer to the candidate: the one text the client gives for them.
        self.justification.setPlaceholderText(self.tr("What the client says to the candidate, and why: it is quoted"))
        self.add_field("outcome", self.tr("&Outcome"), self.outcome)
        self.add_field("start_date", self.tr("&Start"), self.start)
        self.add_field("planned_end_date", self.tr("Planned &end"), self.end)
        self.add_field("daily_rate", self.tr("Agreed daily &rate (€)"), self.rate)
        self.add_field("decline_reason", self.tr("&Reason"), self.reason)
        self.add_field("client_justification", self.tr("Client's &justification"), self.justification)
        self.add_field("details", self.tr("&Details"), self.details)
        # With a database, the hire lists the contract and NDA to attach signed, here and by a drop.
        self.agreements = AgreementsPanel(db, card.freelancer_id, self) if db is not None else None
        if self.agreements is not None:
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(1, self.agreements)
            self.start.dateChanged.connect(lambda _day: self._check_agreements())
            self._check_agreements()
        self.outcome.currentIndexChanged.connect(self._show_fields)
        self.sign_later = False
        self._show_fields()
        self.setMinimumWidth(560)

    def chosen(self) -> Outcome:
        return self.outcome.currentData()

    def _show_fields(self) -> None:
        wanted = FIELDS_BY_OUTCOME[self.chosen()]
        for name in (
            "start_date",
            "planned_end_date",
            "daily_rate",
            "decline_reason",
            "client_justification",
            "details",
        ):
            self.set_field_visible(name, name in wanted)
        if self.agreements is not None:
            self.agreements.setVisible(self.chosen() == Outcome.HIRED)
        self.setAcceptDrops(self.agreements is not None and self.chosen() == Outcome.HIRED)
        self.details.setPlaceholderText(
            self.tr("Why was it withdrawn or lost?") if self.chosen() == Outcome.WITHDRAWN else self.tr("Optional")
        )
        self.show_errors({})

    def _check_agreements(self) -> None:
        if self.agreements is not None:
            self.agreements.set_start(date_value(self.start))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if self.agreements is not None and dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        if self.agreements is None or not dropped_files(event.mimeData()):
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.agreements.attach_dropped(event.mimeData())

    def collect(self) -> OutcomeInput:
        outcome = self.chosen()
        rate = None
        if outcome == Outcome.HIRED:
            try:
                rate = parse_rate(self.rate.text())
            except ValueError as error:
                raise ValidationError(
                    {"daily_rate": self.tr("Type an amount in euros, such as 650 or 650,50.")}
                ) from error
        return OutcomeInput(
            outcome=outcome,
            decline_reason=self.reason.currentData() if outcome == Outcome.DECLINED_BY_FREELANCER else None,
            details=self.details.toPlainText(),
            client_justification=self.justification.toPlainText(),
            start_date=date_value(self.start),
            planned_end_date=date_value(self.end),
            daily_rate_cents=rate,
            sign_later=self.sign_later,
            signed=self.agreements.agreements() if self.agreements is not None and outcome == Outcome.HIRED else (),
        )
