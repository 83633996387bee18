"""Why a database cannot be opened, or a read or write failed; each reason has its own message.

The one place where SQLite result codes and `OSError` numbers become messages for the user.
"""

from __future__ import annotations

import errno
import sqlite3

from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP


class DatabaseOpenError(KnownError):
    """The database cannot be used; it was not modified."""


class NotADatabaseError(DatabaseOpenError):
    pass


class DamagedDatabaseError(DatabaseOpenError):
    pass


class ForeignDatabaseError(DatabaseOpenError):
    pass


class NewerSchemaError(DatabaseOpenError):
    pass


class UnreachableDatabaseError(DatabaseOpenError):
    pass


class MigrationFailedError(DatabaseOpenError):
    """The upgrade was refused or failed; the database is as it was before."""


# Storage failures while the app runs: a full disk, a read-only medium, a lock held by another
# program, a file removed while open. Each says what happened and that nothing was changed.


class StorageError(KnownError):
    """Reading or writing the database or the attachments failed; the action was not done."""


class DiskFullError(StorageError):
    pass


class ReadOnlyStorageError(StorageError):
    pass


class NoPermissionError(StorageError):
    pass


class StorageLockedError(StorageError):
    pass


class DatabaseBusyError(StorageLockedError):
    """Another window or program kept the write lock past the busy timeout; nothing was written."""


class StorageIOError(StorageError):
    pass


class DatabaseGoneError(StorageError):
    pass


class StorageDamagedError(StorageError):
    pass


class ServerUnreachableError(StorageError):
    """The connection to the team's server was lost or refused; the transaction was rolled back."""


class ServerTimeoutError(StorageError):
    """The server did not answer within `statement_timeout`, or a lock stayed held past `lock_timeout`."""


# SQLite's primary result codes (the low byte of an extended code).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

FULL = QT_TRANSLATE_NOOP(
    "errors", "The disk holding {path} is full: nothing was changed. Free some space, then try again."
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "errors",
    "{path} is on a read-only disk or was opened read-only: nothing was changed. "
    "Copy it to a writable folder and open it from there.",
)
NO_PERMISSION = QT_TRANSLATE_NOOP(
    "errors", "Vivier is not allowed to write to {path}: nothing was changed. Check who may write to it."
)
# Writes wait their turn (BEGIN IMMEDIATE) for the busy timeout first: past it, most often another
# Vivier window on the same file is in the middle of a save.
LOCKED = QT_TRANSLATE_NOOP(
    "errors",
    "Another Vivier window or another program is saving to {path}: nothing was changed. Try again in a moment.",
)
IO_FAILED = QT_TRANSLATE_NOOP(
    "errors",
    "The disk holding {path} could not be read or written (a disk or network error): nothing was changed. "
    "Check the disk or the connection, then try again.",
)
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "errors",
    "{path} cannot be opened any more (its folder may have been removed or the disk unplugged): "
    "nothing was changed. Put it back, then try again.",
)
GONE = QT_TRANSLATE_NOOP(
    "errors",
    "The database file {path} was removed or moved while Vivier had it open: nothing was changed. "
    "Put it back, or open another database from the File menu.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "errors",
    "The database {path} is damaged ({detail}): nothing was changed. Restore a backup from the backups folder "
    "beside it.",
)

SERVER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "errors",
    "The team database {path} cannot be reached; nothing was saved. Check the network connection, then try "
    "again: Vivier reconnects by itself.",
)
SERVER_TOO_SLOW = QT_TRANSLATE_NOOP(
    "errors",
    "The team database {path} took too long to answer; nothing was saved. Try again in a moment; if it keeps "
    "happening, tell your administrator.",
)
SERVER_LOCKED = QT_TRANSLATE_NOOP(
    "errors",
    "The team database {path} took too long: a colleague is saving the same records. Nothing was saved; try "
    "again in a moment.",
)
# PostgreSQL's SQLSTATE codes: psycopg is optional, so the codes are matched rather than its classes.
_QUERY_CANCELED = "57014"  # statement_timeout (psycopg.errors.QueryCanceled)
_LOCK_NOT_AVAILABLE = "55P03"  # lock_timeout (psycopg.errors.LockNotAvailable)
# Connection exceptions, and the server shutting down or terminating the backend.
_DISCONNECTED_PREFIXES = ("08", "57P01", "57P02", "57P03")

_BY_SQLITE_CODE: dict[int, tuple[type[StorageError], str]] = {
    SQLITE_FULL: (DiskFullError, FULL),
    SQLITE_READONLY: (ReadOnlyStorageError, READ_ONLY),
    SQLITE_PERM: (NoPermissionError, NO_PERMISSION),
    SQLITE_BUSY: (DatabaseBusyError, LOCKED),
    SQLITE_LOCKED: (DatabaseBusyError, LOCKED),
    SQLITE_IOERR: (StorageIOError, IO_FAILED),
    SQLITE_CANTOPEN: (StorageIOError, CANNOT_OPEN),
    SQLITE_CORRUPT: (StorageDamagedError, DAMAGED),
    SQLITE_NOTADB: (StorageDamagedError, DAMAGED),
}
# Drivers that give no result code still say it in words.
_BY_SQLITE_WORDS: tuple[tuple[str, int], ...] = (
    ("database or disk is full", SQLITE_FULL),
    ("readonly database", SQLITE_READONLY),
    ("database is locked", SQLITE_BUSY),
    ("database table is locked", SQLITE_LOCKED),
    ("disk i/o error", SQLITE_IOERR),
    ("unable to open database file", SQLITE_CANTOPEN),
    ("database disk image is malformed", SQLITE_CORRUPT),
    ("file is not a database", SQLITE_NOTADB),
)
_BY_ERRNO: dict[int, tuple[type[StorageError], str]] = {
    errno.ENOSPC: (DiskFullError, FULL),
    errno.EDQUOT: (DiskFullError, FULL),
    errno.EROFS: (ReadOnlyStorageError, READ_ONLY),
    errno.EACCES: (NoPermissionError, NO_PERMISSION),
    errno.EPERM: (NoPermissionError, NO_PERMISSION),
    errno.EIO: (StorageIOError, IO_FAILED),
}


def storage_error(error: BaseException, path: object) -> StorageError | None:
    """The plain message for a failed read or write of `path`, or None when it is not a storage failure.

    Takes a `sqlite3.Error`, a SQLAlchemy error wrapping one (through `.orig`) or an `OSError`.
    """
    original = getattr(error, "orig", None) or error
    if _is_server_error(original):
        return server_error(error, path)
    if isinstance(original, OSError):
        found = _BY_ERRNO.get(original.errno or 0)
        return found[0](found[1], path=path) if found else None
    if not isinstance(original, sqlite3.Error):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    if code is None:
        words = str(original).lower()
        code = next((number for text, number in _BY_SQLITE_WORDS if text in words), None)
    found = _BY_SQLITE_CODE.get(code & 0xFF) if code is not None else None
    return found[0](found[1], path=path, detail=str(original)) if found else None


def database_gone(path: object) -> DatabaseGoneError:
    return DatabaseGoneError(GONE, path=path)


def _is_server_error(original: BaseException) -> bool:
    return type(original).__module__.split(".")[0] == "psycopg"


def server_error(error: BaseException, path: object) -> StorageError | None:
    """The plain message for a PostgreSQL failure that is the server's or the network's, not a bug.

    A lost connection (SQLAlchemy flags it `connection_invalidated` and drops it from the pool, so the
    next action reconnects), a statement past `statement_timeout` and a lock past `lock_timeout`.
    """
    original = getattr(error, "orig", None) or error
    state = getattr(original, "sqlstate", None) or ""
    if state == _QUERY_CANCELED:
        return ServerTimeoutError(SERVER_TOO_SLOW, path=path)
    if state == _LOCK_NOT_AVAILABLE:
        return ServerTimeoutError(SERVER_LOCKED, path=path)
    invalidated = bool(getattr(error, "connection_invalidated", False))
    # psycopg.OperationalError without a state: the server refused or dropped the connection.
    lost = not state and type(original).__name__ == "OperationalError"
    if invalidated or lost or state.startswith(_DISCONNECTED_PREFIXES):
        return ServerUnreachableError(SERVER_UNREACHABLE, path=path)
    return None
