"""The freelancers list holds a page at a time: the database searches, sorts and counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from fms.services.database import Database
from fms.services.demo import fill_demo
from fms.services.freelancers import count_freelancers, freelancer_page
from fms.ui.context import AppContext
from fms.ui.lazy_table_model import PAGE_SIZE
from fms.ui.main_window import MainWindow
from fms.ui.screens.freelancers import FreelancersScreen
from fms.ui.table_model import ROW_ROLE


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
    everyone = freelancer_page(crowd, limit=-1)
    target = everyone[17]
    first_name = target.name.split()[0]
    found = freelancer_page(crowd, search=f"{first_name.lower()} {target.headline.split()[0]}", limit=-1)
    assert target.id in {row.id for row in found}
    assert all(first_name.lower() in row.name.lower() for row in found)
    assert count_freelancers(crowd, search=first_name) == sum(first_name.lower() in r.name.lower() for r in everyone)


def test_the_screen_loads_a_page_then_more_as_needed(qtbot: QtBot, tmp_path: Path, crowd: Database) -> None:
    context = AppContext()
    window = MainWindow(context, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "x.db")
    qtbot.addWidget(window)
    window.show()
    context.set_database(crowd)
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
