"""Shared skill tags: one row per skill, whatever the case people type it in."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
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
    if skill is not None:
        return skill
    skill = Skill(name=" ".join(name.split()), key=key)
    try:
        with session.begin_nested():  # a savepoint: losing the race must not undo the whole save
            session.add(skill)
    except IntegrityError:
        # A colleague created the same tag meanwhile (on a server, this insert waited for their commit).
        return session.scalars(select(Skill).where(Skill.key == key)).one()
    return skill


def skill_names(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(Skill.name).order_by(Skill.key)))
