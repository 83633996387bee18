"""Freelancers screen: every freelancer, searchable (the full file comes with its own issue)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from fms.i18n import QT_TRANSLATE_NOOP
from fms.ui.context import AppContext
from fms.ui.i18n import label
from fms.ui.person_columns import AVAILABLE_FROM, DAILY_RATE, HEADLINE, NAME, SENIORITY, SKILLS
from fms.ui.screens.table_screen import TableScreen
from fms.ui.table_model import Column

if TYPE_CHECKING:
    from fms.services.freelancers import FreelancerRow

COLUMNS: tuple[Column[FreelancerRow], ...] = (
    NAME,
    HEADLINE,
    SENIORITY,
    DAILY_RATE,
    AVAILABLE_FROM,
    SKILLS,
    Column(QT_TRANSLATE_NOOP("columns", "Channel"), lambda r: label(r.sourcing_channel)),
    Column(QT_TRANSLATE_NOOP("columns", "Email"), lambda r: r.email),
)


class FreelancersScreen(TableScreen["FreelancerRow"]):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "freelancersScreen", "freelancerList", COLUMNS, parent)

    def fetch(self) -> Sequence[FreelancerRow]:
        from fms.services.freelancers import list_freelancers

        return list_freelancers(self.context.db)
