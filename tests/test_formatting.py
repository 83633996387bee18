"""Money, dates and numbers through Babel: the interface and the PDFs of one language write them alike."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from fms.core.enums import ContactChannel
from fms.reports.profile_sheet import render_profile_sheet
from fms.services.file import PersonFollowUp
from fms.values import formatting
from tests.test_reports import read, sheet

NNBSP, NBSP = "\u202f", "\u00a0"  # Babel's (CLDR's) French spaces: between thousands, before €


@pytest.fixture(params=["en", "fr"])
def ui_language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The interface in each language, as install_translations sets it."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French if request.param == "fr" else QLocale.Language.English))
    yield request.param
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("cents", "en", "fr"),
    [
        (120050, "€1,200.50", f"1{NNBSP}200,50{NBSP}€"),
        (65000, "€650", f"650{NBSP}€"),
        (5, "€0.05", f"0,05{NBSP}€"),
    ],
)
def test_money_in_each_language(cents: int, en: str, fr: str) -> None:
    assert (formatting.money(cents, "en"), formatting.money(cents, "fr")) == (en, fr)


def test_dates_and_numbers_in_each_language() -> None:
    assert formatting.short_date(date(2026, 12, 6), "en") == "6 Dec 2026"
    assert formatting.short_date(date(2026, 12, 6), "fr") == "6 déc. 2026"
    assert formatting.long_date(date(2026, 11, 1), "fr") == f"1er{NBSP}novembre 2026"
    assert formatting.long_date(date(2026, 11, 21), "fr") == f"21{NBSP}novembre 2026"
    assert formatting.month_year(date(2026, 3, 2), "en") == "March 2026"
    assert (formatting.number(4.5, "en"), formatting.number(4.5, "fr")) == ("4.5", "4,5")
    assert (formatting.percent(0.42, "en"), formatting.percent(0.42, "fr")) == ("42%", f"42{NBSP}%")
    assert (formatting.amount(120050, "en"), formatting.amount(120050, "fr")) == ("1,200.50", f"1{NNBSP}200,50")
    with pytest.raises(ValueError):
        formatting.money(100, "de")


def test_the_interface_and_the_profile_sheet_write_a_rate_alike(ui_language: str) -> None:
    from fms.ui.formatting import show_rate

    shown = show_rate(120050)
    assert shown == {"en": "€1,200.50", "fr": f"1{NNBSP}200,50{NBSP}€"}[ui_language]
    _, text = read(render_profile_sheet(sheet(ui_language, daily_rate_cents=120050)))
    assert shown.replace(NNBSP, " ").replace(NBSP, " ") in text.replace(NNBSP, " ").replace(NBSP, " ")


@pytest.mark.parametrize("cents", [0, 1, 5, 99, 100, 65000, 65001, 120050, 99999, 100000, 12345678, 100000000, -5000])
def test_a_rate_on_screen_is_written_as_babel_writes_it(ui_language: str, cents: int) -> None:
    """The interface writes rates from Qt's CLDR data (no Babel on the board's first paint): never otherwise."""
    from fms.ui.formatting import show_rate

    assert show_rate(cents) == formatting.money(cents, ui_language)


def test_a_time_on_screen_is_written_as_babel_writes_it(ui_language: str) -> None:
    from fms.ui.formatting import _time_of_day

    for hour, minute in itertools.product(range(24), range(60)):
        assert _time_of_day(hour, minute, ui_language) == formatting.time_of_day(time(hour, minute), ui_language)


NUMBERS = [0, 0.05, 0.15, 0.25, 1, 2.675, 4.45, 12.25, 12.35, 99.95, 1234.5, 1234567.25, 3.14159, 21.0416667]


@pytest.mark.parametrize("decimals", [0, 1, 2])
def test_a_number_on_screen_is_written_as_babel_writes_it(ui_language: str, decimals: int) -> None:
    from fms.ui.formatting import show_number

    values = [*NUMBERS, *(tenth / 20 for tenth in range(0, 2000, 7)), *(1 / n for n in range(1, 60))]
    for value in values:
        assert show_number(value, decimals) == formatting.number(value, ui_language, decimals), value


def test_a_percentage_on_screen_is_written_as_babel_writes_it(ui_language: str) -> None:
    from fms.ui.formatting import show_percent

    ratios = [
        0,
        0.005,
        0.015,
        0.125,
        0.135,
        0.4249999,
        1,
        12.345,
        *(n / 7 for n in range(8)),
        *(k / 1000 for k in range(1001)),
    ]
    for ratio in ratios:
        assert show_percent(ratio) == formatting.percent(ratio, ui_language), ratio


def test_tables_show_a_date_as_the_date_fields_do(ui_language: str, qtbot: QtBot) -> None:
    from fms.ui.dialogs.form import make_date_edit, set_date_value
    from fms.ui.formatting import show_date, show_datetime

    assert show_date(date(2026, 12, 6)) == {"en": "12/6/2026", "fr": "06/12/2026"}[ui_language]
    edit = make_date_edit(None, "")  # type: ignore[arg-type]
    qtbot.addWidget(edit)
    set_date_value(edit, date(2026, 12, 6))
    assert edit.text() == show_date(date(2026, 12, 6))
    assert show_datetime(datetime(2026, 12, 6, 14, 30).astimezone()).endswith(" 14:30")


def test_a_date_column_sorts_by_the_date_not_by_its_text(ui_language: str) -> None:
    from fms.ui.file.follow_ups_tab import COLUMNS
    from fms.ui.table_model import RowTableModel

    def done_on(day: date, number: int) -> PersonFollowUp:
        at = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)
        return PersonFollowUp(number, at, ContactChannel.EMAIL, "News", at, "")

    model: RowTableModel[PersonFollowUp] = RowTableModel(COLUMNS)
    model.set_rows([done_on(date(2027, 1, 2), 1), done_on(date(2026, 12, 6), 2), done_on(date(2026, 11, 10), 3)])
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.AscendingOrder)
        if model.headerData(column, Qt.Orientation.Horizontal) in ("Due", "Done"):
            assert [row.id for row in model.rows] == [3, 2, 1], model.headerData(column, Qt.Orientation.Horizontal)
