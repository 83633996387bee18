"""A freelancer's file: the list, the profile, documents, interviews, notes, follow-ups, merges.

The names below are what the floor above (the UI, the command line, the tests) may call; the
helpers that work inside a caller's transaction stay in their modules.
"""

from __future__ import annotations

from fms.services.file.attaching import (
    PreparedAttachment,
    attach_document,
    attachment_limit_bytes,
    attachment_store,
    clean_attachments,
    prepare_attachment,
    record_attachment,
)
from fms.services.file.documents import (
    NEXT_STATUSES,
    DocumentFileError,
    DocumentRow,
    export_copy,
    list_documents,
    set_status,
    verified_file,
)
from fms.services.file.duplicates import (
    REASONS,
    DuplicateHint,
    likely_duplicates,
    normalised_linkedin,
)
from fms.services.file.follow_ups import (
    FollowUpRow,
    PersonFollowUp,
    complete_follow_up,
    open_follow_ups,
    person_follow_ups,
    schedule_follow_up,
)
from fms.services.file.freelancers import FreelancerQuery, FreelancerRow, count_freelancers, freelancer_page
from fms.services.file.interviews import (
    EvaluationInput,
    InterviewedFor,
    InterviewInput,
    InterviewRow,
    applications_to_interview,
    delete_interview,
    get_interview,
    list_interviews,
    save_interview,
)
from fms.services.file.merge import (
    CHOSEN_FIELDS,
    MergeResult,
    MergeSide,
    Side,
    merge_freelancers,
    merge_sides,
    merged_profile,
)
from fms.services.file.notes import NoteInput, NoteRow, add_note, list_notes
from fms.services.file.profile import (
    ApplicationLine,
    FreelancerFile,
    HistoryLine,
    ProfileInput,
    get_file,
    profile_errors,
    save_profile,
)

__all__ = [
    "ApplicationLine",
    "CHOSEN_FIELDS",
    "DocumentFileError",
    "DocumentRow",
    "DuplicateHint",
    "EvaluationInput",
    "FollowUpRow",
    "FreelancerFile",
    "FreelancerQuery",
    "FreelancerRow",
    "HistoryLine",
    "InterviewInput",
    "InterviewRow",
    "InterviewedFor",
    "MergeResult",
    "MergeSide",
    "NEXT_STATUSES",
    "NoteInput",
    "NoteRow",
    "PersonFollowUp",
    "PreparedAttachment",
    "ProfileInput",
    "REASONS",
    "Side",
    "add_note",
    "applications_to_interview",
    "attach_document",
    "attachment_limit_bytes",
    "attachment_store",
    "clean_attachments",
    "complete_follow_up",
    "count_freelancers",
    "delete_interview",
    "export_copy",
    "freelancer_page",
    "get_file",
    "get_interview",
    "likely_duplicates",
    "list_documents",
    "list_interviews",
    "list_notes",
    "merge_freelancers",
    "merge_sides",
    "merged_profile",
    "normalised_linkedin",
    "open_follow_ups",
    "person_follow_ups",
    "prepare_attachment",
    "profile_errors",
    "record_attachment",
    "save_interview",
    "save_profile",
    "schedule_follow_up",
    "set_status",
    "verified_file",
]
