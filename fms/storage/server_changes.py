"""Tells whether another window committed to the PostgreSQL database since we last looked.

Every write transaction sends `NOTIFY vivier_changes` with its `Database`'s own token as payload
(`Database.transaction`); the server delivers it at commit, and only if the transaction commits.
One dedicated connection LISTENs, and a look reads what arrived without waiting (libpq's
`consume_input`, which never blocks), so the window's timer can look every second at no cost.
Notifications carrying our own token are this window's saves: the screen that saved reloads itself.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from sqlalchemy import Engine

log = logging.getLogger(__name__)

CHANNEL = "vivier_changes"


class ServerChangeWatcher:
    def __init__(self, engine: Engine, token: str) -> None:
        self._url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._token = token
        # Services may write from worker threads: one lock guards the connection.
        self._lock = threading.Lock()
        self._connection: Any = None
        self._closed = False  # by `close`, for good: a look after it must not reconnect
        self.received = 0  # notifications read so far, ours included (for the log and the tests)
        self._listen()

    def _listen(self) -> None:
        import psycopg  # the server driver, present whenever a server database is open

        self._connection = psycopg.connect(self._url, autocommit=True)
        self._connection.execute(f"LISTEN {CHANNEL}")

    def changed(self) -> bool:
        """True once per batch of commits made by other windows since the last call."""
        import psycopg

        with self._lock:
            if self._closed:
                # The database was disposed, and a window's timer or event looked once more: a new
                # connection here would be nobody's to close (collected still open, later).
                return False
            try:
                if self._connection is None:
                    self._listen()
                    return True  # what was saved while we could not listen is unknown: reload
                pgconn = self._connection.pgconn
                pgconn.consume_input()
                elsewhere = False
                while (notice := pgconn.notifies()) is not None:
                    self.received += 1
                    elsewhere = elsewhere or notice.extra.decode() != self._token
                return elsewhere
            except psycopg.Error as error:
                # The server went away: the next look reconnects; the next write says so in words.
                log.warning("change notifications lost: %s", error)
                self._close()
                return False

    def before_own_write(self) -> None:
        """Our own saves are told apart by their token: nothing to note before them."""

    def after_own_write(self) -> None:
        """See `before_own_write`."""

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._close()

    def _close(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            finally:
                self._connection = None
