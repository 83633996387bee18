"""The pool ranked for a mission: the score, its reasons, and one action to put the chosen on the board."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.ui.context import AppContext
from fms.ui.errors import show_error
from fms.ui.formatting import show_date
from fms.ui.i18n import arg
from fms.ui.plurals import plurals
from fms.ui.pool.columns import member_columns
from fms.ui.pool.search_tab import member_table
from fms.ui.table_model import ROW_ROLE, Column, RowTableModel
from fms.ui.widgets import action_button, refill_combo

if TYPE_CHECKING:
    from fms.services.pool import RankedCandidate, Reason


def reason_text(reason: Reason) -> str:
    params = {key: show_date(value) if isinstance(value, date) else value for key, value in reason.params.items()}
    return QCoreApplication.translate("reasons", reason.template).format(**params)


def _summary(candidate: RankedCandidate) -> str:
    return " · ".join(reason_text(reason) for reason in candidate.reasons if reason.points > 0)


COLUMNS: tuple[Column[RankedCandidate], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "Score"), lambda r: f"{r.score:.0f}", lambda r: r.score, numeric=True),
    *member_columns(lambda candidate: candidate.member)[:3],
    Column(QT_TRANSLATE_NOOP("columns", "Why"), _summary, tooltip=_summary),
)


class RankingTab(QWidget):
    message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rankingTab")
        self.context = context
        self.mission = QComboBox(self)
        self.mission.setObjectName("rankingMission")
        self.mission.setAccessibleName(self.tr("Mission to staff"))
        self.mission.currentIndexChanged.connect(lambda _index: self.rank())
        self.candidates: RowTableModel[RankedCandidate] = RowTableModel(COLUMNS, self)
        self.table, self.proxy = member_table(self, "rankingTable", self.candidates)
        self.table.setAccessibleName(self.tr("Candidates, best first"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.explain())
        self.explanation = QTextBrowser(self)
        self.explanation.setObjectName("rankingExplanation")
        self.explanation.setAccessibleName(self.tr("Why this rank"))
        self.add_button = action_button(
            self, self.tr("&Add the selected to the mission's board"), "addToBoardButton", self.add_selected
        )
        top = QHBoxLayout()
        caption = QLabel(self.tr("&Mission"), self)
        caption.setBuddy(self.mission)
        top.addWidget(caption)
        top.addWidget(self.mission, 1)
        top.addWidget(self.add_button)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.explanation)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def load(self) -> None:
        from fms.core.enums import MissionStatus
        from fms.services.crm import list_missions

        refill_combo(
            self.mission,
            (
                (f"{mission.title} · {mission.client_name}", mission.id)
                for mission in list_missions(self.context.db)
                if mission.status in (MissionStatus.DRAFT, MissionStatus.OPEN)
            ),
        )
        self.rank()

    def rank(self) -> list[RankedCandidate]:
        from fms.services.pool import rank_for_mission

        mission_id = self.mission.currentData()
        ranked = rank_for_mission(self.context.db, mission_id) if mission_id is not None else []
        self.candidates.set_rows(ranked)
        self.explain()
        return ranked

    def selected(self) -> list[RankedCandidate]:
        return [index.data(ROW_ROLE) for index in self.table.selectionModel().selectedRows()]

    def explain(self) -> None:
        chosen = self.selected()
        if not chosen:
            self.explanation.setHtml(f"<p>{escape(self.tr('Select someone to see how their score adds up.'))}</p>")
            return
        candidate = chosen[0]
        lines = "".join(
            f"<tr><td>{escape(reason_text(reason))}</td><td align='right'>{reason.points:+.0f}</td></tr>"
            for reason in candidate.reasons
        )
        total = escape(self.tr("Score"))
        self.explanation.setHtml(
            f"<h3>{escape(candidate.member.name)}</h3><table width='100%'>{lines}"
            f"<tr><td><b>{total}</b></td><td align='right'><b>{candidate.score:.0f}</b></td></tr></table>"
        )

    def add_selected(self) -> int:
        """The chosen people onto the mission's board, in Sourced, in one go."""
        from fms.services.pipeline import propose_many

        mission_id, chosen = self.mission.currentData(), self.selected()
        if mission_id is None or not chosen:
            return 0
        try:
            added = propose_many(self.context.db, [candidate.member.id for candidate in chosen], mission_id)
        except KnownError as error:
            show_error(self, error, title=self.tr("Add to the board"))
            return 0
        self.context.notify("application")
        mission = self.mission.currentText()
        names = {c.member.id: c.member.name for c in chosen}
        who = names[added[0].freelancer_id] if len(added) == 1 else plurals().freelancers(len(added))
        self.message.emit(arg(self.tr("Proposed %1 for %2, in Sourced"), who, mission))
        self.rank()
        return len(added)
