"""Missions screen: every need of every client, with its status and budget."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QWidget

from fms.core.enums import MissionStatus, Seniority
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.ui.context import AppContext
from fms.ui.formatting import show_date, show_rate, sort_date
from fms.ui.i18n import arg, label
from fms.ui.screens.editable import EditableTableScreen, grey_if_archived
from fms.ui.table_model import Column
from fms.values.skill_text import format_skill_list

if TYPE_CHECKING:
    from fms.services.crm import MissionRow
    from fms.ui.dialogs.mission_dialog import MissionDialog

STATUS_ORDER = {status: number for number, status in enumerate(MissionStatus)}


COLUMNS: tuple[Column[MissionRow], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "Title"), lambda r: r.title, foreground=grey_if_archived),
    Column(QT_TRANSLATE_NOOP("columns", "Client"), lambda r: r.client_name),
    Column(
        QT_TRANSLATE_NOOP("columns", "Status"), lambda r: label(r.status), lambda r: list(MissionStatus).index(r.status)
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Seniority"), lambda r: label(r.seniority)),
    Column(
        QT_TRANSLATE_NOOP("columns", "Budget"),
        lambda r: show_rate(r.budget_daily_rate_cents),
        lambda r: r.budget_daily_rate_cents if r.budget_daily_rate_cents is not None else -1,
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Start"), lambda r: show_date(r.start_date), lambda r: sort_date(r.start_date)),
    Column(QT_TRANSLATE_NOOP("columns", "End"), lambda r: show_date(r.end_date), lambda r: sort_date(r.end_date)),
    Column(QT_TRANSLATE_NOOP("columns", "Work mode"), lambda r: label(r.work_mode)),
    Column(
        QT_TRANSLATE_NOOP("columns", "Applications"),
        lambda r: str(r.application_count),
        lambda r: r.application_count,
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Skills"), lambda r: format_skill_list(r.required_skills)),
)


class MissionsScreen(EditableTableScreen["MissionRow"]):
    entity = "mission"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "missionsScreen", "missionTable", COLUMNS, parent)
        self.table.setAccessibleName(self.tr("Missions"))
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("missionStatusFilter")
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in MissionStatus:
            self.status_filter.addItem(label(status), status)
        self.status_filter.currentIndexChanged.connect(self._apply_status_filter)
        self.toolbar.insertWidget(1, self.status_filter)

    def new_text(self) -> str:
        return self.tr("&New mission…")

    def fetch(self) -> Sequence[MissionRow]:
        from fms.services.crm import missions as service

        return service.list_missions(self.context.db, include_archived=self.show_archived.isChecked())

    def preview_rows(self, path: Path) -> tuple[Sequence[MissionRow], int] | None:
        from fms.services.crm.preview import preview_missions

        rows = preview_missions(path, include_archived=self.show_archived.isChecked())
        return None if rows is None else (rows, len(rows))

    def make_dialog(self, existing: MissionRow | None) -> MissionDialog:
        from fms.services.crm import clients as client_service
        from fms.services.crm import missions as service
        from fms.services.pool import rate_benchmark
        from fms.ui.dialogs.mission_dialog import MissionDialog
        from fms.ui.pool.rates_tab import benchmark_line

        db = self.context.db
        clients = client_service.list_clients(db)

        def benchmark(skill: str, seniority: Seniority | None) -> str:
            return benchmark_line(rate_benchmark(db, skill, seniority))

        if existing is None:
            return MissionDialog(
                lambda data: service.create_mission(db, data), clients, parent=self, benchmark=benchmark
            )
        # The save reads the dialog's version when it runs: a reload or an overwrite changes it.
        dialog = MissionDialog(
            lambda data: service.update_mission(db, existing.id, data, version=dialog.version),
            clients,
            existing,
            self,
            benchmark=benchmark,
            reload=lambda: service.get_mission(db, existing.id),
        )
        return dialog

    def set_archived(self, row: MissionRow, archived: bool) -> MissionRow:
        from fms.services.crm import missions as service

        return service.set_mission_archived(self.context.db, row.id, archived)

    def archive_question(self, row: MissionRow) -> str:
        return arg(self.tr("Archive the mission “%1”? Its applications and history are kept."), row.title)

    def _apply_status_filter(self) -> None:
        status = self.status_filter.currentData()
        self.proxy.set_row_filter(None if status is None else lambda row: row.status == status)
