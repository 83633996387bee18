"""Freelancers screen: every freelancer, searchable, each file one activation away; two records merge."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.ui.context import AppContext
from fms.ui.i18n import label
from fms.ui.lazy_table_model import PAGE_SIZE, LazyRowModel
from fms.ui.person_columns import AVAILABLE_FROM, DAILY_RATE, HEADLINE, NAME, REHIRE, SENIORITY, SKILLS
from fms.ui.screens.table_screen import TableScreen
from fms.ui.table_model import ROW_ROLE, Column
from fms.ui.widgets import action_button

if TYPE_CHECKING:
    from fms.services.file.freelancer_rows import FreelancerQuery, FreelancerRow
    from fms.storage.database import Database

COLUMNS: tuple[Column[FreelancerRow], ...] = (
    NAME,
    HEADLINE,
    SENIORITY,
    DAILY_RATE,
    AVAILABLE_FROM,
    SKILLS,
    REHIRE,
    Column(QT_TRANSLATE_NOOP("columns", "Channel"), lambda r: label(r.sourcing_channel)),
    Column(QT_TRANSLATE_NOOP("columns", "Email"), lambda r: r.email),
)


# The database's sort for each column that has one (by the column's English header).
SORT_KEYS = {
    "Name": "name",
    "Headline": "headline",
    "Seniority": "seniority",
    "Daily rate": "rate",
    "Available from": "availability",
    "Channel": "channel",
    "Email": "email",
}


class FreelancersScreen(TableScreen["FreelancerRow"]):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "freelancersScreen", "freelancerList", COLUMNS, parent)
        self.table.setAccessibleName(self.tr("Freelancers"))
        self.new_button = action_button(self, self.tr("&New freelancer…"), "newFreelancerButton", self.create_new)
        self.open_button = action_button(self, self.tr("&Open file…"), "openFileButton", self.open_selected)
        self._build_filters()
        self.toolbar.addWidget(self.new_button)
        self.merge_button = action_button(self, self.tr("&Merge…"), "mergeButton", self.merge_selected)
        self.merge_button.setToolTip(self.tr("Select the two records of the same person, then merge them"))
        self.toolbar.addWidget(self.open_button)
        self.toolbar.addWidget(self.merge_button)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(self._update_merge)
        self._update_merge()

    def create_new(self) -> int | None:
        return self._run_file(None)

    def open_selected(self) -> int | None:
        row = self.selected_row()
        return None if row is None else self._run_file(row.id)

    def _build_filters(self) -> None:
        from fms.core.enums import FreelancerStatus, Seniority
        from fms.ui.dialogs.form import enum_combo, make_date_edit

        self.skill_filter = QLineEdit(self)
        self.skill_filter.setObjectName("skillFilter")
        self.skill_filter.setPlaceholderText(self.tr("Skill"))
        self.skill_filter.setAccessibleName(self.tr("Skill"))
        self.skill_filter.setClearButtonEnabled(True)
        self.skill_filter.textChanged.connect(lambda _text: self._search_timer.start())
        self.seniority_filter = enum_combo(self, Seniority, none_text=self.tr("Any seniority"))
        self.seniority_filter.setObjectName("seniorityFilter")
        self.seniority_filter.setAccessibleName(self.tr("Seniority"))
        self.available_filter = make_date_edit(self, self.tr("Available any time"))
        self.available_filter.setObjectName("availableFilter")
        self.available_filter.setAccessibleName(self.tr("Available by"))
        self.available_filter.setToolTip(self.tr("Available on or before this date"))
        self.status_filter = enum_combo(self, FreelancerStatus, none_text=self.tr("Any status"))
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Status"))
        for box in (self.seniority_filter, self.status_filter):
            box.currentIndexChanged.connect(self.search_database)
        self.available_filter.dateChanged.connect(self.search_database)
        stretch = self.toolbar.count() - 1
        for position, widget in enumerate(
            (self.skill_filter, self.seniority_filter, self.available_filter, self.status_filter), start=stretch
        ):
            self.toolbar.insertWidget(position, widget)

    def query(self) -> FreelancerQuery:
        from fms.services.file.freelancer_rows import FreelancerQuery
        from fms.ui.dialogs.form import date_value

        return FreelancerQuery(
            text=self.search.text().strip(),
            skill=self.skill_filter.text().strip(),
            seniority=self.seniority_filter.currentData(),
            available_by=date_value(self.available_filter),
            status=self.status_filter.currentData(),
        )

    def search_database(self) -> None:
        self.model.set_search(self.query())  # type: ignore[attr-defined]

    def load(self) -> None:
        from fms.services.common.skills import skill_names

        completer = QCompleter(skill_names(self.context.db), self.skill_filter)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.skill_filter.setCompleter(completer)  # skills are shared tags: new ones come with each reload
        super().load()

    def preview_rows(self, path: Path) -> tuple[Sequence[FreelancerRow], int] | None:
        from fms.services.file.preview import preview_freelancers

        return preview_freelancers(path, PAGE_SIZE)  # a new screen's list: no search, by name

    def selected_ids(self) -> list[int]:
        return [index.data(ROW_ROLE).id for index in self.table.selectionModel().selectedRows()]

    def _update_merge(self, *_: object) -> None:
        self.merge_button.setEnabled(len(self.selected_ids()) == 2)

    def merge_selected(self) -> int | None:
        """The survivor's id once merged; the older record comes first, on the left."""
        from fms.ui.file.merge_dialog import MergeDialog

        ids = sorted(self.selected_ids())
        if len(ids) != 2:
            return None
        dialog = MergeDialog(self.context.db, ids[0], ids[1], self)
        if dialog.exec() != MergeDialog.DialogCode.Accepted or dialog.merged is None:
            return None
        self.context.notify("freelancer")
        return dialog.merged.survivor_id

    def _run_file(self, freelancer_id: int | None) -> int | None:
        from fms.ui.file.opening import open_freelancer_file

        dialog = open_freelancer_file(self.context, freelancer_id, self)
        return dialog.freelancer_id if dialog.result_row is not None else None

    def make_model(self, columns: Sequence[Column[FreelancerRow]]) -> LazyRowModel[FreelancerRow]:
        return freelancer_model(lambda: self.context.db, columns, self)


def freelancer_model(
    db_of: Callable[[], Database], columns: Sequence[Column[Any]], parent: QWidget
) -> LazyRowModel[Any]:
    """Freelancers a page at a time: the list stays fluid at 100,000. `db_of` is read at each fetch.

    The service is imported at the first fetch: a list built at start-up shows its preview first.
    """

    def page(search: Any, sort: str, descending: bool, offset: int, limit: int) -> list[Any]:
        from fms.services.file.freelancers import freelancer_page

        return freelancer_page(db_of(), search, sort, descending, offset, limit)

    def count(search: Any) -> int:
        from fms.services.file.freelancers import count_freelancers

        return count_freelancers(db_of(), search)

    database_sorts = [SORT_KEYS.get(column.header, "") for column in columns]
    return LazyRowModel(columns, database_sorts, page, count, parent)
