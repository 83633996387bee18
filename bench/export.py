"""Export speed and memory at 100,000 freelancers, against the bare sqlite3 + csv for the same rows.

- csv / xlsx: `export_table` to a file, its time and its peak Python memory (tracemalloc);
- baseline: the same columns read with sqlite3 and written with csv.writer, in the same run.
Memory that does not grow with the rows is what shows the export streams.

    python bench/export.py [--freelancers 100000]
"""

from __future__ import annotations

import argparse
import csv
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert  # noqa: E402

from fms.core.enums import Seniority  # noqa: E402
from fms.models import Freelancer  # noqa: E402
from fms.services.data import ExportKind, export_table  # noqa: E402
from fms.storage.locations import sqlite_location  # noqa: E402
from fms.storage.opening import open_database  # noqa: E402


def measured(action: Callable[[], object], traced: bool) -> tuple[float, float]:
    """(seconds untraced, peak MiB of Python allocations in a second, traced run: tracemalloc slows it)."""
    started = time.perf_counter()
    action()
    seconds = time.perf_counter() - started
    if not traced:
        return seconds, float("nan")
    tracemalloc.start()
    action()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak


def main() -> None:
    options = argparse.ArgumentParser()
    options.add_argument("--freelancers", type=int, default=100_000)
    options.add_argument("--no-memory", action="store_true", help="skip the (slow) traced runs of the exports")
    arguments = options.parse_args()
    count, traced = arguments.freelancers, not arguments.no_memory
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        db = open_database(sqlite_location(path)).db
        with db.transaction() as session:
            session.execute(
                insert(Freelancer),
                [
                    {
                        "first_name": f"Élodie{n}",
                        "last_name": f"Durand{n}",
                        "email": f"p{n}@example.com",
                        "headline": "=Data engineer" if n % 10 == 0 else "Data engineer",
                        "seniority": Seniority.SENIOR,
                        "daily_rate_cents": 60000 + n % 300,
                    }
                    for n in range(count)
                ],
            )
        for suffix in ("csv", "xlsx"):
            target = Path(folder) / f"out.{suffix}"
            seconds, peak = measured(lambda t=target: export_table(db, ExportKind.FREELANCERS, t), traced)
            print(f"export_table {suffix:4}  {count} rows: {seconds:6.2f} s, peak {peak:6.1f} MiB")

        def bare() -> None:
            connection = sqlite3.connect(path)
            with (Path(folder) / "bare.csv").open("w", encoding="utf-8-sig", newline="") as file:
                writer = csv.writer(file)
                for row in connection.execute(
                    "SELECT id, first_name, last_name, email, phone, linkedin_url, location, headline, seniority,"
                    " daily_rate_cents, availability_date, sourcing_channel, portage_company, talent_pool_consent,"
                    " consent_date, rehire_status, created_at, archived_at FROM freelancers ORDER BY id"
                ):
                    writer.writerow(row)
            connection.close()

        seconds, peak = measured(bare, True)
        print(f"baseline sqlite3+csv {count} rows: {seconds:6.2f} s, peak {peak:6.1f} MiB")
        db.dispose()


if __name__ == "__main__":
    main()
