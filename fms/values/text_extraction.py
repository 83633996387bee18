"""The words of an attached file, for the talent pool's search: PDFs (a CV) and plain texts."""

from __future__ import annotations

import logging
from io import BytesIO

log = logging.getLogger(__name__)
MAX_CHARACTERS = 200_000  # a CV is a few pages; a 300-page annex is not searched whole
TEXT_SUFFIXES = {".txt", ".md", ".csv"}


def extract_text(data: bytes, suffix: str) -> str:
    """Best effort: a file whose text cannot be read is still attached, just not searchable."""
    suffix = suffix.lower()
    try:
        if suffix == ".pdf":
            return _pdf_text(data)
        if suffix in TEXT_SUFFIXES:
            return data.decode("utf-8", errors="replace")[:MAX_CHARACTERS]
    except Exception as error:  # noqa: BLE001 - a damaged file must never block the attachment
        log.warning("no text extracted from a %s file: %s", suffix, error)
    return ""


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader  # imported when a PDF is attached, not at start-up

    parts: list[str] = []
    size = 0
    for page in PdfReader(BytesIO(data)).pages:
        words = page.extract_text() or ""
        parts.append(words)
        size += len(words)
        if size >= MAX_CHARACTERS:
            break
    return " ".join(" ".join(parts).split())[:MAX_CHARACTERS]
