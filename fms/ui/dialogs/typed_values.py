"""Reads what people type for amounts and skills, with the message to show beside the field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fms.core.errors import ValidationError
from fms.ui.i18n import arg
from fms.values.money import parse_rate
from fms.values.skill_text import parse_skill_list


def read_rate_and_skills(
    rate_field: str, rate_text: str, skills_text: str
) -> tuple[int | None, tuple[tuple[str, int], ...]]:
    """The rate in cents and the skills, or a `ValidationError` naming `rate_field` and/or "skills"."""
    errors: dict[str, str] = {}
    rate = None
    try:
        rate = parse_rate(rate_text)
    except ValueError:
        errors[rate_field] = QCoreApplication.translate(
            "TypedValues", "Type an amount in euros, such as 650 or 650,50."
        )
    skills: tuple[tuple[str, int], ...] = ()
    try:
        skills = parse_skill_list(skills_text)
    except ValueError as error:
        errors["skills"] = arg(
            QCoreApplication.translate("TypedValues", "“%1”: a skill level goes from 1 to 5."), error
        )
    if errors:
        raise ValidationError(errors)
    return rate, skills
