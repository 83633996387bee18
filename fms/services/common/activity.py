"""Writes the activity log inside the caller's transaction."""

from __future__ import annotations

from sqlalchemy.orm import Session

from fms.models import ActivityEntry


def record(
    session: Session,
    actor: str,
    entity_type: str,
    entity_id: int,
    action: str,
    details: str = "",
    freelancer_id: int | None = None,
) -> None:
    session.add(
        ActivityEntry(
            actor=actor,
            entity_type=entity_type,
            entity_id=entity_id,
            action=action,
            details=details,
            freelancer_id=freelancer_id,
        )
    )
