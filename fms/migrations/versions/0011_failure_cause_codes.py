"""failure cause codes: what made an interview fail, from a closed list

Revision ID: 0011_failure_cause_codes
Revises: 0010_casefold_keys
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from fms.storage.pool_index import create_pool_index, drop_pool_index, fts5_available

revision: str = "0011_failure_cause_codes"
down_revision: str | None = "0010_casefold_keys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column("failure_cause_codes", sa.String(length=200), server_default="", nullable=False))


def downgrade() -> None:
    # SQLite rebuilds the table to drop a column: the talent pool's triggers on it go first.
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        drop_pool_index(connection)
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.drop_column("failure_cause_codes")
    if sqlite and fts5_available(connection):
        create_pool_index(connection)
