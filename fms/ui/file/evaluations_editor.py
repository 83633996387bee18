"""Scores per evaluator: one row each (name, client side or ours, hard and soft skills, comment)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from fms.core import limits
from fms.services.file import EvaluationInput
from fms.ui.widgets import action_button

EVALUATOR, CLIENT_SIDE, HARD, SOFT, COMMENT = range(5)


class EvaluationsEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationsEditor")
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("evaluationsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Evaluator"), self.tr("Client"), self.tr("Hard skills"), self.tr("Soft skills"), self.tr("Why")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EVALUATOR, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(EVALUATOR, 160)
        self.table.setMinimumHeight(110)
        add = action_button(self, self.tr("Add an e&valuator"), "addEvaluatorButton", self.add_empty_row)
        self.remove_button = action_button(self, self.tr("Remo&ve"), "removeEvaluatorButton", self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _score_box(self, value: int | None, name: str) -> QSpinBox:
        box = QSpinBox(self.table)
        box.setRange(0, 5)
        box.setSpecialValueText("–")  # 0 means "no score given"
        box.setValue(value or 0)
        box.setAccessibleName(name)
        return box

    def add_row(self, evaluation: EvaluationInput) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QLineEdit(evaluation.evaluator, self.table)
        name.setAccessibleName(self.tr("Evaluator"))
        name.setMaxLength(limits.ROLE)
        name.setPlaceholderText(self.tr("Name"))
        side = QCheckBox(self.table)
        side.setChecked(evaluation.from_client)
        side.setAccessibleName(self.tr("From the client"))
        side.setToolTip(self.tr("This evaluator works for the client"))
        comment = QLineEdit(evaluation.comment, self.table)
        comment.setAccessibleName(self.tr("Why"))
        comment.setMaxLength(limits.SHORT_TEXT)
        # The cell shows a few words: the whole reason on hover, as the user types it.
        comment.setToolTip(evaluation.comment)
        comment.textChanged.connect(comment.setToolTip)
        self.table.setCellWidget(row, EVALUATOR, name)
        self.table.setCellWidget(row, CLIENT_SIDE, _centred(side))
        self.table.setCellWidget(row, HARD, self._score_box(evaluation.hard_skills_score, self.tr("Hard skills")))
        self.table.setCellWidget(row, SOFT, self._score_box(evaluation.soft_skills_score, self.tr("Soft skills")))
        self.table.setCellWidget(row, COMMENT, comment)

    def add_empty_row(self) -> None:
        self.add_row(EvaluationInput("", from_client=False))
        name = self.table.cellWidget(self.table.rowCount() - 1, EVALUATOR)
        name.setFocus()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)

    def set_evaluations(self, evaluations: tuple[EvaluationInput, ...]) -> None:
        self.table.setRowCount(0)
        for evaluation in evaluations:
            self.add_row(evaluation)

    def evaluations(self) -> tuple[EvaluationInput, ...]:
        return tuple(self._read(row) for row in range(self.table.rowCount()))

    def _read(self, row: int) -> EvaluationInput:
        name = self.table.cellWidget(row, EVALUATOR)
        side = self.table.cellWidget(row, CLIENT_SIDE).findChild(QCheckBox)
        hard = self.table.cellWidget(row, HARD)
        soft = self.table.cellWidget(row, SOFT)
        comment = self.table.cellWidget(row, COMMENT)
        assert isinstance(name, QLineEdit) and isinstance(comment, QLineEdit) and side is not None
        assert isinstance(hard, QSpinBox) and isinstance(soft, QSpinBox)
        return EvaluationInput(
            evaluator=name.text(),
            from_client=side.isChecked(),
            hard_skills_score=hard.value() or None,
            soft_skills_score=soft.value() or None,
            comment=comment.text(),
        )


def _centred(widget: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignCenter)
    return holder
