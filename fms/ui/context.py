"""What every screen shares: the open database and the signal that data changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from fms.storage.database import Database


class AppContext(QObject):
    """Emits `data_changed(topic)` after a user action so other screens follow without a restart."""

    data_changed = Signal(str)
    database_opened = Signal()
    # (mission id, application id): a card to show on the board, asked from a file or a list.
    card_requested = Signal(int, int)

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            raise RuntimeError("the database is not open yet")
        return self._db

    @property
    def is_open(self) -> bool:
        return self._db is not None

    def close_database(self) -> Database | None:
        """Forgets the open database (a restore replaces its file) until the next `set_database`."""
        db, self._db = self._db, None
        return db

    def set_database(self, db: Database) -> None:
        self._db = db
        self.database_opened.emit()

    def notify(self, topic: str) -> None:
        self.data_changed.emit(topic)
