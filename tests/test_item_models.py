"""Every item model and proxy under fms/ui passes Qt's model tester, on demo data, through what users do.

Each case is a model as a screen or dialog builds it, filled by that screen. The tester is attached
first and stays attached (Qt's C++ QAbstractItemModelTester reports through warnings, which fail
the test), so it checks the model again after each sort, filter, reload, move and fetch below.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from fms.core.enums import Stage
from fms.storage.database import Database
from fms.ui.board.card_model import StageCardModel
from fms.ui.board.stage_column import CLOSED
from fms.ui.checkable_model import CheckableRowModel
from fms.ui.lazy_table_model import PAGE_SIZE, LazyRowModel
from fms.ui.main_window import MainWindow
from fms.ui.table_model import ColumnTableModel, RowFilterProxy, RowTableModel
from tests.conftest import open_main_window
from tests.ui_classes import ui_classes


@dataclass
class ModelCase:
    model: QAbstractItemModel
    reload: Callable[[], object]  # what its screen does to read the database again
    narrow: Callable[[], object] | None = None  # a filter the user sets, that keeps some rows but not all
    widen: Callable[[], object] | None = None  # the filter cleared
    change: Callable[[], object] | None = None  # one row changed by a user action


@dataclass
class Demo:
    db: Database
    qtbot: QtBot
    tmp_path: Path
    _window: MainWindow | None = None
    _kept: list[QWidget] = field(default_factory=list)  # qtbot's own reference is weak

    @property
    def window(self) -> MainWindow:
        if self._window is None:
            self._window = open_main_window(self.qtbot, self.db, self.tmp_path)
        return self._window

    def keep(self, widget: QWidget) -> None:
        self.qtbot.addWidget(widget)
        self._kept.append(widget)


CaseMaker = Callable[[Demo], ModelCase]
CASES: dict[str, tuple[type, CaseMaker]] = {}


def case(name: str, model_class: type) -> Callable[[CaseMaker], CaseMaker]:
    def register(make: CaseMaker) -> CaseMaker:
        CASES[name] = (model_class, make)
        return make

    return register


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    from fms.sampledata.generator import fill_demo
    from fms.storage.locations import sqlite_location
    from fms.storage.opening import open_database

    path = tmp_path_factory.mktemp("models") / "demo.db"
    shutil.copyfile(migrated_template, path)
    opened = open_database(sqlite_location(path))
    fill_demo(opened.db, freelancers=2 * PAGE_SIZE + 30, with_files=False)
    opened.db.dispose()
    return path


@pytest.fixture
def demo(qtbot: QtBot, tmp_path: Path, demo_file: Path) -> Iterator[Demo]:
    from fms.storage.locations import sqlite_location
    from fms.storage.opening import open_database

    path = tmp_path / "vivier.db"
    shutil.copyfile(demo_file, path)
    opened = open_database(sqlite_location(path))
    yield Demo(opened.db, qtbot, tmp_path)
    opened.db.dispose()


def _first_word(model: QAbstractItemModel, column: int = 0) -> str:
    """A word of the first row's text: a search for it keeps that row and, on demo data, few others."""
    return str(model.index(0, column).data()).split()[0]


# Table screens --------------------------------------------------------------------------------


def _table_screen(demo: Demo, key: str, proxy: bool, column: int = 0) -> ModelCase:
    screen: Any = demo.window.show_screen(key)
    if not proxy:
        return ModelCase(screen.model, reload=screen.load)  # the search box filters the proxy, not this
    word = _first_word(screen.model, column)
    return ModelCase(
        screen.proxy,
        reload=screen.load,
        narrow=lambda: screen.search.setText(word),
        widen=lambda: screen.search.setText(""),
    )


@case("missions rows", RowTableModel)
def missions_rows(demo: Demo) -> ModelCase:
    return _table_screen(demo, "missions", proxy=False)


@case("missions proxy", RowFilterProxy)
def missions_proxy(demo: Demo) -> ModelCase:
    found = _table_screen(demo, "missions", proxy=True)
    screen: Any = demo.window.show_screen("missions")
    status = screen.status_filter
    found.change = lambda: (status.setCurrentIndex(2), status.setCurrentIndex(0))  # the status filter, on and off
    return found


@case("clients proxy", RowFilterProxy)
def clients_proxy(demo: Demo) -> ModelCase:
    return _table_screen(demo, "clients", proxy=True)


@case("follow-ups proxy", RowFilterProxy)
def follow_ups_proxy(demo: Demo) -> ModelCase:
    # By the person: the first column is the due date, whose month every line may share.
    return _table_screen(demo, "followUps", proxy=True, column=2)


def _freelancers(demo: Demo, proxy: bool) -> ModelCase:
    screen: Any = demo.window.show_screen("freelancers")
    name = _first_word(screen.model)

    def search(text: str) -> None:
        screen.search.setText(text)
        screen.search_database()  # what the typing pause starts

    return ModelCase(
        screen.proxy if proxy else screen.model,
        reload=screen.load,
        narrow=lambda: search(name),
        widen=lambda: search(""),
    )


@case("freelancers lazy rows", LazyRowModel)
def freelancers_rows(demo: Demo) -> ModelCase:
    return _freelancers(demo, proxy=False)


@case("freelancers proxy", RowFilterProxy)
def freelancers_proxy(demo: Demo) -> ModelCase:
    return _freelancers(demo, proxy=True)


@case("add-application picker", RowFilterProxy)
def add_application_picker(demo: Demo) -> ModelCase:
    from fms.services.crm import list_missions
    from fms.ui.board.add_application import AddApplicationDialog

    dialog = AddApplicationDialog(demo.db, list_missions(demo.db)[0])
    demo.keep(dialog)
    name = _first_word(dialog.model)
    return ModelCase(
        dialog.proxy,
        reload=dialog.model.reload,
        narrow=lambda: dialog.model.set_search(name),
        widen=lambda: dialog.model.set_search(""),
    )


# The board ------------------------------------------------------------------------------------


def _board(demo: Demo, stage: str) -> ModelCase:
    board: Any = demo.window.show_screen("board").board  # type: ignore[attr-defined]
    model = board.models[stage]
    name = model.card_at(0).freelancer_name.split()[0]
    found = ModelCase(model, reload=board.reload, change=lambda: board.step(model.card_at(0).id, +1))  # leaves
    found.narrow = lambda: (board.text_filter.setText(name), board.apply_filters())  # no typing pause
    found.widen = lambda: board.text_filter.setText("")
    return found


@case("board column cards", StageCardModel)
def board_cards(demo: Demo) -> ModelCase:
    return _board(demo, Stage.SOURCED)


@case("board column fetched a batch at a time", StageCardModel)
def board_column_fetched(demo: Demo) -> ModelCase:
    found = _board(demo, CLOSED)  # the sample's longest column: more cards than a batch
    assert found.model.canFetchMore(QModelIndex())
    return found


# The dashboard --------------------------------------------------------------------------------


def _dashboard(demo: Demo, table: str) -> ModelCase:
    screen: Any = demo.window.show_screen("dashboard")
    owner = screen.ending_soon if table == "ending_soon" else screen
    return ModelCase(getattr(owner, "model" if table == "ending_soon" else table), reload=screen.load)


@case("dashboard list behind a bar", RowTableModel)
def dashboard_list_behind_a_bar(demo: Demo) -> ModelCase:
    screen: Any = demo.window.show_screen("dashboard")
    demo.qtbot.waitUntil(lambda: screen.charts_ready)
    dialog = screen.open_bar("funnel", 0)
    return ModelCase(dialog.model, reload=screen.load)


@case("dashboard ending soon", RowTableModel)
def dashboard_ending_soon(demo: Demo) -> ModelCase:
    return _dashboard(demo, "ending_soon")


# The talent pool ------------------------------------------------------------------------------


def _pool_search(demo: Demo, proxy: bool) -> ModelCase:
    screen: Any = demo.window.show_screen("talentPool")
    tab = screen.search_tab
    if not proxy:
        return ModelCase(tab.results, reload=tab.run)
    word = tab.results.row_at(0).headline.split()[-1]
    return ModelCase(
        tab.proxy,
        reload=tab.run,
        narrow=lambda: (tab.search.setText(word), tab.run()),
        widen=lambda: (tab.search.setText(""), tab.run()),
    )


@case("pool search results", RowTableModel)
def pool_results(demo: Demo) -> ModelCase:
    return _pool_search(demo, proxy=False)


@case("pool search proxy", RowFilterProxy)
def pool_results_proxy(demo: Demo) -> ModelCase:
    return _pool_search(demo, proxy=True)


@case("pool list members", RowTableModel)
def pool_list_members(demo: Demo) -> ModelCase:
    from fms.services.pool import create_list

    screen: Any = demo.window.show_screen("talentPool")
    results = screen.search_tab.results
    create_list(demo.db, "Shortlist", tuple(results.row_at(row).id for row in range(min(12, results.rowCount()))))
    screen.tabs.setCurrentWidget(screen.lists_tab)
    return ModelCase(screen.lists_tab.members, reload=screen.lists_tab.load)


@case("pool ranking", RowTableModel)
def pool_ranking(demo: Demo) -> ModelCase:
    screen: Any = demo.window.show_screen("talentPool")
    tab = screen.ranking_tab
    screen.tabs.setCurrentWidget(tab)
    next_mission = (tab.mission.currentIndex() + 1) % tab.mission.count()
    return ModelCase(tab.candidates, reload=tab.load, change=lambda: tab.mission.setCurrentIndex(next_mission))


# The freelancer's file ------------------------------------------------------------------------


def _busiest_freelancer(db: Database, owner: Any, *joins: Any) -> int:
    """The freelancer with the most rows of one kind, so that the file's table has some to sort."""
    with db.reading() as session:
        query = select(owner).select_from(joins[0])
        for join in joins[1:]:
            query = query.join(join)
        return int(session.scalars(query.group_by(owner).order_by(func.count().desc()).limit(1)).one())


def _file_tab(demo: Demo, tab_name: str, owner: Any, *joins: Any) -> ModelCase:
    from fms.services.file import get_file
    from fms.ui.file.freelancer_file import FreelancerFileDialog

    freelancer_id = _busiest_freelancer(demo.db, owner, *joins)
    dialog = FreelancerFileDialog(demo.db, freelancer_id)
    demo.keep(dialog)
    shown = getattr(dialog, tab_name)
    if isinstance(shown, RowTableModel):  # as the file refreshes after an offboarding
        return ModelCase(shown, reload=lambda: shown.set_rows(getattr(get_file(demo.db, freelancer_id), tab_name)))
    return ModelCase(shown.model, reload=shown.reload)


@case("file applications", RowTableModel)
def file_applications(demo: Demo) -> ModelCase:
    from fms.models import Application

    return _file_tab(demo, "applications", Application.freelancer_id, Application)


@case("file history", RowTableModel)
def file_history(demo: Demo) -> ModelCase:
    from fms.models import Application, StageChange

    return _file_tab(demo, "history", Application.freelancer_id, StageChange, Application)


@case("file interviews", RowTableModel)
def file_interviews(demo: Demo) -> ModelCase:
    from fms.models import Application, Interview

    return _file_tab(demo, "interviews", Application.freelancer_id, Interview, Application)


@case("file documents", RowTableModel)
def file_documents(demo: Demo) -> ModelCase:
    from fms.models import Document

    return _file_tab(demo, "documents", Document.freelancer_id, Document)


@case("file notes", RowTableModel)
def file_notes(demo: Demo) -> ModelCase:
    from fms.models import CollaborationNote

    return _file_tab(demo, "notes", CollaborationNote.freelancer_id, CollaborationNote)


@case("file follow-ups", RowTableModel)
def file_follow_ups(demo: Demo) -> ModelCase:
    from fms.models import FollowUp

    return _file_tab(demo, "follow_ups", FollowUp.freelancer_id, FollowUp)


@case("retention review", CheckableRowModel)
def retention_review_rows(demo: Demo) -> ModelCase:
    from fms.services import settings
    from fms.ui.retention_dialog import RetentionReviewDialog

    settings.set_texts(demo.db, {settings.RETENTION_MONTHS: "0"})  # demo people were all contacted lately
    dialog = RetentionReviewDialog(demo.db)
    demo.keep(dialog)
    model = dialog.erasure
    checked = Qt.CheckState.Checked.value
    return ModelCase(
        model,
        reload=dialog.reload,
        change=lambda: model.setData(model.index(0, 0), checked, Qt.ItemDataRole.CheckStateRole),
    )


# The tests ------------------------------------------------------------------------------------


@pytest.fixture(params=sorted(CASES))
def model_case(request: pytest.FixtureRequest, demo: Demo) -> ModelCase:
    model_class, make = CASES[request.param]
    found = make(demo)
    assert type(found.model) is model_class
    return found


def test_the_model_passes_the_model_tester_as_it_is_used(qtmodeltester: Any, model_case: ModelCase) -> None:
    model = model_case.model
    assert model.rowCount() > 0, "a case needs rows"
    qtmodeltester.check(model)  # from here on, every change below is checked as it happens
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()  # a list's count is private
    for column in range(columns):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
    if model_case.narrow is not None:
        everyone = model.rowCount()
        model_case.narrow()
        assert 0 < model.rowCount() < everyone
        assert model_case.widen is not None
        model_case.widen()
    if model_case.change is not None:
        model_case.change()
    model_case.reload()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    if isinstance(model, LazyRowModel):
        assert model.rowCount() == model.total > PAGE_SIZE  # fetched page after page
    qtmodeltester.check(model, force_py=True)  # the Python tester's checks too, on the final state


def test_every_model_class_under_fms_ui_has_a_case() -> None:
    models = {found.cls for found in ui_classes() if issubclass(found.cls, QAbstractItemModel)}
    covered = {model_class for model_class, _make in CASES.values()}
    # A base class is covered by its subclasses' cases.
    uncovered = {cls for cls in models if not any(issubclass(done, cls) for done in covered)}
    assert not uncovered, f"Add a case to tests/test_item_models.py for: {sorted(c.__name__ for c in uncovered)}"
    assert {ColumnTableModel, RowTableModel, RowFilterProxy, LazyRowModel, StageCardModel} <= models
