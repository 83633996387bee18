"""Stored files: copied into the attachments folder under their SHA-256, never their own name.

A source is opened without blocking and must be a regular file (a named pipe would hang the
app, `/dev/zero` would never end); it is copied in chunks while hashed, into a `.part` file
that is moved into place only when whole. A stored file that no longer matches its name (an
altered copy) is replaced by the right content when that content is stored again.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.storage.errors import storage_error

CHUNK_BYTES = 1024 * 1024
PART_SUFFIX = ".part"

Progress = Callable[[int, int], None]  # bytes done, bytes in all
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class StoredFile:
    relative_path: str
    size_bytes: int
    sha256: str


class SourceRefusedError(KnownError):
    """The file to attach cannot be taken: not a regular file, too large, or unreadable."""


class StoreCancelled(Exception):  # noqa: N818 - not an error: the user stopped it
    """The user stopped the copy; nothing was kept."""


def store_bytes(folder: Path, data: bytes, suffix: str) -> StoredFile:
    """Writes `data` once (same content, same file) and atomically, so no half file is ever seen."""
    digest = hashlib.sha256(data).hexdigest()
    with _part_file(folder) as (handle, part):
        _write_all(handle, data, folder)
    return _place(folder, part, digest, len(data), suffix)


def store_file(
    folder: Path,
    source: Path,
    limit_bytes: int,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> StoredFile:
    """Copies the regular file `source` (at most `limit_bytes`) in, hashing it on the way."""
    source_handle, size = open_regular_file(source, limit_bytes)
    digest = hashlib.sha256()
    done = 0
    try:
        with _part_file(folder) as (handle, part):
            while True:
                if cancelled is not None and cancelled():
                    raise StoreCancelled
                try:
                    chunk = os.read(source_handle, CHUNK_BYTES)
                except OSError as error:
                    raise _unreadable(source, error) from error
                if not chunk:
                    break
                done += len(chunk)
                if done > limit_bytes:  # it grew while read
                    raise too_large(source, limit_bytes)
                digest.update(chunk)
                _write_all(handle, chunk, folder)
                if progress is not None:
                    progress(done, max(size, done))
    finally:
        os.close(source_handle)
    return _place(folder, part, digest.hexdigest(), done, source.suffix)


def open_regular_file(source: Path, limit_bytes: int) -> tuple[int, int]:
    """An open descriptor on `source` and its size, or `SourceRefusedError` saying why not."""
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer; checked below on the opened file.
        handle = os.open(source, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as error:
        raise _unreadable(source, error) from error
    try:
        status = os.fstat(handle)
        if not stat.S_ISREG(status.st_mode):
            raise SourceRefusedError(
                QT_TRANSLATE_NOOP(
                    "errors", "{name} is not a regular file (it is a device, a pipe or a folder); attach a file."
                ),
                name=source.name,
            )
        if status.st_size > limit_bytes:
            raise too_large(source, limit_bytes)
        os.set_blocking(handle, True)
    except BaseException:
        os.close(handle)
        raise
    return handle, status.st_size


def too_large(source: Path, limit_bytes: int) -> SourceRefusedError:
    return SourceRefusedError(
        QT_TRANSLATE_NOOP("errors", "{name} is larger than the {limit} MB allowed; attach a smaller file."),
        name=source.name,
        limit=limit_bytes // (1024 * 1024),
    )


def _unreadable(source: Path, error: OSError) -> SourceRefusedError:
    return SourceRefusedError(
        QT_TRANSLATE_NOOP("errors", "Cannot read {name}: {detail}"),
        name=source.name,
        detail=error.strerror or str(error),
    )


class _part_file:  # noqa: N801 - used as a context manager, like open()
    """A new `.part` file in `folder`, removed if the block fails; the caller moves it into place."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = Path()

    def __enter__(self) -> tuple[int, Path]:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(dir=self.folder, suffix=PART_SUFFIX)
        except OSError as error:
            raise _storage(error, self.folder) from error
        self.handle, self.path = handle, Path(name)
        return handle, self.path

    def __exit__(self, kind: object, error: BaseException | None, _tb: object) -> None:
        try:
            if error is None:
                os.fsync(self.handle)
        except OSError as failure:
            os.close(self.handle)
            self.path.unlink(missing_ok=True)
            raise _storage(failure, self.folder) from failure
        os.close(self.handle)
        if error is not None:
            self.path.unlink(missing_ok=True)


def _write_all(handle: int, data: bytes, folder: Path) -> None:
    view = memoryview(data)
    while view:
        try:
            written = os.write(handle, view)
        except OSError as error:
            raise _storage(error, folder) from error
        view = view[written:]


def _place(folder: Path, part: Path, digest: str, size: int, suffix: str) -> StoredFile:
    """Moves the whole `.part` file to its checksum's name, unless the right content is there already."""
    suffix = suffix.lower() if suffix.startswith(".") and suffix[1:].isalnum() else ""
    relative = f"{digest[:2]}/{digest}{suffix}"
    target = folder / relative
    try:
        if target.exists() and _digest_of(target) == digest:
            part.unlink()
            os.utime(target)  # fresh again: the garbage collector spares what was just stored
        else:  # missing, or altered since it was stored: the right content repairs it
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(part, target)
    except OSError as error:
        part.unlink(missing_ok=True)
        raise _storage(error, folder) from error
    return StoredFile(relative_path=relative, size_bytes=size, sha256=digest)


def _digest_of(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK_BYTES):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def _storage(error: OSError, folder: Path) -> Exception:
    known = storage_error(error, folder)
    return known if known is not None else error
