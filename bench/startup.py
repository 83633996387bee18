"""Start-up time: process start to the main window shown, and to the board painted with its cards.

Compared, in the same run, with a bare PySide6 QMainWindow (same offscreen platform, same
"first paint" signal). Median of several interleaved process runs each, on an empty database,
the sample database (`--demo`'s size) and one with --freelancers (100,000 by default) and
--applications. The board is the first screen (a fresh settings folder per run), unless --screen
names another remembered one (then "cards" is when that screen has its rows).

"board + cards" is when the cards are painted: on a current SQLite file, the start-up preview read
with sqlite3, not yet editable; "ready" is when the service's cards replace them and can be used.

    python bench/startup.py [--runs 5] [--freelancers 100000] [--applications 50000] [--keep DIR] [--screen KEY]

Each command runs once untimed first, with bytecode writing allowed (PYTHONDONTWRITEBYTECODE,
set in some development shells, removed): the timed runs then start as a user's second start
does, and as the bundle always does, from compiled modules and a warm file cache, not from
compiling Vivier's sources anew (about 100 ms).

--keep builds the databases in DIR once and reuses them in later runs. --against TREE runs another
checkout's main.py (e.g. `git worktree add /tmp/before main`) interleaved with this one, for a
before/after in one run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "vivier" / "vivier"
sys.path.insert(0, str(ROOT))

BARE_WINDOW = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"shown {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
            window.removeEventFilter(self)
        return False
probe = Probe()
window.installEventFilter(probe)
window.show()
app.exec()
"""


def run(command: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    output = subprocess.run(command, env=env, capture_output=True, text=True, check=True, timeout=120).stdout
    marks = {}
    for line in output.splitlines():
        name, _, stamp = line.partition(" ")
        if name in ("shown", "cards", "ready", "loaded"):
            stamp, _, count = stamp.partition(" ")
            marks[name] = (float(stamp) - start) * 1000
            if count:
                marks["count"] = float(count)
    return marks


def fresh_env(home: Path, screen: str = "board") -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIVIER_STARTUP_PROBE="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[variable] = str(home / variable.lower())
    env.pop("VIVIER_DATABASE_URL", None)
    if screen != "board":  # the screen the user left open last time (MainWindow's QSettings)
        settings = home / "xdg_config_home" / "Vivier" / "Vivier.ini"
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(f"[window]\nscreen={screen}\n")
    return env


def prepare(folder: Path, freelancers: int, applications: int | None) -> dict[str, Path]:
    from fms.sampledata.generator import fill_demo
    from fms.storage.locations import sqlite_location
    from fms.storage.opening import open_database

    databases = {}
    sizes = (("empty", 0, None), ("sample", 600, None), (f"{freelancers:,} freelancers", freelancers, applications))
    for label, size, wanted in sizes:
        path = folder / f"{size}-{wanted}.db"
        databases[label] = path
        if path.exists():
            continue  # kept from an earlier run (--keep)
        opened = open_database(sqlite_location(path))
        if size:
            started = time.perf_counter()
            summary = fill_demo(opened.db, freelancers=size, with_files=False, applications=wanted)
            print(
                f"  built {label}: {summary.applications:,} applications, {summary.missions:,} missions "
                f"in {time.perf_counter() - started:.1f} s"
            )
        opened.db.dispose()
    return databases


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--freelancers", type=int, default=100_000)
    parser.add_argument("--applications", type=int, default=50_000)
    parser.add_argument("--keep", type=Path, help="a folder to build the databases in once and reuse")
    parser.add_argument("--against", type=Path, help="another checkout to time in the same run")
    parser.add_argument("--only", help="time only the databases whose label contains this")
    parser.add_argument("--screen", default="board", help="the remembered first screen (main_window.SCREEN_KEYS)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vivier-bench-") as tmp:
        folder = Path(tmp)
        print("Preparing databases…")
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
        databases = prepare(args.keep or folder, args.freelancers, args.applications)
        if args.only:
            databases = {label: path for label, path in databases.items() if args.only in label}
        candidates = {
            label: [sys.executable, str(ROOT / "main.py"), "--db", str(path)] for label, path in databases.items()
        }
        if args.against:
            candidates.update(
                {
                    f"{label}, {args.against.name}": [sys.executable, str(args.against / "main.py"), "--db", str(path)]
                    for label, path in databases.items()
                }
            )
        if FROZEN.exists():
            candidates.update(
                {f"{label}, frozen": [str(FROZEN), "--db", str(path)] for label, path in databases.items()}
            )
        for label, command in candidates.items():  # untimed: compiles the modules, warms the file cache
            run(command, fresh_env(folder / f"{label}-warm-up", args.screen))
        # Interleaved, so a busier moment of the machine weighs on every candidate alike.
        samples: dict[str, list[dict[str, float]]] = {"bare": [], **{label: [] for label in candidates}}
        for i in range(args.runs):
            samples["bare"].append(run([sys.executable, "-c", BARE_WINDOW], fresh_env(folder / f"bare{i}")))
            for label, command in candidates.items():
                samples[label].append(run(command, fresh_env(folder / f"{label}{i}", args.screen)))
        baseline = statistics.median(mark["shown"] for mark in samples["bare"])
        print(f"\nbare QMainWindow shown: {baseline:.0f} ms (median of {args.runs})\n")
        heading = "board + cards" if args.screen == "board" else f"{args.screen} + rows"
        print(
            f"{'database':<30}{'window shown':>14}{'ratio':>8}{heading:>22}{'ratio':>8}{'ready':>10}{'ratio':>8}"
            f"{'cards':>8}"
        )
        for label in candidates:
            shown = statistics.median(mark["shown"] for mark in samples[label])
            # A bundle built before the probe learnt to report its cards has no such mark.
            cards = statistics.median(mark.get("cards", float("nan")) for mark in samples[label])
            # Without a preview the cards shown are the service's: ready then.
            ready = statistics.median(mark.get("ready", mark.get("cards", float("nan"))) for mark in samples[label])
            count = int(samples[label][-1].get("count", -1))
            print(
                f"{label:<30}{shown:>11.0f} ms{shown / baseline:>7.2f}x{cards:>19.0f} ms{cards / baseline:>7.2f}x"
                f"{ready:>7.0f} ms{ready / baseline:>7.2f}x{count:>8,}"
            )
        print("\nTargets: window shown within 1.3x the bare window; the board with its cards within 2x.")


if __name__ == "__main__":
    main()
