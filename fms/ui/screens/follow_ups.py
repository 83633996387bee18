"""Follow-ups screen: reminders still to do, soonest first, overdue ones in red."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.ui.context import AppContext
from fms.ui.due import due_column
from fms.ui.i18n import label
from fms.ui.screens.table_screen import TableScreen
from fms.ui.table_model import Column

if TYPE_CHECKING:
    from fms.services.file import FollowUpRow

COLUMNS: tuple[Column[FollowUpRow], ...] = (
    due_column(),
    Column(QT_TRANSLATE_NOOP("columns", "Person"), lambda r: r.person),
    Column(QT_TRANSLATE_NOOP("columns", "Organisation"), lambda r: r.organisation),
    Column(QT_TRANSLATE_NOOP("columns", "Channel"), lambda r: label(r.channel)),
    Column(QT_TRANSLATE_NOOP("columns", "Purpose"), lambda r: r.purpose),
)


class FollowUpsScreen(TableScreen["FollowUpRow"]):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "followUpsScreen", "followUpList", COLUMNS, parent)

    def fetch(self) -> Sequence[FollowUpRow]:
        from fms.services.file import open_follow_ups

        return open_follow_ups(self.context.db)
