"""Retention review speed: who is due for erasure or renewal, against the bare SQL reading the same rows.

The review reads every candidate and each one's latest activity, stage change and follow-up done;
the baseline is the same four reads in sqlite3, without the Python that turns them into rows. The
retention period is set to 0 months, so every non-hired candidate without consent is listed (the worst case).

    python bench/retention.py [--freelancers 20000] [--runs 5]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import median_ms  # noqa: E402 - bench/ is the script's own folder

from fms.sampledata.generator import fill_demo  # noqa: E402
from fms.services import settings  # noqa: E402
from fms.services.data import retention_review  # noqa: E402
from fms.storage.locations import sqlite_location  # noqa: E402
from fms.storage.opening import open_database  # noqa: E402

BARE_SQL = (
    "SELECT id, first_name, last_name, email, created_at FROM freelancers WHERE NOT talent_pool_consent",
    "SELECT freelancer_id, max(occurred_at) FROM activity_log WHERE freelancer_id IS NOT NULL GROUP BY freelancer_id",
    "SELECT a.freelancer_id, max(s.changed_at) FROM applications a JOIN stage_changes s ON s.application_id = a.id"
    " GROUP BY a.freelancer_id",
    "SELECT freelancer_id, max(done_at) FROM follow_ups WHERE done_at IS NOT NULL GROUP BY freelancer_id",
)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--freelancers", type=int, default=20000)
    options.add_argument("--runs", type=int, default=5)
    arguments = options.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "vivier.db"
        db = open_database(sqlite_location(path)).db
        fill_demo(db, freelancers=arguments.freelancers, with_files=False)
        settings.set_texts(db, {settings.RETENTION_MONTHS: "0"})
        review = retention_review(db)
        with closing(sqlite3.connect(path)) as connection:
            bare = median_ms(lambda: [connection.execute(query).fetchall() for query in BARE_SQL], arguments.runs)
        service = median_ms(lambda: retention_review(db), arguments.runs)
        db.dispose()
    print(f"{arguments.freelancers} freelancers, {len(review.erasure)} due for erasure, {len(review.renewal)} renewals")
    print(f"retention review: {service:.0f} ms (bare SQL, same reads: {bare:.0f} ms)")


if __name__ == "__main__":
    main()
