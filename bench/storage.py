"""Storage costs at 100,000 freelancers: the check at every open, a backup, a restore.

Compared, in the same run, with reading the file once and with a plain file copy (what the
disk costs anyway). The sample database is built once (about a minute) and cached under
/tmp; `--rebuild` makes it again.

    python bench/storage.py [--freelancers 100000] [--runs 3] [--rebuild]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CACHE = Path(tempfile.gettempdir()) / "vivier-bench-storage"


def sample_database(freelancers: int, rebuild: bool) -> Path:
    from fms.sampledata.generator import fill_demo
    from fms.storage.locations import sqlite_location
    from fms.storage.opening import open_database

    path = CACHE / f"{freelancers}.db"
    if path.exists() and not rebuild:
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    building = path.with_suffix(".building")
    for leftover in CACHE.glob(f"{building.name}*"):
        leftover.unlink()
    started = time.perf_counter()
    opened = open_database(sqlite_location(building))
    summary = fill_demo(opened.db, freelancers=freelancers, with_files=False)
    opened.db.dispose()  # the last connection checkpoints: one self-contained file
    building.rename(path)
    print(f"built {summary.freelancers:,} freelancers, {summary.applications:,} applications "
          f"in {time.perf_counter() - started:.0f} s")  # fmt: skip
    return path


def median_seconds(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--freelancers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()

    from fms.storage.backups import create_backup, summary
    from fms.storage.preflight import verify_integrity
    from fms.storage.restore import restore_backup

    source = sample_database(args.freelancers, args.rebuild)
    with tempfile.TemporaryDirectory(prefix="vivier-bench-") as tmp:
        work = Path(tmp)
        live = work / "vivier.db"
        shutil.copyfile(source, live)
        size_mb = live.stat().st_size / 1e6

        def read_once() -> None:
            with live.open("rb") as handle:
                while handle.read(4 * 1024 * 1024):
                    pass

        def backup() -> None:
            create_backup(live)

        def summary_query() -> None:
            import sqlite3
            from contextlib import closing

            with closing(sqlite3.connect(f"{live.as_uri()}?mode=ro", uri=True)) as connection:
                summary(connection)

        figures = {
            "read the file once (baseline)": median_seconds(read_once, args.runs),
            "plain file copy (baseline)": median_seconds(lambda: shutil.copyfile(live, work / "plain.db"), args.runs),
            "quick_check (every open)": median_seconds(lambda: verify_integrity(live), args.runs),
            "change summary (daily check)": median_seconds(summary_query, args.runs),
            "backup: copy + integrity_check": median_seconds(backup, args.runs),
        }
        latest = create_backup(live)
        figures["restore (incl. backup of current)"] = median_seconds(lambda: restore_backup(live, latest), args.runs)

    print(f"\n{args.freelancers:,} freelancers, {size_mb:.0f} MB, median of {args.runs} runs\n")
    baseline = figures["plain file copy (baseline)"]
    for name, seconds in figures.items():
        print(f"{name:<38}{seconds:>8.2f} s{seconds / baseline:>8.1f}x copy")
    print("\nTargets: a backup under 10 s; quick_check runs after the first paint.")


if __name__ == "__main__":
    main()
