"""Answers owed: every application closed without its answer marked sent, the longest waiting first.

Every candidate gets an answer (and a client is told why a freelancer declined): the list is
the guarantee, each line one click from its drafted message.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.ui.context import AppContext
from fms.ui.formatting import show_date, sort_date
from fms.ui.i18n import label
from fms.ui.plurals import plurals
from fms.ui.screens.table_screen import TableScreen
from fms.ui.table_model import Column

if TYPE_CHECKING:
    from fms.services.pipeline import OwedAnswer

CANDIDATE = QT_TRANSLATE_NOOP("columns", "The candidate")
CLIENT = QT_TRANSLATE_NOOP("columns", "The client")


def _waiting(row: OwedAnswer) -> int:
    return max(0, (datetime.now(UTC) - row.closed_at).days)


COLUMNS: tuple[Column[OwedAnswer], ...] = (
    Column(
        QT_TRANSLATE_NOOP("columns", "Closed on"), lambda r: show_date(r.closed_at), lambda r: sort_date(r.closed_at)
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Waiting"), lambda r: plurals().days(_waiting(r)), _waiting, numeric=True),
    Column(
        QT_TRANSLATE_NOOP("columns", "Owed to"),
        lambda r: QCoreApplication.translate("columns", CLIENT if r.to_client else CANDIDATE),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Freelancer"), lambda r: r.freelancer_name),
    Column(QT_TRANSLATE_NOOP("columns", "Mission"), lambda r: f"{r.mission_title} · {r.client_name}"),
    Column(QT_TRANSLATE_NOOP("columns", "Outcome"), lambda r: label(r.outcome)),
)


class AnswersOwedScreen(TableScreen["OwedAnswer"]):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "answersOwedScreen", "answersOwedList", COLUMNS, parent)
        self.table.setAccessibleName(self.tr("Answers owed"))
        self.answer_button = self.toolbar_button(self.tr("&Answer…"), "answerButton", self.answer_selected)
        self.board_button = self.toolbar_button(self.tr("Show on the &board"), "showOnBoardButton", self.show_on_board)
        self.table.activated.connect(lambda _index: self.answer_selected())

    def fetch(self) -> Sequence[OwedAnswer]:
        from fms.services.pipeline import answers_owed

        return answers_owed(self.context.db)

    def preview_rows(self, path: Path) -> tuple[Sequence[OwedAnswer], int] | None:
        from fms.services.pipeline.answers_preview import preview_answers_owed

        rows = preview_answers_owed(path)
        return None if rows is None else (rows, len(rows))

    def answer_selected(self) -> bool:
        """The selected line's drafted answer; True when it was edited or sent."""
        from fms.ui.board.answer_dialog import open_answer

        row = self.selected_row()
        if row is None:
            return False
        if not open_answer(self.context.db, row.id, self.context.language, self):
            return False
        self.context.notify("answers")  # this list, the badge, the board's tag and the dashboard follow
        return True

    def show_on_board(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.context.card_requested.emit(row.mission_id, row.id)
