"""freelancer search text: name, headline and email folded for accent-blind search

Revision ID: 0003_freelancer_search
Revises: 0002_settings
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_freelancer_search"
down_revision: str | None = "0002_settings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def fold(text: str) -> str:
    """As fms.core.text.fold when this was written; a migration keeps its own copy of the rules it applies."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def upgrade() -> None:
    with op.batch_alter_table("freelancers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), server_default="", nullable=False))
    connection = op.get_bind()
    freelancers = sa.table(
        "freelancers",
        sa.column("id", sa.Integer),
        sa.column("first_name", sa.String),
        sa.column("last_name", sa.String),
        sa.column("headline", sa.String),
        sa.column("email", sa.String),
        sa.column("search_text", sa.Text),
    )
    rows = connection.execute(
        sa.select(
            freelancers.c.id,
            freelancers.c.first_name,
            freelancers.c.last_name,
            freelancers.c.headline,
            freelancers.c.email,
        )
    ).all()
    updates = [
        {"row_id": row.id, "text": fold(" ".join((row.first_name, row.last_name, row.headline or "", row.email or "")))}
        for row in rows
    ]
    if updates:
        connection.execute(
            freelancers.update()
            .where(freelancers.c.id == sa.bindparam("row_id"))
            .values(search_text=sa.bindparam("text")),
            updates,
        )


def downgrade() -> None:
    with op.batch_alter_table("freelancers", schema=None) as batch_op:
        batch_op.drop_column("search_text")
