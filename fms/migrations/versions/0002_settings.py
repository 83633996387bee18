"""business settings

Revision ID: 0002_settings
Revises: 0001_initial
Create Date: 2026-11-22 02:30:44.428576
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_settings"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )


def downgrade() -> None:

    op.drop_table("settings")
