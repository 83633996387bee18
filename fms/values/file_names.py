"""File names made from what people typed (a person's name, a list's name), safe on every system."""

from __future__ import annotations

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
