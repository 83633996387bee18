"""The freelancers list holds a page at a time: the database searches, sorts and counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fms.core.text import fold
from fms.sampledata.generator import fill_demo
from fms.services.file import count_freelancers, freelancer_page
from fms.storage.database import Database
from fms.ui.lazy_table_model import PAGE_SIZE
from fms.ui.screens.freelancers import FreelancersScreen
from fms.ui.table_model import ROW_ROLE
from tests.conftest import open_main_window


@pytest.fixture
def crowd(db: Database) -> Database:
    fill_demo(db, freelancers=450, with_files=False)
    return db


def test_pages_follow_each_other_without_overlap(crowd: Database) -> None:
    first = freelancer_page(crowd, sort="rate", descending=True, limit=200)
    second = freelancer_page(crowd, sort="rate", descending=True, offset=200, limit=200)
    rates = [row.daily_rate_cents or 0 for row in first + second]
    assert rates == sorted(rates, reverse=True)
    assert not {row.id for row in first} & {row.id for row in second}
    assert count_freelancers(crowd) == 450


def test_search_matches_name_headline_or_email_word_by_word(crowd: Database) -> None:
    everyone = freelancer_page(crowd, limit=None)
    target = everyone[17]
    first_name = target.name.split()[0]
    found = freelancer_page(crowd, search=f"{first_name.lower()} {target.headline.split()[0]}", limit=None)
    assert target.id in {row.id for row in found}
    assert all(first_name.lower() in row.name.lower() for row in found)
    assert count_freelancers(crowd, search=first_name) == sum(first_name.lower() in r.name.lower() for r in everyone)


def test_the_screen_loads_a_page_then_more_as_needed(qtbot: QtBot, tmp_path: Path, crowd: Database) -> None:
    window = open_main_window(qtbot, crowd, tmp_path)
    screen = window.show_screen("freelancers")
    assert isinstance(screen, FreelancersScreen)
    assert screen.model.rowCount() == PAGE_SIZE and screen.model.total == 450
    assert screen.status.text() == "450 row(s)"
    screen.table.scrollToBottom()
    qtbot.waitUntil(lambda: screen.model.rowCount() > PAGE_SIZE)
    screen.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # daily rate, by the database
    rates = [screen.model.index(row, 0).data(ROW_ROLE).daily_rate_cents or 0 for row in range(50)]
    assert rates == sorted(rates, reverse=True)
    name = screen.model.index(0, 0).data(ROW_ROLE).name
    screen.search.setText(name)
    qtbot.waitUntil(lambda: screen.model.total < 450)
    assert all(name.lower() in screen.model.index(r, 0).data().lower() for r in range(screen.model.rowCount()))


def test_the_lazy_model_passes_the_model_tester(qtmodeltester, crowd: Database) -> None:  # type: ignore[no-untyped-def]
    from fms.ui.screens.freelancers import COLUMNS, freelancer_model

    model = freelancer_model(lambda: crowd, COLUMNS, None)  # type: ignore[arg-type]
    model.reload()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450


def test_upgrading_fills_the_search_text_of_existing_freelancers(tmp_path: Path) -> None:
    import sqlite3
    from contextlib import closing

    from fms.storage.engine import make_engine
    from fms.storage.locations import sqlite_location
    from fms.storage.migrate import upgrade
    from fms.storage.opening import open_database

    path = tmp_path / "before-search.db"
    engine = make_engine(sqlite_location(path))
    upgrade(engine, "0002_settings")
    engine.dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(
            "INSERT INTO freelancers (first_name, last_name, email, phone, linkedin_url, location, headline, seniority,"
            " sourcing_channel, portage_company, talent_pool_consent, notes, created_at, updated_at)"
            " VALUES ('Élodie', 'Lefèvre', 'elo@example.com', '', '', '', 'Développeuse Python', 'senior', 'direct',"
            " '', 0, '', '2026-01-01', '2026-01-01')"
        )
        connection.commit()
    opened = open_database(sqlite_location(path))
    assert [row.name for row in freelancer_page(opened.db, search="elodie developpeuse")] == ["Élodie Lefèvre"]
    opened.db.dispose()


def test_search_ignores_accents_and_case(db: Database, make) -> None:  # type: ignore[no-untyped-def]
    make.freelancer("Élodie", "Lefèvre")
    make.freelancer("Elodie", "Martin")
    assert sorted(row.name for row in freelancer_page(db, search="ELODIE")) == ["Elodie Martin", "Élodie Lefèvre"]
    assert [row.name for row in freelancer_page(db, search="lefevre")] == ["Élodie Lefèvre"]
    assert freelancer_page(db, search="100%") == []


def test_each_filter_narrows_the_list_to_the_right_people(db: Database, make) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from fms.core.enums import FreelancerStatus, Outcome, RehireStatus, Seniority, Stage
    from fms.services.file import FreelancerQuery, ProfileInput, count_freelancers, freelancer_page, save_profile
    from fms.services.pipeline import OutcomeInput, move_application

    def person(first: str, **values: object) -> int:
        return save_profile(db, None, ProfileInput(first_name=first, last_name="Test", **values)).id  # type: ignore[arg-type]

    ada = person("Ada", skills=(("Python", 5),), seniority=Seniority.SENIOR, availability_date=date(2026, 12, 1))
    person("Bob", skills=(("python", 2), ("React", 4)), talent_pool_consent=True)
    person("Cléo", seniority=Seniority.JUNIOR, availability_date=date(2027, 3, 1))
    person("Dan", rehire_status=RehireStatus.DO_NOT_REHIRE, do_not_rehire_reason="No-show")
    make.application(freelancer_id=ada)  # Sourced: in a pipeline
    hired = make.application_at(Stage.FINAL_ANSWER)  # someone else, made by the factory
    hire = OutcomeInput(Outcome.HIRED, start_date=date(2026, 2, 2), daily_rate_cents=60000, sign_later=True)
    move_application(db, hired, Stage.ON_MISSION, outcome=hire)

    def names(**filters: object) -> list[str]:
        query = FreelancerQuery(**filters)  # type: ignore[arg-type]
        rows = freelancer_page(db, query)
        assert count_freelancers(db, query) == len(rows)
        return sorted(row.name.split()[0] for row in rows)

    assert names(skill=" PYTHON ") == ["Ada", "Bob"]
    assert names(skill="Python", seniority=Seniority.SENIOR) == ["Ada"]
    assert names(available_by=date(2027, 1, 1)) == ["Ada"]
    assert names(status=FreelancerStatus.IN_PIPELINE) == ["Ada"]
    assert len(names(status=FreelancerStatus.ON_MISSION)) == 1
    assert names(status=FreelancerStatus.NEVER_PROPOSED) == ["Bob", "Cléo", "Dan"]
    assert names(status=FreelancerStatus.TALENT_POOL) == ["Bob"]
    assert names(status=FreelancerStatus.DO_NOT_REHIRE) == ["Dan"]
    assert names(text="cleo", seniority=Seniority.JUNIOR) == ["Cléo"]


def test_the_screens_filters_ask_the_database(qtbot: QtBot, tmp_path: Path, db: Database, make) -> None:  # type: ignore[no-untyped-def]
    from fms.core.enums import FreelancerStatus, Seniority
    from fms.models import Freelancer

    make.freelancer("Ada", "Lovelace")
    junior = make.freelancer("Cléo", "Petit")
    with db.transaction() as session:
        session.get_one(Freelancer, junior).seniority = Seniority.JUNIOR
    window = open_main_window(qtbot, db, tmp_path)
    screen = window.show_screen("freelancers")
    assert isinstance(screen, FreelancersScreen) and screen.model.rowCount() == 2
    screen.seniority_filter.setCurrentIndex(screen.seniority_filter.findData(Seniority.JUNIOR))
    assert [screen.model.index(0, 0).data(ROW_ROLE).name] == ["Cléo Petit"] and screen.model.rowCount() == 1
    assert screen.status.text() == "1 row(s)"
    screen.status_filter.setCurrentIndex(screen.status_filter.findData(FreelancerStatus.IN_PIPELINE))
    assert screen.model.rowCount() == 0
    screen.status_filter.setCurrentIndex(0)
    screen.seniority_filter.setCurrentIndex(0)
    assert screen.model.rowCount() == 2


def test_each_cell_of_the_lazy_list_gives_its_sort_key(crowd: Database) -> None:
    from fms.ui.screens.freelancers import COLUMNS, freelancer_model
    from fms.ui.table_model import SORT_ROLE

    model = freelancer_model(lambda: crowd, COLUMNS, None)  # type: ignore[arg-type]
    model.reload()
    row = model.index(0, 0).data(ROW_ROLE)
    assert model.index(0, 3).data(SORT_ROLE) == (row.daily_rate_cents if row.daily_rate_cents is not None else -1)
    assert model.index(0, 0).data(SORT_ROLE) == fold(row.name)


def test_header_sorting_of_the_lazy_list_cannot_be_undone_by_a_row_model_method(crowd: Database) -> None:
    """It once inherited `set_rows()`, which emptied its list of database sorts: headers then did nothing."""
    from fms.ui.lazy_table_model import LazyRowModel
    from fms.ui.screens.freelancers import COLUMNS, freelancer_model
    from fms.ui.table_model import RowTableModel

    assert not issubclass(LazyRowModel, RowTableModel) and not hasattr(LazyRowModel, "set_rows")
    model = freelancer_model(lambda: crowd, COLUMNS, None)  # type: ignore[arg-type]
    model.reload()
    model.sort(3, Qt.SortOrder.DescendingOrder)  # daily rate, by the database
    rates = [model.index(row, 0).data(ROW_ROLE).daily_rate_cents or 0 for row in range(model.rowCount())]
    assert rates == sorted(rates, reverse=True)
