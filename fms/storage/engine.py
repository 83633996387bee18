"""The SQLAlchemy engine: SQLite set up for safety and concurrency, PostgreSQL with timeouts per session."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event

from fms.storage.locations import DatabaseLocation

BUSY_TIMEOUT_MS = 5000
# On a team's server a slow or lost server must become a message, not a frozen window: a lock held by a
# colleague is waited for 5 s, any statement at most 30 s (the largest report takes well under 1 s).
LOCK_TIMEOUT_MS = 5000
STATEMENT_TIMEOUT_MS = 30000
# libpq's own wait for a server that does not answer at all (seconds).
CONNECT_TIMEOUT_S = 10
# Execution option of the connections that will write (see `Database.transaction`).
WRITE_OPTION = "vivier_write"


def make_engine(
    location: DatabaseLocation,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    lock_timeout_ms: int = LOCK_TIMEOUT_MS,
    statement_timeout_ms: int = STATEMENT_TIMEOUT_MS,
    **options: Any,
) -> Engine:
    if location.sqlite_path is None:
        return _server_engine(location, lock_timeout_ms, statement_timeout_ms, **options)
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


def _server_engine(
    location: DatabaseLocation, lock_timeout_ms: int, statement_timeout_ms: int, **options: Any
) -> Engine:
    connect_args: dict[str, Any] = {}
    if location.url.startswith("postgresql"):
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    # pre_ping: a connection the server dropped while idle is replaced at checkout, unseen by the user.
    engine = create_engine(location.url, pool_pre_ping=True, connect_args=connect_args, **options)
    if engine.dialect.name == "postgresql":
        event.listen(
            engine,
            "connect",
            lambda dbapi, record: _configure_postgres_connection(dbapi, lock_timeout_ms, statement_timeout_ms),
        )
    return engine


def _configure_postgres_connection(dbapi_connection: Any, lock_timeout_ms: int, statement_timeout_ms: int) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"SET lock_timeout = {int(lock_timeout_ms)}")
        cursor.execute(f"SET statement_timeout = {int(statement_timeout_ms)}")
    finally:
        cursor.close()
    dbapi_connection.commit()  # SET inside the driver's implicit transaction lasts only if it commits
