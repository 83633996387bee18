"""Board screen: every application with its stage, filterable by stage and mission.

The kanban board replaces this table in its own issue; until then it shows the real
pipeline as a list, with the count of each stage.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QWidget

from fms.enums import Stage
from fms.i18n import QT_TRANSLATE_NOOP
from fms.ui.context import AppContext
from fms.ui.formatting import show_date, sort_date
from fms.ui.i18n import arg, label
from fms.ui.screens.table_screen import TableScreen
from fms.ui.table_model import Column

if TYPE_CHECKING:
    from fms.services.applications import ApplicationRow

FEEDBACK_OWED = QBrush(QColor("#b3261e"))
AGEING_DAYS = 14


def _stage_text(row: ApplicationRow) -> str:
    return label(row.stage)


def _outcome_text(row: ApplicationRow) -> str:
    return label(row.outcome)


COLUMNS: tuple[Column[ApplicationRow], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "Freelancer"), lambda r: r.freelancer_name),
    Column(QT_TRANSLATE_NOOP("columns", "Mission"), lambda r: r.mission_title),
    Column(QT_TRANSLATE_NOOP("columns", "Client"), lambda r: r.client_name),
    Column(QT_TRANSLATE_NOOP("columns", "Stage"), _stage_text, lambda r: r.stage.order),
    Column(
        QT_TRANSLATE_NOOP("columns", "Days in stage"),
        lambda r: str(r.days_in_stage()),
        lambda r: r.days_in_stage(),
        numeric=True,
        foreground=lambda r: FEEDBACK_OWED if r.days_in_stage() > AGEING_DAYS and r.outcome is None else None,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Interviews"), lambda r: str(r.interview_count), lambda r: r.interview_count, True
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Outcome"),
        _outcome_text,
        foreground=lambda r: FEEDBACK_OWED if r.feedback_owed else None,
        tooltip=lambda r: "" if not r.feedback_owed else label(r.outcome),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Entered stage"),
        lambda r: show_date(r.stage_entered_at),
        lambda r: sort_date(r.stage_entered_at),
    ),
)


class PipelineScreen(TableScreen["ApplicationRow"]):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "pipelineScreen", "applicationList", COLUMNS, parent)
        self.stage_filter = QComboBox(self)
        self.stage_filter.setObjectName("stageFilter")
        self.stage_filter.setAccessibleName(self.tr("Stage"))
        self.stage_filter.currentIndexChanged.connect(self._apply_stage_filter)
        self.toolbar.insertWidget(1, self.stage_filter)
        self._fill_stage_filter(Counter())

    def fetch(self) -> Sequence[ApplicationRow]:
        from fms.services.applications import list_applications

        rows = list_applications(self.context.db)
        self._fill_stage_filter(Counter(row.stage for row in rows), total=len(rows))
        return rows

    def _fill_stage_filter(self, counts: Counter[Stage], total: int = 0) -> None:
        current = self.stage_filter.currentData()
        self.stage_filter.blockSignals(True)
        self.stage_filter.clear()
        self.stage_filter.addItem(arg(self.tr("All stages (%1)"), total), None)
        for stage in Stage:
            self.stage_filter.addItem(f"{label(stage)} ({counts.get(stage, 0)})", stage)
        self.stage_filter.setCurrentIndex(max(0, self.stage_filter.findData(current)))
        self.stage_filter.blockSignals(False)

    def _apply_stage_filter(self) -> None:
        stage = self.stage_filter.currentData()
        self.proxy.set_row_filter(None if stage is None else lambda row: row.stage == stage)
