"""Cards on the clipboard of a drag: their application ids under Vivier's own MIME type."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData

CARD_MIME_TYPE = "application/x-vivier-application-ids"


def encode_cards(application_ids: list[int]) -> QMimeData:
    import json  # on the first drag, not on the board's start (json compiles its patterns on import)

    mime = QMimeData()
    mime.setData(CARD_MIME_TYPE, QByteArray(json.dumps(application_ids).encode()))
    return mime


def decode_cards(mime: QMimeData | None) -> list[int]:
    """The ids carried, or [] for anything that is not a drag of cards (never raises)."""
    if mime is None or not mime.hasFormat(CARD_MIME_TYPE):
        return []
    import json

    try:
        ids = json.loads(bytes(mime.data(CARD_MIME_TYPE).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(ids, list) or not all(isinstance(value, int) and not isinstance(value, bool) for value in ids):
        return []
    return ids
