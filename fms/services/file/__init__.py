"""A freelancer's file: the list, the profile, documents, interviews, notes, follow-ups, merges.

The names below are what the floor above (the UI, the command line, the tests) may call; the
helpers that work inside a caller's transaction stay in their modules. They are imported when
first asked for: start-up's preview imports `freelancer_rows` and `preview` without the ORM.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fms.core.lazy_exports import lazy_exports

if TYPE_CHECKING:
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
    from fms.services.file.duplicates import REASONS, DuplicateHint, likely_duplicates
    from fms.services.file.follow_up_rows import DueGroup, FollowUpRow
    from fms.services.file.follow_ups import (
        Completion,
        PersonFollowUp,
        complete_follow_up,
        open_follow_ups,
        person_follow_ups,
        propose_time,
        reschedule_follow_up,
        schedule_follow_up,
        snooze_follow_up,
        to_do,
    )
    from fms.services.file.freelancer_rows import FreelancerQuery, FreelancerRow
    from fms.services.file.freelancers import count_freelancers, freelancer_page
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
    from fms.services.file.invitations import Person, interview_to_invite, invitation, organizer
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
    from fms.values.linkedin import normalised_linkedin

__all__ = [
    "ApplicationLine",
    "CHOSEN_FIELDS",
    "Completion",
    "DocumentFileError",
    "DocumentRow",
    "DueGroup",
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
    "Person",
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
    "interview_to_invite",
    "invitation",
    "likely_duplicates",
    "list_documents",
    "list_interviews",
    "list_notes",
    "merge_freelancers",
    "merge_sides",
    "merged_profile",
    "normalised_linkedin",
    "open_follow_ups",
    "organizer",
    "person_follow_ups",
    "prepare_attachment",
    "profile_errors",
    "propose_time",
    "record_attachment",
    "reschedule_follow_up",
    "save_interview",
    "save_profile",
    "schedule_follow_up",
    "set_status",
    "snooze_follow_up",
    "to_do",
    "verified_file",
]

__getattr__ = lazy_exports(
    __name__,
    __all__,
    (
        "fms.services.file.attaching",
        "fms.services.file.documents",
        "fms.services.file.duplicates",
        "fms.services.file.follow_up_rows",
        "fms.services.file.follow_ups",
        "fms.services.file.freelancer_rows",
        "fms.services.file.freelancers",
        "fms.services.file.interviews",
        "fms.services.file.invitations",
        "fms.services.file.merge",
        "fms.services.file.notes",
        "fms.services.file.profile",
        "fms.values.linkedin",
    ),
)
