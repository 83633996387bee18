"""The generic row model passes Qt's model tester; the proxy sorts and filters as people expect."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from fms.ui.table_model import ROW_ROLE, Column, RowFilterProxy, RowTableModel


@dataclass(frozen=True)
class Person:
    name: str
    rate: int | None


COLUMNS = (
    Column("Name", lambda p: p.name),
    Column(
        "Daily rate", lambda p: "" if p.rate is None else str(p.rate), lambda p: -1 if p.rate is None else p.rate, True
    ),
)
PEOPLE = [Person("Émilie", 600), Person("zoé", None), Person("Alain", 1200), Person("Bruno", 450)]


def test_row_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model: RowTableModel[Person] = RowTableModel(COLUMNS)
    model.set_rows(PEOPLE)
    qtmodeltester.check(model)
    assert model.index(1, 1).data(ROW_ROLE) == PEOPLE[1]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Daily rate"


def test_proxy_sorts_names_like_a_dictionary_and_numbers_as_numbers(qapp) -> None:  # type: ignore[no-untyped-def]
    model: RowTableModel[Person] = RowTableModel(COLUMNS)
    model.set_rows(PEOPLE)
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(row, 0).data() for row in range(4)] == ["Alain", "Bruno", "Émilie", "zoé"]
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(row, 0).data() for row in range(4)] == ["Alain", "Émilie", "Bruno", "zoé"]


def test_proxy_filters_on_text_and_on_the_row(qapp) -> None:  # type: ignore[no-untyped-def]
    model: RowTableModel[Person] = RowTableModel(COLUMNS)
    model.set_rows(PEOPLE)
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text_filter("emi")  # accents and case ignored
    assert proxy.rowCount() == 1
    proxy.set_text_filter("")
    proxy.set_row_filter(lambda person: person.rate is not None and person.rate > 500)
    assert sorted(proxy.index(row, 0).data() for row in range(proxy.rowCount())) == ["Alain", "Émilie"]


def test_sorting_keeps_the_selection_on_its_row(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPersistentModelIndex

    model: RowTableModel[Person] = RowTableModel(COLUMNS)
    model.set_rows(PEOPLE)
    bruno = QPersistentModelIndex(model.index(3, 0))
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert bruno.data() == "Bruno" and bruno.row() == 2
    model.set_rows([*PEOPLE, Person("Anna", 2000)])  # a reload keeps the chosen order
    assert model.index(0, 0).data() == "Anna"
