"""Proposes a freelancer for the board's mission: pick one from a searchable list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QTableView, QWidget

from fms.core.enums import RehireStatus
from fms.core.errors import ValidationError
from fms.services.crm import MissionRow
from fms.services.file import FreelancerRow
from fms.services.pipeline import MissionChoice, propose
from fms.storage.database import Database
from fms.ui.dialogs.form import ActionCancelled, FormDialog
from fms.ui.i18n import arg
from fms.ui.person_columns import AVAILABLE_FROM, DAILY_RATE, HEADLINE, NAME, REHIRE, SENIORITY, SKILLS
from fms.ui.screens.crud import confirm
from fms.ui.screens.freelancers import freelancer_model
from fms.ui.screens.table_screen import SEARCH_PAUSE_MS
from fms.ui.table_model import ROW_ROLE, Column, RowFilterProxy
from fms.ui.widgets import search_box

COLUMNS: tuple[Column[FreelancerRow], ...] = (NAME, HEADLINE, SENIORITY, DAILY_RATE, AVAILABLE_FROM, REHIRE, SKILLS)


class AddApplicationDialog(FormDialog[Any]):
    def __init__(self, db: Database, mission: MissionRow | MissionChoice, parent: QWidget | None = None) -> None:
        super().__init__(
            "addApplicationDialog", "", lambda freelancer_id: propose(db, freelancer_id, mission.id), parent
        )
        self.setWindowTitle(arg(self.tr("Propose a freelancer for “%1”"), mission.title))
        self.model = freelancer_model(lambda: db, COLUMNS, self)
        self.model.reload()
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = search_box(self, self.tr("Name, headline or skill"), "freelancerSearch")
        self.search.setMaximumWidth(16777215)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())  # the database: once typing pauses
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.add_field("search", self.tr("&Search"), self.search)
        self.add_field("freelancer", self.tr("&Freelancer"), self.table)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Propose"))
        self.resize(820, 560)
        self.chosen_name = ""  # who was proposed, for the status message
        self.mission_title = mission.title

    def select_freelancer(self, freelancer_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE).id == freelancer_id:
                self.table.selectRow(row)
                return True
        return False

    def collect(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            raise ValidationError({"freelancer": self.tr("Choose the freelancer to propose.")})
        chosen: FreelancerRow = rows[0].data(ROW_ROLE)
        if chosen.rehire_status == RehireStatus.DO_NOT_REHIRE:
            question = arg(
                self.tr("%1 is marked “do not rehire” (the reason is in the file). Propose anyway?"), chosen.name
            )
            if not confirm(self, self.windowTitle(), question):
                raise ActionCancelled
        self.chosen_name = chosen.name
        return chosen.id
