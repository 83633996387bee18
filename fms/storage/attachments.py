"""Stored files: copied into the attachments folder under their SHA-256, never their own name."""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class StoredFile:
    relative_path: str
    size_bytes: int
    sha256: str


def store_bytes(folder: Path, data: bytes, suffix: str) -> StoredFile:
    """Writes `data` once (same content, same file) and atomically, so no half file is ever seen."""
    digest = hashlib.sha256(data).hexdigest()
    suffix = suffix.lower() if suffix.startswith(".") and suffix[1:].isalnum() else ""
    relative = f"{digest[:2]}/{digest}{suffix}"
    target = folder / relative
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    return StoredFile(relative_path=relative, size_bytes=len(data), sha256=digest)
