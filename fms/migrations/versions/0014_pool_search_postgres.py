"""talent pool search on PostgreSQL: unaccent, full text with a GIN index, figures kept by triggers

A no-op on SQLite, whose pool indexes (FTS5) came with 0008.

Revision ID: 0014_pool_search_postgres
Revises: 0013_recontact_after
"""

from collections.abc import Sequence

from alembic import op

from fms.storage.pool_index import create_pool_index, drop_pool_index

revision: str = "0014_pool_search_postgres"
down_revision: str | None = "0013_recontact_after"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        create_pool_index(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        drop_pool_index(connection)
