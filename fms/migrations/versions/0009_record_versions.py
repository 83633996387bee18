"""record versions: a version column on the records people edit, so a stale save is refused

Revision ID: 0009_record_versions
Revises: 0008_talent_pool_search
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from fms.storage.pool_index import create_pool_index, drop_pool_index, fts5_available, trigger_names

revision: str = "0009_record_versions"
down_revision: str | None = "0008_talent_pool_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("freelancers", "clients", "missions", "applications", "documents", "offboardings", "settings")


def upgrade() -> None:
    connection = op.get_bind()
    triggers = _pool_triggers(connection)
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    _restore_pool_index(connection, triggers)


def downgrade() -> None:
    connection = op.get_bind()
    triggers = _pool_triggers(connection)
    if triggers:  # a rebuilt table cannot be renamed back while other tables' triggers name it
        drop_pool_index(connection)
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
    if triggers and fts5_available(connection):
        create_pool_index(connection)


def _pool_triggers(connection: sa.Connection) -> set[str]:
    return set(trigger_names(connection)) if connection.dialect.name == "sqlite" else set()


def _restore_pool_index(connection: sa.Connection, before: set[str]) -> None:
    """SQLite drops a table's triggers when batch mode rebuilds it: should it ever rebuild one here
    rather than add the column in place, the talent pool's indexes are made again."""
    if connection.dialect.name != "sqlite" or not before or not fts5_available(connection):
        return
    if set(trigger_names(connection)) != before:
        create_pool_index(connection)
