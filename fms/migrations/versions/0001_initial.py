"""initial schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-22 02:03:48.750860
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "clients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sector", sa.String(length=120), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clients")),
        sa.UniqueConstraint("name", name=op.f("uq_clients_name")),
    )
    op.create_table(
        "freelancers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("linkedin_url", sa.String(length=300), nullable=False),
        sa.Column("location", sa.String(length=120), nullable=False),
        sa.Column("headline", sa.String(length=200), nullable=False),
        sa.Column(
            "seniority",
            sa.Enum(
                "junior", "confirmed", "senior", name="seniority", native_enum=False, create_constraint=True, length=32
            ),
            nullable=False,
        ),
        sa.Column("daily_rate_cents", sa.Integer(), nullable=True),
        sa.Column("availability_date", sa.Date(), nullable=True),
        sa.Column(
            "sourcing_channel",
            sa.Enum(
                "linkedin",
                "portage",
                "platform",
                "referral",
                "direct",
                name="sourcing_channel",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("portage_company", sa.String(length=200), nullable=False),
        sa.Column("talent_pool_consent", sa.Boolean(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "NOT talent_pool_consent OR consent_date IS NOT NULL", name=op.f("ck_freelancers_consent_dated")
        ),
        sa.CheckConstraint("daily_rate_cents >= 0", name=op.f("ck_freelancers_rate_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_freelancers")),
        sa.UniqueConstraint("email", name=op.f("uq_freelancers_email")),
    )
    with op.batch_alter_table("freelancers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_freelancers_availability_date"), ["availability_date"], unique=False)
        batch_op.create_index("ix_freelancers_name", ["last_name", "first_name"], unique=False)

    op.create_table(
        "skills",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skills")),
        sa.UniqueConstraint("key", name=op.f("uq_skills_key")),
    )
    op.create_table(
        "activity_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("freelancer_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["freelancer_id"],
            ["freelancers.id"],
            name=op.f("fk_activity_log_freelancer_id_freelancers"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_log")),
    )
    with op.batch_alter_table("activity_log", schema=None) as batch_op:
        batch_op.create_index("ix_activity_log_entity", ["entity_type", "entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_log_freelancer_id"), ["freelancer_id"], unique=False)

    op.create_table(
        "client_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_client_contacts_client_id_clients"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_contacts")),
    )
    with op.batch_alter_table("client_contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_client_contacts_client_id"), ["client_id"], unique=False)

    op.create_table(
        "freelancer_skills",
        sa.Column("freelancer_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.SmallInteger(), nullable=False),
        sa.CheckConstraint("level BETWEEN 1 AND 5", name=op.f("ck_freelancer_skills_level_range")),
        sa.ForeignKeyConstraint(
            ["freelancer_id"],
            ["freelancers.id"],
            name=op.f("fk_freelancer_skills_freelancer_id_freelancers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"], ["skills.id"], name=op.f("fk_freelancer_skills_skill_id_skills"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("freelancer_id", "skill_id", name=op.f("pk_freelancer_skills")),
    )
    with op.batch_alter_table("freelancer_skills", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_freelancer_skills_skill_id"), ["skill_id"], unique=False)

    op.create_table(
        "missions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "seniority",
            sa.Enum(
                "junior", "confirmed", "senior", name="seniority", native_enum=False, create_constraint=True, length=32
            ),
            nullable=True,
        ),
        sa.Column("budget_daily_rate_cents", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column(
            "work_mode",
            sa.Enum(
                "on_site", "hybrid", "remote", name="work_mode", native_enum=False, create_constraint=True, length=32
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "open",
                "staffed",
                "running",
                "closed",
                "cancelled",
                name="mission_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("budget_daily_rate_cents >= 0", name=op.f("ck_missions_budget_not_negative")),
        sa.CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name=op.f("ck_missions_dates_in_order")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_missions_client_id_clients"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_missions")),
    )
    with op.batch_alter_table("missions", schema=None) as batch_op:
        batch_op.create_index("ix_missions_client_status", ["client_id", "status"], unique=False)

    op.create_table(
        "applications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("freelancer_id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "sourced",
                "positioning_call",
                "profile_sent",
                "client_interview",
                "technical_interview",
                "final_answer",
                "on_mission",
                "offboarding",
                "alumni",
                name="stage",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("stage_entered_at", sa.DateTime(), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "hired",
                "declined_by_freelancer",
                "rejected_by_client",
                "withdrawn",
                name="outcome",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "decline_reason",
            sa.Enum(
                "rate",
                "conditions",
                "culture",
                "other_mission",
                "timing",
                "other",
                name="decline_reason",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("outcome_details", sa.Text(), nullable=False),
        sa.Column("client_justification", sa.Text(), nullable=False),
        sa.Column("feedback_draft", sa.Text(), nullable=False),
        sa.Column("feedback_sent_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "outcome <> 'declined_by_freelancer' OR decline_reason IS NOT NULL",
            name=op.f("ck_applications_decline_has_reason"),
        ),
        sa.ForeignKeyConstraint(
            ["freelancer_id"],
            ["freelancers.id"],
            name=op.f("fk_applications_freelancer_id_freelancers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mission_id"], ["missions.id"], name=op.f("fk_applications_mission_id_missions"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applications")),
        sa.UniqueConstraint("freelancer_id", "mission_id", name=op.f("uq_applications_freelancer_id_mission_id")),
    )
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.create_index("ix_applications_board", ["mission_id", "stage", "position"], unique=False)
        batch_op.create_index(batch_op.f("ix_applications_freelancer_id"), ["freelancer_id"], unique=False)
        batch_op.create_index("ix_applications_stage", ["stage", "position"], unique=False)

    op.create_table(
        "mission_skills",
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.Column("min_level", sa.SmallInteger(), nullable=False),
        sa.CheckConstraint("min_level BETWEEN 1 AND 5", name=op.f("ck_mission_skills_level_range")),
        sa.ForeignKeyConstraint(
            ["mission_id"], ["missions.id"], name=op.f("fk_mission_skills_mission_id_missions"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"], ["skills.id"], name=op.f("fk_mission_skills_skill_id_skills"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("mission_id", "skill_id", name=op.f("pk_mission_skills")),
    )
    with op.batch_alter_table("mission_skills", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mission_skills_skill_id"), ["skill_id"], unique=False)

    op.create_table(
        "engagements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("planned_end_date", sa.Date(), nullable=False),
        sa.Column("real_end_date", sa.Date(), nullable=True),
        sa.Column("daily_rate_cents", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("daily_rate_cents >= 0", name=op.f("ck_engagements_rate_not_negative")),
        sa.CheckConstraint("planned_end_date >= start_date", name=op.f("ck_engagements_planned_end_after_start")),
        sa.CheckConstraint(
            "real_end_date IS NULL OR real_end_date >= start_date", name=op.f("ck_engagements_real_end_after_start")
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_engagements_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_engagements")),
        sa.UniqueConstraint("application_id", name=op.f("uq_engagements_application_id")),
    )
    with op.batch_alter_table("engagements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_engagements_planned_end_date"), ["planned_end_date"], unique=False)

    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("freelancer_id", sa.Integer(), nullable=True),
        sa.Column("client_contact_id", sa.Integer(), nullable=True),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "email",
                "phone",
                "linkedin",
                "meeting",
                "other",
                name="contact_channel",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("purpose", sa.String(length=300), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "freelancer_id IS NOT NULL OR client_contact_id IS NOT NULL", name=op.f("ck_follow_ups_has_person")
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_follow_ups_application_id_applications"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["client_contact_id"],
            ["client_contacts.id"],
            name=op.f("fk_follow_ups_client_contact_id_client_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["freelancer_id"],
            ["freelancers.id"],
            name=op.f("fk_follow_ups_freelancer_id_freelancers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
    )
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_ups_due_at"), ["due_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_ups_freelancer_id"), ["freelancer_id"], unique=False)

    op.create_table(
        "interviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("client", "technical", name="interview_kind", native_enum=False, create_constraint=True, length=32),
            nullable=False,
        ),
        sa.Column("scheduled_at", sa.DateTime(), nullable=False),
        sa.Column("interviewers", sa.Text(), nullable=False),
        sa.Column("hard_skills_score", sa.SmallInteger(), nullable=True),
        sa.Column("soft_skills_score", sa.SmallInteger(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("failure_causes", sa.Text(), nullable=False),
        sa.Column(
            "result",
            sa.Enum(
                "pending",
                "passed",
                "failed",
                name="interview_result",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.CheckConstraint("hard_skills_score BETWEEN 1 AND 5", name=op.f("ck_interviews_hard_score_range")),
        sa.CheckConstraint("soft_skills_score BETWEEN 1 AND 5", name=op.f("ck_interviews_soft_score_range")),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_interviews_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interviews")),
    )
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interviews_application_id"), ["application_id"], unique=False)

    op.create_table(
        "stage_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column(
            "from_stage",
            sa.Enum(
                "sourced",
                "positioning_call",
                "profile_sent",
                "client_interview",
                "technical_interview",
                "final_answer",
                "on_mission",
                "offboarding",
                "alumni",
                name="from_stage",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_stage",
            sa.Enum(
                "sourced",
                "positioning_call",
                "profile_sent",
                "client_interview",
                "technical_interview",
                "final_answer",
                "on_mission",
                "offboarding",
                "alumni",
                name="to_stage",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=120), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_stage_changes_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_changes")),
    )
    with op.batch_alter_table("stage_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stage_changes_application_id"), ["application_id"], unique=False)

    op.create_table(
        "collaboration_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("freelancer_id", sa.Integer(), nullable=False),
        sa.Column("engagement_id", sa.Integer(), nullable=True),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("would_rehire", sa.Boolean(), nullable=False),
        sa.Column("strengths", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("rating BETWEEN 1 AND 5", name=op.f("ck_collaboration_notes_rating_range")),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagements.id"],
            name=op.f("fk_collaboration_notes_engagement_id_engagements"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["freelancer_id"],
            ["freelancers.id"],
            name=op.f("fk_collaboration_notes_freelancer_id_freelancers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collaboration_notes")),
    )
    with op.batch_alter_table("collaboration_notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_collaboration_notes_engagement_id"), ["engagement_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_collaboration_notes_freelancer_id"), ["freelancer_id"], unique=False)

    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("freelancer_id", sa.Integer(), nullable=True),
        sa.Column("engagement_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "contract",
                "nda",
                "statement_of_work",
                "amendment",
                "other",
                name="document_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "sent",
                "signed",
                "expired",
                "terminated",
                name="document_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("original_name", sa.String(length=255), nullable=False),
        sa.Column("stored_path", sa.String(length=300), nullable=True),
        sa.Column("size_bytes", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "expires_on IS NULL OR valid_from IS NULL OR expires_on >= valid_from",
            name=op.f("ck_documents_dates_in_order"),
        ),
        sa.CheckConstraint(
            "freelancer_id IS NOT NULL OR engagement_id IS NOT NULL", name=op.f("ck_documents_has_owner")
        ),
        sa.CheckConstraint("size_bytes >= 0", name=op.f("ck_documents_size_not_negative")),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagements.id"],
            name=op.f("fk_documents_engagement_id_engagements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["freelancer_id"],
            ["freelancers.id"],
            name=op.f("fk_documents_freelancer_id_freelancers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_engagement_id"), ["engagement_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_expires_on"), ["expires_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_freelancer_id"), ["freelancer_id"], unique=False)

    op.create_table(
        "offboardings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("engagement_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("current_page", sa.String(length=60), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagements.id"],
            name=op.f("fk_offboardings_engagement_id_engagements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offboardings")),
        sa.UniqueConstraint("engagement_id", name=op.f("uq_offboardings_engagement_id")),
    )
    op.create_table(
        "renewals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("engagement_id", sa.Integer(), nullable=False),
        sa.Column("renewed_at", sa.DateTime(), nullable=False),
        sa.Column("previous_end_date", sa.Date(), nullable=False),
        sa.Column("new_end_date", sa.Date(), nullable=False),
        sa.Column("new_daily_rate_cents", sa.Integer(), nullable=True),
        sa.CheckConstraint("new_daily_rate_cents >= 0", name=op.f("ck_renewals_rate_not_negative")),
        sa.CheckConstraint("new_end_date > previous_end_date", name=op.f("ck_renewals_extends")),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagements.id"],
            name=op.f("fk_renewals_engagement_id_engagements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_renewals")),
    )
    with op.batch_alter_table("renewals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_renewals_engagement_id"), ["engagement_id"], unique=False)

    op.create_table(
        "offboarding_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("offboarding_id", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(length=60), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_by", sa.String(length=120), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["offboarding_id"],
            ["offboardings.id"],
            name=op.f("fk_offboarding_items_offboarding_id_offboardings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offboarding_items")),
    )
    with op.batch_alter_table("offboarding_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_offboarding_items_offboarding_id"), ["offboarding_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("offboarding_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_offboarding_items_offboarding_id"))

    op.drop_table("offboarding_items")
    with op.batch_alter_table("renewals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_renewals_engagement_id"))

    op.drop_table("renewals")
    op.drop_table("offboardings")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_freelancer_id"))
        batch_op.drop_index(batch_op.f("ix_documents_expires_on"))
        batch_op.drop_index(batch_op.f("ix_documents_engagement_id"))

    op.drop_table("documents")
    with op.batch_alter_table("collaboration_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_collaboration_notes_freelancer_id"))
        batch_op.drop_index(batch_op.f("ix_collaboration_notes_engagement_id"))

    op.drop_table("collaboration_notes")
    with op.batch_alter_table("stage_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_changes_application_id"))

    op.drop_table("stage_changes")
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interviews_application_id"))

    op.drop_table("interviews")
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_ups_freelancer_id"))
        batch_op.drop_index(batch_op.f("ix_follow_ups_due_at"))

    op.drop_table("follow_ups")
    with op.batch_alter_table("engagements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_engagements_planned_end_date"))

    op.drop_table("engagements")
    with op.batch_alter_table("mission_skills", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mission_skills_skill_id"))

    op.drop_table("mission_skills")
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_index("ix_applications_stage")
        batch_op.drop_index(batch_op.f("ix_applications_freelancer_id"))
        batch_op.drop_index("ix_applications_board")

    op.drop_table("applications")
    with op.batch_alter_table("missions", schema=None) as batch_op:
        batch_op.drop_index("ix_missions_client_status")

    op.drop_table("missions")
    with op.batch_alter_table("freelancer_skills", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_freelancer_skills_skill_id"))

    op.drop_table("freelancer_skills")
    with op.batch_alter_table("client_contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_contacts_client_id"))

    op.drop_table("client_contacts")
    with op.batch_alter_table("activity_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_log_freelancer_id"))
        batch_op.drop_index("ix_activity_log_entity")

    op.drop_table("activity_log")
    op.drop_table("skills")
    with op.batch_alter_table("freelancers", schema=None) as batch_op:
        batch_op.drop_index("ix_freelancers_name")
        batch_op.drop_index(batch_op.f("ix_freelancers_availability_date"))

    op.drop_table("freelancers")
    op.drop_table("clients")
