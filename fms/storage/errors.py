"""Why a database cannot be opened; each reason has its own message."""

from __future__ import annotations

from fms.core.errors import KnownError


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


class DatabaseBusyError(KnownError):
    """Another process kept the database's write lock past the busy timeout; nothing was written."""
