"""The backups' own copies of attached files: one store shared by every backup, named by SHA-256.

Each backup's manifest lists the files its database refers to; a file enters the store once
(checked against its checksum on the way in) and leaves it when no backup lists it any more.
The backups own these copies, so the live attachments folder can be lost or pruned without
losing what a backup needs.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

STORE_NAME = "attachments"
CHUNK = 1024 * 1024
# What `fms.storage.attachments.store_bytes` writes: "ab/ab…(64 hex)[.ext]". Anything else in a
# row is not trusted as a path (it could point outside the folder).
_STORED_PATH = re.compile(r"^[0-9a-f]{2}/[0-9a-f]{64}(\.[a-z0-9]{1,10})?$")


def is_safe_stored_path(stored_path: str) -> bool:
    return bool(_STORED_PATH.match(stored_path)) and stored_path[:2] == stored_path[3:5]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def fsync_folder(folder: Path) -> None:
    """Makes a rename in `folder` durable (a no-op where folders cannot be opened, as on Windows)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def copy_verified(source: Path, target: Path, sha256: str) -> bool:
    """Copies `source` to `target` whole or not at all; False (nothing written) if it does not match."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".part")
    try:
        digest = hashlib.sha256()
        with os.fdopen(handle, "wb") as out, source.open("rb") as data:
            while block := data.read(CHUNK):
                digest.update(block)
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha256:
            Path(temporary).unlink(missing_ok=True)
            return False
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)
    return True


def store_attachments(
    store: Path, live_folder: Path, files: Iterable[tuple[str, str]]
) -> tuple[list[tuple[str, str]], list[str]]:
    """Puts each (stored path, sha256) into the store; returns those carried and those missing."""
    carried, missing = [], []
    for stored_path, sha256 in files:
        if not is_safe_stored_path(stored_path):
            missing.append(stored_path)
            continue
        target = store / stored_path
        if target.is_file():
            carried.append((stored_path, sha256))  # checked when it came in; named by its content
            continue
        source = live_folder / stored_path
        if source.is_file() and copy_verified(source, target, sha256):
            carried.append((stored_path, sha256))
        else:
            missing.append(stored_path)
    return carried, missing


def recover_attachments(store: Path, live_folder: Path, files: Iterable[tuple[str, str]]) -> tuple[int, int]:
    """Brings back into the live folder each listed file that is missing or altered there.

    Returns how many were put back and how many the store could not supply.
    """
    restored = unavailable = 0
    for stored_path, sha256 in files:
        if not is_safe_stored_path(stored_path):
            continue
        live = live_folder / stored_path
        if live.is_file() and file_sha256(live) == sha256:
            continue
        source = store / stored_path
        if source.is_file() and copy_verified(source, live, sha256):
            restored += 1
        else:
            unavailable += 1
    return restored, unavailable


def prune_store(store: Path, needed: set[str]) -> int:
    """Removes the store's files that no backup lists, and leftovers of interrupted copies."""
    removed = 0
    if not store.is_dir():
        return 0
    for path in store.glob("*/*"):
        relative = f"{path.parent.name}/{path.name}"
        if path.is_file() and relative not in needed:
            path.unlink(missing_ok=True)
            removed += 1
    for folder in store.iterdir():
        if folder.is_dir() and not any(folder.iterdir()):
            shutil.rmtree(folder, ignore_errors=True)
    return removed
