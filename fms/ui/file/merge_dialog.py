"""Two records side by side: keep one, choose each differing field, then merge in one action."""

from __future__ import annotations

from datetime import date
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.services.file import (
    CHOSEN_FIELDS,
    MergeResult,
    MergeSide,
    ProfileInput,
    Side,
    merge_freelancers,
    merge_sides,
    merged_profile,
)
from fms.storage.database import Database
from fms.ui.errors import show_error
from fms.ui.formatting import show_date, show_rate
from fms.ui.i18n import label
from fms.values.phone import show_phone
from fms.values.skill_text import format_skill_list

CHOICE_WIDTH = 300  # pixels a value may take in each column: two of them and the captions fit 1280 wide

CAPTIONS = {
    "first_name": QT_TRANSLATE_NOOP("MergeDialog", "First name"),
    "last_name": QT_TRANSLATE_NOOP("MergeDialog", "Last name"),
    "email": QT_TRANSLATE_NOOP("MergeDialog", "Email"),
    "phone": QT_TRANSLATE_NOOP("MergeDialog", "Phone"),
    "linkedin_url": QT_TRANSLATE_NOOP("MergeDialog", "LinkedIn"),
    "location": QT_TRANSLATE_NOOP("MergeDialog", "Location"),
    "headline": QT_TRANSLATE_NOOP("MergeDialog", "Headline"),
    "seniority": QT_TRANSLATE_NOOP("MergeDialog", "Seniority"),
    "daily_rate_cents": QT_TRANSLATE_NOOP("MergeDialog", "Daily rate"),
    "availability_date": QT_TRANSLATE_NOOP("MergeDialog", "Available from"),
    "sourcing_channel": QT_TRANSLATE_NOOP("MergeDialog", "Sourcing channel"),
    "talent_pool_consent": QT_TRANSLATE_NOOP("MergeDialog", "Talent-pool consent"),
    "rehire_status": QT_TRANSLATE_NOOP("MergeDialog", "Rehire"),
}


def _shown(profile: ProfileInput, name: str) -> str:
    value = getattr(profile, name)
    if name == "daily_rate_cents":
        return show_rate(value)
    if name == "phone":
        return show_phone(value)
    if name == "sourcing_channel" and profile.portage_company:
        return f"{label(value)} ({profile.portage_company})"
    if name == "talent_pool_consent":
        yes_no = QCoreApplication.translate("columns", "Yes" if value else "No")
        return f"{yes_no} {show_date(profile.consent_date)}".strip()
    if isinstance(value, Enum):
        return label(value)
    if isinstance(value, date):
        return show_date(value)
    return str(value)


class MergeDialog(QDialog):
    """`merged` holds the result once the merge is done."""

    def __init__(self, db: Database, left_id: int, right_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge two freelancers"))
        self.db = db
        self.sides = merge_sides(db, left_id, right_id)
        self.merged: MergeResult | None = None
        self.survivor = QButtonGroup(self)
        self.choices: dict[str, QButtonGroup] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for column, side in enumerate(self.sides, start=1):
            grid.addWidget(self._heading(side), 0, column)
            keep = QRadioButton(self.tr("Keep this record"), self)
            keep.setObjectName(f"keep{'Left' if column == 1 else 'Right'}")
            self.survivor.addButton(keep, column - 1)
            grid.addWidget(keep, 1, column)
        self.survivor.button(0).setChecked(True)  # the older record by default: its id is the one others know
        for row, name in enumerate(CHOSEN_FIELDS, start=2):
            grid.addWidget(QLabel(QCoreApplication.translate("MergeDialog", CAPTIONS[name]), self), row, 0)
            self._add_choice(grid, row, name)
        skills_row = len(CHOSEN_FIELDS) + 2
        grid.addWidget(QLabel(self.tr("Skills"), self), skills_row, 0)
        union = merged_profile(self.sides[0].profile, self.sides[1].profile, {}).skills
        skills = QLabel(self.tr("Both lists, at the higher level: %1").replace("%1", format_skill_list(union)), self)
        skills.setWordWrap(True)
        grid.addWidget(skills, skills_row, 1, 1, 2)
        body = QWidget(self)
        body.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        intro = QLabel(
            self.tr(
                "Every application, interview, document, note and follow-up of both records is kept on the record you "
                "keep; the other one is removed and the merge is written in the history."
            ),
            self,
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        merge = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        merge.setObjectName("mergeButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)

    def _heading(self, side: MergeSide) -> QLabel:
        name = f"{side.profile.first_name} {side.profile.last_name}"
        counts = self.tr("Applications: %1 · Interviews: %2 · Documents: %3 · Notes: %4")
        for number, value in enumerate((side.applications, side.interviews, side.documents, side.notes), start=1):
            counts = counts.replace(f"%{number}", str(value))
        heading = QLabel(f"<b>{name}</b> (#{side.freelancer_id})<br><small>{counts}</small>", self)
        return heading

    def _add_choice(self, grid: QGridLayout, row: int, name: str) -> None:
        left, right = (_shown(side.profile, name) for side in self.sides)
        if left == right:
            same = QLabel(left, self)
            same.setWordWrap(True)
            grid.addWidget(same, row, 1, 1, 2)
            return
        group = QButtonGroup(self)
        for column, text in enumerate((left, right)):
            shown = text or self.tr("(empty)")
            button = QRadioButton(self.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideRight, CHOICE_WIDTH), self)
            button.setToolTip(shown)  # a long headline or address was cut at the right edge
            button.setObjectName(f"{name}{'Left' if column == 0 else 'Right'}")
            button.setAccessibleName(f"{QCoreApplication.translate('MergeDialog', CAPTIONS[name])}: {text}")
            group.addButton(button, column)
            grid.addWidget(button, row, column + 1)
        # A filled value wins over an empty one; otherwise the left (older) record's.
        group.button(1 if not left and right else 0).setChecked(True)
        self.choices[name] = group

    def choose(self, name: str, side: Side) -> None:
        self.choices[name].button(0 if side == "left" else 1).setChecked(True)

    def keep(self, side: Side) -> None:
        self.survivor.button(0 if side == "left" else 1).setChecked(True)

    def profile(self) -> ProfileInput:
        choices: dict[str, Side] = {
            name: "left" if group.checkedId() == 0 else "right" for name, group in self.choices.items()
        }
        return merged_profile(self.sides[0].profile, self.sides[1].profile, choices)

    def accept(self) -> None:
        keep_left = self.survivor.checkedId() == 0
        survivor, absorbed = self.sides if keep_left else self.sides[::-1]
        question = self.tr("Merge %1 into %2? The merge cannot be undone.")
        question = question.replace("%1", f"#{absorbed.freelancer_id}").replace("%2", f"#{survivor.freelancer_id}")
        answer = QMessageBox.question(self, self.windowTitle(), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.merged = merge_freelancers(self.db, survivor.freelancer_id, absorbed.freelancer_id, self.profile())
        except KnownError as error:
            show_error(self, error)
            return
        super().accept()
