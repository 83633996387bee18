"""Attachment store costs: storing and reading back (checked) a large file, folder vs team server.

Compared, in the same run, with a plain file copy of the same bytes (what the disk costs anyway).
Each store run gets new content (a stored content is never sent twice); the Python memory peak
(tracemalloc) shows that neither direction holds the whole file. PostgreSQL runs when a server
URL is given (`scripts/test_postgres.sh start DIR PORT` prints one).

    python bench/attachments.py [--mib 64] [--runs 3] [--postgres postgresql+psycopg://…/postgres]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from timing import median_ms  # noqa: E402 - bench/ is the script's own folder

from fms.storage.attachment_store import AttachmentStore, store_for  # noqa: E402
from fms.storage.database import Database  # noqa: E402
from fms.storage.locations import DatabaseLocation, sqlite_location  # noqa: E402
from fms.storage.opening import open_database  # noqa: E402

BENCH_DATABASE = "vivier_bench_attachments"


def peak_mib(action: Callable[[], object]) -> float:
    tracemalloc.start()
    action()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / (1024 * 1024)


def measure(name: str, store: AttachmentStore, source: Path, size: int, runs: int) -> None:
    stored: list[tuple[str, str]] = []

    def fresh_content() -> None:
        source.write_bytes(os.urandom(size))

    def store_it() -> None:
        kept = store.store_file(source, size + 1)
        stored.append((kept.relative_path, kept.sha256))

    store_ms = median_ms(store_it, runs, setup=fresh_content)
    read_ms = median_ms(lambda: store.verified_path(*stored[-1]), runs)
    fresh_content()
    store_peak = peak_mib(store_it)
    read_peak = peak_mib(lambda: store.verified_path(*stored[-1]))
    print(f"{name:<22} store {store_ms:8.0f} ms (peak {store_peak:5.1f} MiB)   "
          f"open checked {read_ms:8.0f} ms (peak {read_peak:5.1f} MiB)")  # fmt: skip


def on_server(url: str, *statements: str) -> None:
    admin = create_engine(make_url(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        for statement in statements:
            connection.execute(text(statement))
    admin.dispose()


def server_database(url: str, work: Path) -> Database:
    server = make_url(url)
    on_server(url, f'DROP DATABASE IF EXISTS "{BENCH_DATABASE}" WITH (FORCE)', f'CREATE DATABASE "{BENCH_DATABASE}"')
    os.environ["XDG_DATA_HOME"] = str(work / "data")  # the local spool of this run only
    location = DatabaseLocation(
        url=server.set(database=BENCH_DATABASE).render_as_string(hide_password=False), sqlite_path=None
    )
    return open_database(location).db


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mib", type=int, default=64)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--postgres", default=os.environ.get("VIVIER_TEST_POSTGRES_URL", ""))
    options = parser.parse_args()
    size = options.mib * 1024 * 1024
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = work / "scan.pdf"
        source.write_bytes(os.urandom(size))
        copy_ms = median_ms(lambda: shutil.copyfile(source, work / "copy.pdf"), options.runs)
        print(f"{options.mib} MiB file, median of {options.runs}")
        print(f"{'plain file copy':<22} {copy_ms:8.0f} ms")
        sqlite_db = open_database(sqlite_location(work / "single" / "vivier.db")).db
        measure("SQLite (folder)", store_for(sqlite_db), source, size, options.runs)
        sqlite_db.dispose()
        if options.postgres:
            server_db = server_database(options.postgres, work)
            measure("PostgreSQL (chunks)", store_for(server_db), source, size, options.runs)
            server_db.dispose()
            on_server(options.postgres, f'DROP DATABASE "{BENCH_DATABASE}" WITH (FORCE)')


if __name__ == "__main__":
    main()
