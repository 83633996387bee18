"""Rate benchmarks: what we actually agreed for a skill and a seniority, and where an amount sits."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCompleter, QFormLayout, QLineEdit, QTextBrowser, QVBoxLayout, QWidget

from fms.core.enums import Seniority
from fms.ui.context import AppContext
from fms.ui.dialogs.form import enum_combo
from fms.ui.formatting import show_rate
from fms.ui.i18n import label
from fms.values.money import parse_rate

if TYPE_CHECKING:
    from fms.services.pool import RateBenchmark


def benchmark_line(benchmark: RateBenchmark) -> str:
    """'Agreed for Python · Senior: median 620 € (middle half 560 € – 700 €, 42 engagements)'."""
    who = benchmark.skill if benchmark.seniority is None else f"{benchmark.skill} · {label(benchmark.seniority)}"
    if not benchmark.count:
        return QCoreApplication.translate("RateBenchmark", "No agreed rate yet for %1.").replace("%1", who)
    if benchmark.count == 1:
        once = QCoreApplication.translate("RateBenchmark", "Agreed for %1: %2, in a single engagement so far")
        return once.replace("%1", who).replace("%2", show_rate(benchmark.median_cents))
    text = QCoreApplication.translate("RateBenchmark", "Agreed for %1: median %2 (middle half %3 – %4, %5 engagements)")
    for number, value in enumerate(
        (who, show_rate(benchmark.median_cents), show_rate(benchmark.q1_cents), show_rate(benchmark.q3_cents),
         str(benchmark.count)),
        start=1,
    ):  # fmt: skip
        text = text.replace(f"%{number}", value)
    return text


class RatesTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratesTab")
        self.context = context
        self.skill = QLineEdit(self)
        self.skill.setObjectName("benchmarkSkill")
        self.skill.setPlaceholderText("Python")
        self.seniority = enum_combo(self, Seniority, none_text=self.tr("Any seniority"))
        self.seniority.setObjectName("benchmarkSeniority")
        self.compare = QLineEdit(self)
        self.compare.setObjectName("benchmarkCompare")
        self.compare.setPlaceholderText(self.tr("An asked rate or a budget, to place it"))
        self.figures = QTextBrowser(self)
        self.figures.setObjectName("benchmarkFigures")
        self.figures.setAccessibleName(self.tr("Rate benchmark"))
        form = QFormLayout()
        form.addRow(self.tr("&Skill"), self.skill)
        form.addRow(self.tr("S&eniority"), self.seniority)
        form.addRow(self.tr("&Compare"), self.compare)
        self.skill.setAccessibleName(self.tr("Skill"))
        self.seniority.setAccessibleName(self.tr("Seniority"))
        self.compare.setAccessibleName(self.tr("Amount to compare"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.figures, 1)
        self.skill.editingFinished.connect(self.show_figures)
        self.compare.textChanged.connect(lambda _text: self.show_figures())
        self.seniority.currentIndexChanged.connect(lambda _index: self.show_figures())

    def load(self) -> None:
        from fms.services.common.skills import skill_names

        completer = QCompleter(skill_names(self.context.db), self.skill)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.skill.setCompleter(completer)
        self.show_figures()

    def show_figures(self) -> RateBenchmark | None:
        from fms.services.pool import rate_benchmark

        skill = self.skill.text().strip()
        if not skill:
            self.figures.setHtml(f"<p>{escape(self.tr('Choose a skill to see the daily rates we agreed.'))}</p>")
            return None
        benchmark = rate_benchmark(self.context.db, skill, self.seniority.currentData())
        parts = [f"<p><b>{escape(benchmark_line(benchmark))}</b></p>"]
        try:
            compared = parse_rate(self.compare.text())
        except ValueError:
            compared = None
        position = benchmark.position(compared)
        if position:
            words = {
                "below": self.tr("%1 is below the middle half of what we agreed."),
                "within": self.tr("%1 is within the middle half of what we agreed."),
                "above": self.tr("%1 is above the middle half of what we agreed."),
            }[position]
            parts.append(f"<p>{escape(words.replace('%1', show_rate(compared)))}</p>")
        if benchmark.by_year:
            rows = "".join(
                f"<tr><td>{year.year}</td><td align='right'>{escape(show_rate(year.median_cents))}</td>"
                f"<td align='right'>{year.count}</td></tr>"
                for year in benchmark.by_year
            )
            head = "".join(
                f"<th>{escape(text)}</th>" for text in (self.tr("Year"), self.tr("Median"), self.tr("Engagements"))
            )
            parts.append(f"<table cellpadding='4'><tr>{head}</tr>{rows}</table>")
        self.figures.setHtml("".join(parts))
        return benchmark
