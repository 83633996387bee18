"""A team's PostgreSQL server: one schema upgrade at a time, run by an administrator, never by a client.

A client whose build is newer than the shared schema must not upgrade it by itself: every colleague
on the older build would be locked out at once. Creating the schema on an empty database is allowed
(the first start on a new server), under the same lock as an upgrade so two first starts cannot race.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.storage.errors import DatabaseOpenError

log = logging.getLogger(__name__)

# Arbitrary, but the same for every build: the lock is named by this number on the server.
SCHEMA_LOCK_KEY = 5_617_112_026


class ServerUpgradeNeededError(DatabaseOpenError):
    """The shared schema is older than this build; an administrator upgrades it."""


def upgrade_needed(display_name: str, revision: str) -> ServerUpgradeNeededError:
    return ServerUpgradeNeededError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The team database {path} needs an upgrade (schema {revision}) before this version of Vivier can use "
            "it: ask your administrator to run `vivier-admin upgrade`. Nothing was changed.",
        ),
        path=display_name,
        revision=revision,
    )


@contextmanager
def schema_lock(engine: Engine) -> Iterator[Connection]:
    """Holds PostgreSQL's advisory lock for schema changes; a second caller waits for the first."""
    with engine.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
        connection.commit()
        try:
            yield connection
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": SCHEMA_LOCK_KEY})
            connection.commit()


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str


def upgrade_server(engine: Engine) -> UpgradeResult:
    """Brings a server's schema to this build's head under the schema lock (the administrator's command)."""
    from fms.storage.migrate import current_revision, script_revisions, upgrade

    with schema_lock(engine):
        before = current_revision(engine)
        head = script_revisions()[-1]
        if before != head:
            log.info("upgrading the server schema from %s to %s", before, head)
            upgrade(engine)
    return UpgradeResult(before=before, after=head)
