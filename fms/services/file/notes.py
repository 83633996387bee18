"""Collaboration notes: what a manager tells the next one about working with a freelancer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from fms.core import limits
from fms.core.errors import ValidationError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Application, CollaborationNote, Engagement, Freelancer, Mission
from fms.services.common import activity
from fms.services.common.bounds import check_lengths, score_in_range
from fms.services.common.lookup import get_or_not_found
from fms.storage.database import Database


@dataclass(frozen=True)
class NoteInput:
    rating: int
    would_rehire: bool
    text: str
    strengths: str = ""
    engagement_id: int | None = None


@dataclass(frozen=True)
class NoteRow:
    id: int
    created_at: datetime
    author: str
    rating: int
    would_rehire: bool
    strengths: str
    text: str
    mission_title: str


def list_notes(db: Database, freelancer_id: int) -> list[NoteRow]:
    """The timeline, newest first, each note with the mission it was about (if any)."""
    query = (
        select(CollaborationNote, Mission.title)
        .outerjoin(Engagement, Engagement.id == CollaborationNote.engagement_id)
        .outerjoin(Application, Application.id == Engagement.application_id)
        .outerjoin(Mission, Mission.id == Application.mission_id)
        .where(CollaborationNote.freelancer_id == freelancer_id)
        .order_by(CollaborationNote.created_at.desc(), CollaborationNote.id.desc())
    )
    with db.reading() as session:
        return [
            NoteRow(
                id=note.id,
                created_at=note.created_at,
                author=note.author,
                rating=note.rating,
                would_rehire=note.would_rehire,
                strengths=note.strengths,
                text=note.text,
                mission_title=title or "",
            )
            for note, title in session.execute(query)
        ]


def add_note(db: Database, freelancer_id: int, data: NoteInput) -> NoteRow:
    errors: dict[str, str] = {}
    if not score_in_range(data.rating):
        errors["rating"] = QT_TRANSLATE_NOOP("errors", "The rating goes from 1 to 5.")
    if not data.text.strip():
        errors["text"] = QT_TRANSLATE_NOOP("errors", "Write the note: what should the next manager know?")
    check_lengths(errors, {"text": (data.text, limits.LONG_TEXT), "strengths": (data.strengths, limits.LONG_TEXT)})
    if errors:
        raise ValidationError(errors)
    with db.transaction() as session:
        get_or_not_found(session, Freelancer, freelancer_id)
        note = CollaborationNote(
            freelancer_id=freelancer_id,
            engagement_id=data.engagement_id,
            author=db.actor,
            rating=data.rating,
            would_rehire=data.would_rehire,
            strengths=data.strengths.strip(),
            text=data.text.strip(),
        )
        session.add(note)
        session.flush()
        activity.record(session, db.actor, "note", note.id, "note_added", freelancer_id=freelancer_id)
        note_id = note.id
    return next(row for row in list_notes(db, freelancer_id) if row.id == note_id)
