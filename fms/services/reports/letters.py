"""Recommendation letters: drafted from the engagement and the notes, rendered, kept in the file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fms.core import limits
from fms.core.enums import DocumentKind
from fms.core.errors import ValidationError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Application, Client, CollaborationNote, Engagement, Freelancer, Mission, Offboarding
from fms.reports.letter import RecommendationLetter, render_letter
from fms.services.common.bounds import check_lengths
from fms.services.common.lookup import gone
from fms.services.file.documents import DocumentRow, record_generated
from fms.services.reports.letterhead import company
from fms.storage.database import Database
from fms.values.file_names import safe_file_name


@dataclass(frozen=True)
class LetterDraft:
    """What the letter dialog starts from: the engagement's facts and the last note's words."""

    engagement_id: int
    freelancer_id: int
    freelancer_name: str
    mission_title: str
    client_name: str
    start: date
    end: date
    recommendation: str
    strengths: tuple[str, ...]
    role: str = ""  # the freelancer's role, from the headline ("data engineer"); the dialog may change it


@dataclass(frozen=True)
class LetterInput:
    engagement_id: int
    language: str
    recommendation: str
    strengths: tuple[str, ...] = ()
    place: str | None = None  # None: the settings' place
    role: str = ""  # empty: the role drawn from the freelancer's headline


def engagements_for_letters(db: Database, freelancer_id: int) -> list[LetterDraft]:
    """Every engagement of the freelancer, newest first, each ready to become a letter."""
    with db.reading() as session:
        ids = session.scalars(
            select(Engagement.id)
            .join(Application, Application.id == Engagement.application_id)
            .where(Application.freelancer_id == freelancer_id)
            .order_by(Engagement.start_date.desc())
        ).all()
    return [letter_draft(db, engagement_id) for engagement_id in ids]


def letter_draft(db: Database, engagement_id: int) -> LetterDraft:
    with db.reading() as session:
        row = session.execute(
            select(Engagement, Freelancer, Mission.title, Client.name)
            .join(Application, Application.id == Engagement.application_id)
            .join(Freelancer, Freelancer.id == Application.freelancer_id)
            .join(Mission, Mission.id == Application.mission_id)
            .join(Client, Client.id == Mission.client_id)
            .where(Engagement.id == engagement_id)
        ).first()
        if row is None:
            raise gone(Engagement)
        engagement, freelancer, title, client = row
        note = session.scalars(
            select(CollaborationNote)
            .where(CollaborationNote.freelancer_id == freelancer.id)
            .order_by(
                (CollaborationNote.engagement_id == engagement_id).desc(),
                CollaborationNote.created_at.desc(),
            )
            .limit(1)
        ).first()
        recommendation, strengths = _recommendation(session, engagement_id, note)
        return LetterDraft(
            engagement_id=engagement.id,
            freelancer_id=freelancer.id,
            freelancer_name=freelancer.full_name,
            mission_title=title,
            client_name=client,
            start=engagement.start_date,
            end=engagement.real_end_date or engagement.planned_end_date,
            recommendation=recommendation,
            strengths=strengths,
            role=role_from_headline(freelancer.headline),
        )


def _recommendation(
    session: Session, engagement_id: int, note: CollaborationNote | None
) -> tuple[str, tuple[str, ...]]:
    """The offboarding wizard's recommendation first (written for this letter), else the last note."""
    answers = session.scalars(select(Offboarding.answers).where(Offboarding.engagement_id == engagement_id)).first()
    written = (answers or {}).get("recommendation") or {}
    text = str(written.get("text") or "").strip()
    if text:
        return text, _split_strengths(str(written.get("strengths") or ""))
    if note is None:
        return "", ()
    return note.text, _split_strengths(note.strengths)


def role_from_headline(headline: str) -> str:
    """ "Data engineer · Spark, Airflow" → "data engineer": the role before any list of skills."""
    role = re.split(r"\s[-–—·|/]\s|[,;:(]", headline.strip(), maxsplit=1)[0].strip()
    # "Data engineer" reads "as a data engineer"; "SQL developer" keeps its capitals.
    if len(role) > 1 and role[0].isupper() and not role[1].isupper():
        role = role[0].lower() + role[1:]
    return role[: limits.ROLE]


def _split_strengths(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.replace(";", ",").split(",") if part.strip())


def build_letter(db: Database, data: LetterInput, today: date | None = None) -> RecommendationLetter:
    """The letter as plain data; refuses an empty recommendation."""
    errors: dict[str, str] = {}
    if not data.recommendation.strip():
        errors["recommendation"] = QT_TRANSLATE_NOOP("errors", "Write the recommendation: it is the letter's body.")
    check_lengths(
        errors,
        {
            "recommendation": (data.recommendation, limits.LONG_TEXT),
            "strengths": (", ".join(data.strengths), limits.SHORT_TEXT),
            "place": (data.place, limits.LOCATION),
            "role": (data.role, limits.ROLE),
        },
    )
    if errors:
        raise ValidationError(errors)
    draft = letter_draft(db, data.engagement_id)
    letterhead, signatory, place = company(db)
    return RecommendationLetter(
        letterhead=letterhead,
        language=data.language,
        place=place if data.place is None else data.place.strip(),
        written_on=today or datetime.now(UTC).date(),
        freelancer_name=draft.freelancer_name,
        client_name=draft.client_name,
        role=data.role.strip() or draft.role,
        mission_title=draft.mission_title,
        start=draft.start,
        end=draft.end,
        recommendation=data.recommendation.strip(),
        strengths=tuple(strength.strip() for strength in data.strengths if strength.strip()),
        signatory=signatory,
    )


def preview_letter(db: Database, data: LetterInput) -> bytes:
    return render_letter(build_letter(db, data))


def create_letter(db: Database, data: LetterInput) -> tuple[DocumentRow, bytes]:
    """Renders the letter and keeps it in the freelancer's documents (kind "recommendation")."""
    letter = build_letter(db, data)
    pdf = render_letter(letter)
    draft = letter_draft(db, data.engagement_id)
    title = {"en": "Recommendation letter", "fr": "Lettre de recommandation"}[data.language]
    file_name = safe_file_name(f"{title} - {draft.freelancer_name} - {letter.written_on.isoformat()}", ".pdf")
    document = record_generated(
        db,
        draft.freelancer_id,
        DocumentKind.RECOMMENDATION,
        f"{title} \u2013 {draft.mission_title} ({data.language.upper()})",
        file_name,
        pdf,
        engagement_id=data.engagement_id,
    )
    return document, pdf
