"""How pool members read in the pool's tables."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from fms.core.enums import RehireStatus
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.services.pool.members import PoolMember
from fms.ui.formatting import show_date, show_rating, sort_date
from fms.ui.i18n import label
from fms.ui.person_columns import AVAILABLE_FROM, DAILY_RATE, HEADLINE, NAME, REHIRE, SENIORITY
from fms.ui.table_model import Column

YES, NO = QT_TRANSLATE_NOOP("columns", "Yes"), QT_TRANSLATE_NOOP("columns", "No")


def rehire_text(member: PoolMember) -> str:
    """The file's decided status first; otherwise what the collaboration notes say."""
    if member.rehire_status != RehireStatus.UNDECIDED:
        return label(member.rehire_status)
    if member.would_rehire is None:
        return ""
    return QCoreApplication.translate("columns", YES if member.would_rehire else NO)


def member_columns(get: Any = lambda row: row) -> tuple[Column[Any], ...]:
    """The pool's columns for rows that are members (`get` is identity) or hold one (`get` reads it)."""

    def on(column: Column[Any]) -> Column[Any]:
        display, sort, foreground = column.display, column.sort, column.foreground
        return Column(
            column.header,
            lambda row: display(get(row)),
            (lambda row: sort(get(row))) if sort else None,
            column.numeric,
            foreground=(lambda row: foreground(get(row))) if foreground else None,
        )

    return tuple(
        on(column)
        for column in (
            NAME,
            HEADLINE,
            SENIORITY,
            Column(
                QT_TRANSLATE_NOOP("columns", "Rating"),
                lambda r: show_rating(r.average_rating),
                lambda r: r.average_rating if r.average_rating is not None else -1.0,
            ),
            Column(QT_TRANSLATE_NOOP("columns", "Would rehire"), rehire_text, foreground=REHIRE.foreground),
            DAILY_RATE,
            AVAILABLE_FROM,
            Column(
                QT_TRANSLATE_NOOP("columns", "Last mission ended"),
                lambda r: show_date(r.last_mission_end),
                lambda r: sort_date(r.last_mission_end),
            ),
            Column(
                QT_TRANSLATE_NOOP("columns", "Last contact"),
                lambda r: show_date(r.last_contact),
                lambda r: sort_date(r.last_contact),
            ),
            Column(
                QT_TRANSLATE_NOOP("columns", "Missions"),
                lambda r: str(r.missions_done),
                lambda r: r.missions_done,
                True,
            ),
        )
    )


SNIPPET: Column[PoolMember] = Column(
    QT_TRANSLATE_NOOP("columns", "Where the words are"), lambda r: r.snippet, tooltip=lambda r: r.snippet
)
