"""Freelancers from a read CSV file, in one transaction: duplicates skipped, the source kept as the channel."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fms.core.enums import Seniority, SourcingChannel
from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Freelancer
from fms.services.common import activity
from fms.services.file.duplicates import REASONS
from fms.services.file.profile import ProfileInput, apply_profile, profile_errors
from fms.storage.database import Database
from fms.values.linkedin import normalised_linkedin
from fms.values.people_csv import PeopleFile, PersonRow, RowError
from fms.values.phone import comparable_phone

REFUSED_FOR_ERRORS = QT_TRANSLATE_NOOP(
    "errors", "Nothing was imported: {count} rows have errors, and the import was asked to be all or nothing."
)
_E164 = re.compile(r"^\+\d{6,15}$")


@dataclass(frozen=True)
class SkippedRow:
    line: int
    reason: str  # a key of duplicates.REASONS
    freelancer_id: int | None  # the existing freelancer; None when an earlier row of the file


@dataclass(frozen=True)
class ImportSummary:
    imported: int
    skipped: tuple[SkippedRow, ...]
    errors: tuple[RowError, ...]


def import_freelancers(
    db: Database, people: PeopleFile, *, skip_duplicates: bool = True, all_or_nothing: bool = False
) -> ImportSummary:
    """Adds the file's valid rows as freelancers; with `all_or_nothing`, any error leaves the database as it was.

    A duplicate (same email, LinkedIn profile or phone as a freelancer or an earlier row) is
    skipped; without `skip_duplicates` it is imported anyway unless its email is taken, as the
    email is unique.
    """
    channel = SourcingChannel.LINKEDIN if people.source == "linkedin" else SourcingChannel.DIRECT
    errors = list(people.errors)
    skipped: list[SkippedRow] = []
    added: list[Freelancer] = []
    with db.transaction() as session:
        known = _Known.of(session)
        for row in people.rows:
            data = _profile(row, channel)
            problems = profile_errors(data)
            if problems:
                errors.extend(RowError(row.line, field, str(message)) for field, message in problems.items())
                continue
            duplicate = known.duplicate(row)
            if duplicate and (skip_duplicates or duplicate.reason == "email"):
                skipped.append(SkippedRow(row.line, duplicate.reason, duplicate.freelancer_id))
                continue
            if all_or_nothing and errors:
                continue  # no need to build what will be rolled back
            freelancer = Freelancer()
            apply_profile(session, freelancer, data)
            session.add(freelancer)
            known.add(row)
            added.append(freelancer)
        if all_or_nothing and errors:
            raise KnownError(REFUSED_FOR_ERRORS, count=len({error.line for error in errors}))
        session.flush()
        for freelancer in added:
            activity.record(
                session, db.actor, "freelancer", freelancer.id, "created", freelancer.full_name, freelancer.id
            )
    return ImportSummary(len(added), tuple(skipped), tuple(sorted(errors, key=lambda error: error.line)))


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


class _Known:
    """Every email, LinkedIn name and E.164 phone already held, read once: 50,000 rows cannot ask one by one."""

    def __init__(self) -> None:
        self.by_reason: dict[str, dict[str, int | None]] = {"email": {}, "linkedin": {}, "phone": {}}

    @classmethod
    def of(cls, session: Session) -> _Known:
        known = cls()
        query = select(Freelancer.id, Freelancer.email, Freelancer.linkedin_url, Freelancer.phone)
        for freelancer_id, email, url, phone in session.execute(query):
            # Older records hold numbers as typed; parsing only those keeps a big database quick.
            number = phone if _E164.match(phone or "") else comparable_phone(phone or "")
            known._remember(email or "", number, normalised_linkedin(url or ""), freelancer_id)
        return known

    def duplicate(self, row: PersonRow) -> _Duplicate | None:
        for reason, key in zip(REASONS, self._keys(row), strict=False):
            if key and key in self.by_reason[reason]:
                return _Duplicate(reason, self.by_reason[reason][key])
        return None

    def add(self, row: PersonRow) -> None:
        self._remember(*self._keys(row), None)

    def _keys(self, row: PersonRow) -> tuple[str, str, str]:
        # In REASONS' order: email, phone, linkedin.
        return row.email, row.phone, normalised_linkedin(row.linkedin_url)

    def _remember(self, email: str, phone: str, linkedin: str, freelancer_id: int | None) -> None:
        for reason, key in (("email", email), ("phone", phone), ("linkedin", linkedin)):
            if key:
                self.by_reason[reason].setdefault(key, freelancer_id)
