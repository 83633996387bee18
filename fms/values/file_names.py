"""File names from elsewhere made safe: to show (no control or direction marks) and to write to disk.

A name can hold bytes that are not UTF-8 (Python keeps them as lone surrogates), a newline, a
NUL, path parts such as `../`, or right-to-left overrides that make `cv‮fdp.exe` read as
`cvexe.pdf`. None of that is shown or written as such.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME = 255
FALLBACK = "file"
_UNSAFE_ON_DISK = re.compile(r'[<>:"/\\|?*]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}


def display_name(name: str) -> str:
    """The name as shown and recorded: its last path part, valid text, no control or format character."""
    text = _valid_text(name)
    parts = [part for part in re.split(r"[/\\]", text) if part]
    text = parts[-1] if parts else ""
    cleaned = []
    for character in text:
        category = unicodedata.category(character)
        if category == "Cc" or category in ("Zl", "Zp"):
            cleaned.append(" ")  # a newline or a tab still separates words
        elif category not in ("Cf", "Cs", "Co", "Cn"):  # direction marks and overrides are Cf
            cleaned.append(character)
    text = " ".join("".join(cleaned).split())
    if text in ("", ".", ".."):
        return FALLBACK
    return _shorten(text, MAX_NAME)


def export_name(name: str) -> str:
    """A name any file system accepts, for a copy written to disk."""
    text = _UNSAFE_ON_DISK.sub("_", display_name(name)).rstrip(". ")
    text = "_" + text[1:] if text.startswith(".") else text  # not a hidden file
    if text.split(".")[0].upper() in _RESERVED:
        text = "_" + text
    return text or FALLBACK


def _valid_text(name: str) -> str:
    # Undecodable bytes arrive as surrogates (os.fsdecode): back to bytes, then U+FFFD for each.
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return name.encode("utf-8", "replace").decode("utf-8")


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    stem, dot, suffix = text.rpartition(".")
    if dot and 0 < len(suffix) <= 10:
        return stem[: limit - len(suffix) - 1] + "." + suffix
    return text[:limit]
