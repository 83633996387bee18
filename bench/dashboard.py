"""Dashboard speed at 100,000 freelancers, against the bare SQL it sends.

Measured in one process, median of several runs:
- figures: `dashboard_figures` (every tile and chart), unfiltered and for one client over a year,
  vs the very statements it sent (captured once) replayed through sqlite3;
- list: the list behind the biggest bar (every application proposed), vs its statement in sqlite3;
- screen: the dashboard screen's reload (figures, tiles, charts drawn), offscreen.

    python bench/dashboard.py [--freelancers 100000] [--runs 5] [--db kept.db]

`--db` keeps the filled database for the next run (filling 100,000 freelancers takes a minute).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import event, func, select  # noqa: E402
from timing import median_ms  # noqa: E402 - bench/ is the script's own folder

from fms.core.enums import Stage  # noqa: E402
from fms.models import Application, Freelancer, Mission  # noqa: E402
from fms.sampledata.generator import fill_demo  # noqa: E402
from fms.services.overview import DashboardFilter, Slice, SliceKind, dashboard_figures, dashboard_list  # noqa: E402
from fms.storage.database import Database  # noqa: E402
from fms.storage.locations import sqlite_location  # noqa: E402
from fms.storage.opening import open_database  # noqa: E402
from fms.ui.context import AppContext  # noqa: E402


def captured(db: Database, action: Callable[[], object]) -> list[tuple[str, Any]]:
    """The statements (with their parameters) that `action` sends, in order."""
    sent: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        sent.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        action()
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    return sent


def replay(bare: sqlite3.Connection, statements: list[tuple[str, Any]]) -> None:
    for statement, parameters in statements:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):  # not the session's BEGIN and the like
            bare.execute(statement, parameters).fetchall()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--freelancers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="a database file to fill once and reuse")
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory(prefix="vivier-dashboard-") as folder:
        path = args.db or Path(folder) / "dashboard.db"
        fresh = not path.exists()
        db = open_database(sqlite_location(path)).db
        if fresh:
            fill_demo(db, freelancers=args.freelancers, with_files=False)
        with db.reading() as session:
            counts = [
                session.scalar(select(func.count()).select_from(table)) or 0
                for table in (Freelancer, Application, Mission)
            ]
        print(f"{counts[0]:,} freelancers, {counts[1]:,} applications, {counts[2]:,} missions")
        with db.reading() as session:
            busiest = session.execute(
                select(Mission.client_id, func.count())
                .join(Application, Application.mission_id == Mission.id)
                .group_by(Mission.client_id)
                .order_by(func.count().desc())
            ).first()
        assert busiest is not None
        one_client = DashboardFilter(date.today() - timedelta(days=365), date.today(), busiest[0])
        bare = sqlite3.connect(path)
        everything = Slice(SliceKind.REACHED, Stage.SOURCED)

        cases: list[tuple[str, Callable[[], object]]] = [
            ("figures, no filter", lambda: dashboard_figures(db)),
            ("figures, one client, one year", lambda: dashboard_figures(db, scope=one_client)),
            ("list behind 'Sourced' (all)", lambda: dashboard_list(db, everything)),
        ]
        print(f"{'what':34} {'service ms':>11} {'bare SQL ms':>12} {'ratio':>6}")
        for name, action in cases:
            statements = captured(db, action)
            service = median_ms(action, args.runs)
            raw = median_ms(lambda statements=statements: replay(bare, statements), args.runs)
            print(f"{name:34} {service:11.1f} {raw:12.1f} {service / raw:6.2f}  ({len(statements)} statements)")
        rows = len(dashboard_list(db, everything))
        print(f"the list behind 'Sourced' holds {rows:,} rows")

        from fms.ui.screens.dashboard import DashboardScreen

        context = AppContext()
        context.set_database(db)
        screen = DashboardScreen(context)
        screen.resize(1400, 1000)
        screen.show()
        app.processEvents()
        while not screen.charts_ready:
            app.processEvents()

        def reload() -> None:
            screen.load()
            app.processEvents()

        print(f"{'screen reload (figures + charts)':34} {median_ms(reload, args.runs):11.1f}")


if __name__ == "__main__":
    main()
