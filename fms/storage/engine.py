"""The SQLAlchemy engine, with SQLite set up for safety and concurrency."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event

from fms.storage.locations import DatabaseLocation

BUSY_TIMEOUT_MS = 5000
# Execution option of the connections that will write (see `Database.transaction`).
WRITE_OPTION = "vivier_write"


def make_engine(location: DatabaseLocation, busy_timeout_ms: int = BUSY_TIMEOUT_MS, **options: Any) -> Engine:
    if location.sqlite_path is None:
        return create_engine(location.url, pool_pre_ping=True, **options)
    location.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(location.url, connect_args={"timeout": busy_timeout_ms / 1000}, **options)
    event.listen(engine, "connect", lambda dbapi, record: _configure_sqlite_connection(dbapi, busy_timeout_ms))
    event.listen(engine, "begin", _begin)
    return engine


def _begin(connection: Any) -> None:
    # Python's sqlite3 commits before DDL on its own, so a failed migration would stay half
    # done; with the driver's autocommit off (see below) SQLAlchemy's BEGIN covers everything.
    # A deferred transaction that reads first cannot wait for another process's write lock:
    # SQLite fails it at once, whatever the busy timeout. Writers therefore take the lock as they
    # begin (and wait for it); readers stay deferred and never block anyone under WAL.
    if connection.get_execution_options().get(WRITE_OPTION, False):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def _configure_sqlite_connection(dbapi_connection: Any, busy_timeout_ms: int) -> None:
    dbapi_connection.isolation_level = None  # transactions are begun by the "begin" listener
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    finally:
        cursor.close()
