"""The closed vocabularies of the domain (PRODUCT.md), stored by value; free of SQLAlchemy and Qt."""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    """The pipeline columns, in board order."""

    SOURCED = "sourced"
    POSITIONING_CALL = "positioning_call"
    PROFILE_SENT = "profile_sent"
    CLIENT_INTERVIEW = "client_interview"
    TECHNICAL_INTERVIEW = "technical_interview"
    FINAL_ANSWER = "final_answer"
    ON_MISSION = "on_mission"
    OFFBOARDING = "offboarding"
    ALUMNI = "alumni"

    @property
    def order(self) -> int:
        return list(Stage).index(self)


class Outcome(StrEnum):
    HIRED = "hired"
    DECLINED_BY_FREELANCER = "declined_by_freelancer"
    REJECTED_BY_CLIENT = "rejected_by_client"
    WITHDRAWN = "withdrawn"


class DeclineReason(StrEnum):
    RATE = "rate"
    CONDITIONS = "conditions"
    CULTURE = "culture"
    OTHER_MISSION = "other_mission"
    TIMING = "timing"
    OTHER = "other"


class FailureCause(StrEnum):
    """What made an interview fail, as the recruiter who attended saw it."""

    HARD_SKILLS = "hard_skills"
    SOFT_SKILLS = "soft_skills"
    DOMAIN_EXPERIENCE = "domain_experience"
    SENIORITY = "seniority"
    RATE = "rate"
    AVAILABILITY = "availability"
    TEAM_FIT = "team_fit"
    OTHER = "other"


class MissionStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    STAFFED = "staffed"
    RUNNING = "running"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class WorkMode(StrEnum):
    ON_SITE = "on_site"
    HYBRID = "hybrid"
    REMOTE = "remote"


class Seniority(StrEnum):
    JUNIOR = "junior"
    CONFIRMED = "confirmed"
    SENIOR = "senior"


class SourcingChannel(StrEnum):
    LINKEDIN = "linkedin"
    PORTAGE = "portage"
    PLATFORM = "platform"
    REFERRAL = "referral"
    DIRECT = "direct"


class InterviewKind(StrEnum):
    CLIENT = "client"
    TECHNICAL = "technical"


class InterviewResult(StrEnum):
    PENDING = "pending"
    PASSED = "passed"
    FAILED = "failed"


class DocumentKind(StrEnum):
    CONTRACT = "contract"
    NDA = "nda"
    STATEMENT_OF_WORK = "statement_of_work"
    AMENDMENT = "amendment"
    RECOMMENDATION = "recommendation"
    CV = "cv"
    OTHER = "other"


class DocumentStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    SIGNED = "signed"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class ContactChannel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    LINKEDIN = "linkedin"
    MEETING = "meeting"
    OTHER = "other"


class RehireStatus(StrEnum):
    """What the company decided about working with a freelancer again."""

    UNDECIDED = "undecided"
    WOULD_REHIRE = "would_rehire"
    DO_NOT_REHIRE = "do_not_rehire"


class FreelancerStatus(StrEnum):
    """Where a freelancer stands with us, as the list filters it (derived, never stored).

    Values are prefixed so none equals another enum's value: labels are looked up by value.
    """

    IN_PIPELINE = "status_in_pipeline"
    ON_MISSION = "status_on_mission"
    ALUMNI = "status_alumni"
    NEVER_PROPOSED = "status_never_proposed"
    TALENT_POOL = "status_talent_pool"
    DO_NOT_REHIRE = "status_do_not_rehire"


class OffboardingPage(StrEnum):
    """The offboarding wizard's pages, in order."""

    OBJECTIVES = "objectives"
    HANDOVER = "handover"
    FEEDBACK = "feedback"
    RECOMMENDATION = "recommendation"
    TRACE = "trace"
    KEEP_IN_TOUCH = "keep_in_touch"
    ADMIN = "admin"
    SUMMARY = "summary"
