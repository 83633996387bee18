"""Likely-duplicate check at 100,000 freelancers (run while a profile is being saved), against the bare
SQL of one LIKE scan of the folded names, in the same run:

- name: a new person whose name is close to an existing one ("Moreau Camille", "Camile Moreau");
- identifiers: email, phone and LinkedIn typed as well, as the profile form sends them.

    python bench/duplicates.py [--freelancers 100000] [--runs 7]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import median_ms  # noqa: E402 - bench/ is the script's own folder

from fms.models import Freelancer  # noqa: E402
from fms.models.freelancers import freelancer_search_text  # noqa: E402
from fms.sampledata import vocabulary as vocab  # noqa: E402
from fms.services.file import ProfileInput, likely_duplicates  # noqa: E402
from fms.storage.locations import sqlite_location  # noqa: E402
from fms.storage.opening import open_database  # noqa: E402

BARE_SCAN = "SELECT count(*) FROM freelancers WHERE search_text LIKE '% moreau %'"  # every row read once


def fill(db: object, count: int) -> None:
    rng = random.Random(12)
    rows = []
    for number in range(count):
        first, last = rng.choice(vocab.FIRST_NAMES), rng.choice(vocab.LAST_NAMES)
        email = f"p{number}@example.com"
        rows.append(
            {
                "first_name": first,
                "last_name": last,
                "email": email,
                "phone": f"+336{number:08d}",
                "linkedin_url": f"https://www.linkedin.com/in/p-{number}",
                "search_text": freelancer_search_text(first, last, "Data engineer", email),
            }
        )
    with db.transaction() as session:  # type: ignore[attr-defined]
        session.execute(Freelancer.__table__.insert(), rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--freelancers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vivier-duplicates-") as folder:
        path = Path(folder) / "duplicates.db"
        opened = open_database(sqlite_location(path))
        fill(opened.db, args.freelancers)
        bare = sqlite3.connect(path)
        typed = (
            ("name, swapped", ProfileInput("Moreau", "Camille")),
            ("name, typo", ProfileInput("Camile", "Moreau")),
            (
                "name and identifiers",
                ProfileInput(
                    "Camille",
                    "Moreau",
                    email="p500@example.com",
                    phone="06 00 00 05 00",
                    linkedin_url="https://www.linkedin.com/in/p-500",
                ),
            ),
        )
        baseline = median_ms(lambda: bare.execute(BARE_SCAN).fetchall(), args.runs)
        print(f"{args.freelancers:,} freelancers; bare LIKE scan of the names {baseline:.1f} ms")
        print(f"\n{'':<22}{'check':>10}{'ratio':>8}{'hints':>7}")
        for name, data in typed:
            measured = median_ms(lambda data=data: likely_duplicates(opened.db, data), args.runs)
            hints = len(likely_duplicates(opened.db, data))
            print(f"{name:<22}{measured:>7.1f} ms{measured / baseline:>7.1f}x{hints:>7}")
        opened.db.dispose()


if __name__ == "__main__":
    main()
