"""Message drafts for a person: the templates the team edited, filled from the data, and each message sent logged."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Application, Client, ClientContact, Freelancer, MessageTemplate, Mission
from fms.services import settings
from fms.services.common import activity
from fms.services.common.lookup import get_or_not_found
from fms.services.messages.templates import (
    LANGUAGES,
    TO_CLIENT,
    MessageKind,
    Template,
    check_template,
    default_template,
    fill,
)
from fms.services.pipeline.answers import read_facts
from fms.services.pipeline.feedback import decline_explanation, rejection_feedback
from fms.storage.database import Database


@dataclass(frozen=True)
class MessageDraft:
    kind: MessageKind
    language: str
    recipient_name: str
    recipient_email: str
    subject: str
    body: str


@dataclass(frozen=True)
class MessageContext:
    """An application a message can be about (its mission and client fill the template)."""

    application_id: int
    mission_title: str
    client_name: str


def list_templates(db: Database) -> list[Template]:
    """Every kind in every language: the team's text where they edited it, else the default shipped."""
    with db.reading() as session:
        stored = {(row.kind, row.language): row for row in session.scalars(select(MessageTemplate))}
    templates = []
    for kind in MessageKind:
        for language in LANGUAGES:
            row = stored.get((kind.value, language))
            if row is None:
                templates.append(default_template(kind, language))
            else:
                templates.append(Template(kind, language, row.subject, row.body, edited=True))
    return templates


def get_template(db: Database, kind: MessageKind, language: str) -> Template:
    with db.reading() as session:
        return _read_template(session, kind, language)


def _read_template(session: Session, kind: MessageKind, language: str) -> Template:
    row = session.get(MessageTemplate, (kind.value, language))
    if row is None:
        return default_template(kind, language)
    return Template(kind, language, row.subject, row.body, edited=True)


def save_template(db: Database, kind: MessageKind, language: str, subject: str, body: str) -> Template:
    """Stores the team's text; an unknown placeholder refuses it, naming the placeholder."""
    if language not in LANGUAGES:
        raise KnownError(QT_TRANSLATE_NOOP("errors", "Messages are written in English or French."))
    check_template(subject, body)
    with db.transaction() as session:
        row = session.get(MessageTemplate, (kind.value, language))
        if row is None:
            session.add(MessageTemplate(kind=kind.value, language=language, subject=subject.strip(), body=body.strip()))
        else:
            row.subject, row.body = subject.strip(), body.strip()
    return Template(kind, language, subject.strip(), body.strip(), edited=True)


def reset_template(db: Database, kind: MessageKind, language: str) -> Template:
    """Back to the default shipped."""
    with db.transaction() as session:
        row = session.get(MessageTemplate, (kind.value, language))
        if row is not None:
            session.delete(row)
    return default_template(kind, language)


def message_contexts(db: Database, freelancer_id: int) -> list[MessageContext]:
    """The person's applications, newest first: what a message can be about."""
    query = (
        select(Application.id, Mission.title, Client.name)
        .join(Mission, Mission.id == Application.mission_id)
        .join(Client, Client.id == Mission.client_id)
        .where(Application.freelancer_id == freelancer_id, Application.archived_at.is_(None))
        .order_by(Application.created_at.desc(), Application.id.desc())
    )
    with db.reading() as session:
        get_or_not_found(session, Freelancer, freelancer_id)
        return [MessageContext(*row) for row in session.execute(query)]


def draft_message(
    db: Database,
    kind: MessageKind,
    language: str,
    freelancer_id: int,
    application_id: int | None = None,
    template: Template | None = None,
) -> MessageDraft:
    """The draft of `kind` for the person (about `application_id`'s mission when given).

    `template` fills an unsaved text instead of the stored one: the template editor's preview.
    """
    with db.reading() as session:
        chosen = template or _read_template(session, kind, language)
        freelancer = get_or_not_found(session, Freelancer, freelancer_id)
        values, contact = _values(session, freelancer, application_id, chosen.language)
        values["feedback"] = _feedback(session, kind, application_id, chosen.language)
        values["sender"] = settings.read_text(session, settings.SIGNATORY_NAME) or db.actor
    filled = fill(chosen, values)
    if kind in TO_CLIENT:
        name, email = (contact.name, contact.email) if contact else ("", "")
    else:
        name, email = values["full_name"], freelancer.email or ""
    return MessageDraft(kind, chosen.language, name, email, filled.subject, filled.body)


def _values(
    session: Session, freelancer: Freelancer, application_id: int | None, language: str
) -> tuple[dict[str, str], ClientContact | None]:
    values = {
        "first_name": freelancer.first_name,
        "last_name": freelancer.last_name,
        "full_name": f"{freelancer.first_name} {freelancer.last_name}",
        "mission": "",
        "client": "",
        "manager": "",
    }
    if application_id is None:
        return values, None
    application = get_or_not_found(session, Application, application_id)
    if application.freelancer_id != freelancer.id:
        raise KnownError(QT_TRANSLATE_NOOP("errors", "This application is someone else's."))
    mission = session.get_one(Mission, application.mission_id)
    contact = session.scalar(
        select(ClientContact)
        .where(ClientContact.client_id == mission.client_id)
        .order_by((ClientContact.email == "").asc(), ClientContact.name, ClientContact.id)
        .limit(1)
    )
    values.update(
        mission=mission.title,
        client=session.get_one(Client, mission.client_id).name,
        manager=contact.name if contact else "",
    )
    return values, contact


def _feedback(session: Session, kind: MessageKind, application_id: int | None, language: str) -> str:
    """The structured part drafted by the answer's rules: never the interview notes themselves."""
    if application_id is None or kind not in (MessageKind.REJECTION_FEEDBACK, MessageKind.CLIENT_DECLINE_NOTE):
        return ""
    facts = read_facts(session, session.get_one(Application, application_id))
    if kind == MessageKind.REJECTION_FEEDBACK:
        return rejection_feedback(facts, language)
    return decline_explanation(facts, language)


def record_message_sent(
    db: Database, freelancer_id: int, kind: MessageKind, subject: str, application_id: int | None = None
) -> None:
    """Logs the message in the person's history (what was sent and about which application)."""
    with db.transaction() as session:
        get_or_not_found(session, Freelancer, freelancer_id)
        entity = "application" if application_id is not None else "freelancer"
        entity_id = application_id if application_id is not None else freelancer_id
        details = f"{kind.value}: {' '.join(subject.split())}"[:500]
        activity.record(session, db.actor, entity, entity_id, "message_sent", details, freelancer_id)
