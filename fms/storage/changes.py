"""Tells whether another connection committed to an SQLite file since we last looked.

`PRAGMA data_version` changes on a connection when any *other* connection commits, so one
dedicated connection, used only for this, sees every other window's and process's commits.
This process's own commits change it too: `Database` reports them (`before_own_write`,
`after_own_write`) so the window that saved does not reload a second time.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Protocol


class Watcher(Protocol):
    """What a window's poller asks (`ChangeWatcher` here, `ServerChangeWatcher` on PostgreSQL)."""

    def changed(self) -> bool: ...
    def before_own_write(self) -> None: ...
    def after_own_write(self) -> None: ...
    def close(self) -> None: ...


class ChangeWatcher:
    def __init__(self, path: Path) -> None:
        # Services may write from worker threads: one lock guards the connection.
        self._connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._lock = threading.Lock()
        self._seen = self._data_version()
        self._pending = False

    def _data_version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        """True once per batch of commits made elsewhere since the last call."""
        with self._lock:
            version = self._data_version()
            changed = self._pending or version != self._seen
            self._seen, self._pending = version, False
            return changed

    def before_own_write(self) -> None:
        """Called holding the write lock: what changed until now was someone else's doing."""
        with self._lock:
            version = self._data_version()
            if version != self._seen:
                self._seen, self._pending = version, True

    def after_own_write(self) -> None:
        """Called right after our commit: the change is ours. A commit from elsewhere in the same
        instant would be taken for ours and shown with the next change; a save from a form it left
        stale is still refused by the record's version."""
        with self._lock:
            self._seen = self._data_version()

    def close(self) -> None:
        with self._lock:
            self._connection.close()
