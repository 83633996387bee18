"""recontact after: when to get back to a declined, rejected or withdrawn candidate, and why

Revision ID: 0013_recontact_after
Revises: 0012_message_templates
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from fms.storage.pool_index import create_pool_index, drop_pool_index, fts5_available

revision: str = "0013_recontact_after"
down_revision: str | None = "0012_message_templates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("recontact_after", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("recontact_reason", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    # SQLite rebuilds the table to drop a column: the talent pool's triggers on it go first.
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        drop_pool_index(connection)
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_column("recontact_reason")
        batch_op.drop_column("recontact_after")
    if sqlite and fts5_available(connection):
        create_pool_index(connection)
