"""Import speed at 50,000 CSV rows (target under 30 s), against csv.reader alone over the same file.

- baseline: `csv.reader` over the decoded file, in the same run;
- read: `read_people_csv` (encoding, header, every cell checked);
- duplicates: `find_duplicates`, what the preview shows (email, phone, profile and close names);
- import: `import_freelancers` into an empty database, one transaction.

    python bench/import_people.py [--rows 50000] [--url postgresql+psycopg://…/an_empty_database]
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import string
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fms.services.data import find_duplicates, import_freelancers  # noqa: E402
from fms.storage.locations import location_from_url, sqlite_location  # noqa: E402
from fms.storage.opening import open_database  # noqa: E402
from fms.values.people_csv import read_people_csv  # noqa: E402

FIRST = ("Claire", "Jérôme", "Amina", "Zoé", "Paul", "Lucie", "Élodie", "François", "Karim", "Inès")
LAST = ("Moreau", "Lefèvre", "Diallo", "Leroy", "Martin", "Bernard", "Fauré", "Dubœuf", "Haddad", "Roux")


def sample(rows: int) -> bytes:
    draw = random.Random(15)
    lines = ["first_name,last_name,email,phone,linkedin_url,headline,seniority,daily_rate,skills"]
    for number in range(rows):
        # Random letters after a common name: distinct people, as a real file's are, not near-twins.
        first = FIRST[number % 10]
        last = LAST[number // 10 % 10] + "-" + "".join(draw.choices(string.ascii_lowercase, k=8)).title()
        lines.append(
            f"{first},{last}{number},p{number}@example.com,+336{number:08d},"
            f'https://www.linkedin.com/in/p-{number}/,"Data, engineer",senior,{400 + number % 300},"Python 4, SQL"'
        )
    return "\n".join(lines).encode()


def seconds(action) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--url", default="", help="an EMPTY server database instead of a new SQLite file")
    arguments = parser.parse_args()
    rows = arguments.rows
    data = sample(rows)
    baseline, _ = seconds(lambda: sum(1 for _ in csv.reader(io.StringIO(data.decode()))))
    read, people = seconds(lambda: read_people_csv(data))
    with tempfile.TemporaryDirectory() as folder:
        location = location_from_url(arguments.url) if arguments.url else sqlite_location(Path(folder) / "bench.db")
        db = open_database(location).db
        duplicates, _ = seconds(lambda: find_duplicates(db, people))  # type: ignore[arg-type]
        imported, summary = seconds(lambda: import_freelancers(db, people))  # type: ignore[arg-type]
        db.dispose()
    print(f"{rows} rows on {db.engine.dialect.name}: csv.reader {baseline:.2f} s (baseline)")
    print(f"read_people_csv {read:.2f} s ({read / baseline:.0f}x), find_duplicates {duplicates:.2f} s")
    print(f"import_freelancers {imported:.2f} s; read + import {read + imported:.2f} s (target < 30 s)")
    print(f"imported {summary.imported}, skipped {len(summary.skipped)}, errors {len(summary.errors)}")  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
