"""Talent pool screen: search past collaborators, saved lists, ranking for a mission, rate benchmarks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QWidget

from fms.services.pool.members import PoolResults
from fms.ui.context import AppContext
from fms.ui.screens.base import Screen

if TYPE_CHECKING:
    from fms.services.pool import PoolMember


class TalentPoolScreen(Screen):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "talentPool", parent)
        from fms.ui.pool.lists_tab import ListsTab
        from fms.ui.pool.ranking_tab import RankingTab
        from fms.ui.pool.rates_tab import RatesTab
        from fms.ui.pool.search_tab import SearchTab

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("poolTabs")
        self.search_tab = SearchTab(context, self)
        self.lists_tab = ListsTab(context, self)
        self.ranking_tab = RankingTab(context, self)
        self.rates_tab = RatesTab(context, self)
        for tab, title in (
            (self.search_tab, self.tr("&Search")),
            (self.lists_tab, self.tr("Saved &lists")),
            (self.ranking_tab, self.tr("&Rank for a mission")),
            (self.rates_tab, self.tr("Rate &benchmark")),
        ):
            self.tabs.addTab(tab, title)
            if hasattr(tab, "message"):
                tab.message.connect(self.message)
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        self.layout_.addWidget(self.tabs, 1)
        # What the search tab shows, by the names other parts (tests, the benchmark) look for.
        self.search = self.search_tab.search
        self.results = self.search_tab.results
        self.table = self.search_tab.table
        self.proxy = self.search_tab.proxy
        self.sheet_button = self.search_tab.sheet_button
        self.export_button = self.search_tab.export_button

    def load(self) -> None:
        """Only the tab in view asks the database; the others when they are opened."""
        current = self.tabs.currentWidget()
        current.load()  # type: ignore[attr-defined]

    def show_preview(self, path: Path) -> bool:
        if self.tabs.currentWidget() is not self.search_tab or not self.search_tab.show_preview(path):
            return False
        self.begin_preview()  # no search, file or export before the database is open
        return True

    def clear_preview(self) -> None:
        self.search_tab.show_results(PoolResults([], truncated=False), words=False)

    def selected_members(self) -> list[PoolMember]:
        return self.search_tab.selected_members()

    def export_sheets(self, folder: Path | None = None, language: str | None = None) -> object:
        return self.search_tab.export_sheets(folder, language)
