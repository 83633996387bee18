"""File names made safe: from what people typed (a person's or a list's name) and from files people attach.

A name can hold bytes that are not UTF-8 (Python keeps them as lone surrogates), a newline, a
NUL, path parts such as `../`, or right-to-left overrides that make `cv\u202efdp.exe` read as
`cvexe.pdf`. None of that is shown or written as such; what reaches the disk follows pathvalidate.
"""

from __future__ import annotations

import re
import unicodedata

from pathvalidate import sanitize_filename

MAX_BYTES = 255  # what ext4, NTFS and APFS allow for one name


def safe_file_name(stem: str, suffix: str, fallback: str = "document") -> str:
    """'Profile - A/B: C', '.pdf' -> 'Profile - A-B- C.pdf': no folder separator, no ':' (Windows,
    a USB stick), no control or bidirectional character, not too long for the file system."""
    # A newline or a tab reads as a space; invisible format characters (a right-to-left override
    # would show 'Roux\u202efdp.exe' as 'Rouxexe.pdf') are dropped before pathvalidate's own rules.
    text = " ".join("".join(char for char in stem if unicodedata.category(char) != "Cf").split())
    room = MAX_BYTES - len(suffix.encode("utf-8"))
    cleaned = sanitize_filename(text, replacement_text="-", platform="universal", max_len=room).strip(" .")
    return f"{cleaned or fallback}{suffix}"


MAX_NAME = 255
FALLBACK = "file"


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
    """A name any file system accepts, for a copy written to disk (pathvalidate's rules, no hidden file)."""
    text = display_name(name)
    text = "_" + text[1:] if text.startswith(".") else text
    return sanitize_filename(text, replacement_text="_", platform="universal", max_len=MAX_NAME) or FALLBACK


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
