"""Resident memory after visiting every screen, against a bare QApplication + QMainWindow in the same run.

Each figure comes from its own process (VmRSS, through psutil when installed, else /proc/self/status),
on a database of --freelancers freelancers and about --applications applications (kept at --db and
reused: its generation takes about a minute at 100,000).

    python bench/memory.py [--freelancers 100000] [--applications 50000] [--db /tmp/vivier-memory-bench.db]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET_MB = 300


def resident_mb() -> float:
    try:
        import psutil  # type: ignore[import-untyped]
    except ImportError:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError("no VmRSS in /proc/self/status") from None
    return float(psutil.Process().memory_info().rss) / (1024 * 1024)


def bare() -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    return {"bare window": resident_mb()}


def every_screen(path: Path) -> dict[str, float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from fms.storage.locations import sqlite_location
    from fms.storage.opening import open_database
    from fms.ui.board.board_widget import PipelineBoard
    from fms.ui.context import AppContext
    from fms.ui.main_window import SCREEN_KEYS, MainWindow

    app = QApplication([])
    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    settings.clear()
    context = AppContext()
    window = MainWindow(context, settings, path.name)
    window.show()
    app.processEvents()
    figures = {"window, no database": resident_mb()}
    context.set_database(open_database(sqlite_location(path)).db)
    for key in SCREEN_KEYS:
        window.show_screen(key)
        for _ in range(3):  # the deferred loads and their paint
            app.processEvents()
        figures[f"after {key}"] = resident_mb()
    board = window.findChild(PipelineBoard)
    while board is not None and not board.cards_in_columns.text_search.ready:
        app.processEvents()  # the cards' texts, read for the board's filter while idle
    figures["and the board's texts read"] = resident_mb()
    window.close()
    return figures


def prepare(path: Path, freelancers: int, applications: int) -> None:
    from fms.sampledata.generator import fill_demo
    from fms.storage.locations import sqlite_location
    from fms.storage.opening import open_database

    opened = open_database(sqlite_location(path))
    started = time.perf_counter()
    summary = fill_demo(opened.db, freelancers=freelancers, with_files=False, applications=applications)
    opened.db.dispose()
    print(
        f"built {summary.freelancers:,} freelancers, {summary.applications:,} applications "
        f"in {time.perf_counter() - started:.0f} s"
    )


def child(*arguments: str) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, __file__, "--child", *arguments]
    output = subprocess.run(command, env=env, capture_output=True, text=True, check=True, timeout=600).stdout
    return dict(json.loads(output.splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--freelancers", type=int, default=100_000)
    parser.add_argument("--applications", type=int, default=50_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/vivier-memory-bench.db"))
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        figures = bare() if args.child[0] == "bare" else every_screen(Path(args.child[1]))
        print(json.dumps(figures))
        return
    if not args.db.exists():
        prepare(args.db, args.freelancers, args.applications)
    baseline = child("bare")["bare window"]
    figures = child("app", str(args.db))
    print(f"\n{'':<26}{'resident':>10}{'ratio':>8}")
    print(f"{'bare QMainWindow':<26}{baseline:>7.0f} MB{1:>7.2f}x")
    for name, value in figures.items():
        print(f"{name:<26}{value:>7.0f} MB{value / baseline:>7.2f}x")
    print(f"\nTarget: under {TARGET_MB} MB after every screen.")


if __name__ == "__main__":
    main()
