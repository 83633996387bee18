"""freelancer search index: the board's text filter scans a narrow index of the folded text (SQLite only)

PostgreSQL limits a b-tree entry to about 2,700 bytes (the folded text has no length limit) and scans the
table in parallel; the index would cost it writes for no gain.

Revision ID: 0016_freelancer_search_index
Revises: 0015_attachment_store
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016_freelancer_search_index"
down_revision: str | None = "0015_attachment_store"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.create_index("ix_freelancers_search_text", "freelancers", ["search_text", "email"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index("ix_freelancers_search_text", table_name="freelancers")
