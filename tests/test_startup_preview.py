"""The board's cards at start-up, read with sqlite3 before the database opens: the same, never usable, then replaced."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fms.core.enums import Outcome, Stage
from fms.services.pipeline import load_cards
from fms.services.pipeline.preview import preview_board, preview_cards
from fms.storage.errors import DamagedDatabaseError
from fms.storage.locations import sqlite_location
from fms.storage.opening import open_database
from fms.storage.preflight import IntegrityCheck, SchemaState, inspect_sqlite_file
from fms.ui import app as app_module
from fms.ui.context import AppContext
from fms.ui.main_window import MainWindow
from fms.ui.screens.board import BoardScreen
from tests.conftest import sample_data_file

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """Sample data with, besides what the generator makes, an archived application, a do-not-rehire, an NDA to sign."""
    path = sample_data_file(tmp_path_factory.mktemp("preview"), migrated_template, freelancers=120)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE applications SET archived_at = '2026-11-01 09:00:00.000000' WHERE id = 1")
        connection.execute(
            "UPDATE freelancers SET rehire_status = 'do_not_rehire'"
            " WHERE id = (SELECT freelancer_id FROM applications WHERE id = 2)"
        )
        connection.execute(
            "UPDATE documents SET status = 'sent'"
            " WHERE id = (SELECT min(id) FROM documents WHERE engagement_id IS NOT NULL)"
        )
    return path


@pytest.fixture
def copy(sample: Path, tmp_path: Path) -> Path:
    path = tmp_path / "vivier.db"
    path.write_bytes(sample.read_bytes())
    return path


def _service_cards(path: Path, mission_id: int | None = None) -> list[object]:
    opened = open_database(sqlite_location(path))
    try:
        return list(load_cards(opened.db, mission_id))
    finally:
        opened.db.dispose()


def test_the_preview_reads_the_cards_the_service_loads_for_all_missions_and_for_each(sample: Path) -> None:
    cards = preview_cards(sample)
    assert cards is not None
    assert cards == _service_cards(sample)
    # The sample covers what a card can show: the comparison is not of plain cards only.
    assert {card.outcome for card in cards} >= {Outcome.HIRED, Outcome.REJECTED_BY_CLIENT, None}
    assert any(card.feedback_owed for card in cards) and any(card.documents_to_sign for card in cards)
    assert any(card.interview_count for card in cards) and any(card.do_not_rehire for card in cards)
    assert 1 not in {card.id for card in cards}  # archived
    assert all(isinstance(card.feedback_owed, bool) and card.stage_entered_at.tzinfo for card in cards)
    for mission_id in sorted({card.mission_id for card in cards})[:5]:
        assert preview_cards(sample, mission_id) == _service_cards(sample, mission_id)


def test_a_file_the_preview_cannot_read_gives_no_preview(tmp_path: Path) -> None:
    garbage = tmp_path / "notes.db"
    garbage.write_text("not a database")
    assert preview_cards(garbage) is None
    assert preview_cards(tmp_path / "missing.db") is None


class Started:
    """The window as start-up leaves it after its first paint: the loader about to preview, then open."""

    def __init__(self, qtbot: QtBot, path: Path, tmp_path: Path, screen: str = "board") -> None:
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        settings.setValue("window/screen", screen)
        self.context = AppContext()
        self.window = MainWindow(self.context, settings, path.name)
        qtbot.addWidget(self.window)
        self.window.show()
        location = sqlite_location(path)
        state = inspect_sqlite_file(path)
        self.loader = app_module.DatabaseLoader(self.window, self.context, location, state, False, tmp_path / "log")

    @property
    def board(self) -> BoardScreen:
        screen = self.window.screens["board"]
        assert isinstance(screen, BoardScreen)
        return screen

    def card_count(self) -> int:
        return sum(model.total for model in self.board.board.models.values())


@pytest.fixture
def started(qtbot: QtBot, copy: Path, tmp_path: Path, keep_hooks: None) -> Iterator[Started]:
    start = Started(qtbot, copy, tmp_path)
    yield start
    start.window.backups.stop()
    if start.context.is_open:
        start.context.close_database().dispose()  # type: ignore[union-attr]


def test_the_previewed_board_shows_the_cards_and_cannot_be_used_until_the_database_is_open(
    qtbot: QtBot, started: Started
) -> None:
    started.loader.show_preview()
    started.loader.open()  # the load itself waits for the event loop
    board = started.board.board
    assert not started.context.is_open and started.card_count() == len(
        preview_cards(started.loader.location.sqlite_path)
    )  # type: ignore[arg-type]
    assert board.previewing and not board.isEnabled()
    assert board.cursor().shape() == Qt.CursorShape.BusyCursor
    view = board.view(Stage.SOURCED)
    assert view.model().rowCount() and not view.isEnabled()
    view.setCurrentIndex(view.model().index(0, 0))
    # Keys and clicks reach no handler: had they, the closed database would have raised here.
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.currentIndex()).center())
    assert not board.mission_selector.isEnabled() and not board.text_filter.isEnabled()
    qtbot.waitUntil(lambda: started.context.is_open and board.isEnabled())
    assert not board.previewing and board.cursor().shape() == Qt.CursorShape.ArrowCursor
    assert view.isEnabled() and board.text_filter.isEnabled()
    qtbot.waitUntil(lambda: board.mission_selector.isEnabled())  # the choices, filled after the cards


FirstPaint = list[tuple[int, bool, bool]]  # the rows shown, the screen usable, the database open


def launch_recording_first_paint(
    monkeypatch: pytest.MonkeyPatch,
    settings_file: Path,
    path: Path,
    screen: str,
    usable: Callable[[QWidget], bool] = QWidget.isEnabled,
) -> tuple[app_module.Launcher, FirstPaint]:
    """Starts the app as `main` does on `path` with `screen` remembered, and records its first paint."""
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    settings.setValue("window/screen", screen)
    settings.sync()
    monkeypatch.setattr(app_module, "app_settings", lambda: QSettings(str(settings_file), QSettings.Format.IniFormat))
    at_first_paint: FirstPaint = []

    class Recorder(QObject):
        def eventFilter(self, target: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and not at_first_paint:
                window = launcher.window
                shown = window.screens.get(screen)
                enabled = shown is not None and usable(shown)
                at_first_paint.append((app_module._cards_shown(window), enabled, window.context.is_open))
            return False

    recorder = Recorder()
    original = app_module.DatabaseLoader.start_after_first_paint

    def watched(loader: app_module.DatabaseLoader) -> None:
        loader.window.installEventFilter(recorder)
        original(loader)

    monkeypatch.setattr(app_module.DatabaseLoader, "start_after_first_paint", watched)
    launcher = app_module.Launcher("en", settings_file.parent / "log", str(settings_file.parent))
    launcher.start(sqlite_location(path), inspect_sqlite_file(path), demo=False)
    return launcher, at_first_paint


@pytest.mark.usefixtures("keep_hooks")
def test_the_cards_are_in_the_window_s_first_paint_and_usable_once_the_database_is_open(
    qtbot: QtBot, copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    launcher, at_first_paint = launch_recording_first_paint(
        monkeypatch,
        tmp_path / "s.ini",
        copy,
        "board",
        lambda screen: screen.board.isEnabled(),  # type: ignore[attr-defined]
    )
    window = launcher.window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.context.is_open and window.screens["board"].isEnabled())
    assert at_first_paint[0] == (len(preview_cards(copy) or []), False, False)
    window.backups.stop()
    window.context.close_database().dispose()  # type: ignore[union-attr]


def test_what_is_written_between_the_preview_and_the_opening_is_on_the_board(
    qtbot: QtBot, started: Started, copy: Path
) -> None:
    started.loader.show_preview()
    started.loader.open()
    shown = {card.id: card for model in started.board.board.models.values() for card in model.cards}
    changed = next(iter(shown.values()))
    with closing(sqlite3.connect(copy)) as connection, connection:  # another window, a colleague
        connection.execute("UPDATE freelancers SET first_name = 'Zoé' WHERE id = ?", (changed.freelancer_id,))
        connection.execute(
            "UPDATE applications SET archived_at = '2026-11-30 09:00:00.000000' WHERE id = ?", (max(shown),)
        )
    qtbot.waitUntil(lambda: started.context.is_open and not started.board.board.previewing)
    cards = {card.id: card for model in started.board.board.models.values() for card in model.cards}
    assert max(shown) not in cards
    assert cards[changed.id].freelancer_name.startswith("Zoé ")


def test_no_preview_and_no_screen_built_for_a_file_at_an_older_schema(qtbot: QtBot, copy: Path, tmp_path: Path) -> None:
    start = Started(qtbot, copy, tmp_path, screen="talentPool")
    assert not app_module._show_preview(start.window, start.loader.location, SchemaState(revision="0001"))
    assert not start.window.screens  # a migration may change what a preview reads: `load` builds the screen


def damage_an_index_the_board_does_not_read(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_freelancers_name'").fetchone()[0]
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    for offset in range(size - 40, size - 20):  # inside the cells: only quick_check sees it
        data[(root - 1) * size + offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_the_check_started_in_a_thread_refuses_a_damaged_file_before_the_engine_exists(copy: Path) -> None:
    IntegrityCheck(copy).result()  # the intact copy passes
    damage_an_index_the_board_does_not_read(copy)
    digest = hashlib.sha256(copy.read_bytes()).hexdigest()
    with pytest.raises(DamagedDatabaseError):
        open_database(sqlite_location(copy), inspect_sqlite_file(copy), IntegrityCheck(copy))
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == digest
    assert not copy.with_name(copy.name + "-wal").exists()


@pytest.mark.usefixtures("keep_hooks")
def test_a_file_damaged_past_the_preview_is_refused_as_before_with_no_card_left_on_screen(
    qapp,
    tmp_path: Path,
    copy: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    damage_an_index_the_board_does_not_read(copy)
    digest = hashlib.sha256(copy.read_bytes()).hexdigest()
    monkeypatch.setattr(
        app_module, "app_settings", lambda: QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    previews: list[int] = []
    original = app_module._show_preview

    def counted(window: MainWindow, location: object, state: object) -> bool:
        shown = original(window, location, state)  # type: ignore[arg-type]
        previews.append(sum(m.total for m in window.screens["board"].board.models.values()) if shown else -1)  # type: ignore[attr-defined]
        return shown

    monkeypatch.setattr(app_module, "_show_preview", counted)
    on_screen_at_refusal: list[int] = []

    def refuse(parent: MainWindow, error: object, location: object) -> None:
        on_screen_at_refusal.append(sum(m.total for m in parent.screens["board"].board.models.values()))  # type: ignore[attr-defined]
        return None

    monkeypatch.setattr("fms.ui.backups.damaged.offer_backup_after_damage", refuse)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert app_module.main(["--db", str(copy)]) == 2
    assert previews[0] > 0  # the preview did read the cards
    assert on_screen_at_refusal == [0] and shown and "damaged" in shown[0]
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == digest


def test_a_board_of_any_size_is_previewed_a_batch_a_column_in_the_service_s_order(sample: Path) -> None:
    from fms.services.pipeline import column_keys
    from fms.storage.locations import sqlite_location
    from fms.storage.opening import open_database

    cards = {card.id: card for card in _service_cards(sample)}
    preview = preview_board(sample, first=2)
    assert preview is not None
    opened = open_database(sqlite_location(sample))
    try:
        assert preview.columns == column_keys(opened.db)  # every column's whole order, counted as the board counts
    finally:
        opened.db.dispose()
    firsts = {application_id for keys in preview.columns.values() for _position, application_id in keys[:2]}
    assert preview.cards == {application_id: cards[application_id] for application_id in firsts}
    assert len(preview.cards) < len(cards)  # only the rows the columns show first were read
    one_mission = next(iter(cards.values())).mission_id
    of_one = preview_board(sample, first=10**6, mission_id=one_mission)
    assert of_one is not None and set(of_one.cards) == {
        i for i, card in cards.items() if card.mission_id == one_mission
    }
