"""Dashboard screen: key figures as tiles, charts of the funnel and of what is lost, the engagements ending soon.

Every tile and bar opens the list behind it. The charts are built just after the screen is first shown,
so the first paint never waits for them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QScrollArea, QVBoxLayout, QWidget

from fms.core.enums import DeclineReason, FailureCause
from fms.ui.context import AppContext
from fms.ui.dashboard.widgets import EMPTY_TILE, FilterBar, Tile
from fms.ui.formatting import show_number, show_percent
from fms.ui.i18n import arg, label
from fms.ui.screens.base import Screen

if TYPE_CHECKING:
    from fms.services.overview import DashboardFigures, DashboardTiles, FunnelStep, Slice
    from fms.ui.dashboard.charts import Bar, BarChart
    from fms.ui.dashboard.list_dialog import DashboardListDialog

CHARTS = ("funnel", "lostAt", "declineReasons", "rejectionCauses", "profilesSent")


class DashboardScreen(Screen):
    # A screen of the main window by key (the open missions tile opens the missions list).
    screen_requested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "dashboardScreen", parent)
        self.figures: DashboardFigures | None = None
        self.charts: dict[str, BarChart] = {}
        self.list_dialog: DashboardListDialog | None = None
        self.filter_bar = FilterBar(self)
        self.filter_bar.changed.connect(self._filter_changed)
        self.layout_.addWidget(self.filter_bar)
        body = QWidget(self)
        self._body = QVBoxLayout(body)
        scroll = QScrollArea(self)
        scroll.setObjectName("dashboardScroll")
        scroll.setAccessibleName(self.tr("Dashboard"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.layout_.addWidget(scroll, 1)
        self._tiles: dict[str, Tile] = {}
        tiles = QGridLayout()
        for number, (name, caption, slot) in enumerate(self._tile_specs()):
            tile = Tile(name, caption, body)
            tile.clicked.connect(slot)
            self._tiles[name] = tile
            tiles.addWidget(tile, number // 4, number % 4)
        self._body.addLayout(tiles)
        self._chart_grid = QGridLayout()
        self._body.addLayout(self._chart_grid)
        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        self._chart_timer.timeout.connect(self._build_charts)
        from fms.ui.screens.ending_soon import EndingSoon

        self.ending_soon = EndingSoon(context, body)
        self.ending_soon.setMinimumHeight(220)
        self._body.addWidget(self.ending_soon)

    def _tile_specs(self) -> tuple[tuple[str, str, Callable[[], Any]], ...]:
        from fms.services.overview.slice_kinds import Slice, SliceKind

        def opens(kind: SliceKind, caption: str) -> tuple[str, Callable[[], Any]]:
            return caption, lambda: self.open_list(Slice(kind), caption)

        return (
            ("openMissions", self.tr("Open missions"), lambda: self.screen_requested.emit("missions")),
            ("inProgress", *opens(SliceKind.IN_PROGRESS, self.tr("Applications in progress"))),
            ("onMission", *opens(SliceKind.ON_MISSION, self.tr("Freelancers on mission"))),
            ("feedbackOwed", *opens(SliceKind.OWED, self.tr("Answers owed to candidates and clients"))),
            ("followUpsOverdue", *opens(SliceKind.OVERDUE, self.tr("Follow-ups overdue"))),
            ("medianToHire", *opens(SliceKind.HIRED, self.tr("Median days from Sourced to hired"))),
            ("renewalRate", *opens(SliceKind.ENGAGED, self.tr("Renewal rate"))),
            ("endingSoon", self.tr("Engagements ending within 30 days"), self.ending_soon_focus),
        )

    def tile(self, name: str) -> Tile:
        return self._tiles[name]

    def tile_text(self, name: str) -> str:
        return self._tiles[name].value.text()

    @property
    def charts_ready(self) -> bool:
        return bool(self.charts)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.charts and not self.previewing:  # a preview's first paint waits for no chart
            self._chart_timer.start(0)

    def load(self) -> None:
        from fms.services.crm import list_clients
        from fms.services.overview import dashboard_figures

        self.filter_bar.set_clients(list_clients(self.context.db))
        self.figures = dashboard_figures(self.context.db, scope=self.filter_bar.value())
        self._show(self.figures)
        self.ending_soon.load()

    def show_preview(self, path: Path) -> bool:
        from fms.services.overview.tiles_preview import preview_tiles

        tiles = preview_tiles(path)  # the filter's default: the whole pipeline
        if tiles is None:
            return False
        self._show_tiles(tiles)
        self.begin_preview()  # no tile opens a list, no filter changes, before the database is open
        return True

    def end_preview(self) -> None:
        super().end_preview()
        if not self.charts and self.isVisible():
            self._chart_timer.start(0)

    def clear_preview(self) -> None:
        for tile in self._tiles.values():
            tile.set_value(EMPTY_TILE)

    def ending_soon_focus(self) -> None:
        self.ending_soon.setFocus()

    def open_list(self, piece: Slice, title: str) -> DashboardListDialog:
        """The list behind a tile or bar, as a window-modal dialog (kept in `list_dialog`)."""
        from fms.services.overview import dashboard_list
        from fms.ui.dashboard.list_dialog import DashboardListDialog

        rows = dashboard_list(self.context.db, piece, self.filter_bar.value())
        self.list_dialog = DashboardListDialog(self.context, title, rows, self)
        self.list_dialog.open()
        return self.list_dialog

    def _filter_changed(self) -> None:
        if self.context.is_open and self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _show(self, figures: DashboardFigures) -> None:
        self._show_tiles(figures.tiles)
        if self.charts:
            self._fill_charts(figures)

    def _show_tiles(self, tiles: DashboardTiles) -> None:
        rate, median = tiles.renewal_rate, tiles.median_days_to_hire
        values = {
            "openMissions": str(tiles.open_missions),
            "inProgress": str(tiles.in_progress),
            "onMission": str(tiles.on_mission),
            "feedbackOwed": str(tiles.feedback_owed),
            "followUpsOverdue": str(tiles.follow_ups_overdue),
            "medianToHire": "—" if median is None else show_number(median),
            "renewalRate": "—" if rate is None else show_percent(rate),
            "endingSoon": str(tiles.engagements_ending_soon),
        }
        for name, text in values.items():
            self._tiles[name].set_value(text)

    # Charts -------------------------------------------------------------------------------------

    def _build_charts(self) -> None:
        from fms.ui.dashboard.charts import BarChart

        titles = {
            "funnel": self.tr("Funnel: reached each stage (conversion from the stage before)"),
            "lostAt": self.tr("Stage where applications are lost"),
            "declineReasons": self.tr("Why freelancers declined"),
            "rejectionCauses": self.tr("What weighed in the clients' rejections"),
            "profilesSent": self.tr("Profiles sent per mission"),
        }
        for number, name in enumerate(CHARTS):
            chart = BarChart(name, titles[name], self)
            chart.bar_activated.connect(lambda index, key=name: self.open_bar(key, index))
            self.charts[name] = chart
            span = 2 if name == "funnel" else 1
            row, column = (0, 0) if name == "funnel" else ((number + 1) // 2, (number + 1) % 2)
            self._chart_grid.addWidget(chart, row, column, 1, span)
        if self.figures is not None:
            self._fill_charts(self.figures)

    def _fill_charts(self, figures: DashboardFigures) -> None:
        self.charts["funnel"].set_bars(tuple(self._funnel_bar(step) for step in figures.funnel))
        lost, reasons, causes = figures.lost_at, figures.decline_reasons, figures.rejection_causes
        self.charts["lostAt"].set_bars(tuple(self._bar(label(stage), n) for stage, n in lost.items()))
        self.charts["declineReasons"].set_bars(tuple(self._bar(label(r), n) for r, n in reasons.items()))
        self.charts["rejectionCauses"].set_bars(tuple(self._bar(label(c), n) for c, n in causes.items()))
        self.charts["profilesSent"].set_bars(
            tuple(self._bar(f"{m.title} · {m.client_name}", m.profiles_sent) for m in figures.profiles_sent)
        )

    def _bar(self, text: str, value: float) -> Bar:
        from fms.ui.dashboard.charts import Bar

        return Bar(text, float(value), str(value))

    def _funnel_bar(self, step: FunnelStep) -> Bar:
        from fms.ui.dashboard.charts import Bar

        shown = str(step.reached)
        if step.conversion is not None:
            shown = f"{shown} · {show_percent(step.conversion)}"
        return Bar(label(step.stage), float(step.reached), shown)

    def open_bar(self, chart: str, index: int) -> DashboardListDialog | None:
        """The list behind bar `index` of chart `chart`."""
        from fms.services.overview import FUNNEL, Slice, SliceKind

        figures = self.figures
        if figures is None:
            return None
        bar_label = self.charts[chart].bars[index].label
        if chart == "funnel":
            piece, title = Slice(SliceKind.REACHED, FUNNEL[index]), arg(self.tr("Reached %1"), bar_label)
        elif chart == "lostAt":
            stage = list(figures.lost_at)[index]
            piece, title = Slice(SliceKind.LOST_AT, stage), arg(self.tr("Lost at %1"), bar_label)
        elif chart == "declineReasons":
            piece, title = (
                Slice(SliceKind.DECLINED, list(DeclineReason)[index]),
                arg(self.tr("Declined: %1"), bar_label),
            )
        elif chart == "rejectionCauses":
            piece, title = Slice(SliceKind.REJECTED, list(FailureCause)[index]), arg(self.tr("Rejected: %1"), bar_label)
        else:
            mission = figures.profiles_sent[index]
            piece = Slice(SliceKind.PROFILES_SENT, str(mission.mission_id))
            title = arg(self.tr("Profiles sent for %1"), bar_label)
        return self.open_list(piece, title)
