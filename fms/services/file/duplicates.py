"""Likely duplicates of a person being entered: same email, phone, LinkedIn profile or a very close name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from sqlalchemy import func, or_, select

from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.core.text import fold
from fms.models import Freelancer
from fms.services.file.profile import ProfileInput
from fms.storage.database import Database
from fms.values.email import comparable_email
from fms.values.phone import comparable_phone

NAME_SIMILARITY = 0.85
REASONS = {
    "email": QT_TRANSLATE_NOOP("labels", "same email address"),
    "phone": QT_TRANSLATE_NOOP("labels", "same phone number"),
    "linkedin": QT_TRANSLATE_NOOP("labels", "same LinkedIn profile"),
    "name": QT_TRANSLATE_NOOP("labels", "very close name"),
}


@dataclass(frozen=True)
class DuplicateHint:
    freelancer_id: int
    name: str
    reason: str  # a key of REASONS


def normalised_linkedin(url: str) -> str:
    match = re.search(r"linkedin\.com/in/([^/?#\s]+)", url.lower())
    return match.group(1) if match else ""


def likely_duplicates(db: Database, data: ProfileInput, excluding: int | None = None) -> list[DuplicateHint]:
    """Existing freelancers that may be the same person, each with why, strongest reasons first."""
    email = comparable_email(data.email)
    phone = comparable_phone(data.phone)
    linkedin = normalised_linkedin(data.linkedin_url)
    name = fold(f"{data.first_name} {data.last_name}".strip())
    conditions = []
    if email:
        conditions.append(Freelancer.email == email)
    if phone:
        # Older records hold the number as typed: its last nine digits find it, E.164 confirms it.
        compact = func.replace(func.replace(func.replace(Freelancer.phone, " ", ""), ".", ""), "-", "")
        conditions.append(compact.like(f"%{phone[-9:]}"))
    if linkedin:
        conditions.append(Freelancer.linkedin_url.ilike(f"%linkedin.com/in/{linkedin}%"))
    if data.last_name.strip():
        conditions.append(Freelancer.search_text.like(f"% {fold(data.last_name.strip())} %"))
        conditions.append(Freelancer.search_text.like(f"{name} %"))
    if not conditions:
        return []
    query = select(
        Freelancer.id,
        Freelancer.first_name,
        Freelancer.last_name,
        Freelancer.email,
        Freelancer.phone,
        Freelancer.linkedin_url,
    ).where(or_(*conditions), Freelancer.archived_at.is_(None))
    if excluding is not None:
        query = query.where(Freelancer.id != excluding)
    hints: list[DuplicateHint] = []
    with db.reading() as session:
        for row in session.execute(query.limit(50)):
            reason = _reason(row, email, phone, linkedin, name)
            if reason:
                hints.append(DuplicateHint(row.id, f"{row.first_name} {row.last_name}", reason))
    order = list(REASONS)
    return sorted(hints, key=lambda hint: order.index(hint.reason))


def _reason(row: object, email: str, phone: str, linkedin: str, name: str) -> str | None:
    if email and (getattr(row, "email", None) or "") == email:
        return "email"
    if phone and comparable_phone(getattr(row, "phone", "") or "") == phone:
        return "phone"
    if linkedin and normalised_linkedin(getattr(row, "linkedin_url", "") or "") == linkedin:
        return "linkedin"
    existing = fold(f"{getattr(row, 'first_name', '')} {getattr(row, 'last_name', '')}")
    if name and SequenceMatcher(None, existing, name).ratio() >= NAME_SIMILARITY:
        return "name"
    return None
