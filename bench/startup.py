"""Start-up time: process start to main window shown, and to the first screen's data shown.

Compared, in the same run, with a bare PySide6 QMainWindow (same offscreen platform, same
"first paint" signal). Median of several process runs each, on an empty database and on one
with 10,000 freelancers (and their missions and applications).

    python bench/startup.py [--runs 5] [--freelancers 10000]
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
        if name in ("shown", "loaded"):
            marks[name] = (float(stamp) - start) * 1000
    return marks


def fresh_env(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIVIER_STARTUP_PROBE="1")
    for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[variable] = str(home / variable.lower())
    env.pop("VIVIER_DATABASE_URL", None)
    return env


def prepare(folder: Path, freelancers: int) -> dict[str, Path]:
    from fms.sampledata.generator import fill_demo
    from fms.storage.locations import sqlite_location
    from fms.storage.opening import open_database

    databases = {}
    for label, size in (("empty", 0), (f"{freelancers:,} freelancers", freelancers)):
        path = folder / f"{size}.db"
        opened = open_database(sqlite_location(path))
        if size:
            started = time.perf_counter()
            summary = fill_demo(opened.db, freelancers=size, with_files=False)
            print(
                f"  built {label}: {summary.applications:,} applications, {summary.missions:,} missions "
                f"in {time.perf_counter() - started:.1f} s"
            )
        opened.db.dispose()
        databases[label] = path
    return databases


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--freelancers", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vivier-bench-") as tmp:
        folder = Path(tmp)
        print("Preparing databases…")
        databases = prepare(folder, args.freelancers)
        candidates = {
            label: [sys.executable, str(ROOT / "main.py"), "--db", str(path)] for label, path in databases.items()
        }
        if FROZEN.exists():
            candidates.update(
                {f"{label}, frozen": [str(FROZEN), "--db", str(path)] for label, path in databases.items()}
            )
        # Interleaved, so a busier moment of the machine weighs on every candidate alike.
        samples: dict[str, list[dict[str, float]]] = {"bare": [], **{label: [] for label in candidates}}
        for i in range(args.runs):
            samples["bare"].append(run([sys.executable, "-c", BARE_WINDOW], fresh_env(folder / f"bare{i}")))
            for label, command in candidates.items():
                samples[label].append(run(command, fresh_env(folder / f"{label}{i}")))
        baseline = statistics.median(mark["shown"] for mark in samples["bare"])
        print(f"\nbare QMainWindow shown: {baseline:.0f} ms (median of {args.runs})\n")
        print(f"{'database':<30}{'window shown':>14}{'ratio':>8}{'data shown':>13}{'ratio':>8}")
        for label in candidates:
            shown = statistics.median(mark["shown"] for mark in samples[label])
            loaded = statistics.median(mark["loaded"] for mark in samples[label])
            print(f"{label:<30}{shown:>11.0f} ms{shown / baseline:>7.2f}x{loaded:>10.0f} ms{loaded / baseline:>7.2f}x")
        print("\nTarget: window shown within 2x the bare window (goal 1.3x).")


if __name__ == "__main__":
    main()
