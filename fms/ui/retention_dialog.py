"""File → Retention review…: who is kept too long (erase them in bulk) and whose consent must be renewed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.services.data import DueForErasure, DueForRenewal, draft_renewals, erase_due, retention_review
from fms.ui.checkable_model import CheckableRowModel
from fms.ui.errors import show_error
from fms.ui.formatting import show_date, sort_date
from fms.ui.i18n import arg
from fms.ui.plurals import plurals
from fms.ui.table_model import Column
from fms.ui.worker import run_in_worker

if TYPE_CHECKING:
    from fms.storage.database import Database

ERASURE_COLUMNS: list[Column[DueForErasure]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda row: row.name),
    Column(QT_TRANSLATE_NOOP("columns", "Email"), lambda row: row.email),
    Column(
        QT_TRANSLATE_NOOP("columns", "Last contact"),
        lambda row: show_date(row.last_contact),
        lambda row: sort_date(row.last_contact),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Months"), lambda row: str(row.months), lambda row: row.months, numeric=True),
]
RENEWAL_COLUMNS: list[Column[DueForRenewal]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda row: row.name),
    Column(QT_TRANSLATE_NOOP("columns", "Email"), lambda row: row.email),
    Column(
        QT_TRANSLATE_NOOP("columns", "Consent given"),
        lambda row: show_date(row.consent_date),
        lambda row: sort_date(row.consent_date),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Months"), lambda row: str(row.months), lambda row: row.months, numeric=True),
]


def _table(name: str, accessible: str, model: Any, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by name, not Qt's default of descending
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    return table


class RetentionReviewDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("retentionReviewDialog")
        self.setWindowTitle(self.tr("Retention review"))
        self.erasure = CheckableRowModel(ERASURE_COLUMNS, lambda row: row.freelancer_id, self)
        self.renewal = CheckableRowModel(RENEWAL_COLUMNS, lambda row: row.freelancer_id, self)
        self.erasure_label = QLabel(self)
        self.erasure_label.setObjectName("erasureLabel")
        self.erasure_label.setWordWrap(True)
        self.erasure_table = _table("erasureTable", self.tr("Candidates due for erasure"), self.erasure, self)
        self.erase_button = self._button(self.tr("&Erase selected…"), "eraseSelectedButton", self.erase_selected)
        self.renewal_label = QLabel(self.tr("Talent-pool consents given more than three years ago:"), self)
        self.renewal_label.setObjectName("renewalLabel")
        self.renewal_table = _table("renewalTable", self.tr("Consents due for renewal"), self.renewal, self)
        self.draft_button = self._button(self.tr("&Draft renewal requests"), "draftRenewalsButton", self.draft_selected)
        self.status = QLabel(self)
        self.status.setObjectName("retentionStatus")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("retentionButtons")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.erasure_label, self.erasure_table):
            layout.addWidget(widget)
        layout.addLayout(self._row(self.erase_button))
        for widget in (self.renewal_label, self.renewal_table):
            layout.addWidget(widget)
        layout.addLayout(self._row(self.draft_button))
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.erasure.dataChanged.connect(self._update_buttons)
        self.renewal.dataChanged.connect(self._update_buttons)
        self.reload()
        self.resize(760, 560)

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        return button

    @staticmethod
    def _row(button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        return row

    def reload(self) -> None:
        review = retention_review(self.db)
        self.erasure_label.setText(
            arg(
                self.tr("Candidates never hired, without talent-pool consent, not contacted for %1 months or more:"),
                review.retention_months,
            )
        )
        self.erasure.set_rows(review.erasure)
        self.renewal.set_rows(review.renewal)
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        self.erase_button.setEnabled(bool(self.erasure.checked()))
        self.draft_button.setEnabled(any(not row.renewal_drafted for row in self.renewal.checked()))

    def erase_selected(self) -> bool:
        """One confirmation for all; each person is then erased in their own transaction (see erase_due)."""
        chosen = [row.freelancer_id for row in self.erasure.checked()]
        if not chosen:
            return False
        question = arg(
            self.tr(
                "Erase %1? Their names, contact details, free texts, documents and files go, here and in every "
                "backup. Applications, stage changes and rates stay, anonymised, for the statistics. "
                "This cannot be undone."
            ),
            plurals().people(len(chosen)),
        )
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            erased = run_in_worker(lambda _progress, _cancelled: erase_due(self.db, chosen), self)
        except KnownError as error:
            show_error(self, error)
            self.reload()
            return False
        self.reload()
        self.status.setText(arg(self.tr("Erased: %1."), plurals().people(len(erased))))
        return True

    def draft_selected(self) -> int:
        chosen = [row.freelancer_id for row in self.renewal.checked()]
        drafted = draft_renewals(self.db, chosen)
        self.reload()
        self.status.setText(arg(self.tr("Renewal follow-ups drafted: %1."), plurals().people(drafted)))
        return drafted
