"""Fixtures: offscreen Qt, a private home for settings and logs, a fresh database per test."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

# Before any Qt or platformdirs import: nothing a test does may touch the real home.
_SANDBOX = Path(tempfile.mkdtemp(prefix="vivier-tests-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[variable] = str(_SANDBOX / variable.lower())
os.environ.pop("VIVIER_DATABASE_URL", None)

import pytest  # noqa: E402

from fms.core.enums import MissionStatus, Seniority, Stage  # noqa: E402
from fms.services.crm.clients import ClientInput, create_client  # noqa: E402
from fms.storage.database import Database  # noqa: E402

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from fms.ui.board.board_widget import PipelineBoard
    from fms.ui.main_window import MainWindow
from fms.services.crm.missions import MissionInput, create_mission  # noqa: E402
from fms.storage.locations import sqlite_location  # noqa: E402
from fms.storage.opening import open_database  # noqa: E402
from tests.engines import ENGINES, SERVER_URL, PostgresDatabases, SqliteDatabases  # noqa: E402


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_SANDBOX, ignore_errors=True)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test marked `sqlite_only` (file bytes, the file checks) does not run on the PostgreSQL server."""
    items[:] = [
        item
        for item in items
        if not (item.get_closest_marker("sqlite_only") and "[postgresql]" in item.nodeid)  # type: ignore[attr-defined]
    ]


@pytest.fixture(autouse=True)
def discard_edits_when_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-qt closes each test's widgets, and a dialog left with edits asks first (ConfirmsDiscard):
    the test is over, so the answer is to discard. A test that looks at the question sets its own."""
    from PySide6.QtWidgets import QMessageBox

    def question(parent: object, title: str, text: str, buttons: object = None, *args: object) -> object:
        choices = QMessageBox.StandardButton(buttons) if buttons is not None else QMessageBox.StandardButton.Yes
        for answer in (QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Yes):
            if choices & answer:
                return answer
        raise AssertionError(f"unexpected question: {text}")

    monkeypatch.setattr(QMessageBox, "question", question)


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated to head by the app's own code, for tests about files themselves."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    opened = open_database(sqlite_location(path))
    opened.db.dispose()
    return path


@pytest.fixture(scope="session")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, SqliteDatabases | PostgresDatabases]]:
    """Per engine, what makes a fresh migrated database for each test."""
    engines: dict[str, SqliteDatabases | PostgresDatabases] = {"sqlite": SqliteDatabases(tmp_path_factory.mktemp("db"))}
    if "postgresql" in ENGINES:
        engines["postgresql"] = PostgresDatabases(SERVER_URL)
    yield engines
    for provider in engines.values():
        if isinstance(provider, PostgresDatabases):
            provider.close()


@pytest.fixture(params=ENGINES)
def engine_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db(
    databases: dict[str, SqliteDatabases | PostgresDatabases], engine_name: str, tmp_path: Path
) -> Iterator[Database]:
    """A fresh database at the head revision, on SQLite and (when a server is given) on PostgreSQL."""
    provider = databases[engine_name]
    database = provider.fresh(provider.template("migrated"), tmp_path)
    yield database
    _stop_pending_timers()
    provider.drop(database)


def _stop_pending_timers() -> None:
    """Windows of the test are closed after this fixture ends: their pending timers must not read a dropped database."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        for timer in widget.findChildren(QTimer):
            timer.stop()


class Factory:
    """Builds records through the services, as a user would, with sensible defaults."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._count = 0

    def _next(self) -> int:
        self._count += 1
        return self._count

    def client(self, name: str | None = None) -> int:
        return create_client(self.db, ClientInput(name=name or f"Client {self._next()}")).id

    def mission(self, client_id: int | None = None, **values: object) -> int:
        data = {
            "client_id": client_id or self.client(),
            "title": f"Mission {self._next()}",
            "status": MissionStatus.OPEN,
            "budget_daily_rate_cents": 60000,
            "start_date": date(2026, 1, 5),
            "end_date": date(2026, 6, 30),
        }
        data.update(values)
        return create_mission(self.db, MissionInput(**data)).id  # type: ignore[arg-type]

    def freelancer(self, first_name: str = "Camille", last_name: str | None = None, rate: int | None = 55000) -> int:
        from fms.models import Freelancer

        number = self._next()
        with self.db.transaction() as session:
            freelancer = Freelancer(
                first_name=first_name,
                last_name=last_name or f"Martin{number}",
                email=f"person{number}@example.com",
                seniority=Seniority.SENIOR,
                daily_rate_cents=rate,
            )
            session.add(freelancer)
            session.flush()
            return freelancer.id

    def application(self, mission_id: int | None = None, freelancer_id: int | None = None) -> int:
        from fms.services.pipeline import propose

        return propose(self.db, freelancer_id or self.freelancer(), mission_id or self.mission()).id

    def application_at(self, stage: Stage, mission_id: int | None = None, confirm: bool = True) -> int:
        """An application walked through the real rules up to `stage` (before a decision)."""
        from fms.services.pipeline import move_application

        application_id = self.application(mission_id)
        for step in (
            Stage.POSITIONING_CALL,
            Stage.PROFILE_SENT,
            Stage.CLIENT_INTERVIEW,
            Stage.TECHNICAL_INTERVIEW,
            Stage.FINAL_ANSWER,
        ):
            if stage.order < step.order:
                break
            move_application(self.db, application_id, step, confirm_over_limit=confirm)
        return application_id


@pytest.fixture
def make(db: Database) -> Factory:
    return Factory(db)


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """A colleague's window on the same database: its own engine, another manager's name."""
    opened = open_database(db.location).db
    opened.actor = "maya"
    yield opened
    opened.dispose()


@pytest.fixture
def engagement_id(db: Database, make: Factory) -> int:
    """A freelancer hired from Final answer, the engagement ending in 10 days (ready to offboard)."""
    from datetime import timedelta

    from sqlalchemy import select

    from fms.core.enums import Outcome
    from fms.models import Engagement
    from fms.services.pipeline import OutcomeInput, move_application

    application_id = make.application_at(Stage.FINAL_ANSWER)
    outcome = OutcomeInput(
        Outcome.HIRED,
        start_date=date(2026, 2, 2),
        planned_end_date=date.today() + timedelta(days=10),
        daily_rate_cents=62000,
        sign_later=True,
    )
    move_application(db, application_id, Stage.ON_MISSION, outcome=outcome)
    with db.reading() as session:
        return session.scalars(select(Engagement.id).where(Engagement.application_id == application_id)).one()


def open_main_window(qtbot: QtBot, db: Database, tmp_path: Path) -> MainWindow:
    """The main window on `db`, shown, with its own settings file (as a user opens the app)."""
    from PySide6.QtCore import QSettings

    from fms.ui.context import AppContext
    from fms.ui.main_window import MainWindow

    context = AppContext()
    window = MainWindow(context, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "x.db")
    qtbot.addWidget(window)
    window.show()
    context.set_database(db)
    return window


def open_board(qtbot: QtBot, db: Database) -> PipelineBoard:
    """The pipeline board on `db`, shown at a size where every column has room."""
    from fms.ui.board.board_widget import PipelineBoard
    from fms.ui.context import AppContext

    context = AppContext()
    context.set_database(db)
    widget = PipelineBoard(context)
    qtbot.addWidget(widget)
    widget.resize(1600, 900)
    widget.show()
    return widget


@pytest.fixture
def keep_hooks(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """main() installs an exception hook and log handlers: undo both after the test."""
    import logging
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):  # a copy: removing shifts the list
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def sample_data_file(folder: Path, template: Path, freelancers: int) -> Path:
    """A SQLite file of sample data (no attached files), built by the app's own generator."""
    from fms.sampledata.generator import fill_demo

    path = folder / "demo.db"
    path.write_bytes(template.read_bytes())
    opened = open_database(sqlite_location(path))
    fill_demo(opened.db, freelancers=freelancers, with_files=False)
    opened.db.dispose()
    return path


@pytest.fixture(autouse=True)
def no_translator_left() -> Iterator[None]:
    """main() installs the interface's translations on the one QApplication: none may outlive its test."""
    yield
    from PySide6.QtCore import QCoreApplication, QTranslator

    app = QCoreApplication.instance()
    if app is not None:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.deleteLater()


def speaking(qapp, language: str) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The interface in `language` as main() installs it, for one test; then English again."""
    from PySide6.QtCore import QLocale, QTranslator

    from fms.ui.i18n import install_translations

    assert install_translations(qapp, language) == language
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale(QLocale.Language.English))


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """English as main() installs it: Vivier's catalogue gives the plural forms."""
    yield from speaking(qapp, "en")


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield from speaking(qapp, "fr")
