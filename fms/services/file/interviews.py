"""Interviews of a freelancer's applications: who evaluated, their scores, and what the client said."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from fms.core import limits
from fms.core.enums import FailureCause, InterviewKind, InterviewResult
from fms.core.errors import ValidationError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Application, Client, Interview, InterviewEvaluation, Mission
from fms.services.common import activity
from fms.services.common.bounds import SCORE_RANGE, check_date, check_lengths, score_in_range
from fms.services.common.lookup import get_or_not_found
from fms.services.file.invitations import new_uid
from fms.storage.database import Database


@dataclass(frozen=True)
class EvaluationInput:
    evaluator: str
    from_client: bool
    hard_skills_score: int | None = None
    soft_skills_score: int | None = None
    comment: str = ""


@dataclass(frozen=True)
class InterviewInput:
    application_id: int
    kind: InterviewKind
    scheduled_at: datetime
    interviewers: str = ""
    result: InterviewResult = InterviewResult.PENDING
    client_feedback: str = ""
    notes: str = ""
    failure_causes: str = ""
    failure_reasons: tuple[FailureCause, ...] = ()
    evaluations: tuple[EvaluationInput, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class InterviewRow:
    id: int
    application_id: int
    mission_title: str
    client_name: str
    kind: InterviewKind
    scheduled_at: datetime
    interviewers: str
    result: InterviewResult
    client_feedback: str
    hard_skills_average: float | None
    soft_skills_average: float | None
    evaluator_count: int


def _average(scores: list[int | None]) -> float | None:
    present = [score for score in scores if score is not None]
    return sum(present) / len(present) if present else None  # not statistics: its import costs the board's start


def list_interviews(db: Database, freelancer_id: int) -> list[InterviewRow]:
    """Newest first, with the average of each score over the evaluators who gave one."""
    query = (
        select(Interview, Mission.title, Client.name)
        .join(Application, Application.id == Interview.application_id)
        .join(Mission, Mission.id == Application.mission_id)
        .join(Client, Client.id == Mission.client_id)
        .where(Application.freelancer_id == freelancer_id)
        .options(selectinload(Interview.evaluations))
        .order_by(Interview.scheduled_at.desc(), Interview.id.desc())
    )
    with db.reading() as session:
        return [
            InterviewRow(
                id=interview.id,
                application_id=interview.application_id,
                mission_title=title,
                client_name=client,
                kind=interview.kind,
                scheduled_at=interview.scheduled_at,
                interviewers=interview.interviewers,
                result=interview.result,
                client_feedback=interview.client_feedback,
                hard_skills_average=_average([e.hard_skills_score for e in interview.evaluations]),
                soft_skills_average=_average([e.soft_skills_score for e in interview.evaluations]),
                evaluator_count=len(interview.evaluations),
            )
            for interview, title, client in session.execute(query)
        ]


def get_interview(db: Database, interview_id: int) -> InterviewInput:
    with db.reading() as session:
        interview = get_or_not_found(session, Interview, interview_id, options=[selectinload(Interview.evaluations)])
        return InterviewInput(
            application_id=interview.application_id,
            kind=interview.kind,
            scheduled_at=interview.scheduled_at,
            interviewers=interview.interviewers,
            result=interview.result,
            client_feedback=interview.client_feedback,
            notes=interview.notes,
            failure_causes=interview.failure_causes,
            failure_reasons=interview.failure_reasons,
            evaluations=tuple(
                EvaluationInput(e.evaluator, e.from_client, e.hard_skills_score, e.soft_skills_score, e.comment)
                for e in interview.evaluations
            ),
        )


def interview_errors(data: InterviewInput) -> dict[str, str]:
    """Field name -> message; evaluation problems are reported on the "evaluations" field."""
    errors: dict[str, str] = {}
    for evaluation in data.evaluations:
        scores = (evaluation.hard_skills_score, evaluation.soft_skills_score)
        if not evaluation.evaluator.strip():
            errors["evaluations"] = QT_TRANSLATE_NOOP("errors", "Name each evaluator.")
        elif not all(score_in_range(score) for score in scores):
            errors["evaluations"] = SCORE_RANGE
        elif len(evaluation.evaluator.strip()) > limits.ROLE or len(evaluation.comment.strip()) > limits.SHORT_TEXT:
            errors["evaluations"] = QT_TRANSLATE_NOOP("errors", "An evaluator's name or comment is too long.")
    check_date(errors, "scheduled_at", data.scheduled_at)
    check_lengths(
        errors,
        {
            "interviewers": (data.interviewers, limits.SHORT_TEXT),
            "client_feedback": (data.client_feedback, limits.LONG_TEXT),
            "notes": (data.notes, limits.LONG_TEXT),
            "failure_causes": (data.failure_causes, limits.LONG_TEXT),
        },
    )
    decided = data.result != InterviewResult.PENDING
    if decided and data.kind == InterviewKind.CLIENT and not data.client_feedback.strip():
        errors["client_feedback"] = QT_TRANSLATE_NOOP(
            "errors", "Write what the client said and why: the answer to the freelancer is built from it."
        )
    if data.result == InterviewResult.FAILED and not data.failure_reasons:
        errors["failure_reasons"] = QT_TRANSLATE_NOOP("errors", "Tick what made the interview fail.")
    return errors


def save_interview(db: Database, interview_id: int | None, data: InterviewInput) -> int:
    """Creates (`interview_id` None) or replaces an interview and its evaluations; returns its id."""
    errors = interview_errors(data)
    if errors:
        raise ValidationError(errors)
    with db.transaction() as session:
        application = get_or_not_found(session, Application, data.application_id)
        interview = _interview_to_edit(session, interview_id)
        if not interview.invitation_uid:
            interview.invitation_uid = new_uid()
        elif interview.scheduled_at != data.scheduled_at:
            # A reschedule: calendars replace the event they hold only when SEQUENCE rises.
            interview.invitation_sequence += 1
        interview.application_id = data.application_id
        interview.kind = data.kind
        interview.scheduled_at = data.scheduled_at
        interview.interviewers = data.interviewers.strip()
        interview.result = data.result
        interview.client_feedback = data.client_feedback.strip()
        interview.notes = data.notes.strip()
        interview.failure_causes = data.failure_causes.strip()
        interview.failure_reasons = data.failure_reasons
        interview.evaluations = [
            InterviewEvaluation(
                evaluator=e.evaluator.strip(),
                from_client=e.from_client,
                hard_skills_score=e.hard_skills_score,
                soft_skills_score=e.soft_skills_score,
                comment=e.comment.strip(),
            )
            for e in data.evaluations
        ]
        session.flush()
        action = "interview_added" if interview_id is None else "interview_updated"
        details = f"{data.kind.value} {data.result.value}"
        activity.record(session, db.actor, "interview", interview.id, action, details, application.freelancer_id)
        return interview.id


def _interview_to_edit(session: Session, interview_id: int | None) -> Interview:
    if interview_id is None:
        interview = Interview()
        session.add(interview)
        return interview
    interview = get_or_not_found(session, Interview, interview_id, options=[selectinload(Interview.evaluations)])
    return interview


def delete_interview(db: Database, interview_id: int) -> None:
    with db.transaction() as session:
        interview = session.get(Interview, interview_id)
        if interview is None:
            return
        freelancer_id = session.get_one(Application, interview.application_id).freelancer_id
        activity.record(session, db.actor, "interview", interview_id, "interview_deleted", "", freelancer_id)
        session.delete(interview)


@dataclass(frozen=True)
class InterviewedFor:
    """An application an interview can belong to, as the editor offers it."""

    application_id: int
    mission_title: str
    client_name: str


def applications_to_interview(db: Database, freelancer_id: int) -> list[InterviewedFor]:
    query = (
        select(Application.id, Mission.title, Client.name)
        .join(Mission, Mission.id == Application.mission_id)
        .join(Client, Client.id == Mission.client_id)
        .where(Application.freelancer_id == freelancer_id)
        .order_by(Application.created_at.desc())
    )
    with db.reading() as session:
        return [InterviewedFor(*row) for row in session.execute(query)]
