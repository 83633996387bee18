"""Shared skill tags: one row per skill, whatever the case people type it in."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from fms.core.text import name_key
from fms.models import Skill
from fms.storage.database import Database


def skill_key(name: str) -> str:
    return name_key(name)


def skill_for(session: Session, name: str) -> Skill:
    """The tag named `name`, created on first use."""
    key = skill_key(name)
    skill = session.scalar(select(Skill).where(Skill.key == key))
    if skill is None:
        skill = Skill(name=" ".join(name.split()), key=key)
        session.add(skill)
        session.flush()
    return skill


def skill_names(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(Skill.name).order_by(Skill.key)))
