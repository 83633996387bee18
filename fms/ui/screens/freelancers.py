"""Freelancers screen: every freelancer, searchable (the full file comes with its own issue)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from fms.i18n import QT_TRANSLATE_NOOP
from fms.ui.context import AppContext
from fms.ui.formatting import show_date, show_rate, sort_date
from fms.ui.i18n import label
from fms.ui.screens.table_screen import TableScreen
from fms.ui.table_model import Column

if TYPE_CHECKING:
    from fms.services.freelancers import FreelancerRow

COLUMNS: tuple[Column[FreelancerRow], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("columns", "Headline"), lambda r: r.headline),
    Column(QT_TRANSLATE_NOOP("columns", "Seniority"), lambda r: label(r.seniority), lambda r: r.seniority.value),
    Column(
        QT_TRANSLATE_NOOP("columns", "Daily rate"),
        lambda r: show_rate(r.daily_rate_cents),
        lambda r: r.daily_rate_cents if r.daily_rate_cents is not None else -1,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Available from"),
        lambda r: show_date(r.availability_date),
        lambda r: sort_date(r.availability_date),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Skills"), lambda r: r.skills),
    Column(QT_TRANSLATE_NOOP("columns", "Channel"), lambda r: label(r.sourcing_channel)),
    Column(QT_TRANSLATE_NOOP("columns", "Email"), lambda r: r.email),
)


class FreelancersScreen(TableScreen["FreelancerRow"]):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "freelancersScreen", "freelancerList", COLUMNS, parent)

    def fetch(self) -> Sequence[FreelancerRow]:
        from fms.services.freelancers import list_freelancers

        return list_freelancers(self.context.db)
