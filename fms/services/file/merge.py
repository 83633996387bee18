"""Merging two records of the same person: one profile chosen field by field, every record kept."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Literal

from sqlalchemy import Select, delete, func, select, update
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
    SavedListMember,
    StageChange,
)
from fms.services.common import activity
from fms.services.common.lookup import get_or_not_found, gone
from fms.services.common.skills import skill_key
from fms.services.common.uniqueness import unique_fields
from fms.services.file.profile import UNIQUE_EMAIL, ProfileInput, apply_profile, read_profile, validate_profile
from fms.storage.database import Database

Side = Literal["left", "right"]
# Fields chosen together: the consent and its date, the channel and its portage company, the rehire
# status and its private reason make sense only as pairs.
COUPLED = {
    "consent_date": "talent_pool_consent",
    "portage_company": "sourcing_channel",
    "do_not_rehire_reason": "rehire_status",
}
CHOSEN_FIELDS = tuple(f.name for f in fields(ProfileInput) if f.name not in COUPLED and f.name != "skills")


@dataclass(frozen=True)
class MergeSide:
    """One of the two records as the merge dialog shows it, with what it holds."""

    freelancer_id: int
    profile: ProfileInput
    applications: int
    documents: int
    notes: int
    interviews: int


@dataclass(frozen=True)
class MergeResult:
    survivor_id: int
    applications_moved: int
    applications_combined: int


def merge_sides(db: Database, left_id: int, right_id: int) -> tuple[MergeSide, MergeSide]:
    with db.reading() as session:
        return _side(session, left_id), _side(session, right_id)


def _side(session: Session, freelancer_id: int) -> MergeSide:
    freelancer = get_or_not_found(session, Freelancer, freelancer_id)

    def count(query: Select[tuple[int]]) -> int:
        return int(session.scalar(query) or 0)

    applications = select(Application.id).where(Application.freelancer_id == freelancer_id)
    return MergeSide(
        freelancer_id=freelancer_id,
        profile=read_profile(session, freelancer),
        applications=count(select(func.count()).select_from(applications.subquery())),
        documents=count(select(func.count(Document.id)).where(Document.freelancer_id == freelancer_id)),
        notes=count(select(func.count(CollaborationNote.id)).where(CollaborationNote.freelancer_id == freelancer_id)),
        interviews=count(select(func.count(Interview.id)).where(Interview.application_id.in_(applications))),
    )


def merged_profile(left: ProfileInput, right: ProfileInput, choices: dict[str, Side]) -> ProfileInput:
    """Each field from the side chosen for it (left by default); skills are the union, at the higher level."""
    values = {}
    for name in CHOSEN_FIELDS:
        values[name] = getattr(right if choices.get(name) == "right" else left, name)
    for coupled, leader in COUPLED.items():
        values[coupled] = getattr(right if choices.get(leader) == "right" else left, coupled)
    levels: dict[str, tuple[str, int]] = {}
    for name, level in (*left.skills, *right.skills):
        key = skill_key(name)
        if key not in levels or levels[key][1] < level:
            levels[key] = (levels.get(key, (name, 0))[0], level)
    return replace(left, **values, skills=tuple(levels.values()))


def merge_freelancers(db: Database, survivor_id: int, absorbed_id: int, profile: ProfileInput) -> MergeResult:
    """One transaction: the absorbed record's applications, interviews, documents, notes, follow-ups and
    history move to the survivor, which takes `profile`; the absorbed record is then deleted."""
    if survivor_id == absorbed_id:
        raise KnownError(QT_TRANSLATE_NOOP("errors", "Choose two different freelancers to merge."))
    with unique_fields(UNIQUE_EMAIL), db.transaction() as session:
        survivor, absorbed = _lock_both(session, survivor_id, absorbed_id)
        absorbed_name = absorbed.full_name
        absorbed.email = None  # frees the address for the survivor, should it be the one chosen
        session.flush()
        validate_profile(session, survivor_id, profile)
        moved, combined = _move_applications(session, survivor_id, absorbed_id)
        for model in (Document, CollaborationNote, FollowUp, ActivityEntry):
            session.execute(update(model).where(model.freelancer_id == absorbed_id).values(freelancer_id=survivor_id))
        _move_list_memberships(session, survivor_id, absorbed_id)
        session.expunge(absorbed)
        session.execute(delete(Freelancer).where(Freelancer.id == absorbed_id))
        apply_profile(session, survivor, profile)
        session.flush()
        details = f"{absorbed_name} (#{absorbed_id}): {moved} applications moved, {combined} combined"
        activity.record(session, db.actor, "freelancer", survivor_id, "merged", details, freelancer_id=survivor_id)
    return MergeResult(survivor_id, moved, combined)


def _lock_both(session: Session, survivor_id: int, absorbed_id: int) -> tuple[Freelancer, Freelancer]:
    """Both records row-locked, in id order so that two crossed merges wait rather than deadlock; the
    second then finds one of them gone and says so."""
    query = (
        select(Freelancer)
        .where(Freelancer.id.in_((survivor_id, absorbed_id)))
        .order_by(Freelancer.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    found = {freelancer.id: freelancer for freelancer in session.scalars(query)}
    if survivor_id not in found or absorbed_id not in found:
        raise gone(Freelancer)
    return found[survivor_id], found[absorbed_id]


def _move_list_memberships(session: Session, survivor_id: int, absorbed_id: int) -> None:
    """The absorbed record's saved lists now hold the survivor (once, if both were on a list)."""
    already = select(SavedListMember.list_id).where(SavedListMember.freelancer_id == survivor_id)
    session.execute(
        update(SavedListMember)
        .where(SavedListMember.freelancer_id == absorbed_id, SavedListMember.list_id.not_in(already))
        .values(freelancer_id=survivor_id)
    )  # what is left on the absorbed record goes with it (lists where the survivor already is)


def _move_applications(session: Session, survivor_id: int, absorbed_id: int) -> tuple[int, int]:
    """Applications to missions the survivor is not on move as they are; where both were proposed to
    the same mission, the further one is kept and the other's interviews and history join it."""
    survivor_by_mission = {
        application.mission_id: application
        for application in session.scalars(select(Application).where(Application.freelancer_id == survivor_id))
    }
    moved = combined = 0
    for theirs in session.scalars(select(Application).where(Application.freelancer_id == absorbed_id)).all():
        ours = survivor_by_mission.get(theirs.mission_id)
        if ours is None:
            theirs.freelancer_id = survivor_id
            moved += 1
            continue
        kept, dropped = _keep_further(session, ours, theirs)
        for model in (Interview, StageChange, FollowUp):
            session.execute(update(model).where(model.application_id == dropped.id).values(application_id=kept.id))
        session.flush()  # the kept card is the hired one, if any: the dropped one has no engagement
        session.delete(dropped)
        session.flush()
        kept.freelancer_id = survivor_id
        combined += 1
    session.flush()
    return moved, combined


def _keep_further(session: Session, ours: Application, theirs: Application) -> tuple[Application, Application]:
    def engaged(application: Application) -> bool:
        return session.scalar(select(Engagement.id).where(Engagement.application_id == application.id)) is not None

    if engaged(ours) and engaged(theirs):
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "errors", "Both records were hired on the same mission: close one of the engagements before merging."
            )
        )

    def weight(application: Application) -> tuple[bool, bool, int]:
        """Hired first, then a card still in play over a closed one, then the further stage."""
        live = application.outcome is None and application.archived_at is None
        return engaged(application), live, application.stage.order

    return (theirs, ours) if weight(theirs) > weight(ours) else (ours, theirs)
