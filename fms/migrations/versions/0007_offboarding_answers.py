"""offboarding answers: what each page of the wizard holds

Revision ID: 0007_offboarding_answers
Revises: 0006_document_kinds
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_offboarding_answers"
down_revision: str | None = "0006_document_kinds"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("offboardings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("answers", sa.JSON(), server_default="{}", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("offboardings", schema=None) as batch_op:
        batch_op.drop_column("answers")
