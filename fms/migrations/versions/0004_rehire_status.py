"""rehire status

Revision ID: 0004_rehire_status
Revises: 0003_freelancer_search
Create Date: 2026-11-22 04:07:52.474405
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_rehire_status"
down_revision: str | None = "0003_freelancer_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    with op.batch_alter_table("freelancers", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "rehire_status",
                sa.Enum(
                    "undecided",
                    "would_rehire",
                    "do_not_rehire",
                    name="rehire_status",
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                server_default="undecided",
                nullable=False,
            )
        )
        batch_op.add_column(sa.Column("do_not_rehire_reason", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:

    with op.batch_alter_table("freelancers", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_freelancers_rehire_status"), type_="check")
        batch_op.drop_column("do_not_rehire_reason")
        batch_op.drop_column("rehire_status")
