"""The offboarding of one engagement: pages saved as they are filled, then one Finish that closes it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fms.core.enums import ContactChannel, OffboardingPage, RehireStatus, Stage
from fms.core.errors import KnownError, NotFoundError, ValidationError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import (
    Application,
    Client,
    CollaborationNote,
    Engagement,
    FollowUp,
    Freelancer,
    Mission,
    Offboarding,
    OffboardingItem,
)
from fms.services.common import activity
from fms.services.common.lookup import get_for_update, get_or_not_found
from fms.services.offboarding.rules import PAGES, ChecklistItem, page_errors, parse_date
from fms.services.offboarding.template import CHECKLIST_PAGES, read_template
from fms.services.pipeline.moves import apply_move
from fms.storage.database import Database


@dataclass(frozen=True)
class OffboardingState:
    engagement_id: int
    application_id: int
    freelancer_id: int
    freelancer_name: str
    mission_title: str
    client_name: str
    start: date
    planned_end: date
    current_page: str
    answers: dict[str, dict[str, Any]]
    items: dict[str, tuple[ChecklistItem, ...]]
    completed_at: datetime | None

    @property
    def read_only(self) -> bool:
        return self.completed_at is not None


def open_offboarding(db: Database, engagement_id: int, language: str = "en") -> OffboardingState:
    """The engagement's offboarding, started now (its checklist from the template) if it was not."""
    template = read_template(db, language)
    with db.transaction() as session:
        # The engagement's lock makes a colleague opening it at the same moment wait, then find it started.
        engagement = get_for_update(session, Engagement, engagement_id)
        offboarding = session.scalar(select(Offboarding).where(Offboarding.engagement_id == engagement_id))
        if offboarding is None:
            offboarding = Offboarding(engagement_id=engagement_id, started_at=datetime.now(UTC), answers={})
            session.add(offboarding)
        if not offboarding.completed_at and not any(item.section in CHECKLIST_PAGES for item in offboarding.items):
            for page in CHECKLIST_PAGES:
                for position, label in enumerate(template[page]):
                    offboarding.items.append(OffboardingItem(section=page, label=label, position=position))
        session.flush()
        return _state(session, engagement, offboarding)


def save_page(
    db: Database,
    engagement_id: int,
    page: str,
    answers: dict[str, Any],
    items: tuple[ChecklistItem, ...] = (),
    next_page: str | None = None,
    validate: bool = True,
    today: date | None = None,
) -> OffboardingState:
    """Keeps one page's answers and checklist; with `validate`, refuses an incomplete page and writes nothing.

    Without it (Cancel), what was typed is kept as it is and the wizard will reopen on `page`."""
    if page not in PAGES:
        raise ValueError(page)
    today = today or datetime.now(UTC).date()
    with db.transaction() as session:
        engagement = _engagement(session, engagement_id)
        offboarding = _offboarding(session, engagement_id)
        if offboarding.completed_at is not None:
            raise KnownError(QT_TRANSLATE_NOOP("errors", "This offboarding is finished; it can only be read."))
        if validate:
            errors = page_errors(page, answers, items, engagement.start_date, today)
            if errors:
                raise ValidationError(errors)
        offboarding.answers = {**(offboarding.answers or {}), page: dict(answers)}
        section_items = sorted((i for i in offboarding.items if i.section == page), key=lambda i: i.position)
        now = datetime.now(UTC)
        for stored, entered in zip(section_items, items, strict=False):
            if entered.done and not stored.done:
                stored.done_by, stored.done_at = db.actor, now
            elif not entered.done:
                stored.done_by, stored.done_at = "", None
            stored.done, stored.comment = entered.done, entered.comment.strip()
        offboarding.current_page = next_page or page
        session.flush()
        return _state(session, engagement, offboarding)


@dataclass(frozen=True)
class FinishResult:
    note_id: int
    follow_up_id: int | None
    joined_talent_pool: bool


def finish_offboarding(db: Database, engagement_id: int, today: date | None = None) -> FinishResult:
    """One transaction: ends the engagement, writes the note, moves the card to Alumni, updates the
    freelancer (rehire, talent pool, availability) and schedules the first follow-up."""
    today = today or datetime.now(UTC).date()
    now = datetime.now(UTC)
    with db.transaction() as session:
        engagement = _engagement(session, engagement_id)
        offboarding = _offboarding(session, engagement_id)
        if offboarding.completed_at is not None:
            raise KnownError(QT_TRANSLATE_NOOP("errors", "This offboarding is finished; it can only be read."))
        answers = offboarding.answers or {}
        _check_every_page(offboarding, answers, engagement.start_date, today)
        application = session.get_one(Application, engagement.application_id)
        freelancer = session.get_one(Freelancer, application.freelancer_id)
        recommendation, keep_in_touch = answers["recommendation"], answers["keep_in_touch"]
        engagement.real_end_date = parse_date(answers["admin"]["contract_end"])
        note = CollaborationNote(
            freelancer_id=freelancer.id,
            engagement_id=engagement.id,
            author=db.actor,
            rating=int(recommendation["rating"]),
            would_rehire=recommendation["rehire"] == RehireStatus.WOULD_REHIRE.value,
            strengths=str(recommendation.get("strengths") or "").strip(),
            text=str(answers["trace"]["note"]).strip(),
        )
        session.add(note)
        _update_freelancer(freelancer, recommendation, keep_in_touch, today)
        follow_up_id = _schedule_keep_in_touch(session, freelancer.id, application, keep_in_touch)
        offboarding.completed_at = now
        offboarding.current_page = "summary"
        if application.stage == Stage.ON_MISSION:
            apply_move(session, db.actor, application.id, Stage.OFFBOARDING, now=now)
        apply_move(session, db.actor, application.id, Stage.ALUMNI, now=now)
        session.flush()
        activity.record(session, db.actor, "offboarding", offboarding.id, "finished", "", freelancer_id=freelancer.id)
        return FinishResult(note.id, follow_up_id, bool(keep_in_touch.get("consent")))


def _check_every_page(offboarding: Offboarding, answers: dict[str, Any], start: date, today: date) -> None:
    for page in PAGES[:-1]:
        items = tuple(ChecklistItem(i.label, i.done, i.comment) for i in offboarding.items if i.section == page)
        if page not in answers or page_errors(page, answers[page], items, start, today):
            raise KnownError(
                QT_TRANSLATE_NOOP("errors", "The page “{page}” is not complete: go back to it before finishing."),
                page=OffboardingPage(page),
            )


def _update_freelancer(
    freelancer: Freelancer, recommendation: dict[str, Any], keep_in_touch: dict[str, Any], today: date
) -> None:
    freelancer.rehire_status = RehireStatus(recommendation["rehire"])
    do_not = freelancer.rehire_status == RehireStatus.DO_NOT_REHIRE
    freelancer.do_not_rehire_reason = str(recommendation.get("reason") or "").strip() if do_not else ""
    if keep_in_touch.get("consent"):
        if not freelancer.talent_pool_consent:
            freelancer.consent_date = today
        freelancer.talent_pool_consent = True
    available = parse_date(keep_in_touch.get("available_from"))
    if available is not None:
        freelancer.availability_date = available


def _schedule_keep_in_touch(
    session: Session, freelancer_id: int, application: Application, keep_in_touch: dict[str, Any]
) -> int | None:
    due = parse_date(keep_in_touch.get("follow_up_on"))
    if due is None:
        return None
    mission_title = session.get_one(Mission, application.mission_id).title
    follow_up = FollowUp(
        freelancer_id=freelancer_id,
        application_id=application.id,
        due_at=datetime.combine(due, time(9, 0)).astimezone(UTC),
        channel=ContactChannel(keep_in_touch["channel"]),
        purpose=f"Keep in touch after “{mission_title}”",
    )
    session.add(follow_up)
    session.flush()
    return follow_up.id


def _engagement(session: Session, engagement_id: int) -> Engagement:
    engagement = get_or_not_found(session, Engagement, engagement_id)
    return engagement


def _offboarding(session: Session, engagement_id: int) -> Offboarding:
    """Row-locked and read afresh: a page saved meanwhile by a colleague is kept, not overwritten."""
    query = (
        select(Offboarding)
        .where(Offboarding.engagement_id == engagement_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    offboarding = session.scalar(query)
    if offboarding is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This offboarding has not been started."))
    return offboarding


def _state(session: Session, engagement: Engagement, offboarding: Offboarding) -> OffboardingState:
    application = session.get_one(Application, engagement.application_id)
    freelancer = session.get_one(Freelancer, application.freelancer_id)
    mission = session.get_one(Mission, application.mission_id)
    client = session.get_one(Client, mission.client_id)
    items: dict[str, tuple[ChecklistItem, ...]] = {}
    for page in CHECKLIST_PAGES:
        section = sorted((i for i in offboarding.items if i.section == page), key=lambda i: i.position)
        items[page] = tuple(ChecklistItem(i.label, i.done, i.comment) for i in section)
    return OffboardingState(
        engagement_id=engagement.id,
        application_id=application.id,
        freelancer_id=freelancer.id,
        freelancer_name=freelancer.full_name,
        mission_title=mission.title,
        client_name=client.name,
        start=engagement.start_date,
        planned_end=engagement.planned_end_date,
        current_page=offboarding.current_page if offboarding.current_page in PAGES else PAGES[0],
        answers={page: dict(values) for page, values in (offboarding.answers or {}).items()},
        items=items,
        completed_at=offboarding.completed_at,
    )
