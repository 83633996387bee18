"""document kinds: recommendation letters and CVs

Revision ID: 0006_document_kinds
Revises: 0005_interview_evaluations
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006_document_kinds"
down_revision: str | None = "0005_interview_evaluations"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD = ("contract", "nda", "statement_of_work", "amendment", "other")
NEW = ("contract", "nda", "statement_of_work", "amendment", "recommendation", "cv", "other")


def _kinds(values: tuple[str, ...]) -> str:
    return "kind IN (" + ", ".join(f"'{value}'" for value in values) + ")"


def upgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_documents_document_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_documents_document_kind"), _kinds(NEW))


def downgrade() -> None:
    # Letters and CVs become "other" documents: the files and their records stay.
    op.execute("UPDATE documents SET kind = 'other' WHERE kind IN ('recommendation', 'cv')")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_documents_document_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_documents_document_kind"), _kinds(OLD))
