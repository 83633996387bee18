"""Follow-ups screen, the animator's daily to-do: overdue, today, this week, later; done, snoozed, moved.

Three follow-ups without an answer on one application propose closing it as withdrawn rather
than insisting a fourth time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QInputDialog, QMessageBox, QWidget

from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.services.file.follow_up_rows import DueGroup
from fms.ui.context import AppContext
from fms.ui.due import due_column
from fms.ui.errors import show_error
from fms.ui.i18n import arg, label
from fms.ui.screens.follow_up_dialogs import FollowUpDoneDialog, RescheduleDialog
from fms.ui.screens.table_screen import TableScreen
from fms.ui.table_model import ROW_ROLE, Column

if TYPE_CHECKING:
    from fms.services.file import Completion, FollowUpRow

GROUPS: dict[DueGroup, str] = {
    DueGroup.OVERDUE: QT_TRANSLATE_NOOP("followUps", "Overdue"),
    DueGroup.TODAY: QT_TRANSLATE_NOOP("followUps", "Today"),
    DueGroup.THIS_WEEK: QT_TRANSLATE_NOOP("followUps", "This week"),
    DueGroup.LATER: QT_TRANSLATE_NOOP("followUps", "Later"),
}
GROUP_ORDER = tuple(GROUPS)


def group_text(group: DueGroup) -> str:
    return QCoreApplication.translate("followUps", GROUPS[group])


def purpose_text(row: FollowUpRow) -> str:
    if row.recontact is None:
        return row.purpose
    text = arg(
        QCoreApplication.translate("followUps", "Get back in touch (%1: %2)"), label(row.recontact), row.mission_title
    )
    return f"{text} · {row.purpose}" if row.purpose else text


COLUMNS: tuple[Column[FollowUpRow], ...] = (
    due_column(),
    Column(QT_TRANSLATE_NOOP("columns", "When"), lambda r: group_text(r.group), lambda r: GROUP_ORDER.index(r.group)),
    Column(QT_TRANSLATE_NOOP("columns", "Person"), lambda r: r.person),
    Column(QT_TRANSLATE_NOOP("columns", "Organisation"), lambda r: r.organisation),
    Column(QT_TRANSLATE_NOOP("columns", "Channel"), lambda r: label(r.channel)),
    Column(QT_TRANSLATE_NOOP("columns", "Purpose"), purpose_text),
)


class FollowUpsScreen(TableScreen["FollowUpRow"]):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "followUpsScreen", "followUpList", COLUMNS, parent)
        self.table.setAccessibleName(self.tr("Follow-ups"))
        self.group_filter = QComboBox(self)
        self.group_filter.setObjectName("followUpGroupFilter")
        self.group_filter.setAccessibleName(self.tr("Show"))
        self.group_filter.addItem(self.tr("All"), None)
        for group in GROUP_ORDER:
            self.group_filter.addItem(group_text(group), group)
        self.group_filter.currentIndexChanged.connect(lambda _index: self.load())
        self.toolbar.insertWidget(1, self.group_filter)
        self.done_button = self.toolbar_button(self.tr("Mark &done…"), "followUpDoneButton", self.mark_done)
        self.snooze_button = self.toolbar_button(self.tr("S&nooze"), "snoozeFollowUpButton", self.snooze)
        self.reschedule_button = self.toolbar_button(
            self.tr("&Reschedule…"), "rescheduleFollowUpButton", self.reschedule
        )
        self.file_button = self.toolbar_button(self.tr("Open &file"), "openFileButton", self.open_file)
        self.card_button = self.toolbar_button(self.tr("Show the &card"), "showCardButton", self.show_card)
        self.propose_button = self.toolbar_button(
            self.tr("&Propose for a mission…"), "proposeForMissionButton", self.propose
        )
        self.table.activated.connect(lambda _index: self.open_file())

    def fetch(self) -> Sequence[FollowUpRow]:
        from fms.services.file import to_do

        return self._chosen(to_do(self.context.db))

    def preview_rows(self, path: Path) -> tuple[Sequence[FollowUpRow], int] | None:
        from fms.services.file.follow_ups_preview import preview_to_do

        rows = preview_to_do(path)
        if rows is None:
            return None
        chosen = self._chosen(rows)
        return chosen, len(chosen)

    def _chosen(self, rows: Sequence[FollowUpRow]) -> list[FollowUpRow]:
        chosen = self.group_filter.currentData()
        return [row for row in rows if chosen is None or row.group == chosen]

    def _run(self, call: Callable[[], object]) -> bool:
        """True when the service did it; its refusal is shown and the list reloaded."""
        try:
            call()
        except KnownError as error:
            show_error(self, error)
            self.load()
            return False
        return True

    def mark_done(self) -> bool:
        from fms.services.file import complete_follow_up

        row = self.selected_row()
        if row is None:
            return False
        if row.recontact is not None:
            return self._recontacted(row)
        dialog = FollowUpDoneDialog(
            row.person, lambda result: complete_follow_up(self.context.db, row.id, result), self
        )
        if dialog.exec() != FollowUpDoneDialog.DialogCode.Accepted:
            return False
        self.context.notify("follow_up")
        completion = dialog.result_row
        if completion is not None and completion.propose_withdrawal:  # type: ignore[attr-defined]
            self._propose_withdrawal(completion)  # type: ignore[arg-type]
        return True

    def _recontacted(self, row: FollowUpRow) -> bool:
        """A silver medallist contacted: their "recontact after" is cleared (a new one is set on the card)."""
        from fms.services.pipeline import set_recontact

        if not self._run(lambda: set_recontact(self.context.db, row.id, None, row.purpose)):
            return False
        self.context.notify("follow_up")
        return True

    def _propose_withdrawal(self, completion: Completion) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("No answer"), "", QMessageBox.StandardButton.NoButton, self
        )
        box.setObjectName("proposeWithdrawalBox")
        box.setText(
            arg(
                self.tr(
                    "%1 follow-ups on this application went unanswered. Rather than insist, close it as withdrawn?"
                ),
                completion.unanswered,
            )
        )
        close = box.addButton(self.tr("Close as &withdrawn…"), QMessageBox.ButtonRole.AcceptRole)
        close.setObjectName("closeAsWithdrawnButton")
        box.addButton(self.tr("&Keep it open"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is close and completion.application_id is not None:
            self.close_application(completion.mission_id or 0, completion.application_id)

    def close_application(self, mission_id: int, application_id: int) -> None:
        """The card on the board, then its outcome dialog (closing early: withdrawn is among the outcomes)."""
        from fms.core.enums import Outcome, Stage
        from fms.ui.screens.board import BoardScreen

        self.context.card_requested.emit(mission_id, application_id)
        window = self.window()
        board = window.findChild(BoardScreen) if window is not self else None
        if board is not None:
            board.board.moves.preferred_outcome = Outcome.WITHDRAWN
            board.board.moves.move(application_id, Stage.ALUMNI)

    def snooze(self) -> None:
        from fms.services.file import snooze_follow_up

        row = self.selected_row()
        if row is not None and row.recontact is not None:
            self.message.emit(self.tr("Change when to get back in touch from the card's details."))
            return
        if row is not None and self._run(lambda: snooze_follow_up(self.context.db, row.id)):
            self.context.notify("follow_up")

    def reschedule(self) -> bool:
        from fms.services.file import propose_time, reschedule_follow_up

        row = self.selected_row()
        if row is None or row.recontact is not None:
            return False
        proposed = propose_time(self.context.db)
        dialog = RescheduleDialog(proposed, lambda due: reschedule_follow_up(self.context.db, row.id, due), self)
        if dialog.exec() != RescheduleDialog.DialogCode.Accepted:
            return False
        self.context.notify("follow_up")
        return True

    def open_file(self) -> None:
        from fms.ui.file.opening import open_freelancer_file

        row = self.selected_row()
        if row is not None and row.freelancer_id is not None:
            open_freelancer_file(self.context, row.freelancer_id, self)
            self.load()

    def show_card(self) -> None:
        row = self.selected_row()
        if row is not None and row.application_id is not None and row.mission_id is not None:
            self.context.card_requested.emit(row.mission_id, row.application_id)

    def propose(self) -> bool:
        """The talent pool's ranking for a chosen open mission, this person selected when they fit."""
        from fms.core.enums import MissionStatus
        from fms.services.crm import list_missions
        from fms.ui.screens.talent_pool import TalentPoolScreen

        row = self.selected_row()
        if row is None or row.freelancer_id is None:
            return False
        missions = [
            mission
            for mission in list_missions(self.context.db)
            if mission.status in (MissionStatus.DRAFT, MissionStatus.OPEN)
        ]
        if not missions:
            self.message.emit(self.tr("No open mission to propose them for."))
            return False
        names = [f"{mission.title} · {mission.client_name}" for mission in missions]
        name, ok = QInputDialog.getItem(
            self, self.tr("Propose for a mission"), arg(self.tr("Mission for %1"), row.person), names, 0, False
        )
        window = self.window()
        if not ok or not hasattr(window, "show_screen"):
            return False
        pool = window.show_screen("talentPool")
        assert isinstance(pool, TalentPoolScreen)
        pool.tabs.setCurrentWidget(pool.ranking_tab)
        ranking = pool.ranking_tab
        ranking.mission.setCurrentIndex(ranking.mission.findData(missions[names.index(name)].id))
        for proxy_row in range(ranking.proxy.rowCount()):
            candidate = ranking.proxy.index(proxy_row, 0).data(ROW_ROLE)
            if candidate.member.id == row.freelancer_id:
                ranking.table.selectRow(proxy_row)
                return True
        pool.message.emit(arg(self.tr("%1 does not fit this mission's ranking."), row.person))
        return True
