"""The open database as the services see it: an engine and one transaction per action."""

from __future__ import annotations

import getpass
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from fms.storage.errors import database_gone, storage_error
from fms.storage.locations import DatabaseLocation

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
        self._identity = self._file_identity()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """All or nothing: commits when the block ends, rolls back if it raises."""
        with self._storage_errors(writing=True), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._storage_errors(writing=False), self._sessions() as session:
            yield session

    def dispose(self) -> None:
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
