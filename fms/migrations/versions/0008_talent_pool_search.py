"""talent pool search: saved lists, the text of attached files, the pool's indexes (SQLite)

Revision ID: 0008_talent_pool_search
Revises: 0007_offboarding_answers
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from fms.storage.pool_index import create_pool_index, drop_pool_index, fts5_available

revision: str = "0008_talent_pool_search"
down_revision: str | None = "0007_offboarding_answers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "saved_lists",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_lists")),
        sa.UniqueConstraint("name", name=op.f("uq_saved_lists_name")),
    )
    op.create_table(
        "saved_list_members",
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("freelancer_id", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["freelancer_id"],
            ["freelancers.id"],
            name=op.f("fk_saved_list_members_freelancer_id_freelancers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["list_id"], ["saved_lists.id"], name=op.f("fk_saved_list_members_list_id_saved_lists"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("list_id", "freelancer_id", name=op.f("pk_saved_list_members")),
    )
    with op.batch_alter_table("saved_list_members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_saved_list_members_freelancer_id"), ["freelancer_id"], unique=False)
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("text_content", sa.Text(), server_default="", nullable=False))
    connection = op.get_bind()
    if connection.dialect.name == "sqlite" and fts5_available(connection):
        create_pool_index(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        drop_pool_index(connection)
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_column("text_content")
    with op.batch_alter_table("saved_list_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_saved_list_members_freelancer_id"))
    op.drop_table("saved_list_members")
    op.drop_table("saved_lists")
