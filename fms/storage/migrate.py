"""Brings a database to the schema of this build, after taking a backup of it (with its attached files)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.storage.backups import BEFORE_UPGRADE, create_backup
from fms.storage.errors import MigrationFailedError
from fms.storage.locations import DatabaseLocation

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_revisions() -> list[str]:
    """The revisions of fms/migrations, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [revision.revision for revision in reversed(list(script.walk_revisions()))]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


class ForeignKeyViolation(Exception):
    """A migration left rows pointing at nothing; it is rolled back."""


def upgrade(engine: Engine, target: str = "head") -> None:
    _migrate(engine, command.upgrade, target)


def downgrade(engine: Engine, target: str) -> None:
    _migrate(engine, command.downgrade, target)


def _migrate(engine: Engine, step: Callable[[Config, str], None], target: str) -> None:
    """Runs migrations in one transaction; on SQLite with foreign keys off while they run.

    Alembic rebuilds SQLite tables it alters by copy, drop and rename: with foreign keys on,
    the drop would cascade and delete every row that refers to the table. The keys are checked
    again before the commit, so nothing inconsistent is ever kept.
    """
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        raw: Any = connection.connection.driver_connection
        if sqlite:
            raw.execute("PRAGMA foreign_keys = OFF")  # takes effect only outside a transaction
        try:
            with connection.begin():
                config = alembic_config()
                config.attributes["connection"] = connection
                step(config, target)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise ForeignKeyViolation(f"{len(broken)} rows refer to missing rows, first: {broken[0]}")
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys = ON")


def migrate_to_head(engine: Engine, location: DatabaseLocation, revision: str | None) -> Path | None:
    """Runs pending migrations; an existing SQLite file is copied first. Returns the copy."""
    head = script_revisions()[-1]
    if revision == head:
        return None
    backup = None
    if revision is not None and location.sqlite_path is not None:
        try:
            backup = create_backup(location.sqlite_path, BEFORE_UPGRADE).database
        except KnownError as error:
            raise MigrationFailedError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Vivier could not copy {path} before upgrading it ({detail}), so it did not upgrade it.",
                ),
                path=location.display_name,
                detail=error.params.get("detail", error.message),
            ) from error
    log.info("migrating %s from %s to %s", location.display_name, revision, head)
    try:
        upgrade(engine)
    except (SQLAlchemyError, OSError, ForeignKeyViolation) as error:
        log.exception("migration of %s failed", location.display_name)
        raise MigrationFailedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Upgrading the database {path} failed ({detail}). It was left as it was; "
                "a copy taken before the upgrade is in the backups folder beside it.",
            ),
            path=location.display_name,
            detail=str(error),
        ) from error
    return backup
