"""The database URL and the folders Vivier writes to."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "Vivier"
DATABASE_URL_VARIABLE = "VIVIER_DATABASE_URL"
DEFAULT_FILE_NAME = "vivier.db"


@dataclass(frozen=True)
class DatabaseLocation:
    """A database to open: its SQLAlchemy URL and, for SQLite, its file."""

    url: str
    sqlite_path: Path | None

    @property
    def display_name(self) -> str:
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        # Never show a password in a window title or a log line.
        scheme, _, rest = self.url.partition("://")
        return f"{scheme}://{rest.rpartition('@')[2]}"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    return user_log_path(APP_NAME, appauthor=False)


def sqlite_location(path: Path) -> DatabaseLocation:
    path = path.expanduser().absolute()
    return DatabaseLocation(url=f"sqlite:///{path}", sqlite_path=path)


def resolve_location(cli_path: str | None, environ: dict[str, str] | None = None) -> DatabaseLocation:
    """`--db PATH` wins, then the environment variable, then the default file."""
    environ = dict(os.environ) if environ is None else environ
    if cli_path:
        return sqlite_location(Path(cli_path))
    url = environ.get(DATABASE_URL_VARIABLE, "").strip()
    if url:
        return location_from_url(url)
    return sqlite_location(data_dir() / DEFAULT_FILE_NAME)


def location_from_url(url: str) -> DatabaseLocation:
    prefix = "sqlite:///"
    if url.startswith("sqlite") and url.startswith(prefix) and len(url) > len(prefix):
        return sqlite_location(Path(url[len(prefix) :]))
    return DatabaseLocation(url=url, sqlite_path=None)


def attachments_dir(location: DatabaseLocation) -> Path:
    """Attached files live beside the database so a copy of the folder is a whole backup."""
    base = location.sqlite_path.parent if location.sqlite_path else data_dir()
    return base / "attachments"


def backups_dir(location: DatabaseLocation) -> Path:
    base = location.sqlite_path.parent if location.sqlite_path else data_dir()
    return base / "backups"
