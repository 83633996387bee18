"""The answer owed when an application closes: who still waits for one, its draft, marking it sent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from fms.core.enums import DeclineReason, Outcome
from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Application, Client, ClientContact, Freelancer, Interview, Mission
from fms.services.common import activity
from fms.services.pipeline.answer_rows import OwedAnswer
from fms.services.pipeline.feedback import AnswerFacts, InterviewFacts, draft_answer, owed_to_client
from fms.services.pipeline.state import ApplicationState, application_state, get_application
from fms.storage.database import Database


@dataclass(frozen=True)
class Answer:
    """The answer of one closed application, as the answer dialog shows it."""

    application_id: int
    mission_id: int
    freelancer_id: int
    outcome: Outcome
    to_client: bool
    recipient_name: str
    recipient_email: str
    subject: str
    body: str
    drafted: bool  # the body is a fresh draft, not a text stored (and maybe edited) before
    decline_reason: DeclineReason | None
    details: str
    justification: str
    closed_at: datetime | None
    sent_at: datetime | None

    @property
    def sent(self) -> bool:
        return self.sent_at is not None


def get_answer(db: Database, application_id: int, language: str = "en") -> Answer:
    """The stored answer, or a fresh draft in `language` when none was stored (older data)."""
    with db.reading() as session:
        application = _closed_application(session, application_id)
        return build_answer(session, application, read_facts(session, application), language)


def build_answer(session: Session, application: Application, facts: AnswerFacts, language: str) -> Answer:
    """The answer of `application` told by `facts` (a preview's may differ from what is stored)."""
    draft = draft_answer(facts, language)
    name, email = _recipient(session, application, draft.to_client)
    stored = application.feedback_draft if application.closed_at is not None else ""
    return Answer(
        application_id=application.id,
        mission_id=application.mission_id,
        freelancer_id=application.freelancer_id,
        outcome=facts.outcome,
        to_client=draft.to_client,
        recipient_name=name,
        recipient_email=email,
        subject=draft.subject,
        body=stored or draft.body,
        drafted=not stored,
        decline_reason=facts.decline_reason,
        details=facts.details,
        justification=facts.justification,
        closed_at=application.closed_at,
        sent_at=application.feedback_sent_at,
    )


def redraft_answer(db: Database, application_id: int, language: str) -> tuple[str, str]:
    """(subject, body) drafted again from the data, in `language`; nothing is stored."""
    with db.reading() as session:
        draft = draft_answer(read_facts(session, _closed_application(session, application_id)), language)
    return draft.subject, draft.body


def _closed_application(session: Session, application_id: int) -> Application:
    application = get_application(session, application_id)
    if application.closed_at is None or application.outcome in (None, Outcome.HIRED):
        raise KnownError(
            QT_TRANSLATE_NOOP("errors", "Only an application closed without a hire has an answer to give.")
        )
    return application


def save_answer(db: Database, application_id: int, text: str) -> None:
    """Keeps the edited draft, to send later; an answer already sent stays as it was sent."""
    with db.transaction() as session:
        application = get_application(session, application_id)
        _check_not_sent(application)
        application.feedback_draft = text.strip()
        activity.record(
            session, db.actor, "application", application.id, "answer_edited", freelancer_id=application.freelancer_id
        )


def mark_feedback_sent(
    db: Database, application_id: int, text: str | None = None, now: datetime | None = None
) -> ApplicationState:
    """Records that the answer was given (with the text sent, when given); lifts the flag."""
    with db.transaction() as session:
        application = get_application(session, application_id)
        if application.feedback_sent_at is None:
            if text is not None:
                application.feedback_draft = text.strip()
            record_sent(session, db.actor, application, now or datetime.now(UTC))
        return application_state(application)


def record_sent(session: Session, actor: str, application: Application, now: datetime) -> None:
    application.feedback_sent_at = now
    to = "client" if owed_to_client(application.outcome) else "candidate"
    activity.record(
        session, actor, "application", application.id, "feedback_sent", to, freelancer_id=application.freelancer_id
    )


def _check_not_sent(application: Application) -> None:
    if application.feedback_sent_at is not None:
        raise KnownError(QT_TRANSLATE_NOOP("errors", "This answer was sent: it is kept as it was sent."))


def read_facts(session: Session, application: Application) -> AnswerFacts:
    """What a draft may use, from the application as it stands in `session`."""
    freelancer = session.get_one(Freelancer, application.freelancer_id)
    mission = session.get_one(Mission, application.mission_id)
    interviews = session.scalars(
        select(Interview)
        .where(Interview.application_id == application.id)
        .options(selectinload(Interview.evaluations))
        .order_by(Interview.scheduled_at)
    )
    contact = _contact(session, mission.client_id)
    return AnswerFacts(
        outcome=application.outcome or Outcome.WITHDRAWN,  # a preview replaces it with the outcome chosen
        first_name=freelancer.first_name,
        full_name=f"{freelancer.first_name} {freelancer.last_name}",
        client=session.get_one(Client, mission.client_id).name,
        mission=mission.title,
        contact_name=contact.name if contact else "",
        justification=application.client_justification,
        decline_reason=application.decline_reason,
        details=application.outcome_details,
        interviews=tuple(
            InterviewFacts(
                kind=interview.kind,
                result=interview.result,
                causes=interview.failure_reasons,
                scores=tuple((e.hard_skills_score, e.soft_skills_score) for e in interview.evaluations),
            )
            for interview in interviews
        ),
    )


def _contact(session: Session, client_id: int) -> ClientContact | None:
    """The client's manager a decline is explained to: the first one with an email, else the first."""
    return session.scalar(
        select(ClientContact)
        .where(ClientContact.client_id == client_id)
        .order_by((ClientContact.email == "").asc(), ClientContact.name, ClientContact.id)
        .limit(1)
    )


def _recipient(session: Session, application: Application, to_client: bool) -> tuple[str, str]:
    if to_client:
        contact = _contact(session, session.get_one(Mission, application.mission_id).client_id)
        return (contact.name, contact.email) if contact else ("", "")
    freelancer = session.get_one(Freelancer, application.freelancer_id)
    return f"{freelancer.first_name} {freelancer.last_name}", freelancer.email or ""


def answers_owed(db: Database) -> list[OwedAnswer]:
    """Every live application closed without its answer marked sent, the longest waiting first."""
    query = (
        select(
            Application.id,
            Application.mission_id,
            Application.freelancer_id,
            (Freelancer.first_name + " " + Freelancer.last_name).label("name"),
            Mission.title,
            Client.name,
            Application.outcome,
            Application.closed_at,
        )
        .join(Freelancer, Freelancer.id == Application.freelancer_id)
        .join(Mission, Mission.id == Application.mission_id)
        .join(Client, Client.id == Mission.client_id)
        .where(Application.feedback_owed, Application.archived_at.is_(None))
        .order_by(Application.closed_at, Application.id)
    )
    with db.reading() as session:
        return [OwedAnswer(*row) for row in session.execute(query)]


def answers_owed_count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(_owing_feedback_query().subquery())) or 0


def applications_owing_feedback(db: Database) -> list[int]:
    with db.reading() as session:
        return list(session.scalars(_owing_feedback_query().order_by(Application.closed_at)))


def _owing_feedback_query() -> Select[tuple[int]]:
    return select(Application.id).where(Application.feedback_owed, Application.archived_at.is_(None))
