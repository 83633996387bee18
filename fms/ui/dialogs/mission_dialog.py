"""Create or edit a mission."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from fms.core.enums import MissionStatus, Seniority, WorkMode
from fms.services.crm import ClientRow, MissionInput, MissionRow
from fms.ui.dialogs.form import FormDialog, date_value, enum_combo, make_date_edit, set_date_value
from fms.ui.dialogs.typed_values import read_rate_and_skills
from fms.values.money import format_rate
from fms.values.skill_text import format_skill_list


class MissionDialog(FormDialog[MissionRow]):
    """`reload` reads the mission as saved now (asked when someone saved it since the form was filled)."""

    def __init__(
        self,
        save: Callable[[MissionInput], MissionRow],
        clients: Sequence[ClientRow],
        existing: MissionRow | None = None,
        parent: QWidget | None = None,
        benchmark: Callable[[str, Seniority | None], str] | None = None,
        reload: Callable[[], MissionRow] | None = None,
    ) -> None:
        super().__init__("missionDialog", "", save, parent)
        self._benchmark = benchmark
        self._reload = reload
        self.setWindowTitle(self.tr("Edit mission") if existing else self.tr("New mission"))
        self.client = QComboBox(self)
        self.client.addItem(self.tr("Choose a client…"), None)
        for client in clients:
            self.client.addItem(client.name, client.id)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(200)
        self.status_box = enum_combo(self, MissionStatus)
        self.seniority = enum_combo(self, Seniority, none_text=self.tr("Any seniority"))
        self.budget = QLineEdit(self)
        self.budget.setPlaceholderText(self.tr("e.g. 650"))
        self.start = make_date_edit(self, self.tr("Not set"))
        self.end = make_date_edit(self, self.tr("Not set"))
        self.location = QLineEdit(self)
        self.work_mode = enum_combo(self, WorkMode)
        self.skills = QLineEdit(self)
        self.skills.setPlaceholderText(self.tr("e.g. Python 4, SQL 3, Kubernetes"))
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(110)
        self.add_field("client", self.tr("&Client"), self.client)
        self.add_field("title", self.tr("&Title"), self.title_edit)
        self.add_field("status", self.tr("S&tatus"), self.status_box)
        self.add_field("seniority", self.tr("S&eniority"), self.seniority)
        self.add_field("budget", self.tr("Daily-rate &budget (€)"), self.budget)
        self.add_field("start_date", self.tr("St&art"), self.start)
        self.add_field("end_date", self.tr("En&d"), self.end)
        self.add_field("location", self.tr("&Location"), self.location)
        self.add_field("work_mode", self.tr("&Work mode"), self.work_mode)
        self.add_field("skills", self.tr("Required s&kills"), self.skills)
        self.add_field("description", self.tr("Descri&ption"), self.description)
        self.rate_benchmark = QLabel(self)
        self.rate_benchmark.setObjectName("rateBenchmark")
        self.add_hint_below("budget", self.rate_benchmark)
        if existing is not None:
            self._show(existing)
        self.skills.editingFinished.connect(self.show_rate_benchmark)
        self.seniority.currentIndexChanged.connect(lambda _index: self.show_rate_benchmark())
        self.show_rate_benchmark()

    def show_rate_benchmark(self) -> None:
        """What we agreed for the first required skill at this seniority, beside the budget."""
        first = self.skills.text().split(",")[0].split()
        if self._benchmark is None or not first:
            self.rate_benchmark.hide()
            return
        skill = " ".join(word for word in first if not word.isdigit())
        self.rate_benchmark.setText(self._benchmark(skill, self.seniority.currentData()))
        self.rate_benchmark.show()

    def _show(self, mission: MissionRow) -> None:
        self.client.setCurrentIndex(max(0, self.client.findData(mission.client_id)))
        if self.client.currentData() is None:
            # An archived client is not offered for new missions but stays on its own ones.
            self.client.addItem(mission.client_name, mission.client_id)
            self.client.setCurrentIndex(self.client.count() - 1)
        self.title_edit.setText(mission.title)
        self.status_box.setCurrentIndex(self.status_box.findData(mission.status))
        self.seniority.setCurrentIndex(self.seniority.findData(mission.seniority))
        self.budget.setText(format_rate(mission.budget_daily_rate_cents).removesuffix(" €"))
        set_date_value(self.start, mission.start_date)
        set_date_value(self.end, mission.end_date)
        self.location.setText(mission.location)
        self.work_mode.setCurrentIndex(self.work_mode.findData(mission.work_mode))
        self.skills.setText(format_skill_list(mission.required_skills))
        self.description.setPlainText(mission.description)
        self.version = mission.version

    def reload_saved(self) -> bool:
        if self._reload is None:
            return False
        self._show(self._reload())
        self.show_rate_benchmark()
        return True

    def collect(self) -> MissionInput:
        budget, skills = read_rate_and_skills("budget", self.budget.text(), self.skills.text())
        return MissionInput(
            client_id=self.client.currentData(),
            title=self.title_edit.text(),
            description=self.description.toPlainText(),
            seniority=self.seniority.currentData(),
            budget_daily_rate_cents=budget,
            start_date=date_value(self.start),
            end_date=date_value(self.end),
            location=self.location.text(),
            work_mode=self.work_mode.currentData(),
            status=self.status_box.currentData(),
            required_skills=skills,
        )
