"""Freelancers list speed at 100,000 freelancers, against the bare SQL for the same rows.

- show: the list's first page and its count, painted, vs the same two queries in sqlite3;
- filter: a text search (first page and count), vs the same LIKE queries in sqlite3;
- scroll: the next page as the view reaches the bottom;
- open a file: the freelancer's file (profile, skills, applications, interviews, documents, notes,
  follow-ups, history) built and painted, for the person with the most records, vs the same reads in sqlite3.

    python bench/freelancers.py [--freelancers 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from timing import median_ms  # noqa: E402 - bench/ is the script's own folder

from fms.sampledata.generator import fill_demo  # noqa: E402
from fms.storage.locations import sqlite_location  # noqa: E402
from fms.storage.opening import open_database  # noqa: E402
from fms.ui.context import AppContext  # noqa: E402
from fms.ui.file.freelancer_file import FreelancerFileDialog  # noqa: E402
from fms.ui.main_window import MainWindow  # noqa: E402

PAGE_SQL = (
    "SELECT id, first_name, last_name, email, headline, seniority, daily_rate_cents, availability_date,"
    " sourcing_channel, portage_company, talent_pool_consent,"
    " (SELECT group_concat(skills.name, ', ') FROM skills"
    "  JOIN freelancer_skills ON freelancer_skills.skill_id = skills.id"
    "  WHERE freelancer_skills.freelancer_id = freelancers.id)"
    " FROM freelancers WHERE archived_at IS NULL {where} ORDER BY last_name, first_name, id LIMIT 200"
)
COUNT_SQL = "SELECT count(*) FROM freelancers WHERE archived_at IS NULL {where}"
FILE_SQL = (
    "SELECT * FROM freelancers WHERE id = :id",
    "SELECT skills.name, level FROM skills JOIN freelancer_skills ON skill_id = skills.id WHERE freelancer_id = :id",
    "SELECT a.id, a.mission_id, m.title, c.name, a.stage, a.outcome, a.created_at FROM applications a"
    " JOIN missions m ON m.id = a.mission_id JOIN clients c ON c.id = m.client_id WHERE a.freelancer_id = :id",
    "SELECT i.*, m.title, c.name FROM interviews i JOIN applications a ON a.id = i.application_id"
    " JOIN missions m ON m.id = a.mission_id JOIN clients c ON c.id = m.client_id WHERE a.freelancer_id = :id",
    "SELECT e.* FROM interview_evaluations e JOIN interviews i ON i.id = e.interview_id"
    " JOIN applications a ON a.id = i.application_id WHERE a.freelancer_id = :id",
    "SELECT * FROM documents WHERE freelancer_id = :id ORDER BY created_at DESC",
    "SELECT * FROM collaboration_notes WHERE freelancer_id = :id ORDER BY created_at DESC",
    "SELECT * FROM follow_ups WHERE freelancer_id = :id ORDER BY due_at",
    "SELECT occurred_at, actor, action, details FROM activity_log WHERE freelancer_id = :id"
    " ORDER BY occurred_at DESC, id DESC LIMIT 500",
)
BUSIEST_SQL = "SELECT freelancer_id FROM activity_log GROUP BY freelancer_id ORDER BY count(*) DESC LIMIT 1"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--freelancers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory(prefix="vivier-freelancers-") as folder:
        path = Path(folder) / "list.db"
        opened = open_database(sqlite_location(path))
        started = time.perf_counter()
        fill_demo(opened.db, freelancers=args.freelancers, with_files=False)
        print(f"{args.freelancers:,} freelancers generated in {time.perf_counter() - started:.0f} s")
        bare = sqlite3.connect(path)
        context = AppContext()
        window = MainWindow(context, QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat), "list.db")
        window.resize(1360, 820)
        window.show()
        context.set_database(opened.db)
        screen = window.show_screen("freelancers")
        app.processEvents()

        def show() -> None:
            screen.model.reload()  # type: ignore[attr-defined]
            app.processEvents()

        def bare_show(where: str = "") -> None:
            bare.execute(PAGE_SQL.format(where=where)).fetchall()
            bare.execute(COUNT_SQL.format(where=where)).fetchone()

        word = "camille"

        def search() -> None:
            screen.model.set_search(word)  # type: ignore[attr-defined]
            app.processEvents()
            screen.model.set_search("")  # type: ignore[attr-defined]

        like = f"AND search_text LIKE '%{word}%'"
        rows = (
            ("show the list", median_ms(show, args.runs), median_ms(bare_show, args.runs)),
            (
                "search by text",
                median_ms(search, args.runs) - median_ms(show, args.runs),
                median_ms(lambda: bare_show(like), args.runs),
            ),
        )

        def scroll() -> None:
            screen.model.reload()  # type: ignore[attr-defined]
            started = time.perf_counter()
            screen.model.fetchMore()  # type: ignore[attr-defined]
            app.processEvents()
            scrolls.append((time.perf_counter() - started) * 1000)

        scrolls: list[float] = []
        for _ in range(args.runs):
            scroll()
        (busiest,) = bare.execute(BUSIEST_SQL).fetchone()

        def open_file() -> None:
            dialog = FreelancerFileDialog(opened.db, busiest, window)
            dialog.show()
            app.processEvents()
            dialog.close()
            dialog.deleteLater()

        def bare_file() -> None:
            for sql in FILE_SQL:
                bare.execute(sql, {"id": busiest}).fetchall()

        rows += (("open one file", median_ms(open_file, args.runs), median_ms(bare_file, args.runs)),)
        print(f"\n{'':<18}{'list':>10}{'bare SQL':>12}{'ratio':>8}")
        for name, measured, baseline in rows:
            print(f"{name:<18}{measured:>7.1f} ms{baseline:>9.1f} ms{measured / baseline:>7.1f}x")
        print(f"{'next page':<18}{statistics.median(scrolls):>7.1f} ms")
        print("Targets: the list under 300 ms, one file under 150 ms.")
        window.close()
        window.deleteLater()
        app.processEvents()
        opened.db.dispose()


if __name__ == "__main__":
    main()
