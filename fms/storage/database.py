"""The open database as the services see it: an engine and one transaction per action."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from fms.core.errors import ChangedElsewhere
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.storage.changes import ChangeWatcher
from fms.storage.engine import WRITE_OPTION
from fms.storage.errors import DatabaseBusyError
from fms.storage.locations import DatabaseLocation

# SQLite's primary result codes for "another connection holds the lock".
SQLITE_BUSY, SQLITE_LOCKED = 5, 6


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass
class Database:
    engine: Engine
    location: DatabaseLocation
    actor: str = field(default_factory=default_actor)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        writer = self.engine.execution_options(**{WRITE_OPTION: True})
        self._write_sessions = sessionmaker(writer, expire_on_commit=False)
        self._watcher: ChangeWatcher | None = None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """All or nothing: commits when the block ends, rolls back if it raises.

        On SQLite the write lock is taken first, waiting up to the busy timeout for another
        window's transaction to end; past that, `DatabaseBusyError`.
        """
        watcher = self._watcher
        try:
            with self._write_sessions() as session, session.begin():
                session.connection()  # BEGIN IMMEDIATE here, not at the first write
                if watcher is not None:
                    watcher.before_own_write()
                yield session
        except OperationalError as error:
            if _is_busy(error):
                raise DatabaseBusyError(
                    QT_TRANSLATE_NOOP("errors", "Another Vivier window is saving; try again in a moment.")
                ) from error
            raise
        except StaleDataError as error:  # a row changed between our read and our write (servers)
            raise ChangedElsewhere(()) from error
        if watcher is not None:
            watcher.after_own_write()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A deferred transaction that is never committed: it waits for no writer."""
        with self._sessions() as session:
            yield session

    def watch_changes(self) -> ChangeWatcher | None:
        """The one watcher of other connections' commits (SQLite only; None elsewhere)."""
        if self._watcher is None and self.location.sqlite_path is not None:
            self._watcher = ChangeWatcher(self.location.sqlite_path)
        return self._watcher

    def dispose(self) -> None:
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None
        self.engine.dispose()


def _is_busy(error: OperationalError) -> bool:
    code = getattr(error.orig, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED)
