"""An availability request drafted for every person of a saved list at once, each addressed by name.

A plain draft until the message templates land: one text per language, the first name and the
signatory filled in.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from fms.models import Freelancer, SavedList, SavedListMember
from fms.services import settings
from fms.services.common.lookup import get_or_not_found
from fms.storage.database import Database

SUBJECTS = {"en": "Your availability", "fr": "Vos disponibilités"}
BODIES = {
    "en": (
        "Hello {first_name},\n\nI hope you are well. New missions are coming up that could suit you: "
        "are you available in the coming weeks, and at what daily rate?\n\nA short reply is enough; "
        "thank you.\n\n{signature}"
    ),
    "fr": (
        "Bonjour {first_name},\n\nJ'espère que vous allez bien. De nouvelles missions arrivent qui "
        "pourraient vous convenir\u00a0: êtes-vous disponible dans les prochaines semaines, et à quel TJM\u00a0?"
        "\n\nUne courte réponse suffit\u00a0; merci.\n\n{signature}"
    ),
}


@dataclass(frozen=True)
class AvailabilityRequest:
    freelancer_id: int
    name: str
    email: str
    subject: str
    body: str


def availability_requests(db: Database, list_id: int, language: str) -> list[AvailabilityRequest]:
    """One request per member of the list, by name, in `language` (English unless French)."""
    chosen = language if language in BODIES else "en"
    with db.reading() as session:
        get_or_not_found(session, SavedList, list_id)
        signature = settings.read_text(session, settings.SIGNATORY_NAME) or settings.read_text(
            session, settings.COMPANY_NAME
        )
        members = session.scalars(
            select(Freelancer)
            .join(SavedListMember, SavedListMember.freelancer_id == Freelancer.id)
            .where(SavedListMember.list_id == list_id, Freelancer.archived_at.is_(None))
            .order_by(Freelancer.last_name, Freelancer.first_name, Freelancer.id)
        )
        return [
            AvailabilityRequest(
                freelancer_id=member.id,
                name=f"{member.first_name} {member.last_name}",
                email=member.email or "",
                subject=SUBJECTS[chosen],
                body=BODIES[chosen].format(first_name=member.first_name, signature=signature).rstrip(),
            )
            for member in members
        ]
