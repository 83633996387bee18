"""interview evaluations: scores per evaluator, the client's feedback kept as said

Revision ID: 0005_interview_evaluations
Revises: 0004_rehire_status
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_interview_evaluations"
down_revision: str | None = "0004_rehire_status"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "interview_evaluations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("evaluator", sa.String(length=120), nullable=False),
        sa.Column("from_client", sa.Boolean(), nullable=False),
        sa.Column("hard_skills_score", sa.SmallInteger(), nullable=True),
        sa.Column("soft_skills_score", sa.SmallInteger(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.CheckConstraint("hard_skills_score BETWEEN 1 AND 5", name=op.f("ck_interview_evaluations_hard_score_range")),
        sa.CheckConstraint("soft_skills_score BETWEEN 1 AND 5", name=op.f("ck_interview_evaluations_soft_score_range")),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_interview_evaluations_interview_id_interviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview_evaluations")),
    )
    with op.batch_alter_table("interview_evaluations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interview_evaluations_interview_id"), ["interview_id"], unique=False)
    # The single pair of scores becomes one evaluation, by whoever was listed (the client's side
    # for a client interview), so no score is lost.
    op.execute(
        "INSERT INTO interview_evaluations"
        " (interview_id, evaluator, from_client, hard_skills_score, soft_skills_score, comment)"
        " SELECT id, CASE WHEN interviewers = '' THEN '?' ELSE substr(interviewers, 1, 120) END,"
        " kind = 'client', hard_skills_score, soft_skills_score, ''"
        " FROM interviews WHERE hard_skills_score IS NOT NULL OR soft_skills_score IS NOT NULL"
    )
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column("client_feedback", sa.Text(), server_default="", nullable=False))
        batch_op.drop_constraint(op.f("ck_interviews_hard_score_range"), type_="check")
        batch_op.drop_constraint(op.f("ck_interviews_soft_score_range"), type_="check")
        batch_op.drop_column("hard_skills_score")
        batch_op.drop_column("soft_skills_score")


def downgrade() -> None:
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column("soft_skills_score", sa.SmallInteger(), nullable=True))
        batch_op.add_column(sa.Column("hard_skills_score", sa.SmallInteger(), nullable=True))
        batch_op.create_check_constraint(op.f("ck_interviews_soft_score_range"), "soft_skills_score BETWEEN 1 AND 5")
        batch_op.create_check_constraint(op.f("ck_interviews_hard_score_range"), "hard_skills_score BETWEEN 1 AND 5")
        batch_op.drop_column("client_feedback")
    op.execute(
        "UPDATE interviews SET"
        " hard_skills_score = (SELECT round(avg(hard_skills_score)) FROM interview_evaluations e"
        " WHERE e.interview_id = interviews.id),"
        " soft_skills_score = (SELECT round(avg(soft_skills_score)) FROM interview_evaluations e"
        " WHERE e.interview_id = interviews.id)"
    )
    with op.batch_alter_table("interview_evaluations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interview_evaluations_interview_id"))
    op.drop_table("interview_evaluations")
