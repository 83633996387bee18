"""Missions: list, create, edit, archive."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fms.core import limits
from fms.core.errors import Message, ValidationError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Application, Client, Mission, MissionSkill, Skill
from fms.services.common import activity
from fms.services.common.bounds import TOO_LONG_SKILL, check_date, check_lengths, check_rate, score_in_range
from fms.services.common.lookup import get_or_not_found, gone
from fms.services.common.skills import skill_for, skill_key
from fms.services.common.versions import mark_saved, refuse_if_stale
from fms.services.crm.rows import MissionInput, MissionRow
from fms.storage.database import Database
from fms.values.money import format_rate
from fms.values.skill_text import format_skill_list


def list_missions(db: Database, include_archived: bool = False) -> list[MissionRow]:
    with db.reading() as session:
        return _rows(session, include_archived=include_archived)


def get_mission(db: Database, mission_id: int) -> MissionRow:
    with db.reading() as session:
        rows = _rows(session, include_archived=True, only_id=mission_id)
    if not rows:
        raise gone(Mission)
    return rows[0]


def create_mission(db: Database, data: MissionInput) -> MissionRow:
    with db.transaction() as session:
        _validate(session, data)
        mission = Mission()
        _apply(session, mission, data)
        session.add(mission)
        session.flush()
        activity.record(session, db.actor, "mission", mission.id, "created", mission.title)
        mission_id = mission.id
    return get_mission(db, mission_id)


def update_mission(db: Database, mission_id: int, data: MissionInput, *, version: int | None = None) -> MissionRow:
    """Saves the form; from a form read at an older `version`, writes nothing (`ChangedElsewhere`)."""
    with db.transaction() as session:
        mission = _get(session, mission_id)
        _validate(session, data)
        refuse_if_stale(
            session,
            mission,
            version,
            lambda: _fields(session, mission),
            lambda: _apply(session, mission, data),
            "mission",
        )
        mark_saved(mission)  # a change of required skills alone moves the mission's version too
        _apply(session, mission, data)
        activity.record(session, db.actor, "mission", mission.id, "edited", mission.title)
    return get_mission(db, mission_id)


def set_mission_archived(db: Database, mission_id: int, archived: bool) -> MissionRow:
    with db.transaction() as session:
        mission = _get(session, mission_id)
        mission.archived_at = datetime.now(UTC) if archived else None
        activity.record(session, db.actor, "mission", mission.id, "archived" if archived else "restored")
    return get_mission(db, mission_id)


def _apply(session: Session, mission: Mission, data: MissionInput) -> None:
    assert data.client_id is not None
    mission.client_id = data.client_id
    mission.title = " ".join(data.title.split())
    mission.description = data.description.strip()
    mission.seniority = data.seniority
    mission.budget_daily_rate_cents = data.budget_daily_rate_cents
    mission.start_date = data.start_date
    mission.end_date = data.end_date
    mission.location = data.location.strip()
    mission.work_mode = data.work_mode
    mission.status = data.status
    wanted: dict[str, tuple[str, int]] = {}
    for name, level in data.required_skills:
        if name.strip():
            wanted[skill_key(name)] = (name, level)
    # Reuse rows that stay: replacing them would delete and insert the same primary key.
    existing = {link.skill_id: link for link in mission.required_skills}
    links = []
    for name, level in wanted.values():
        skill = skill_for(session, name)
        link = existing.get(skill.id) or MissionSkill(skill=skill)
        link.min_level = level
        links.append(link)
    mission.required_skills = links


def _fields(session: Session, mission: Mission) -> dict[str, object]:
    """The mission by the form's field names, as the form shows each value."""
    client = session.get(Client, mission.client_id)
    skills = sorted((link.skill.name, link.min_level) for link in mission.required_skills)
    return {
        "client": client.name if client is not None else "",
        "title": mission.title,
        "status": mission.status,
        "seniority": mission.seniority,
        "budget": format_rate(mission.budget_daily_rate_cents),
        "start_date": mission.start_date,
        "end_date": mission.end_date,
        "location": mission.location,
        "work_mode": mission.work_mode,
        "skills": format_skill_list(tuple(skills)),
        "description": mission.description,
    }


def _validate(session: Session, data: MissionInput) -> None:
    errors: dict[str, str] = {}
    if data.client_id is None:
        errors["client"] = QT_TRANSLATE_NOOP("errors", "Choose the client.")
    else:
        archived = session.scalar(select(Client.archived_at.is_not(None)).where(Client.id == data.client_id))
        if archived is None:
            errors["client"] = QT_TRANSLATE_NOOP("errors", "This client no longer exists.")
    title = " ".join(data.title.split())
    if not title:
        errors["title"] = QT_TRANSLATE_NOOP("errors", "The title is required.")
    check_lengths(
        errors,
        {
            "title": (title, limits.NAME),
            "description": (data.description, limits.LONG_TEXT),
            "location": (data.location, limits.NAME),
        },
    )
    negative = QT_TRANSLATE_NOOP("errors", "The daily-rate budget cannot be negative.")
    check_rate(errors, "budget", data.budget_daily_rate_cents, negative)
    check_date(errors, "start_date", data.start_date)
    check_date(errors, "end_date", data.end_date)
    if data.start_date and data.end_date and data.end_date < data.start_date:
        errors.setdefault("end_date", QT_TRANSLATE_NOOP("errors", "The end date is before the start date."))
    if any(not score_in_range(level) for _, level in data.required_skills):
        errors["skills"] = QT_TRANSLATE_NOOP("errors", "Skill levels go from 1 to 5.")
    elif any(len(" ".join(name.split())) > limits.SKILL_NAME for name, _ in data.required_skills):
        errors["skills"] = Message(TOO_LONG_SKILL, limit=limits.SKILL_NAME)
    if errors:
        raise ValidationError(errors)


def _get(session: Session, mission_id: int) -> Mission:
    mission = get_or_not_found(session, Mission, mission_id)
    return mission


def _rows(session: Session, include_archived: bool, only_id: int | None = None) -> list[MissionRow]:
    counts = (
        select(Application.mission_id, func.count(Application.id).label("n"))
        .where(Application.archived_at.is_(None))
        .group_by(Application.mission_id)
        .subquery()
    )
    query = (
        select(Mission, Client.name, func.coalesce(counts.c.n, 0))
        .join(Client, Client.id == Mission.client_id)
        .outerjoin(counts, counts.c.mission_id == Mission.id)
        .order_by(Mission.start_date.desc().nulls_last(), Mission.id.desc())
    )
    if not include_archived:
        query = query.where(Mission.archived_at.is_(None))
    if only_id is not None:
        query = query.where(Mission.id == only_id)
    results = session.execute(query).all()
    skills = _skills_by_mission(session, [mission.id for mission, _, _ in results] if only_id else None)
    return [
        MissionRow(
            id=mission.id,
            client_id=mission.client_id,
            client_name=client_name,
            title=mission.title,
            description=mission.description,
            seniority=mission.seniority,
            budget_daily_rate_cents=mission.budget_daily_rate_cents,
            start_date=mission.start_date,
            end_date=mission.end_date,
            location=mission.location,
            work_mode=mission.work_mode,
            status=mission.status,
            required_skills=tuple(skills.get(mission.id, ())),
            application_count=count,
            archived=mission.archived_at is not None,
            version=mission.version,
        )
        for mission, client_name, count in results
    ]


def _skills_by_mission(session: Session, mission_ids: list[int] | None) -> dict[int, list[tuple[str, int]]]:
    """Every mission's skills in one query (all missions when `mission_ids` is None)."""
    query = (
        select(MissionSkill.mission_id, Skill.name, MissionSkill.min_level)
        .join(Skill, Skill.id == MissionSkill.skill_id)
        .order_by(MissionSkill.mission_id, Skill.key)
    )
    if mission_ids is not None:
        query = query.where(MissionSkill.mission_id.in_(mission_ids))
    grouped: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for mission_id, name, level in session.execute(query):
        grouped[mission_id].append((name, level))
    return grouped
