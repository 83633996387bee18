"""Likely duplicates of a person being entered: same email, phone, LinkedIn profile or a very close name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process
from sqlalchemy import ColumnElement, Row, Select, case, literal, or_, select

from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.core.text import fold
from fms.models import Freelancer
from fms.services.file.profile import ProfileInput
from fms.storage.database import Database
from fms.values.email import comparable_email
from fms.values.linkedin import normalised_linkedin
from fms.values.phone import comparable_phone

NAME_SIMILARITY = 85  # rapidfuzz's 0-100 scale; 'Claire' for 'Camille' Moreau scores 81
NAME_PREFIX = 4  # letters of a name word that must be typed right for the person to be a candidate
NAME_CANDIDATES = 200
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


def likely_duplicates(db: Database, data: ProfileInput, excluding: int | None = None) -> list[DuplicateHint]:
    """Existing freelancers that may be the same person, each with why, strongest reasons first."""
    email = comparable_email(data.email)
    phone = comparable_phone(data.phone)
    linkedin = normalised_linkedin(data.linkedin_url)
    name = fold(f"{data.first_name} {data.last_name}")
    identifiers = []
    if email:
        identifiers.append(Freelancer.email == email)
    if phone:
        # Older records hold the number as typed: its last nine digits, whatever lies between them,
        # find it ('06 12 34 56 78', '+33 (0)6…'), E.164 confirms it. Cheaper than replace() per row.
        identifiers.append(Freelancer.phone.like("%" + "%".join(phone.lstrip("+")[-9:])))
    if linkedin:
        identifiers.append(Freelancer.linkedin_url.ilike(f"%linkedin.com/in/{linkedin}%"))
    hints: dict[int, DuplicateHint] = {}
    with db.reading() as session:
        queries = [_candidates(or_(*identifiers), excluding).limit(50)] if identifiers else []
        for query in (*queries, *_name_candidates(name, excluding)):
            for row in session.execute(query):
                reason = _reason(row, email, phone, linkedin, name)
                if reason and row.id not in hints:
                    hints[row.id] = DuplicateHint(row.id, f"{row.first_name} {row.last_name}", reason)
    order = list(REASONS)
    return sorted(hints.values(), key=lambda hint: order.index(hint.reason))


def _candidates(condition: ColumnElement[bool], excluding: int | None) -> Select[Any]:
    query = select(
        Freelancer.id,
        Freelancer.first_name,
        Freelancer.last_name,
        Freelancer.email,
        Freelancer.phone,
        Freelancer.linkedin_url,
    ).where(condition, Freelancer.archived_at.is_(None))
    if excluding is not None:
        query = query.where(Freelancer.id != excluding)
    return query


def _name_candidates(name: str, excluding: int | None) -> list[Select[Any]]:
    """People with a word starting like one of the typed names, those sharing the most words first.

    A prefix rather than the whole word, so that a typo past the first letters ('Moreaux', 'Camile')
    or names typed the other way round still meet the person; scored by rapidfuzz afterwards.
    """
    prefixes = sorted({word[:NAME_PREFIX] for word in re.findall(r"\w+", name) if len(word) > 1})
    if not prefixes:
        return []
    # Anywhere in the folded name, headline and email: a pre-filter only, rapidfuzz decides.
    matches = [Freelancer.search_text.like(f"%{_escaped(prefix)}%", escape="\\") for prefix in prefixes]
    shared = sum((case((match, 1), else_=0) for match in matches), literal(0))
    return [_candidates(or_(*matches), excluding).order_by(shared.desc(), Freelancer.id).limit(NAME_CANDIDATES)]


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _reason(row: Row[Any], email: str, phone: str, linkedin: str, name: str) -> str | None:
    if email and (row.email or "") == email:
        return "email"
    if phone and comparable_phone(row.phone or "") == phone:
        return "phone"
    if linkedin and normalised_linkedin(row.linkedin_url or "") == linkedin:
        return "linkedin"
    existing = fold(f"{row.first_name} {row.last_name}")
    # Word order ignored: 'Moreau Camille' is 'Camille Moreau'; punctuation too ('Jean-Pierre').
    if name.strip() and fuzz.token_sort_ratio(existing, name, processor=default_process) >= NAME_SIMILARITY:
        return "name"
    return None
