"""The schema revisions this build knows, oldest first; the last one is the head.

Kept as plain data so the start-up check needs no Alembic import; a test holds it equal
to the chain under fms/migrations/versions.
"""

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_settings",
    "0003_freelancer_search",
    "0004_rehire_status",
    "0005_interview_evaluations",
    "0006_document_kinds",
    "0007_offboarding_answers",
    "0008_talent_pool_search",
    "0009_record_versions",
    "0010_casefold_keys",
    "0011_failure_cause_codes",
    "0012_message_templates",
    "0013_recontact_after",
    "0014_pool_search_postgres",
    "0015_attachment_store",
    "0016_freelancer_search_index",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]
