"""Talent pool screen: alumni and near-hires who agreed to stay in touch, best rated first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fms.enums import RehireStatus
from fms.i18n import QT_TRANSLATE_NOOP
from fms.ui.context import AppContext
from fms.ui.formatting import show_date, show_rating, sort_date
from fms.ui.i18n import label
from fms.ui.person_columns import AVAILABLE_FROM, DAILY_RATE, HEADLINE, NAME, REHIRE, SENIORITY
from fms.ui.screens.table_screen import TableScreen
from fms.ui.table_model import Column

if TYPE_CHECKING:
    from fms.services.talent_pool import PoolMember


def _rehire(member: PoolMember) -> str:
    """The file's decided status first; otherwise what the collaboration notes say."""
    if member.rehire_status != RehireStatus.UNDECIDED:
        return label(member.rehire_status)
    if member.would_rehire is None:
        return ""
    text = QT_TRANSLATE_NOOP("columns", "Yes") if member.would_rehire else QT_TRANSLATE_NOOP("columns", "No")
    return QCoreApplication.translate("columns", text)


COLUMNS: tuple[Column[PoolMember], ...] = (
    NAME,
    HEADLINE,
    SENIORITY,
    Column(
        QT_TRANSLATE_NOOP("columns", "Rating"),
        lambda r: show_rating(r.average_rating),
        lambda r: r.average_rating if r.average_rating is not None else -1.0,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Would rehire"), _rehire, foreground=REHIRE.foreground),
    DAILY_RATE,
    AVAILABLE_FROM,
    Column(
        QT_TRANSLATE_NOOP("columns", "Last mission ended"),
        lambda r: show_date(r.last_mission_end),
        lambda r: sort_date(r.last_mission_end),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Missions"), lambda r: str(r.missions_done), lambda r: r.missions_done, True),
)


class TalentPoolScreen(TableScreen["PoolMember"]):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "talentPool", "talentPoolTable", COLUMNS, parent)
        self.table.activated.connect(lambda index: self.open_file(self.activated_row(index).id))

    def open_file(self, freelancer_id: int) -> None:
        from fms.ui.file.opening import open_freelancer_file

        open_freelancer_file(self.context, freelancer_id, self)

    def fetch(self) -> Sequence[PoolMember]:
        from fms.services.talent_pool import list_pool

        return list_pool(self.context.db)
