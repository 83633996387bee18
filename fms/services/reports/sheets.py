"""Profile sheets for clients: built from the file, without private notes, rates only if chosen."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime

from sqlalchemy import func, select

from fms.models import Application, Client, CollaborationNote, Engagement, Freelancer, FreelancerSkill, Mission, Skill
from fms.reports.profile_sheet import PastMission, ProfileSheet, render_profile_sheet, seniority_words
from fms.services.common.lookup import get_or_not_found
from fms.services.reports.letterhead import company
from fms.storage.database import Database
from fms.values.file_names import safe_file_name


def build_profile_sheet(
    db: Database,
    freelancer_id: int,
    language: str,
    include_rate: bool = False,
    today: date | None = None,
    include_rating: bool = False,
) -> ProfileSheet:
    """The sheet as plain data; the rate and our managers' internal rating only when the manager chose."""
    letterhead, _, _ = company(db)
    with db.reading() as session:
        freelancer = get_or_not_found(session, Freelancer, freelancer_id)
        skills = session.execute(
            select(Skill.name, FreelancerSkill.level)
            .join(FreelancerSkill, FreelancerSkill.skill_id == Skill.id)
            .where(FreelancerSkill.freelancer_id == freelancer_id)
        ).all()
        missions = session.execute(
            select(Client.name, Mission.title, Mission.description, Engagement.start_date,
                   func.coalesce(Engagement.real_end_date, Engagement.planned_end_date))
            .join(Application, Application.id == Engagement.application_id)
            .join(Mission, Mission.id == Application.mission_id)
            .join(Client, Client.id == Mission.client_id)
            .where(Application.freelancer_id == freelancer_id)
            .order_by(Engagement.start_date.desc())
        ).all()  # fmt: skip
        rating, rated = session.execute(
            select(func.avg(CollaborationNote.rating), func.count(CollaborationNote.id)).where(
                CollaborationNote.freelancer_id == freelancer_id
            )
        ).one()
        return ProfileSheet(
            letterhead=letterhead,
            language=language,
            written_on=today or datetime.now(UTC).date(),
            name=freelancer.full_name,
            headline=freelancer.headline,
            seniority=seniority_words(freelancer.seniority.value, language),
            location=freelancer.location,
            available_from=freelancer.availability_date,
            skills=tuple((name, level) for name, level in skills),
            missions=tuple(
                PastMission(client, title, start, end, _beyond_title(title, _first_sentence(description)))
                for client, title, description, start, end in missions
            ),
            average_rating=float(rating) if rating is not None and include_rating else None,
            rated_missions=int(rated),
            daily_rate_cents=freelancer.daily_rate_cents if include_rate else None,
        )


def _first_sentence(description: str) -> str:
    """The mission's description is written for candidates; its first sentence says what it was."""
    text = " ".join(description.split())
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]


def _beyond_title(title: str, sentence: str) -> str:
    """The sentence, unless it only repeats the mission's title (a client reads the title just above)."""
    words = re.findall(r"\w+", sentence.casefold())
    if not words or " ".join(words) in " ".join(re.findall(r"\w+", title.casefold())):
        return ""
    return sentence


def profile_sheet_pdf(
    db: Database, freelancer_id: int, language: str, include_rate: bool = False, include_rating: bool = False
) -> bytes:
    sheet = build_profile_sheet(db, freelancer_id, language, include_rate, include_rating=include_rating)
    return render_profile_sheet(sheet)


def profile_sheet_pdfs(
    db: Database, freelancer_ids: Iterable[int], language: str, include_rate: bool = False
) -> Iterator[tuple[int, str, bytes]]:
    """(freelancer id, file name, PDF) one at a time, so a batch can report progress and stop."""
    for freelancer_id in freelancer_ids:
        sheet = build_profile_sheet(db, freelancer_id, language, include_rate)
        prefix = "Profile" if language == "en" else "Dossier"
        yield freelancer_id, safe_file_name(f"{prefix} - {sheet.name}", ".pdf"), render_profile_sheet(sheet)
