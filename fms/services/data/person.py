"""Finding the one person a GDPR request names, and everything the database holds about them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import (
    ActivityEntry,
    Application,
    CollaborationNote,
    Document,
    Engagement,
    FollowUp,
    Freelancer,
    Interview,
    InterviewEvaluation,
    Offboarding,
    OffboardingItem,
    Renewal,
    SavedListMember,
    StageChange,
)
from fms.values.email import comparable_email

NO_SUCH_PERSON = QT_TRANSLATE_NOOP("errors", "No freelancer has the email address {email}.")
NOT_AN_EMAIL = QT_TRANSLATE_NOOP("errors", "“{email}” is not an email address.")


def person_by_email(session: Session, email: str) -> Freelancer:
    """The freelancer with this address (in any case), or a `KnownError` naming the address."""
    normal = comparable_email(email)
    if not normal:
        raise KnownError(NOT_AN_EMAIL, email=email)
    person = session.scalars(select(Freelancer).where(Freelancer.email == normal)).one_or_none()
    if person is None:
        raise KnownError(NO_SUCH_PERSON, email=normal)
    return person


@dataclass(frozen=True)
class PersonRecords:
    """Every row about one freelancer, by kind; lists of ORM rows, for use inside the session only."""

    applications: list[Application]
    stage_changes: list[StageChange]
    interviews: list[Interview]
    evaluations: list[InterviewEvaluation]
    engagements: list[Engagement]
    renewals: list[Renewal]
    offboardings: list[Offboarding]
    offboarding_items: list[OffboardingItem]
    notes: list[CollaborationNote]
    follow_ups: list[FollowUp]
    documents: list[Document]
    saved_lists: list[SavedListMember]
    activity: list[ActivityEntry]


def records_of(session: Session, person: Freelancer) -> PersonRecords:
    applications = list(session.scalars(select(Application).where(Application.freelancer_id == person.id)))
    application_ids = [row.id for row in applications]
    interviews = list(session.scalars(select(Interview).where(Interview.application_id.in_(application_ids))))
    engagements = list(session.scalars(select(Engagement).where(Engagement.application_id.in_(application_ids))))
    engagement_ids = [row.id for row in engagements]
    offboardings = list(session.scalars(select(Offboarding).where(Offboarding.engagement_id.in_(engagement_ids))))
    return PersonRecords(
        applications=applications,
        stage_changes=list(session.scalars(select(StageChange).where(StageChange.application_id.in_(application_ids)))),
        interviews=interviews,
        evaluations=list(
            session.scalars(
                select(InterviewEvaluation).where(InterviewEvaluation.interview_id.in_([i.id for i in interviews]))
            )
        ),
        engagements=engagements,
        renewals=list(session.scalars(select(Renewal).where(Renewal.engagement_id.in_(engagement_ids)))),
        offboardings=offboardings,
        offboarding_items=list(
            session.scalars(
                select(OffboardingItem).where(OffboardingItem.offboarding_id.in_([o.id for o in offboardings]))
            )
        ),
        notes=list(session.scalars(select(CollaborationNote).where(CollaborationNote.freelancer_id == person.id))),
        follow_ups=list(
            session.scalars(
                select(FollowUp).where(
                    or_(FollowUp.freelancer_id == person.id, FollowUp.application_id.in_(application_ids))
                )
            )
        ),
        documents=list(
            session.scalars(
                select(Document).where(
                    or_(Document.freelancer_id == person.id, Document.engagement_id.in_(engagement_ids))
                )
            )
        ),
        saved_lists=list(session.scalars(select(SavedListMember).where(SavedListMember.freelancer_id == person.id))),
        activity=list(
            session.scalars(
                select(ActivityEntry)
                .where(
                    or_(
                        ActivityEntry.freelancer_id == person.id,
                        (ActivityEntry.entity_type == "freelancer") & (ActivityEntry.entity_id == person.id),
                    )
                )
                .order_by(ActivityEntry.id)
            )
        ),
    )
