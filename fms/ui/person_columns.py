"""Columns every list of freelancers shares (rows with name, headline, seniority and rate)."""

from __future__ import annotations

from typing import Any

from fms.core.enums import RehireStatus
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.ui.formatting import show_date, show_rate, sort_date
from fms.ui.i18n import label
from fms.ui.table_model import Column
from fms.ui.text_colours import alert_brush

NAME: Column[Any] = Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name)
HEADLINE: Column[Any] = Column(QT_TRANSLATE_NOOP("columns", "Headline"), lambda r: r.headline)
SENIORITY: Column[Any] = Column(
    QT_TRANSLATE_NOOP("columns", "Seniority"), lambda r: label(r.seniority), lambda r: r.seniority.value
)
DAILY_RATE: Column[Any] = Column(
    QT_TRANSLATE_NOOP("columns", "Daily rate"),
    lambda r: show_rate(r.daily_rate_cents),
    lambda r: r.daily_rate_cents if r.daily_rate_cents is not None else -1,
    numeric=True,
)
AVAILABLE_FROM: Column[Any] = Column(
    QT_TRANSLATE_NOOP("columns", "Available from"),
    lambda r: show_date(r.availability_date),
    lambda r: sort_date(r.availability_date),
)
SKILLS: Column[Any] = Column(QT_TRANSLATE_NOOP("columns", "Skills"), lambda r: r.skills)
# Decided rehire status only; the private reason of a "do not rehire" stays in the file.
REHIRE: Column[Any] = Column(
    QT_TRANSLATE_NOOP("columns", "Rehire"),
    lambda r: "" if r.rehire_status == RehireStatus.UNDECIDED else label(r.rehire_status),
    foreground=lambda r: alert_brush() if r.rehire_status == RehireStatus.DO_NOT_REHIRE else None,
)
