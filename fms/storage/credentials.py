"""Where a team server's password comes from: libpq's `.pgpass`, the system keyring, or the user each time.

No password is ever written to Vivier's settings. `.pgpass` is read by libpq itself, so when it has a
line for the server the URL carries no password; otherwise the system keyring (the `keyring` package)
keeps it, and where no keyring backend exists (a bare Linux session) the user types it at each connection.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import URL, create_engine, text
from sqlalchemy.exc import DBAPIError

from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.storage.errors import UnreachableDatabaseError
from fms.storage.locations import DatabaseLocation

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Vivier"
SSL_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable")
DEFAULT_PORT = 5432
PROBE_TIMEOUT_S = 5


@dataclass(frozen=True)
class ServerAddress:
    """What the connection dialog asks and settings keep: everything but the password."""

    host: str
    port: int = DEFAULT_PORT
    database: str = "vivier"
    user: str = ""
    sslmode: str = "prefer"
    password: str | None = field(default=None, repr=False, compare=False)

    @property
    def keyring_account(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def location(self) -> DatabaseLocation:
        url = URL.create(
            "postgresql+psycopg",
            username=self.user or None,
            password=self.password or None,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"sslmode": self.sslmode},
        )
        return DatabaseLocation(url=url.render_as_string(hide_password=False), sqlite_path=None)


def pgpass_path() -> Path:
    return Path(os.environ.get("PGPASSFILE") or Path.home() / ".pgpass")


def _pgpass_fields(line: str) -> list[str]:
    fields, current, escaped = [], "", False
    for char in line:
        if escaped:
            current, escaped = current + char, False
        elif char == "\\":
            escaped = True
        elif char == ":":
            fields.append(current)
            current = ""
        else:
            current += char
    return [*fields, current]


def pgpass_has(address: ServerAddress) -> bool:
    """True when `.pgpass` has a line for this server, database and user (libpq then sends the password)."""
    try:
        lines = pgpass_path().read_text(encoding="utf-8").splitlines()
    except OSError:
        return False
    wanted = (address.host, str(address.port), address.database, address.user)
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = _pgpass_fields(line)
        if len(fields) >= 5 and all(f in ("*", w) for f, w in zip(fields[:4], wanted, strict=True)):
            return True
    return False


def keyring_available() -> bool:
    """False when the keyring package finds no usable backend (then the password is asked each time)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 0) > 0


def stored_password(address: ServerAddress) -> str | None:
    if not keyring_available():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, address.keyring_account)
    except KeyringError as error:
        log.warning("keyring unavailable: %s", error)
        return None


def store_password(address: ServerAddress, password: str) -> bool:
    """Keeps the password in the system keyring; False when there is none to keep it in."""
    if not keyring_available():
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, address.keyring_account, password)
    except KeyringError as error:
        log.warning("password not stored in the keyring: %s", error)
        return False
    return True


def probe_server(address: ServerAddress) -> str:
    """The server's version when it answers; an `UnreachableDatabaseError` in words otherwise."""
    location = address.location()
    engine = create_engine(location.url, connect_args={"connect_timeout": PROBE_TIMEOUT_S})
    try:
        with engine.connect() as connection:
            return str(connection.execute(text("SHOW server_version")).scalar_one())
    except DBAPIError as error:
        raise UnreachableDatabaseError(
            QT_TRANSLATE_NOOP("errors", "Cannot reach the database {path}: {detail}"),
            path=location.display_name,
            detail=str(error.orig).strip(),
        ) from error
    finally:
        engine.dispose()
