"""A save from a form read at an older version of its record is refused, with what it would change.

Each edited record has a version the ORM raises on every UPDATE. A form remembers the version
it was read at; the service compares it with the record's, inside the write transaction (which
holds SQLite's write lock, so nobody can save in between). When they differ, the form's values
are applied to the record, only to list the fields where they differ from what is saved now, and
`ChangedElsewhere` is raised: the transaction rolls back and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from fms.core.errors import ChangedElsewhere, FieldChange
from fms.models import ActivityEntry


def refuse_if_stale(
    session: Session,
    record: Any,
    version: int | None,
    fields: Callable[[], Mapping[str, Any]],
    apply: Callable[[], object],
    entity_type: str = "",
) -> None:
    """Raises `ChangedElsewhere` if `record` moved on since `version` and the form would change it
    (`version` None: nothing is checked).

    `fields` reads the record as the form shows it, by the form's field names; `apply` puts the
    form's values on the record. `entity_type` names the activity log's entries, to say who saved.
    """
    if version is None or record.version == version:
        return
    current = record.version
    who = last_editor(session, entity_type, record.id) if entity_type else ""
    theirs = dict(fields())
    # Applied only to be compared: nothing may reach the database before the rollback.
    with session.no_autoflush:
        apply()
        yours = dict(fields())
    changes = tuple(FieldChange(name, theirs[name], yours[name]) for name in theirs if theirs[name] != yours[name])
    if changes:  # else the form says what is saved now: saving it loses nothing
        raise ChangedElsewhere(changes, version=current, who=who)


def last_editor(session: Session, entity_type: str, entity_id: int) -> str:
    actor = session.scalar(
        select(ActivityEntry.actor)
        .where(ActivityEntry.entity_type == entity_type, ActivityEntry.entity_id == entity_id)
        .order_by(ActivityEntry.id.desc())
        .limit(1)
    )
    return actor or ""


def mark_saved(record: Any) -> None:
    """Makes the save an UPDATE of the record even when only its related rows (skills, contacts)
    changed, so its version moves and a form read before is refused."""
    mapper = inspect(record).mapper
    version_key = mapper.get_property_by_column(mapper.version_id_col).key
    key = next(prop.key for prop in mapper.column_attrs if prop.key != version_key and not prop.columns[0].primary_key)
    flag_modified(record, key)
