"""What is due, read the same on every list: the "Due" column, red once it is late."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol, TypeVar

from PySide6.QtGui import QBrush

from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.ui.formatting import show_datetime, sort_date
from fms.ui.table_model import Column
from fms.ui.text_colours import alert_brush


class Due(Protocol):
    @property
    def due_at(self) -> datetime: ...


D = TypeVar("D", bound=Due)


def overdue(row: Due) -> QBrush | None:
    return alert_brush() if row.due_at < datetime.now(UTC) else None


def due_column(foreground: Callable[[D], QBrush | None] = overdue) -> Column[D]:
    """The "Due" column, in date order, red once the moment has passed (unless `foreground` says otherwise)."""
    return Column(
        QT_TRANSLATE_NOOP("columns", "Due"),
        lambda r: show_datetime(r.due_at),
        lambda r: sort_date(r.due_at),
        foreground=foreground,
    )
