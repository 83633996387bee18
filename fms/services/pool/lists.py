"""Named lists of freelancers, kept in the database: built from the pool's results or a file."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from fms.core import limits
from fms.core.errors import ValidationError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.core.text import name_key
from fms.models import Freelancer, SavedList, SavedListMember
from fms.services.common import activity
from fms.services.common.lookup import get_or_not_found
from fms.services.common.uniqueness import unique_fields
from fms.services.pool.members import PoolMember
from fms.storage.database import Database


@dataclass(frozen=True)
class ListRow:
    id: int
    name: str
    size: int


def saved_lists(db: Database) -> list[ListRow]:
    with db.reading() as session:
        rows = session.execute(
            select(SavedList.id, SavedList.name, func.count(SavedListMember.freelancer_id))
            .outerjoin(SavedListMember, SavedListMember.list_id == SavedList.id)
            .group_by(SavedList.id)
            .order_by(SavedList.name_key)
        )
        return [ListRow(*row) for row in rows]


NAME_TAKEN = QT_TRANSLATE_NOOP("errors", "A list already has this name.")
# Checked first; the constraint still decides when another window saves the same name meanwhile.
UNIQUE_NAME = {"uq_saved_lists_name_key": ("name", NAME_TAKEN)}


def _check_name_free(session: Session, name: str, list_id: int | None) -> None:
    clash = select(SavedList.id).where(SavedList.name_key == name_key(name))
    if list_id is not None:
        clash = clash.where(SavedList.id != list_id)
    if session.scalar(clash) is not None:
        raise ValidationError({"name": NAME_TAKEN})


def _checked_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError({"name": QT_TRANSLATE_NOOP("errors", "Give the list a name.")})
    if len(cleaned) > limits.LIST_NAME:
        raise ValidationError({"name": QT_TRANSLATE_NOOP("errors", "A list's name has 120 characters at most.")})
    return cleaned


def create_list(db: Database, name: str, freelancer_ids: tuple[int, ...] = ()) -> ListRow:
    cleaned = _checked_name(name)
    with unique_fields(UNIQUE_NAME), db.transaction() as session:
        _check_name_free(session, cleaned, None)
        saved = SavedList(name=cleaned, created_by=db.actor)
        session.add(saved)
        session.flush()
        # Someone erased in another window meanwhile is left out, as `add_to_list` does.
        existing = set(session.scalars(select(Freelancer.id).where(Freelancer.id.in_(freelancer_ids))))
        saved.members = [
            SavedListMember(freelancer_id=person) for person in dict.fromkeys(freelancer_ids) if person in existing
        ]
        activity.record(session, db.actor, "saved_list", saved.id, "created", cleaned)
        list_id = saved.id
    return next(row for row in saved_lists(db) if row.id == list_id)


def rename_list(db: Database, list_id: int, name: str) -> None:
    cleaned = _checked_name(name)
    with unique_fields(UNIQUE_NAME), db.transaction() as session:
        saved = _get(session, list_id)
        _check_name_free(session, cleaned, list_id)
        saved.name = cleaned


def delete_list(db: Database, list_id: int) -> None:
    with db.transaction() as session:
        session.delete(_get(session, list_id))


def add_to_list(db: Database, list_id: int, freelancer_ids: list[int]) -> int:
    """Adds those not yet on the list; returns how many were added."""
    with db.transaction() as session:
        saved = _get(session, list_id)
        present = set(session.scalars(select(SavedListMember.freelancer_id).where(SavedListMember.list_id == list_id)))
        existing = set(session.scalars(select(Freelancer.id).where(Freelancer.id.in_(freelancer_ids))))
        new = [person for person in dict.fromkeys(freelancer_ids) if person not in present and person in existing]
        saved.members.extend(SavedListMember(freelancer_id=person) for person in new)
        return len(new)


def remove_from_list(db: Database, list_id: int, freelancer_ids: list[int]) -> None:
    with db.transaction() as session:
        _get(session, list_id)
        session.execute(
            delete(SavedListMember).where(
                SavedListMember.list_id == list_id, SavedListMember.freelancer_id.in_(freelancer_ids)
            )
        )


def list_member_ids(db: Database, list_id: int) -> list[int]:
    with db.reading() as session:
        _get(session, list_id)
        return list(
            session.scalars(
                select(SavedListMember.freelancer_id)
                .where(SavedListMember.list_id == list_id)
                .order_by(SavedListMember.added_at)
            )
        )


def lists_of(db: Database, freelancer_id: int) -> list[ListRow]:
    """The lists a freelancer is on (shown in the file)."""
    with db.reading() as session:
        ids = set(
            session.scalars(select(SavedListMember.list_id).where(SavedListMember.freelancer_id == freelancer_id))
        )
    return [row for row in saved_lists(db) if row.id in ids]


CSV_HEADER = (
    "Name",
    "Headline",
    "Seniority",
    "Daily rate",
    "Available from",
    "Average rating",
    "Last mission",
    "Email",
)


def members_csv(db: Database, members: list[PoolMember]) -> str:
    """A list to share: one line per person, what a client or a colleague needs (no private notes)."""
    with db.reading() as session:
        emails: dict[int, str | None] = {
            freelancer_id: email
            for freelancer_id, email in session.execute(
                select(Freelancer.id, Freelancer.email).where(Freelancer.id.in_([m.id for m in members]))
            )
        }
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for member in members:
        writer.writerow(
            (
                member.name,
                member.headline,
                member.seniority.value,
                _plain_amount(member.daily_rate_cents),
                member.availability_date.isoformat() if member.availability_date else "",
                f"{member.average_rating:.1f}" if member.average_rating is not None else "",
                member.last_mission_end.isoformat() if member.last_mission_end else "",
                emails.get(member.id) or "",
            )
        )
    return out.getvalue()


def _plain_amount(cents: int | None) -> str:
    """'1200.50': a number a spreadsheet reads in any language, like the ISO dates beside it."""
    return "" if cents is None else f"{Decimal(cents) / 100:.2f}"


def _get(session: Session, list_id: int) -> SavedList:
    saved = get_or_not_found(session, SavedList, list_id)
    return saved
