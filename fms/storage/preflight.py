"""Checks a SQLite file before anything opens it for writing, with the standard library only.

Opening is read-only (`mode=ro`), so a file that fails a check is left exactly as it was.
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.storage.errors import (
    DamagedDatabaseError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    UnreachableDatabaseError,
)
from fms.storage.revisions import HEAD_REVISION, KNOWN_REVISIONS

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class SchemaState:
    """What the file holds: no schema yet, or the revision it is at."""

    revision: str | None

    @property
    def is_new(self) -> bool:
        return self.revision is None

    @property
    def is_current(self) -> bool:
        return self.revision == HEAD_REVISION


def inspect_sqlite_file(path: Path) -> SchemaState:
    """Tells what schema `path` holds, or raises a `DatabaseOpenError` naming what is wrong."""
    if not path.exists() or path.stat().st_size == 0:
        return SchemaState(revision=None)
    if path.is_dir():
        raise NotADatabaseError(QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a database file."), path=path)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise UnreachableDatabaseError(
            QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {detail}"), path=path, detail=error.strerror or str(error)
        ) from error
    if header != SQLITE_HEADER:
        raise NotADatabaseError(
            QT_TRANSLATE_NOOP("errors", "{path} is not a SQLite database. Choose a Vivier database file."),
            path=path,
        )
    try:
        return _read_schema_state(path)
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "unable to open" in str(error):
            raise UnreachableDatabaseError(
                QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {detail}"), path=path, detail=str(error)
            ) from error
        raise _damaged(path, error) from error
    except sqlite3.DatabaseError as error:
        raise _damaged(path, error) from error
    except UnicodeDecodeError as error:  # SQLite never writes such a schema: the file was damaged
        raise _damaged(path, f"the schema is not valid UTF-8 ({error.reason} at byte {error.start})") from error


def _damaged(path: Path, error: Exception | str) -> DamagedDatabaseError:
    return DamagedDatabaseError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {path} is damaged and cannot be read ({detail}). "
            "It was left untouched; restore a backup from the backups folder beside it.",
        ),
        path=path,
        detail=str(error),
    )


def verify_integrity(path: Path) -> None:
    """A full structural check, run before a migration rewrites the file."""
    try:
        with read_only(path) as connection:
            problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as error:
        problems = [str(error)]
    if problems != ["ok"]:
        raise DamagedDatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} is damaged ({detail}). "
                "It was left untouched; restore a backup from the backups folder beside it.",
            ),
            path=path,
            detail="; ".join(problems[:3]),
        )


class IntegrityCheck:
    """`verify_integrity` started in a thread: SQLite releases the GIL while it reads the pages, so at
    start-up the check overlaps the import of SQLAlchemy instead of following it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="quick_check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            verify_integrity(self.path)
        except BaseException as error:  # raised again in the thread that waits for it
            self._error = error

    def result(self) -> None:
        """Waits for the check; raises what `verify_integrity` raised (a `DamagedDatabaseError`)."""
        self._thread.join()
        if self._error is not None:
            raise self._error


def _read_schema_state(path: Path) -> SchemaState:
    with read_only(path) as connection:
        # Read as bytes and decoded strictly: a stray byte anywhere in the schema is damage, found here
        # rather than as a UnicodeDecodeError deep in a later query.
        schema = connection.execute(
            "SELECT CAST(type AS BLOB), CAST(name AS BLOB), CAST(sql AS BLOB) FROM sqlite_master"
        )
        entries = [tuple(part.decode("utf-8") if part is not None else None for part in row) for row in schema]
        tables = {name for kind, name, _sql in entries if kind == "table" and name is not None}
        rows = (
            connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if "alembic_version" in tables
            else []
        )
    return classify_schema(str(path), tables, rows[0][0] if rows else None)


def classify_schema(display_name: str, tables: set[str], revision: str | None) -> SchemaState:
    """What a database's tables and recorded revision mean for this build (any backend)."""
    if "alembic_version" in tables and revision is None and len(tables) > 1:
        raise DamagedDatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} holds tables but no schema version: its creation or upgrade was interrupted. "
                "It was left untouched; restore a backup from the backups folder beside it.",
            ),
            path=display_name,
        )
    if "alembic_version" not in tables and tables:
        raise ForeignDatabaseError(
            QT_TRANSLATE_NOOP("errors", "{path} is a database of another application, not a Vivier database."),
            path=display_name,
        )
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} was written by a newer version of Vivier (schema {revision}). "
                "Install the newer version to open it; this one will not change it.",
            ),
            path=display_name,
            revision=revision,
        )
    return SchemaState(revision=revision)


def read_only(path: Path) -> closing[sqlite3.Connection]:
    """Reads without writing anything, not even the -wal and -shm files of a WAL database.

    Without a -wal file the main file holds everything, so `immutable` is exact; with one,
    its content must be read, which takes SQLite's shared memory.
    """
    wal = path.with_name(path.name + "-wal")
    options = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return closing(sqlite3.connect(f"{path.as_uri()}?{options}", uri=True))
