"""New freelancers written in bulk: the rows `apply_profile` and `activity.record` would write, in a few statements.

Building 50,000 ORM objects, one skill query each and one INSERT each took minutes; SQLAlchemy's
"insertmanyvalues" sends them as multi-row INSERTs instead. The ORM's own hooks do not run for
these rows, so what they add (the search text, the first version) is written here; the talent
pool's index is kept by database triggers, which do run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from fms.core.enums import RehireStatus, SourcingChannel
from fms.core.text import one_line
from fms.models import ActivityEntry, Freelancer, FreelancerSkill, Skill
from fms.models.freelancers import freelancer_search_text
from fms.services.common.skills import skill_for, skill_key
from fms.services.file.profile import ProfileInput
from fms.values.email import normalised_email
from fms.values.phone import normalised_phone

CHUNK = 1_000  # rows per statement batch: a cancel is seen between two
MERGED_FIELDS = ("email", "phone", "linkedin_url", "headline", "daily_rate_cents")


def freelancer_values(data: ProfileInput) -> dict[str, Any]:
    """The freelancers row `apply_profile` makes of a new profile (skills apart), by attribute name."""
    do_not_rehire = RehireStatus(data.rehire_status) == RehireStatus.DO_NOT_REHIRE
    values: dict[str, Any] = {
        "version": 1,
        "first_name": one_line(data.first_name),
        "last_name": one_line(data.last_name),
        "email": normalised_email(data.email) or None,
        "phone": normalised_phone(data.phone),
        "linkedin_url": data.linkedin_url.strip(),
        "location": data.location.strip(),
        "headline": one_line(data.headline),
        "seniority": data.seniority,
        "daily_rate_cents": data.daily_rate_cents,
        "availability_date": data.availability_date,
        "sourcing_channel": data.sourcing_channel,
        "portage_company": (data.portage_company.strip() if data.sourcing_channel == SourcingChannel.PORTAGE else ""),
        "talent_pool_consent": data.talent_pool_consent,
        "consent_date": (data.consent_date or datetime.now(UTC).date()) if data.talent_pool_consent else None,
        "rehire_status": RehireStatus(data.rehire_status),
        "do_not_rehire_reason": data.do_not_rehire_reason.strip() if do_not_rehire else "",
        "skills": {skill_key(name): (name, level) for name, level in data.skills if name.strip()},
    }
    return values


def merge_into(values: dict[str, Any], data: ProfileInput) -> None:
    """A later row's values into a pending row's empty fields only, as a merge into a held freelancer does."""
    for field in MERGED_FIELDS:
        if values.get(field) in (None, "") and getattr(data, field) not in (None, ""):
            values[field] = getattr(data, field)


def insert_freelancers(
    session: Session,
    actor: str,
    pending: Sequence[dict[str, Any]],
    cancelled: Callable[[], None] | None = None,
) -> list[int]:
    """Inserts the rows of `freelancer_values`, their skills and one 'created' entry each; their ids in order.

    `cancelled` is called between batches and raises to stop (the caller's transaction rolls back).
    """
    skill_ids = _skill_ids(session, pending)
    ids: list[int] = []
    for number, batch in enumerate(_batches(pending), start=1):
        if cancelled is not None:
            cancelled()
        rows = [_row(values) for values in batch]
        statement = insert(Freelancer).returning(Freelancer.id, sort_by_parameter_order=True)
        batch_ids = list(session.scalars(statement, rows))
        links = [
            {"freelancer_id": freelancer_id, "skill_id": skill_ids[key], "level": level}
            for freelancer_id, values in zip(batch_ids, batch, strict=True)
            for key, (_name, level) in values["skills"].items()
        ]
        if links:
            session.execute(insert(FreelancerSkill), links)
        session.execute(
            insert(ActivityEntry),
            [
                {
                    "actor": actor,
                    "entity_type": "freelancer",
                    "entity_id": freelancer_id,
                    "action": "created",
                    "details": f"{row['first_name']} {row['last_name']}".strip(),
                    "freelancer_id": freelancer_id,
                }
                for freelancer_id, row in zip(batch_ids, rows, strict=True)
            ],
        )
        ids.extend(batch_ids)
        if number & (number - 1) == 0:  # after batches 1, 2, 4, 8…: a few ANALYZEs in all
            _refresh_statistics(session)
    return ids


def _refresh_statistics(session: Session) -> None:
    """PostgreSQL's planner told that the tables grew, so the pool index's triggers stop scanning them whole.

    Their plans were made while the tables looked empty: each batch then took longer than the one
    before (30,000 rows: 0.4 s a batch at first, 1.4 s at the end). A role that does not own the
    tables gets a warning, not an error.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("ANALYZE freelancers, freelancer_skills, activity_log, pool_stats, pool_text"))


def _row(values: dict[str, Any]) -> dict[str, Any]:
    row = {field: value for field, value in values.items() if field != "skills"}
    # The `before_insert` hook does not run for a bulk INSERT.
    row["search_text"] = freelancer_search_text(row["first_name"], row["last_name"], row["headline"], row["email"])
    return row


def _skill_ids(session: Session, pending: Sequence[dict[str, Any]]) -> dict[str, int]:
    """Every skill key the rows name -> its tag's id; a missing tag is created with the first spelling met."""
    wanted: dict[str, str] = {}
    for values in pending:
        for key, (name, _level) in values["skills"].items():
            wanted.setdefault(key, " ".join(name.split()))
    if not wanted:
        return {}
    known = {key: skill_id for key, skill_id in session.execute(select(Skill.key, Skill.id)).tuples()}
    missing = [{"key": key, "name": name} for key, name in wanted.items() if key not in known]
    if missing:
        try:
            with session.begin_nested():  # a savepoint: a colleague's new tag must not undo the import
                statement = insert(Skill).returning(Skill.key, Skill.id, sort_by_parameter_order=True)
                known.update((key, skill_id) for key, skill_id in session.execute(statement, missing).tuples())
        except IntegrityError:
            for row in missing:  # one by one, as a profile's save does, now that someone raced us
                known[row["key"]] = skill_for(session, row["name"]).id
    return known


def _batches(rows: Sequence[dict[str, Any]]) -> Iterator[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]
