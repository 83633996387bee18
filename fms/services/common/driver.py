"""A read through the database driver's own cursor, for the few statements asked at every key typed.

For a short query, SQLAlchemy's statement and result set-up cost several times the query itself;
the driver's cursor on the session's connection reads the same rows, in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Executable
from sqlalchemy.orm import Session


def driver_rows(session: Session, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Every row of `sql` (the driver's placeholders: `?` on SQLite), fetched at once."""
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(sql, tuple(parameters))
        return list(cursor.fetchall())
    finally:
        cursor.close()


def plain_rows(
    session: Session, statement: Executable, parameters: Mapping[str, Any] | None = None
) -> list[tuple[Any, ...]]:
    """Every row of `statement` (with its bound `parameters`), sent by SQLAlchemy (values converted, its
    compiled form cached) and fetched through the driver's cursor, without a Row object per row.

    No type conversion is applied to the rows: the driver's own values (on SQLite, dates as text).
    """
    result = session.connection().execute(statement, parameters)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()
