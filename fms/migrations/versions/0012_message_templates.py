"""message templates, and the interview invitation's UID and SEQUENCE

Revision ID: 0012_message_templates
Revises: 0011_failure_cause_codes
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from fms.storage.pool_index import create_pool_index, drop_pool_index, fts5_available

revision: str = "0012_message_templates"
down_revision: str | None = "0011_failure_cause_codes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "message_templates",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("kind", "language", name=op.f("pk_message_templates")),
    )
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column("invitation_uid", sa.String(length=80), server_default="", nullable=False))
        batch_op.add_column(sa.Column("invitation_sequence", sa.Integer(), server_default="0", nullable=False))


def downgrade() -> None:
    # SQLite rebuilds the table to drop a column: the talent pool's triggers on it go first.
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        drop_pool_index(connection)
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.drop_column("invitation_sequence")
        batch_op.drop_column("invitation_uid")
    if sqlite and fts5_available(connection):
        create_pool_index(connection)
    op.drop_table("message_templates")
