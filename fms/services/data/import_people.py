"""Freelancers from a read CSV file, in one transaction: duplicates skipped, the source kept as the channel."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process
from sqlalchemy import select
from sqlalchemy.orm import Session

from fms.core.enums import Seniority, SourcingChannel
from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.core.text import fold
from fms.models import Freelancer
from fms.services.data.bulk_freelancers import freelancer_values, insert_freelancers, merge_into
from fms.services.file.duplicates import REASONS
from fms.services.file.profile import ProfileInput, profile_errors
from fms.storage.database import Database
from fms.values.linkedin import normalised_linkedin
from fms.values.people_csv import PeopleFile, PersonRow, RowError
from fms.values.phone import comparable_phone

REFUSED_FOR_ERRORS = QT_TRANSLATE_NOOP(
    "errors", "Nothing was imported: {count} rows have errors, and the import was asked to be all or nothing."
)
CANCELLED = QT_TRANSLATE_NOOP("errors", "The import was cancelled: nothing was imported.")
_E164 = re.compile(r"^\+\d{6,15}$")
NAME_SIMILARITY = 92  # rapidfuzz's 0-100 scale on folded full names: only a very close name
NAME_BLOCK = 2  # names are compared within the same first letters: 50,000 x 50,000 would take minutes
PROGRESS_EVERY = 500
SKIP, MERGE, IMPORT = "skip", "merge", "import"
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SkippedRow:
    line: int
    reason: str  # a key of duplicates.REASONS
    freelancer_id: int | None  # the existing freelancer; None when an earlier row of the file


@dataclass(frozen=True)
class FoundDuplicate:
    line: int
    name: str  # the row's full name
    reason: str  # a key of duplicates.REASONS
    freelancer_id: int | None  # the existing freelancer; None when an earlier row of the file
    other: str  # the existing freelancer's full name, or the earlier row's line and name


@dataclass(frozen=True)
class ImportSummary:
    imported: int
    skipped: tuple[SkippedRow, ...]
    errors: tuple[RowError, ...]
    merged: int = 0


def find_duplicates(db: Database, people: PeopleFile) -> tuple[FoundDuplicate, ...]:
    """The rows that look like a freelancer already held or an earlier row, for the preview to decide on."""
    found: list[FoundDuplicate] = []
    with db.reading() as session:
        known = _Known.of(session)
    names = {row.line: f"{row.first_name} {row.last_name}" for row in people.rows}
    for row in people.rows:
        duplicate = known.duplicate(row)
        if duplicate is None:
            known.add(row, row.line)
            continue
        if isinstance(duplicate.target, int) and duplicate.freelancer_id is None:
            other = f"{duplicate.target}: {names.get(duplicate.target, '')}"
        else:
            other = known.names.get(duplicate.freelancer_id or 0, "")
        found.append(FoundDuplicate(row.line, names[row.line], duplicate.reason, duplicate.freelancer_id, other))
    return tuple(found)


def import_freelancers(
    db: Database,
    people: PeopleFile,
    *,
    skip_duplicates: bool = True,
    all_or_nothing: bool = False,
    decisions: Mapping[int, str] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Adds the file's valid rows as freelancers; with `all_or_nothing`, any error leaves the database as it was.

    A duplicate (same email, LinkedIn profile, phone or a very close name as a freelancer or an
    earlier row) follows `decisions` (its line -> 'skip', 'merge' or 'import'); without one it is
    skipped, or with `skip_duplicates=False` imported. Merging fills the existing freelancer's empty
    fields and never overwrites one; a taken email is never imported twice, as the email is unique.
    Cancelling raises a KnownError inside the one transaction, which rolls everything back.
    """
    channel = SourcingChannel.LINKEDIN if people.source == "linkedin" else SourcingChannel.DIRECT
    errors = list(people.errors)
    skipped: list[SkippedRow] = []
    pending: list[dict[str, Any]] = []  # the rows to insert, by attribute name: written in bulk at the end
    merged = 0
    default = SKIP if skip_duplicates else IMPORT

    def stop_if_cancelled() -> None:
        if cancelled is not None and cancelled():
            raise KnownError(CANCELLED)

    with db.transaction() as session:
        known = _Known.of(session)
        for done, row in enumerate(people.rows):
            if done % PROGRESS_EVERY == 0:
                stop_if_cancelled()
                if progress is not None:
                    progress(done, len(people.rows))
            data = _profile(row, channel)
            problems = profile_errors(data)
            if problems:
                errors.extend(RowError(row.line, field, str(message)) for field, message in problems.items())
                continue
            duplicate = known.duplicate(row)
            decision = (decisions or {}).get(row.line, default) if duplicate else IMPORT
            if duplicate and decision == IMPORT and duplicate.reason == "email":
                decision = SKIP
            if duplicate and decision == MERGE:
                target = duplicate.target
                if isinstance(target, dict):  # an earlier row of this file, not written yet
                    merge_into(target, data)
                    merged += 1
                    continue
                existing = session.get(Freelancer, target) if isinstance(target, int) else target
                if existing is not None and duplicate.freelancer_id is None and isinstance(target, int):
                    existing = None  # an earlier row that was itself not imported: nothing to merge into
                if existing is not None:
                    _merge(existing, data)
                    merged += 1
                    continue
                decision = SKIP
            if duplicate and decision == SKIP:
                skipped.append(SkippedRow(row.line, duplicate.reason, duplicate.freelancer_id))
                continue
            if all_or_nothing and errors:
                continue  # no need to build what will be rolled back
            values = freelancer_values(data)
            known.add(row, values)
            pending.append(values)
        if all_or_nothing and errors:
            raise KnownError(REFUSED_FOR_ERRORS, count=len({error.line for error in errors}))
        session.flush()  # the merges into held freelancers
        insert_freelancers(session, db.actor, pending, stop_if_cancelled)
        if progress is not None:
            progress(len(people.rows), len(people.rows))
    return ImportSummary(len(pending), tuple(skipped), tuple(sorted(errors, key=lambda error: error.line)), merged)


def _merge(existing: Freelancer, data: ProfileInput) -> None:
    """The row's values into the freelancer's empty fields only: what a manager typed stays."""
    for field in ("email", "phone", "linkedin_url", "headline", "daily_rate_cents"):
        if getattr(existing, field) in (None, "") and getattr(data, field) not in (None, ""):
            setattr(existing, field, getattr(data, field))


def _profile(row: PersonRow, channel: SourcingChannel) -> ProfileInput:
    return ProfileInput(
        first_name=row.first_name,
        last_name=row.last_name,
        email=row.email,
        phone=row.phone,
        linkedin_url=row.linkedin_url,
        headline=row.headline,
        seniority=Seniority(row.seniority) if row.seniority else Seniority.CONFIRMED,
        daily_rate_cents=row.daily_rate_cents,
        sourcing_channel=channel,
        skills=row.skills,
    )


@dataclass(frozen=True)
class _Duplicate:
    reason: str
    freelancer_id: int | None
    target: Freelancer | int | dict[str, Any]  # a freelancer, an earlier row's line (preview) or pending row


class _Known:
    """Every email, LinkedIn name, E.164 phone and name already held, read once: 50,000 rows cannot ask one by one."""

    def __init__(self) -> None:
        self.by_reason: dict[str, dict[str, int | None]] = {"email": {}, "linkedin": {}, "phone": {}, "name": {}}
        self.targets: dict[tuple[str, str], Freelancer | int | dict[str, Any]] = {}
        self.blocks: dict[str, list[str]] = {}
        self.names: dict[int, str] = {}

    @classmethod
    def of(cls, session: Session) -> _Known:
        known = cls()
        query = select(
            Freelancer.id,
            Freelancer.email,
            Freelancer.linkedin_url,
            Freelancer.phone,
            Freelancer.first_name,
            Freelancer.last_name,
        )
        for freelancer_id, email, url, phone, first, last in session.execute(query):
            # Older records hold numbers as typed; parsing only those keeps a big database quick.
            number = phone if _E164.match(phone or "") else comparable_phone(phone or "")
            keys = (email or "", number, normalised_linkedin(url or ""), _name(f"{first} {last}"))
            known._remember(keys, freelancer_id, freelancer_id)
            known.names[freelancer_id] = f"{first} {last}"
        return known

    def duplicate(self, row: PersonRow) -> _Duplicate | None:
        keys = self._keys(row)
        for reason, key in zip(REASONS, keys, strict=False):
            if reason == "name":
                key = self._close_name(key)
            if key and key in self.by_reason[reason]:
                return _Duplicate(reason, self.by_reason[reason][key], self.targets[reason, key])
        return None

    def add(self, row: PersonRow, target: Freelancer | int | dict[str, Any]) -> None:
        self._remember(self._keys(row), None, target)

    def _keys(self, row: PersonRow) -> tuple[str, str, str, str]:
        # In REASONS' order: email, phone, linkedin, name.
        return row.email, row.phone, normalised_linkedin(row.linkedin_url), _name(f"{row.first_name} {row.last_name}")

    def _close_name(self, name: str) -> str:
        if not name or name in self.by_reason["name"]:
            return name
        block = self.blocks.get(name[:NAME_BLOCK], [])
        # The keys' words are already sorted (`_name`): plain `ratio` is token_sort_ratio without
        # sorting them again, four times quicker over a block of thousands.
        match = process.extractOne(name, block, scorer=fuzz.ratio, score_cutoff=NAME_SIMILARITY)
        return match[0] if match else ""

    def _remember(
        self, keys: tuple[str, str, str, str], freelancer_id: int | None, target: Freelancer | int | dict[str, Any]
    ) -> None:
        for reason, key in zip(REASONS, keys, strict=False):
            if key and key not in self.by_reason[reason]:
                self.by_reason[reason][key] = freelancer_id
                self.targets[reason, key] = target
                if reason == "name":
                    self.blocks.setdefault(key[:NAME_BLOCK], []).append(key)


def _name(full_name: str) -> str:
    """Folded, punctuation gone and words in order, so the block and the exact check agree with the score."""
    return " ".join(sorted(default_process(fold(full_name)).split()))
