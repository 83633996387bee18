"""The missions, clients, freelancers and answers-owed lists at start-up, read with sqlite3 before the database opens.

Each shows the rows its service reads, in the same order, in the window's first paint; none can be
used until the database is open, and the services' rows then replace them.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fms.services.crm import list_clients, list_missions
from fms.services.crm.preview import preview_clients, preview_missions
from fms.services.file import count_freelancers, freelancer_page, to_do
from fms.services.file.follow_ups_preview import preview_to_do
from fms.services.file.preview import preview_freelancers
from fms.services.overview import dashboard_figures
from fms.services.overview.tiles_preview import preview_tiles
from fms.services.pipeline import answers_owed
from fms.services.pipeline.answers_preview import preview_answers_owed
from fms.services.pool import PoolQuery, PoolResults, search_pool
from fms.services.pool.preview import preview_pool
from fms.storage.locations import sqlite_location
from fms.storage.opening import open_database
from fms.ui import app as app_module
from fms.ui.context import AppContext
from fms.ui.dashboard.widgets import EMPTY_TILE
from fms.ui.i18n import error_text
from fms.ui.lazy_table_model import LazyRowModel
from fms.ui.main_window import SCREEN_KEYS, MainWindow
from fms.ui.plurals import plurals
from fms.ui.screens.dashboard import DashboardScreen
from fms.ui.screens.table_screen import TableScreen
from fms.ui.screens.talent_pool import TalentPoolScreen
from tests.conftest import sample_data_file
from tests.test_startup_preview import FirstPaint, launch_recording_first_paint

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)  # the follow-ups' groups and the recontacts due depend on it
# The sample's dates are around the day it is made: by then, follow-ups are overdue and engagements end.
IN_THREE_WEEKS = datetime.now(UTC) + timedelta(weeks=3)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """Sample data with an archived mission, client, freelancer and answer owed, a freelancer with no email."""
    path = sample_data_file(tmp_path_factory.mktemp("lists"), migrated_template, freelancers=120)
    with closing(sqlite3.connect(path)) as connection, connection:
        archived = "'2026-11-01 09:00:00.000000'"
        connection.execute(f"UPDATE missions SET archived_at = {archived} WHERE id = 1")
        connection.execute(f"UPDATE clients SET archived_at = {archived} WHERE id = 2")
        connection.execute(f"UPDATE freelancers SET archived_at = {archived} WHERE id = 3")
        connection.execute("UPDATE freelancers SET email = NULL WHERE id = 4")
        connection.execute(  # an answer owed, then archived: off the list
            f"UPDATE applications SET archived_at = {archived} WHERE id = (SELECT min(id) FROM applications"
            " WHERE closed_at IS NOT NULL AND outcome != 'hired' AND feedback_sent_at IS NULL)"
        )
        connection.execute("UPDATE missions SET start_date = NULL, seniority = NULL WHERE id = 5")
        _vary_the_follow_ups(connection)
    return path


def _vary_the_follow_ups(connection: sqlite3.Connection) -> None:
    """Reminders for a contact, on an application and done; silver medallists due, not yet, not to rehire."""
    first = connection.execute("SELECT min(id) FROM follow_ups").fetchone()[0]
    contact = "(SELECT min(id) FROM client_contacts)"
    connection.execute(
        f"UPDATE follow_ups SET freelancer_id = NULL, client_contact_id = {contact} WHERE id = ?", (first,)
    )
    connection.execute("UPDATE follow_ups SET application_id = 7 WHERE id = ?", (first + 1,))
    connection.execute("UPDATE follow_ups SET done_at = '2026-11-20 08:00:00.000000' WHERE id = ?", (first + 2,))
    closed = [row[0] for row in connection.execute("SELECT id FROM applications WHERE outcome = 'withdrawn' LIMIT 5")]
    afters = ("2026-03-01", "2026-06-01", "2026-12-01", "2027-06-01", "2026-01-01")
    for application, after in zip(closed, afters, strict=True):
        connection.execute(
            "UPDATE applications SET recontact_after = ?, recontact_reason = 'timing' WHERE id = ?",
            (after, application),
        )
    connection.execute(
        "UPDATE freelancers SET rehire_status = 'do_not_rehire'"
        " WHERE id = (SELECT freelancer_id FROM applications WHERE id = ?)",
        (closed[-1],),
    )


@pytest.fixture
def copy(sample: Path, tmp_path: Path) -> Path:
    path = tmp_path / "vivier.db"
    path.write_bytes(sample.read_bytes())
    return path


PREVIEW_BEFORE_THE_ORM = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from fms.storage.locations import sqlite_location
from fms.storage.preflight import inspect_sqlite_file
from fms.ui import app as app_module
from fms.ui.context import AppContext
from fms.ui.main_window import MainWindow

path, screen, settings_file = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
application = QApplication([])
settings = QSettings(settings_file, QSettings.Format.IniFormat)
settings.setValue("window/screen", screen)
window = MainWindow(AppContext(), settings, "test")
shown = app_module._show_preview(window, sqlite_location(path), inspect_sqlite_file(path))
print(shown, sorted(name for name in sys.modules if name.startswith(("sqlalchemy", "babel")))[:3])
"""


@pytest.mark.parametrize("screen", SCREEN_KEYS)
def test_building_a_previewed_screen_and_its_preview_loads_no_sqlalchemy(
    copy: Path, tmp_path: Path, screen: str
) -> None:
    """SQLAlchemy and Babel cost hundreds of milliseconds: imported only once the rows are shown."""
    command = [sys.executable, "-c", PREVIEW_BEFORE_THE_ORM, str(copy), screen, str(tmp_path / "s.ini")]
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True, env=environment)
    assert result.stdout.strip() == "True []"


@pytest.mark.parametrize("include_archived", [False, True])
def test_the_previews_read_the_rows_the_services_list(sample: Path, include_archived: bool) -> None:
    opened = open_database(sqlite_location(sample))
    try:
        missions = list_missions(opened.db, include_archived=include_archived)
        clients = list_clients(opened.db, include_archived=include_archived)
        first_page = freelancer_page(opened.db, "", "name", False, 0, 30)
        total = count_freelancers(opened.db)
        owed = answers_owed(opened.db)
        due = to_do(opened.db, NOW)
        tiles = dashboard_figures(opened.db, today=IN_THREE_WEEKS.date(), now=IN_THREE_WEEKS).tiles
        pool = search_pool(opened.db, PoolQuery(limit=12))
    finally:
        opened.db.dispose()
    assert preview_missions(sample, include_archived) == missions
    assert preview_clients(sample, include_archived) == clients
    assert preview_freelancers(sample, 30) == (first_page, total)
    assert preview_answers_owed(sample) == owed
    assert preview_to_do(sample, NOW) == due
    assert preview_tiles(sample, IN_THREE_WEEKS.date(), IN_THREE_WEEKS) == tiles
    assert preview_pool(sample, limit=12) == pool
    # What the comparison covers: the sample is not only plain rows.
    assert any(mission.archived for mission in missions) == include_archived
    assert any(mission.start_date is None for mission in missions)
    assert any(mission.required_skills for mission in missions) and any(client.contacts for client in clients)
    assert any(row.email == "" for row in first_page) or all(row.id != 4 for row in first_page)
    assert total == 119
    assert {line.to_client for line in owed} == {True, False} and all(line.closed_at.tzinfo for line in owed)
    assert [row.due_at.date().isoformat() for row in due if row.recontact] == ["2026-03-01", "2026-06-01"]
    assert any(row.freelancer_id is None and row.person for row in due) and any(row.mission_id for row in due)
    assert tiles.median_days_to_hire and tiles.renewal_rate and tiles.engagements_ending_soon, tiles
    assert tiles.follow_ups_overdue and tiles.feedback_owed == len(owed), tiles
    assert pool.truncated and any(member.last_contact for member in pool.members), pool
    assert {member.average_rating is None for member in pool.members} == {True, False}


def test_a_file_the_previews_cannot_read_gives_none(tmp_path: Path) -> None:
    garbage = tmp_path / "notes.db"
    garbage.write_text("not a database")
    assert preview_missions(garbage) is None and preview_clients(garbage) is None
    assert preview_freelancers(tmp_path / "missing.db", 10) is None and preview_answers_owed(garbage) is None
    assert preview_to_do(garbage) is None and preview_tiles(garbage) is None and preview_pool(garbage) is None


@pytest.fixture
def launch(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keep_hooks: None) -> Iterator[object]:
    """Starts the app as `main` does on `path` with `screen` remembered: the screen and its first paint."""
    launched: list[app_module.Launcher] = []

    def start(path: Path, screen: str) -> tuple[Any, FirstPaint]:
        launcher, at_first_paint = launch_recording_first_paint(monkeypatch, tmp_path / f"{screen}.ini", path, screen)
        qtbot.addWidget(launcher.window)
        launched.append(launcher)
        return launcher.window.screens[screen], at_first_paint

    yield start
    for launcher in launched:
        launcher.window.backups.stop()
        if launcher.window.context.is_open:
            launcher.window.context.close_database().dispose()  # type: ignore[union-attr]


def _ids(screen: TableScreen[object]) -> list[int]:
    return [row.id for row in screen.model.rows]  # type: ignore[attr-defined]


PREVIEWS = {
    "missions": preview_missions,
    "clients": preview_clients,
    "answersOwed": preview_answers_owed,
    "followUps": preview_to_do,
}


@pytest.mark.parametrize("key", sorted(PREVIEWS))
def test_a_remembered_list_is_in_the_first_paint_disabled_then_usable_with_the_same_rows(
    qtbot: QtBot,
    launch,
    copy: Path,
    key: str,  # type: ignore[no-untyped-def]
) -> None:
    screen, at_first_paint = launch(copy, key)
    previewed = PREVIEWS[key](copy) or []
    assert screen.isEnabled() is False and screen.cursor().shape() == Qt.CursorShape.BusyCursor
    assert sorted(_ids(screen)) == sorted(row.id for row in previewed) and previewed
    shown_order = _ids(screen)
    qtbot.waitUntil(lambda: at_first_paint != [])
    assert at_first_paint[0] == (len(previewed), False, False)
    qtbot.waitUntil(lambda: screen.context.is_open and screen.isEnabled())
    assert _ids(screen) == shown_order  # replaced by the same rows in the same order: nothing jumps
    assert screen.cursor().shape() == Qt.CursorShape.ArrowCursor
    assert screen.status.text() == plurals().rows(len(previewed))


def test_the_remembered_freelancers_list_shows_its_first_page_and_fetches_nothing_before_the_opening(
    qtbot: QtBot,
    launch,
    copy: Path,  # type: ignore[no-untyped-def]
) -> None:
    screen, _ = launch(copy, "freelancers")
    model = screen.model
    assert isinstance(model, LazyRowModel)
    assert model.total == 119 and model.rowCount() == 119 and not screen.isEnabled()
    assert not model.canFetchMore()  # nothing read from a database not yet open
    assert screen.status.text() == plurals().rows(119)
    qtbot.waitUntil(lambda: screen.context.is_open and screen.isEnabled())
    opened_rows = freelancer_page(screen.context.db, "", "name", False, 0, 200)
    assert model.rows == opened_rows
    screen.search.setText("zzz-nobody")  # the list searches the database again: the preview is gone
    qtbot.waitUntil(lambda: model.total == 0)


def test_rows_written_between_the_preview_and_the_opening_are_on_the_list(
    qtbot: QtBot,
    launch,
    copy: Path,  # type: ignore[no-untyped-def]
) -> None:
    screen, _ = launch(copy, "missions")
    previewed = _ids(screen)
    with closing(sqlite3.connect(copy)) as connection, connection:  # another window, a colleague
        connection.execute("UPDATE missions SET title = 'Renamed elsewhere' WHERE id = ?", (previewed[0],))
        connection.execute(
            "UPDATE missions SET archived_at = '2026-11-30 09:00:00.000000' WHERE id = ?", (previewed[1],)
        )
    qtbot.waitUntil(lambda: screen.context.is_open and screen.isEnabled())
    rows = {row.id: row for row in screen.model.rows}  # type: ignore[attr-defined]
    assert previewed[1] not in rows and rows[previewed[0]].title == "Renamed elsewhere"


@pytest.mark.usefixtures("keep_hooks")
def test_a_file_damaged_past_the_preview_leaves_no_row_on_the_list_at_the_refusal(
    qapp,
    tmp_path: Path,
    copy: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.test_startup_preview import damage_an_index_the_board_does_not_read

    damage_an_index_the_board_does_not_read(copy)
    settings_file = tmp_path / "s.ini"
    settings_file.write_text("[window]\nscreen=missions\n")
    monkeypatch.setattr(app_module, "app_settings", lambda: QSettings(str(settings_file), QSettings.Format.IniFormat))
    previewed: list[int] = []
    original = app_module._show_preview

    def counted(window, location, state) -> bool:  # type: ignore[no-untyped-def]
        shown = original(window, location, state)
        previewed.append(window.screens["missions"].model.rowCount() if shown else -1)
        return shown

    monkeypatch.setattr(app_module, "_show_preview", counted)
    at_refusal: list[int] = []
    monkeypatch.setattr(
        "fms.ui.backups.damaged.offer_backup_after_damage",
        lambda parent, error, location: at_refusal.append(parent.screens["missions"].model.rowCount()),
    )
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: None)
    assert app_module.main(["--db", str(copy)]) == 2
    assert previewed[0] > 0 and at_refusal == [0]


def test_a_remembered_dashboard_shows_its_tiles_in_the_first_paint_then_the_same_with_its_charts(
    qtbot: QtBot,
    launch,
    copy: Path,  # type: ignore[no-untyped-def]
) -> None:
    dashboard, at_first_paint = launch(copy, "dashboard")
    assert isinstance(dashboard, DashboardScreen)
    names = ("openMissions", "inProgress", "feedbackOwed", "medianToHire", "renewalRate", "endingSoon")
    previewed = {name: dashboard.tile_text(name) for name in names}
    assert not dashboard.isEnabled() and not dashboard.charts_ready
    assert all(text != EMPTY_TILE for text in previewed.values()), previewed
    qtbot.waitUntil(lambda: at_first_paint != [])
    assert at_first_paint[0][1:] == (False, False)  # disabled, the database not open yet
    qtbot.waitUntil(lambda: dashboard.context.is_open and dashboard.isEnabled() and dashboard.charts_ready)
    assert {name: dashboard.tile_text(name) for name in names} == previewed
    assert dashboard.cursor().shape() == Qt.CursorShape.ArrowCursor


def test_a_pool_without_its_index_has_no_preview(copy: Path) -> None:
    """Without `pool_stats` (an SQLite without FTS5) the search computes the figures: nothing to read."""
    with closing(sqlite3.connect(copy)) as connection, connection:
        connection.execute("DROP TABLE pool_text")
    assert preview_pool(copy) is None


def test_a_remembered_talent_pool_lists_its_people_in_the_first_paint_then_the_same_searchable(
    qtbot: QtBot,
    launch,
    copy: Path,  # type: ignore[no-untyped-def]
) -> None:
    pool, at_first_paint = launch(copy, "talentPool")
    assert isinstance(pool, TalentPoolScreen)
    previewed = [member.id for member in pool.search_tab.results.rows]
    assert previewed == [member.id for member in (preview_pool(copy) or PoolResults([], False)).members]
    assert previewed and not pool.isEnabled() and pool.search_tab.status.text()
    qtbot.waitUntil(lambda: at_first_paint != [])
    assert at_first_paint[0] == (len(previewed), False, False)
    qtbot.waitUntil(lambda: pool.context.is_open and pool.isEnabled())
    assert [member.id for member in pool.search_tab.results.rows] == previewed
    pool.search.setText("zzz-nobody")
    qtbot.waitUntil(lambda: pool.search_tab.results.rowCount() == 0)


def _content(screen: object) -> int:
    """What a screen shows: the board's cards, a dashboard's figures, a list's rows."""
    if isinstance(screen, DashboardScreen):
        return sum(screen.tile_text(name) != EMPTY_TILE for name in screen._tiles)
    if (board := getattr(screen, "board", None)) is not None:
        return sum(model.total for model in board.models.values())
    model = getattr(screen, "model", None) or getattr(screen, "results", None)
    return int(model.rowCount())


def _usable(screen: QWidget) -> bool:
    board = getattr(screen, "board", None)
    return screen.isEnabled() and (board is None or board.isEnabled())


@pytest.mark.parametrize("key", SCREEN_KEYS)
def test_a_first_load_refused_after_a_preview_leaves_the_screen_usable_empty_and_saying_why(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, copy: Path, key: str
) -> None:
    from fms.storage.errors import DatabaseBusyError

    window = MainWindow(AppContext(), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "test")
    qtbot.addWidget(window)
    window.show_screen(key)
    screen = window.screens[key]
    window.show()  # a hidden screen only notes that it is stale
    assert screen.show_preview(copy) and _content(screen) > 0 and not _usable(screen)

    def busy() -> None:
        raise DatabaseBusyError("busy")

    monkeypatch.setattr(screen, "load", busy)
    opened = open_database(sqlite_location(copy))
    try:
        window.context.set_database(opened.db)  # the first load, refused: a colleague's long write
        assert _usable(screen) and screen.cursor().shape() == Qt.CursorShape.ArrowCursor
        assert _content(screen) == 0  # not left showing what the services did not confirm
        assert screen.status.text() == error_text(DatabaseBusyError("busy"))
        monkeypatch.undo()
        screen.refresh()
        assert _content(screen) > 0 and _usable(screen)
    finally:
        window.context.close_database()
        opened.db.dispose()
