"""Engagements ending within 30 days, on the dashboard: renew them or start their offboarding in time."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.ui.context import AppContext
from fms.ui.file.tables import file_table
from fms.ui.formatting import show_date, sort_date
from fms.ui.plurals import plurals
from fms.ui.table_model import ROW_ROLE, Column, RowTableModel
from fms.ui.text_colours import alert_brush
from fms.ui.widgets import action_button

if TYPE_CHECKING:
    from fms.services.pipeline import EngagementRow


def _left(row: EngagementRow) -> str:
    days = row.days_left(date.today())
    if days < 0:
        return plurals().days_late(-days)
    return plurals().days(days)


STARTED = QT_TRANSLATE_NOOP("columns", "Started")
NOT_STARTED = QT_TRANSLATE_NOOP("columns", "Not started")


def _offboarding(row: EngagementRow) -> str:
    return QCoreApplication.translate("columns", STARTED if row.offboarding_started else NOT_STARTED)


COLUMNS: tuple[Column[EngagementRow], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "Freelancer"), lambda r: r.freelancer_name),
    Column(QT_TRANSLATE_NOOP("columns", "Mission"), lambda r: f"{r.mission_title} · {r.client_name}"),
    Column(
        QT_TRANSLATE_NOOP("columns", "Ends on"), lambda r: show_date(r.planned_end), lambda r: sort_date(r.planned_end)
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Left"),
        _left,
        lambda r: r.days_left(date.today()),
        foreground=lambda r: alert_brush() if r.days_left(date.today()) < 0 else None,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Renewals"), lambda r: str(r.renewals), lambda r: r.renewals, numeric=True),
    Column(QT_TRANSLATE_NOOP("columns", "Offboarding"), _offboarding),
)


class EndingSoon(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("endingSoon")
        self.context = context
        self.model: RowTableModel[EngagementRow] = RowTableModel(COLUMNS, self)
        self.table = file_table(self, "endingSoonTable", self.model)
        self.table.setAccessibleName(self.tr("Engagements ending within 30 days"))
        self.renew_button = action_button(self, self.tr("&Renew…"), "renewButton", self.renew_selected)
        self.offboarding_button = action_button(
            self, self.tr("Start the &offboarding…"), "offboardingButton", self.offboard_selected
        )
        heading = QLabel(self.tr("Ending within 30 days"), self)
        heading.setStyleSheet("font-weight: bold;")
        buttons = QHBoxLayout()
        buttons.addWidget(heading)
        buttons.addStretch(1)
        buttons.addWidget(self.renew_button)
        buttons.addWidget(self.offboarding_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def load(self) -> None:
        from fms.services.pipeline import ending_soon

        self.model.set_rows(ending_soon(self.context.db))

    def selected(self) -> EngagementRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def renew_selected(self) -> bool:
        from fms.ui.offboarding.opening import renew_engagement

        row = self.selected()
        return row is not None and renew_engagement(self.context, row.id, self)

    def offboard_selected(self) -> None:
        from fms.ui.offboarding.opening import run_offboarding

        row = self.selected()
        if row is not None:
            run_offboarding(self.context, row.id, self)
