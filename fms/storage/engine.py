"""The SQLAlchemy engine, with SQLite set up for safety and concurrency."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event

from fms.storage.locations import DatabaseLocation

BUSY_TIMEOUT_MS = 5000


def make_engine(location: DatabaseLocation, **options: Any) -> Engine:
    if location.sqlite_path is None:
        return create_engine(location.url, pool_pre_ping=True, **options)
    location.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(location.url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **options)
    event.listen(engine, "connect", _configure_sqlite_connection)
    return engine


def _configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()
