"""The open database as the services see it: an engine and one transaction per action."""

from __future__ import annotations

import getpass
import logging
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from fms.core.errors import ChangedElsewhere
from fms.storage.changes import ChangeWatcher, Watcher
from fms.storage.engine import WRITE_OPTION
from fms.storage.errors import database_gone, storage_error
from fms.storage.locations import DatabaseLocation
from fms.storage.server_changes import CHANNEL, ServerChangeWatcher

log = logging.getLogger(__name__)


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
        self._watcher: Watcher | None = None
        # Tells this window's saves apart in the server's change notifications.
        self._token = uuid.uuid4().hex
        self._identity = self._file_identity()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """All or nothing: commits when the block ends, rolls back if it raises.

        On SQLite the write lock is taken first, waiting up to the busy timeout for another
        window's transaction to end; past that, `DatabaseBusyError`. A full disk, a read-only
        medium or a vanished file is a `StorageError` in words, and nothing is written.
        """
        watcher = self._watcher
        try:
            with self._storage_errors(writing=True), self._write_sessions() as session, session.begin():
                connection = session.connection()  # BEGIN IMMEDIATE here, not at the first write
                if connection.dialect.name == "postgresql":  # delivered to the other windows at commit
                    connection.execute(
                        text("SELECT pg_notify(:channel, :token)"), {"channel": CHANNEL, "token": self._token}
                    )
                if watcher is not None:
                    watcher.before_own_write()
                yield session
        except StaleDataError as error:  # a row changed between our read and our write (servers)
            raise ChangedElsewhere(()) from error
        if watcher is not None:
            watcher.after_own_write()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A deferred transaction that is never committed: it waits for no writer."""
        with self._storage_errors(writing=False), self._sessions() as session:
            yield session

    def watch_changes(self) -> Watcher | None:
        """The one watcher of other connections' commits: `data_version` on SQLite, LISTEN on PostgreSQL."""
        if self._watcher is None and self.location.sqlite_path is not None:
            self._watcher = ChangeWatcher(self.location.sqlite_path)
        elif self._watcher is None and self.engine.dialect.name == "postgresql":
            self._watcher = ServerChangeWatcher(self.engine, self._token)
        return self._watcher

    def dispose(self) -> None:
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None
        self.engine.dispose()

    @contextmanager
    def _storage_errors(self, writing: bool) -> Iterator[None]:
        """A full disk, a read-only medium, a lock or a vanished file become a `StorageError`."""
        if writing:
            self._check_file()
        try:
            yield
        except (DBAPIError, sqlite3.Error) as error:
            known = storage_error(error, self.location.display_name)
            if known is None:
                raise
            log.warning("storage error on %s: %s", self.location.display_name, error)
            raise known from error

    def _file_identity(self) -> tuple[int, int] | None:
        path = self.location.sqlite_path
        if path is None:
            return None
        try:
            status = path.stat()
        except OSError:
            return None
        return status.st_dev, status.st_ino

    def _check_file(self) -> None:
        # SQLite keeps writing to a deleted file's inode without a word: every later commit would be lost.
        if self.location.sqlite_path is None:
            return
        identity = self._file_identity()
        if identity is None:
            raise database_gone(self.location.display_name)
        if identity != self._identity:
            # Another file was put at this path (a copy put back): new connections must open it.
            log.warning("%s was replaced; reconnecting", self.location.display_name)
            self.engine.dispose()
            self._identity = identity
