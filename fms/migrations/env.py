"""Alembic environment: run on the connection the app (or a test) hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from fms.models import Base
from fms.storage.pool_index import TABLES as SEARCH_INDEX_TABLES

target_metadata = Base.metadata


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        # SQLite's full-text index is not an ORM table: autogenerate must not drop it.
        include_name=lambda name, type_, _parents: not (type_ == "table" and name in SEARCH_INDEX_TABLES),
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("fms migrations run through fms.storage.migrate, which provides the connection")
run_migrations(connection)
