"""Opens the database for the app: checks it, backs it up and migrates it only when behind.

Every SQLite file is checked with `PRAGMA quick_check` before anything opens it for writing
(0.5 s at 100,000 freelancers, after the window is painted), so damage is found at open and
the file is refused as it was, not first noticed by a failing screen or a migration.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.storage.backups import watch_changes
from fms.storage.database import Database
from fms.storage.engine import make_engine
from fms.storage.errors import DamagedDatabaseError, UnreachableDatabaseError
from fms.storage.locations import DatabaseLocation
from fms.storage.preflight import IntegrityCheck, SchemaState, classify_schema, inspect_sqlite_file, verify_integrity
from fms.storage.revisions import HEAD_REVISION
from fms.storage.server import upgrade_needed

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenedDatabase:
    db: Database
    backup: Path | None


def open_database(
    location: DatabaseLocation, state: SchemaState | None = None, integrity: IntegrityCheck | None = None
) -> OpenedDatabase:
    """An open, current database, or a `DatabaseOpenError`; a file that fails is left as it was.

    `integrity` is the file's check already started (start-up runs it while SQLAlchemy loads); it
    is waited for here, before the engine exists.
    """
    if location.sqlite_path is not None and state is None:
        state = inspect_sqlite_file(location.sqlite_path)
    if location.sqlite_path is not None and state is not None and not state.is_new:
        if integrity is not None and integrity.path == location.sqlite_path:
            integrity.result()
        else:
            verify_integrity(location.sqlite_path)
    engine = make_engine(location)
    if location.sqlite_path is not None:
        watch_changes(engine, location.sqlite_path)
    try:
        revision = state.revision if state is not None else _server_revision(engine, location)
        backup = None
        if revision != HEAD_REVISION and location.sqlite_path is None:
            _create_server_schema(engine, location, revision)
        elif revision != HEAD_REVISION:
            from fms.storage.migrate import migrate_to_head  # Alembic loads only when a migration is due.

            backup = migrate_to_head(engine, location, revision)
    except OperationalError as error:
        engine.dispose()
        raise UnreachableDatabaseError(
            QT_TRANSLATE_NOOP("errors", "Cannot reach the database {path}: {detail}"),
            path=location.display_name,
            detail=str(error.orig),
        ) from error
    except DatabaseError as error:
        engine.dispose()
        raise DamagedDatabaseError(
            QT_TRANSLATE_NOOP("errors", "The database {path} could not be read ({detail}). It was not changed."),
            path=location.display_name,
            detail=str(error.orig),
        ) from error
    except BaseException:
        engine.dispose()
        raise
    return OpenedDatabase(db=Database(engine, location), backup=backup)


def _create_server_schema(engine: Engine, location: DatabaseLocation, revision: str | None) -> None:
    """On a server the app only ever creates the schema of an empty database; upgrades are the administrator's."""
    if revision is not None:
        raise upgrade_needed(location.display_name, revision)
    from fms.storage.server import schema_lock

    with schema_lock(engine):
        current = _server_revision(engine, location)  # a colleague's first start may have just created it
        if current is None:
            from fms.storage.migrate import upgrade

            upgrade(engine)
        elif current != HEAD_REVISION:
            raise upgrade_needed(location.display_name, current)


def _server_revision(engine: Engine, location: DatabaseLocation) -> str | None:
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        revision = None
        if "alembic_version" in tables:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return classify_schema(location.display_name, tables, revision).revision
