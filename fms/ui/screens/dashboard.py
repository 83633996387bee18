"""Dashboard screen: the key figures, then the pipeline, missions and outcomes by count."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from fms.core.enums import MissionStatus, Stage
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.services.pipeline import BEFORE_DECISION
from fms.ui.context import AppContext
from fms.ui.formatting import show_percent
from fms.ui.i18n import label
from fms.ui.screens.base import Screen
from fms.ui.table_model import Column, RowTableModel

if TYPE_CHECKING:
    from fms.services.overview import DashboardFigures


@dataclass(frozen=True)
class CountRow:
    value: Enum
    count: int


COUNT_COLUMNS: tuple[Column[CountRow], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "What"), lambda r: label(r.value)),
    Column(QT_TRANSLATE_NOOP("columns", "Count"), lambda r: str(r.count), lambda r: r.count, numeric=True),
)


class DashboardScreen(Screen):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "dashboardScreen", parent)
        self._tiles: dict[str, QLabel] = {}
        tiles = QGridLayout()
        captions = (
            ("openMissions", self.tr("Open missions")),
            ("inProgress", self.tr("Applications in progress")),
            ("onMission", self.tr("Freelancers on mission")),
            ("feedbackOwed", self.tr("Answers owed to candidates and clients")),
            ("endingSoon", self.tr("Engagements ending within 30 days")),
            ("renewalRate", self.tr("Renewal rate")),
        )
        for number, (name, caption) in enumerate(captions):
            tiles.addWidget(self._tile(name, caption), number // 3, number % 3)
        self.layout_.addLayout(tiles)
        tables = QHBoxLayout()
        self.by_stage = self._count_table("pipelineByStage", self.tr("Pipeline by stage"), tables)
        self.by_status = self._count_table("missionsByStatus", self.tr("Missions by status"), tables)
        self.by_outcome = self._count_table("outcomes", self.tr("Outcomes"), tables)
        self.layout_.addLayout(tables, 1)
        from fms.ui.screens.ending_soon import EndingSoon

        self.ending_soon = EndingSoon(context, self)
        self.layout_.addWidget(self.ending_soon, 1)

    def tile_text(self, name: str) -> str:
        return self._tiles[name].text()

    def load(self) -> None:
        from fms.services.overview import dashboard_figures

        figures = dashboard_figures(self.context.db)
        self._show(figures)
        self.ending_soon.load()

    def _show(self, figures: DashboardFigures) -> None:
        stages = figures.applications_by_stage
        in_progress = sum(stages[stage] for stage in BEFORE_DECISION)
        rate = figures.renewal_rate
        self._tiles["openMissions"].setText(str(figures.missions_by_status[MissionStatus.OPEN]))
        self._tiles["inProgress"].setText(str(in_progress))
        self._tiles["onMission"].setText(str(stages[Stage.ON_MISSION]))
        self._tiles["feedbackOwed"].setText(str(figures.feedback_owed))
        self._tiles["endingSoon"].setText(str(figures.engagements_ending_soon))
        self._tiles["renewalRate"].setText("—" if rate is None else show_percent(rate))
        self.by_stage.set_rows([CountRow(stage, count) for stage, count in stages.items()])
        self.by_status.set_rows([CountRow(status, n) for status, n in figures.missions_by_status.items()])
        self.by_outcome.set_rows([CountRow(outcome, n) for outcome, n in figures.outcomes.items()])

    def _tile(self, name: str, caption: str) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName(f"{name}Tile")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        value = QLabel("–", frame)
        value.setObjectName(f"{name}Value")
        font = value.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        value.setFont(font)
        value.setAccessibleName(caption)
        text = QLabel(caption, frame)
        text.setWordWrap(True)
        layout = QVBoxLayout(frame)
        layout.addWidget(value)
        layout.addWidget(text)
        self._tiles[name] = value
        return frame

    def _count_table(self, name: str, caption: str, row: QHBoxLayout) -> RowTableModel[CountRow]:
        model: RowTableModel[CountRow] = RowTableModel(COUNT_COLUMNS, self)
        box = QVBoxLayout()
        heading = QLabel(caption, self)
        heading.setStyleSheet("font-weight: bold;")
        view = QTableView(self)
        view.setObjectName(name)
        view.setAccessibleName(caption)
        view.setModel(model)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        view.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        box.addWidget(heading)
        box.addWidget(view)
        row.addLayout(box)
        return model
