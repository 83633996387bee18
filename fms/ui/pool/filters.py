"""The pool's filters: every field narrows the results; an empty field filters nothing."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from fms.core.enums import Seniority
from fms.services.pool.members import PoolQuery, SkillNeed
from fms.ui.dialogs.form import date_value, enum_combo, make_date_edit
from fms.ui.widgets import refill_combo
from fms.values.money import parse_rate


class PoolFilters(QWidget):
    """Emits `changed` on any edit; `query()` reads the fields, `problem` says what could not be read."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("poolFilters")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.skills = QLineEdit(self)
        self.skills.setPlaceholderText(self.tr("Python 4, SQL"))
        self.skills.setToolTip(self.tr("Skills with an optional minimum level from 1 to 5"))
        self.all_skills = QComboBox(self)
        self.all_skills.addItem(self.tr("All of them"), True)
        self.all_skills.addItem(self.tr("Any of them"), False)
        self.seniority = enum_combo(self, Seniority, none_text=self.tr("Any seniority"))
        self.min_rating = QDoubleSpinBox(self)
        self.min_rating.setRange(0, 5)
        self.min_rating.setSingleStep(0.5)
        self.min_rating.setDecimals(1)
        self.min_rating.setSpecialValueText(self.tr("Any rating"))
        self.would_rehire = QCheckBox(self.tr("Only those we would work with again"), self)
        self.available_by = make_date_edit(self, self.tr("Any date"))
        self.rate_min = QLineEdit(self)
        self.rate_min.setPlaceholderText(self.tr("from"))
        self.rate_max = QLineEdit(self)
        self.rate_max.setPlaceholderText(self.tr("to"))
        rates = QHBoxLayout()
        rates.addWidget(self.rate_min)
        rates.addWidget(QLabel("–", self))
        rates.addWidget(self.rate_max)
        self.last_mission_after = make_date_edit(self, self.tr("Any date"))
        self.client = QComboBox(self)
        self.client.addItem(self.tr("Any client"), None)
        self.no_contact = QSpinBox(self)
        self.no_contact.setRange(0, 120)
        self.no_contact.setSpecialValueText(self.tr("Any"))
        self.no_contact.setSuffix(self.tr(" months"))
        for caption, widget, name in (
            (self.tr("S&kills"), self.skills, "skillsFilter"),
            ("", self.all_skills, "allSkillsFilter"),
            (self.tr("Se&niority"), self.seniority, "seniorityFilter"),
            (self.tr("Rating at &least"), self.min_rating, "minRatingFilter"),
            ("", self.would_rehire, "wouldRehireFilter"),
            (self.tr("Available &by"), self.available_by, "availableByFilter"),
            (self.tr("Daily rate (€)"), rates, "rateFilter"),
            (self.tr("Last mission &after"), self.last_mission_after, "lastMissionFilter"),
            (self.tr("Worked for c&lient"), self.client, "clientFilter"),
            (self.tr("No &contact for"), self.no_contact, "noContactFilter"),
        ):
            if isinstance(widget, QWidget):
                widget.setObjectName(name)
                widget.setAccessibleName(caption.replace("&", "") or widget.objectName())
            form.addRow(caption, widget)
        self.rate_min.setObjectName("rateMinFilter")
        self.rate_max.setObjectName("rateMaxFilter")
        self.rate_min.setAccessibleName(self.tr("Daily rate from"))
        self.rate_max.setAccessibleName(self.tr("Daily rate to"))
        for line in (self.skills, self.rate_min, self.rate_max):
            line.textChanged.connect(self.changed)
        for box in (self.all_skills, self.seniority, self.client):
            box.currentIndexChanged.connect(self.changed)
        self.min_rating.valueChanged.connect(self.changed)
        self.no_contact.valueChanged.connect(self.changed)
        self.would_rehire.toggled.connect(self.changed)
        self.available_by.dateChanged.connect(self.changed)
        self.last_mission_after.dateChanged.connect(self.changed)
        self.problem = ""

    def set_clients(self, clients: list[tuple[int, str]]) -> None:
        refill_combo(self.client, ((name, client_id) for client_id, name in clients), first=self.tr("Any client"))

    def query(self, text: str) -> PoolQuery:
        """The query for the fields as they are; a field that cannot be read is left out and named in `problem`."""
        problems = []
        try:
            skills = skill_needs(self.skills.text())
        except ValueError:
            skills = ()
            problems.append(self.tr("a skill level goes from 1 to 5"))
        rates = []
        for line in (self.rate_min, self.rate_max):
            try:
                rates.append(parse_rate(line.text()))
            except ValueError:
                rates.append(None)
                problems.append(self.tr("type rates in euros, such as 650"))
        self.problem = "; ".join(dict.fromkeys(problems))
        return PoolQuery(
            text=text,
            skills=skills,
            all_skills=bool(self.all_skills.currentData()),
            seniority=self.seniority.currentData(),
            min_rating=self.min_rating.value() or None,
            would_rehire_only=self.would_rehire.isChecked(),
            available_by=date_value(self.available_by),
            rate_min_cents=rates[0],
            rate_max_cents=rates[1],
            last_mission_after=date_value(self.last_mission_after),
            client_id=self.client.currentData(),
            no_contact_months=self.no_contact.value() or None,
        )


def skill_needs(text: str) -> tuple[SkillNeed, ...]:
    """'Python 4, SQL' -> Python at level 4 or more, SQL at any level; ValueError for a level outside 1-5."""
    needs = []
    for item in text.split(","):
        words = item.split()
        if not words:
            continue
        level = 1
        if len(words) > 1 and words[-1].isdigit():
            level = int(words.pop())
            if not 1 <= level <= 5:
                raise ValueError(item)
        needs.append(SkillNeed(" ".join(words), level))
    return tuple(needs)
