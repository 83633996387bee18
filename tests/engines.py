"""Fresh databases for tests on each engine: a file copy on SQLite, a `CREATE DATABASE … TEMPLATE` on PostgreSQL.

PostgreSQL runs when `VIVIER_TEST_POSTGRES_URL` names a server (scripts/test_postgres.sh starts one); every test
that takes the `db` fixture then runs on both engines, except those marked `sqlite_only`.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from fms.storage.database import Database
from fms.storage.locations import DatabaseLocation, sqlite_location
from fms.storage.opening import open_database

POSTGRES_URL_VARIABLE = "VIVIER_TEST_POSTGRES_URL"
SERVER_URL = os.environ.get(POSTGRES_URL_VARIABLE, "").strip()
ENGINES = ["sqlite", "postgresql"] if SERVER_URL else ["sqlite"]
Build = Callable[[Database], None]


class SqliteDatabases:
    """Templates are files migrated once; each test opens its own copy."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def template(self, name: str, build: Build | None = None) -> str:
        path = self.folder / f"{name}.db"
        if not path.exists():
            opened = open_database(sqlite_location(path))
            if build is not None:
                build(opened.db)
            opened.db.dispose()
        return str(path)

    def fresh(self, template: str, folder: Path) -> Database:
        path = folder / "vivier.db"
        shutil.copyfile(template, path)
        return open_database(sqlite_location(path)).db

    def drop(self, db: Database) -> None:
        db.dispose()


class PostgresDatabases:
    """Templates are databases migrated once on the server; each test gets a database cloned from one."""

    _numbers = itertools.count(1)

    def __init__(self, server_url: str) -> None:
        self.server = make_url(server_url)
        self.admin = create_engine(self.server, isolation_level="AUTOCOMMIT")
        self.prefix = f"vivier_test_{os.getpid()}"
        self._templates: set[str] = set()

    def _location(self, name: str) -> DatabaseLocation:
        return DatabaseLocation(
            url=self.server.set(database=name).render_as_string(hide_password=False), sqlite_path=None
        )

    def _execute(self, statement: str) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(statement))

    def template(self, name: str, build: Build | None = None) -> str:
        database = f"{self.prefix}_{name}"
        if database not in self._templates:
            self._execute(f'DROP DATABASE IF EXISTS "{database}"')
            self._execute(f'CREATE DATABASE "{database}"')
            opened = open_database(self._location(database))
            if build is not None:
                build(opened.db)
            opened.db.dispose()  # a template with a session open cannot be cloned
            self._templates.add(database)
        return database

    def fresh(self, template: str, folder: Path) -> Database:
        database = f"{self.prefix}_t{next(self._numbers)}"
        self._execute(f'CREATE DATABASE "{database}" TEMPLATE "{template}"')
        return open_database(self._location(database)).db

    def drop(self, db: Database) -> None:
        db.dispose()
        name = make_url(db.location.url).database
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        for database in self._templates:
            self._execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        self.admin.dispose()
