"""The board's text filter matched in memory: each live card's text read in batches while the board is idle.

Until every text is read (or after the data changed) the filter is asked of the database as
before; once read, a text alone is matched against the board's unfiltered columns here, in a
few milliseconds whatever the size (`fms.services.pipeline.card_texts` says why).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from fms.core.errors import KnownError
from fms.core.text import fold
from fms.services.pipeline.card import CardKey
from fms.services.pipeline.card_texts import card_texts_after, card_texts_of
from fms.storage.database import Database

# Cards read per idle step: about 25 ms at 100,000 freelancers, short enough not to be felt.
TEXT_BATCH = 4000


class TextSearch(QObject):
    """Reads the texts a batch per turn of the event loop; `match` answers once all are read."""

    def __init__(self, db: Callable[[], Database], is_open: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._is_open = is_open
        self._texts: dict[int, str] = {}
        self._changed: set[int] = set()  # cards changed since their text was read
        self._after = 0  # the last application id read
        self.ready = False
        self._timer = QTimer(self)
        self._timer.setObjectName("boardTextReader")
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._read_batch)

    def restart(self) -> None:
        """The data may have changed: every text is read again, a batch at a time."""
        self._texts = {}
        self._changed = set()
        self._after = 0
        self.ready = False
        self._timer.start()

    def update(self, application_id: int) -> None:
        """One card changed or was added: its text is read again when a text is next matched (a move
        stays one query shorter)."""
        if self.ready or application_id <= self._after:  # else the batches still to come read it
            self._texts.pop(application_id, None)
            self._changed.add(application_id)

    def match(self, columns: dict[str, list[CardKey]], text: str) -> dict[str, list[CardKey]] | None:
        """The cards of `columns` whose text holds `text` (folded), or None while the texts are not all known."""
        if not self.ready:
            return None
        if self._changed:
            self._texts.update(card_texts_of(self._db(), self._changed))  # an archived card stays out
            self._changed.clear()
        needle = fold(text.strip())
        texts = self._texts
        try:
            return {key: [card for card in cards if needle in texts[card[1]]] for key, cards in columns.items()}
        except KeyError:  # a card not among the texts (archived since they were read): the database answers
            return None

    def _read_batch(self) -> None:
        if not self._is_open():  # closed meanwhile (another database chosen): read again on the next load
            return
        try:
            rows = card_texts_after(self._db(), self._after, TEXT_BATCH)
        except KnownError:  # the database cannot be read now: the filter asks it, and says so, when used
            return
        self._texts.update(rows)
        if len(rows) < TEXT_BATCH:
            self.ready = True
            return
        self._after = rows[-1][0]
        self._timer.start()
