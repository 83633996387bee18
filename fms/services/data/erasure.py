"""Erasing a person (GDPR article 17): identity and free texts go, what statistics count stays, anonymised.

Kept, under "Erased person <id>": the freelancer row (seniority, rate, sourcing channel), applications
and their stage changes, interviews' results and scores, engagements, renewals and rates, notes' ratings.
Removed: name, email, phone, links, every free text, skills, follow-ups, saved-list entries, documents
and their files (unless another document holds the same bytes), the activity log's details.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Document, Freelancer
from fms.services.common import activity
from fms.services.common.lookup import get_or_not_found
from fms.services.data.person import PersonRecords, person_by_email, records_of
from fms.storage import erasure
from fms.storage.database import Database

ERASED_FIRST_NAME = "Erased person"
# The stage-change note the pool's figures read ("undone" moves do not count): not a free text.
KEPT_NOTES = frozenset({"undone"})
NOT_THE_SAME = QT_TRANSLATE_NOOP("errors", "This copy holds someone else under that number.")


@dataclass(frozen=True)
class ErasedPerson:
    freelancer_id: int
    label: str
    documents: int
    files_removed: int
    backups: int


def erase_person(db: Database, email: str) -> ErasedPerson:
    """The live database first (refused there, nothing is done), then every backup copy."""
    return _erase_everywhere(db, lambda session: person_by_email(session, email))


def erase_freelancer(db: Database, freelancer_id: int) -> ErasedPerson:
    """The same erase for a freelancer known by id (many imported candidates have no email).

    A backup copy is erased when its row with this id still has the same name: ids are never
    reused, so the name only guards against a copy of some other database in the folder.
    """
    with db.reading() as session:
        person = get_or_not_found(session, Freelancer, freelancer_id)
        first, last = person.first_name, person.last_name

    def same_person(session: Session) -> Freelancer:
        found = get_or_not_found(session, Freelancer, freelancer_id)
        if (found.first_name, found.last_name) != (first, last):
            raise KnownError(NOT_THE_SAME)
        return found

    return _erase_everywhere(db, same_person)


Find = Callable[[Session], Freelancer]


def _erase_everywhere(db: Database, find: Find) -> ErasedPerson:
    result = _erase(db, find)
    from fms.services.data.backup_erasure import erase_from_backups

    backups = erase_from_backups(db, find)
    return ErasedPerson(result.freelancer_id, result.label, result.documents, result.files_removed, backups)


def erase_rows(db: Database, find: Find) -> set[str]:
    """The erase on one database; the digests of the files it removed."""
    return set(_erase(db, find).digests)


def _erase(db: Database, find: Find) -> _Erased:
    """One transaction for the rows; the folder's files after it commits, then a WAL checkpoint."""
    with db.transaction() as session:
        erasure.begin_secure_erase(session)
        person = find(session)
        records = records_of(session, person)
        person.first_name, person.last_name = ERASED_FIRST_NAME, str(person.id)
        person.email = None
        for column in ("phone", "linkedin_url", "location", "headline", "portage_company"):
            setattr(person, column, "")
        person.notes = person.do_not_rehire_reason = ""
        person.talent_pool_consent, person.consent_date = False, None
        person.skills.clear()
        _clear_free_texts(records)
        for row in (*records.follow_ups, *records.saved_lists, *records.documents):
            session.delete(row)
        session.flush()
        files = {(d.stored_path, d.sha256) for d in records.documents if d.stored_path and d.sha256}
        still_used = set(
            session.scalars(select(Document.sha256).where(Document.sha256.in_([sha for _path, sha in files])))
        )
        unused = {(path, sha) for path, sha in files if sha not in still_used}
        erasure.drop_server_blobs(session, {sha for _path, sha in unused})
        activity.record(session, db.actor, "freelancer", person.id, "erased", "", freelancer_id=person.id)
        session.flush()
        erasure.compact_word_index(session)
        result = _Erased(
            freelancer_id=person.id,
            label=person.full_name,
            documents=len(records.documents),
            files_removed=len(unused),
            backups=0,
            digests=tuple(sha for _path, sha in unused),
        )
    erasure.drop_folder_files(db, {path for path, _sha in unused})
    erasure.checkpoint(db)
    return result


@dataclass(frozen=True)
class _Erased(ErasedPerson):
    digests: tuple[str, ...] = ()


def _clear_free_texts(records: PersonRecords) -> None:
    for application in records.applications:
        application.outcome_details = application.client_justification = application.feedback_draft = ""
        application.recontact_reason, application.recontact_after = "", None
    for change in records.stage_changes:
        change.note = change.note if change.note in KEPT_NOTES else ""
    for interview in records.interviews:
        interview.notes = interview.client_feedback = interview.failure_causes = ""
    for evaluation in records.evaluations:
        evaluation.comment = ""
    for note in records.notes:
        note.text = note.strengths = ""
    for offboarding in records.offboardings:
        offboarding.answers = {}
    for item in records.offboarding_items:
        item.comment = ""
    for entry in records.activity:
        entry.details = ""
