"""Text as people search and sort it: accents and case never matter."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """'Élodie' -> 'elodie': dictionary order and accent-blind search, whatever the locale."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
