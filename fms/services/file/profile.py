"""A freelancer's profile: read it whole, and save it with every rule checked in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fms.core import limits
from fms.core.enums import Outcome, RehireStatus, Seniority, SourcingChannel, Stage
from fms.core.errors import Message, ValidationError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.core.text import one_line
from fms.models import ActivityEntry, Application, Client, Freelancer, FreelancerSkill, Mission, Skill
from fms.services.common import activity
from fms.services.common.bounds import TOO_LONG_SKILL, check_date, check_lengths, check_rate, score_in_range
from fms.services.common.lookup import get_or_not_found
from fms.services.common.skills import skill_for, skill_key
from fms.services.common.uniqueness import unique_fields
from fms.services.common.versions import mark_saved, refuse_if_stale
from fms.storage.database import Database
from fms.values.email import comparable_email, normalised_email
from fms.values.linkedin import is_linkedin_profile
from fms.values.money import format_rate
from fms.values.phone import comparable_phone, normalised_phone
from fms.values.skill_text import format_skill_list


@dataclass(frozen=True)
class ProfileInput:
    first_name: str
    last_name: str
    email: str = ""
    phone: str = ""
    linkedin_url: str = ""
    location: str = ""
    headline: str = ""
    seniority: Seniority = Seniority.CONFIRMED
    daily_rate_cents: int | None = None
    availability_date: date | None = None
    sourcing_channel: SourcingChannel = SourcingChannel.DIRECT
    portage_company: str = ""
    talent_pool_consent: bool = False
    consent_date: date | None = None
    skills: tuple[tuple[str, int], ...] = ()
    rehire_status: RehireStatus = RehireStatus.UNDECIDED
    do_not_rehire_reason: str = ""


@dataclass(frozen=True)
class ApplicationLine:
    id: int
    mission_id: int
    mission_title: str
    client_name: str
    stage: Stage
    outcome: Outcome | None
    created_at: datetime
    stage_entered_at: datetime
    feedback_owed: bool = False
    feedback_sent_at: datetime | None = None


@dataclass(frozen=True)
class HistoryLine:
    occurred_at: datetime
    actor: str
    action: str
    details: str


@dataclass(frozen=True)
class FreelancerFile:
    id: int
    profile: ProfileInput
    applications: tuple[ApplicationLine, ...]
    history: tuple[HistoryLine, ...]
    version: int = 1  # the record's, when read: a save passes it back

    @property
    def name(self) -> str:
        return f"{self.profile.first_name} {self.profile.last_name}"


def get_file(db: Database, freelancer_id: int) -> FreelancerFile:
    with db.reading() as session:
        freelancer = _get(session, freelancer_id)
        return FreelancerFile(
            id=freelancer.id,
            profile=read_profile(session, freelancer),
            applications=_applications(session, freelancer_id),
            history=_history(session, freelancer_id),
            version=freelancer.version,
        )


EMAIL_TAKEN = QT_TRANSLATE_NOOP("errors", "Another freelancer has this email address.")
# Checked first; the constraint still decides when another window saves the same address meanwhile.
UNIQUE_EMAIL = {"uq_freelancers_email": ("email", EMAIL_TAKEN)}


def save_profile(
    db: Database, freelancer_id: int | None, data: ProfileInput, *, version: int | None = None
) -> FreelancerFile:
    """Creates (`freelancer_id` None) or updates a freelancer; refuses with every field's problem.

    `version` is the one the form was read at: if someone saved the profile since, nothing is
    written and `ChangedElsewhere` lists what this save would change.
    """
    with unique_fields(UNIQUE_EMAIL), db.transaction() as session:
        validate_profile(session, freelancer_id, data)
        freelancer = Freelancer() if freelancer_id is None else _get(session, freelancer_id)
        if freelancer_id is not None:
            refuse_if_stale(
                session,
                freelancer,
                version,
                lambda: profile_fields(freelancer),
                lambda: apply_profile(session, freelancer, data),
                "freelancer",
            )
            mark_saved(freelancer)
        apply_profile(session, freelancer, data)
        if freelancer_id is None:
            session.add(freelancer)
        session.flush()
        activity.record(
            session,
            db.actor,
            "freelancer",
            freelancer.id,
            "created" if freelancer_id is None else "edited",
            freelancer.full_name,
            freelancer_id=freelancer.id,
        )
        saved_id = freelancer.id
    return get_file(db, saved_id)


def profile_errors(data: ProfileInput) -> dict[str, str]:
    """What is wrong with the form itself, before the database is asked anything."""
    errors: dict[str, str] = {}
    if not data.first_name.strip():
        errors["first_name"] = QT_TRANSLATE_NOOP("errors", "The first name is required.")
    if not data.last_name.strip():
        errors["last_name"] = QT_TRANSLATE_NOOP("errors", "The last name is required.")
    if data.email.strip() and not comparable_email(data.email):
        errors["email"] = QT_TRANSLATE_NOOP("errors", "This is not an email address.")
    if data.phone.strip() and not comparable_phone(data.phone):
        errors["phone"] = QT_TRANSLATE_NOOP("errors", "This is not a phone number.")
    if data.linkedin_url.strip() and not is_linkedin_profile(data.linkedin_url):
        errors["linkedin_url"] = QT_TRANSLATE_NOOP(
            "errors", "This is not a LinkedIn profile address (https://www.linkedin.com/in/…)."
        )
    check_lengths(
        errors,
        {
            "first_name": (data.first_name, limits.PERSON_NAME),
            "last_name": (data.last_name, limits.PERSON_NAME),
            "email": (data.email, limits.EMAIL),
            "phone": (data.phone, limits.PHONE),
            "linkedin_url": (data.linkedin_url, limits.URL),
            "location": (data.location, limits.LOCATION),
            "headline": (data.headline, limits.HEADLINE),
            "portage_company": (data.portage_company, limits.NAME),
            "do_not_rehire_reason": (data.do_not_rehire_reason, limits.SHORT_TEXT),
        },
    )
    check_rate(errors, "daily_rate", data.daily_rate_cents)
    check_date(errors, "availability_date", data.availability_date)
    check_date(errors, "talent_pool_consent", data.consent_date)
    if data.sourcing_channel == SourcingChannel.PORTAGE and not data.portage_company.strip():
        errors["portage_company"] = QT_TRANSLATE_NOOP("errors", "Name the portage company.")
    if any(not score_in_range(level) for _, level in data.skills):
        errors["skills"] = QT_TRANSLATE_NOOP("errors", "Skill levels go from 1 to 5.")
    elif any(len(" ".join(name.split())) > limits.SKILL_NAME for name, _ in data.skills):
        errors["skills"] = Message(TOO_LONG_SKILL, limit=limits.SKILL_NAME)
    if data.rehire_status == RehireStatus.DO_NOT_REHIRE and not data.do_not_rehire_reason.strip():
        errors["do_not_rehire_reason"] = QT_TRANSLATE_NOOP(
            "errors", "Say why, for the managers who will read the file."
        )
    return errors


def validate_profile(session: Session, freelancer_id: int | None, data: ProfileInput) -> None:
    errors = profile_errors(data)
    email = comparable_email(data.email)
    if email and "email" not in errors:
        clash = select(Freelancer.id).where(Freelancer.email == email)
        if freelancer_id is not None:
            clash = clash.where(Freelancer.id != freelancer_id)
        if session.scalar(clash) is not None:
            errors["email"] = EMAIL_TAKEN
    if errors:
        raise ValidationError(errors)


def apply_profile(session: Session, freelancer: Freelancer, data: ProfileInput) -> None:
    freelancer.first_name = one_line(data.first_name)
    freelancer.last_name = one_line(data.last_name)
    freelancer.email = normalised_email(data.email) or None
    freelancer.phone = normalised_phone(data.phone)
    freelancer.linkedin_url = data.linkedin_url.strip()
    freelancer.location = data.location.strip()
    freelancer.headline = one_line(data.headline)
    freelancer.seniority = data.seniority
    freelancer.daily_rate_cents = data.daily_rate_cents
    freelancer.availability_date = data.availability_date
    freelancer.sourcing_channel = data.sourcing_channel
    freelancer.portage_company = (
        data.portage_company.strip() if data.sourcing_channel == SourcingChannel.PORTAGE else ""
    )
    freelancer.talent_pool_consent = data.talent_pool_consent
    freelancer.rehire_status = RehireStatus(data.rehire_status)
    do_not_rehire = freelancer.rehire_status == RehireStatus.DO_NOT_REHIRE
    freelancer.do_not_rehire_reason = data.do_not_rehire_reason.strip() if do_not_rehire else ""
    # The consent's date is when it was given: kept if already known, today otherwise.
    if data.talent_pool_consent:
        freelancer.consent_date = data.consent_date or freelancer.consent_date or datetime.now(UTC).date()
    else:
        freelancer.consent_date = None
    wanted = {skill_key(name): (name, level) for name, level in data.skills if name.strip()}
    existing = {link.skill.key: link for link in freelancer.skills} if freelancer.id is not None else {}
    links = []
    for key, (name, level) in wanted.items():
        link = existing.get(key) or FreelancerSkill(skill=skill_for(session, name))
        link.level = level
        links.append(link)
    freelancer.skills = links


def profile_fields(freelancer: Freelancer) -> dict[str, object]:
    """The profile by the form's field names, as the form shows each value (skills and rate as text)."""
    skills = sorted(
        ((link.skill.name, link.level) for link in freelancer.skills), key=lambda s: (-s[1], skill_key(s[0]))
    )
    return {
        "first_name": freelancer.first_name,
        "last_name": freelancer.last_name,
        "headline": freelancer.headline,
        "email": freelancer.email or "",
        "phone": freelancer.phone,
        "linkedin_url": freelancer.linkedin_url,
        "location": freelancer.location,
        "seniority": freelancer.seniority,
        "daily_rate": format_rate(freelancer.daily_rate_cents),
        "availability_date": freelancer.availability_date,
        "sourcing_channel": freelancer.sourcing_channel,
        "portage_company": freelancer.portage_company,
        "skills": format_skill_list(tuple(skills)),
        "talent_pool_consent": freelancer.talent_pool_consent,
        "rehire_status": freelancer.rehire_status,
        "do_not_rehire_reason": freelancer.do_not_rehire_reason,
    }


def _get(session: Session, freelancer_id: int) -> Freelancer:
    freelancer = get_or_not_found(session, Freelancer, freelancer_id)
    return freelancer


def read_profile(session: Session, freelancer: Freelancer) -> ProfileInput:
    skills = session.execute(
        select(Skill.name, FreelancerSkill.level)
        .join(FreelancerSkill, FreelancerSkill.skill_id == Skill.id)
        .where(FreelancerSkill.freelancer_id == freelancer.id)
        .order_by(FreelancerSkill.level.desc(), Skill.key)
    ).all()
    return ProfileInput(
        first_name=freelancer.first_name,
        last_name=freelancer.last_name,
        email=freelancer.email or "",
        phone=freelancer.phone,
        linkedin_url=freelancer.linkedin_url,
        location=freelancer.location,
        headline=freelancer.headline,
        seniority=freelancer.seniority,
        daily_rate_cents=freelancer.daily_rate_cents,
        availability_date=freelancer.availability_date,
        sourcing_channel=freelancer.sourcing_channel,
        portage_company=freelancer.portage_company,
        talent_pool_consent=freelancer.talent_pool_consent,
        consent_date=freelancer.consent_date,
        skills=tuple((name, level) for name, level in skills),
        rehire_status=freelancer.rehire_status,
        do_not_rehire_reason=freelancer.do_not_rehire_reason,
    )


def _applications(session: Session, freelancer_id: int) -> tuple[ApplicationLine, ...]:
    rows = session.execute(
        select(
            Application.id,
            Application.mission_id,
            Mission.title,
            Client.name,
            Application.stage,
            Application.outcome,
            Application.created_at,
            Application.stage_entered_at,
            Application.feedback_owed,
            Application.feedback_sent_at,
        )
        .join(Mission, Mission.id == Application.mission_id)
        .join(Client, Client.id == Mission.client_id)
        .where(Application.freelancer_id == freelancer_id)
        .order_by(Application.created_at.desc())
    )
    return tuple(ApplicationLine(*row) for row in rows)


def _history(session: Session, freelancer_id: int) -> tuple[HistoryLine, ...]:
    rows = session.execute(
        select(ActivityEntry.occurred_at, ActivityEntry.actor, ActivityEntry.action, ActivityEntry.details)
        .where(ActivityEntry.freelancer_id == freelancer_id)
        .order_by(ActivityEntry.occurred_at.desc(), ActivityEntry.id.desc())
        .limit(500)
    )
    return tuple(HistoryLine(*row) for row in rows)
