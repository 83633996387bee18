"""The words a person reads for each value of the domain's vocabularies (English source).

Marked for translation; `fms.ui.i18n.label` shows them in the user's language.
"""

from __future__ import annotations

from enum import Enum

from fms.core.enums import (
    ContactChannel,
    DeclineReason,
    DocumentKind,
    DocumentStatus,
    FailureCause,
    FreelancerStatus,
    InterviewKind,
    InterviewResult,
    MissionStatus,
    OffboardingPage,
    Outcome,
    RehireStatus,
    Seniority,
    SourcingChannel,
    Stage,
    WorkMode,
)
from fms.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "labels"

# Pairs, not a dict literal: values of different enums may be equal strings ("other", "draft")
# and must keep their own words.
_PAIRS: tuple[tuple[Enum, str], ...] = (
    (Stage.SOURCED, QT_TRANSLATE_NOOP("labels", "Sourced")),
    (Stage.POSITIONING_CALL, QT_TRANSLATE_NOOP("labels", "Positioning call")),
    (Stage.PROFILE_SENT, QT_TRANSLATE_NOOP("labels", "Profile sent")),
    (Stage.CLIENT_INTERVIEW, QT_TRANSLATE_NOOP("labels", "Client interview")),
    (Stage.TECHNICAL_INTERVIEW, QT_TRANSLATE_NOOP("labels", "Technical interview")),
    (Stage.FINAL_ANSWER, QT_TRANSLATE_NOOP("labels", "Final answer")),
    (Stage.ON_MISSION, QT_TRANSLATE_NOOP("labels", "On mission")),
    (Stage.OFFBOARDING, QT_TRANSLATE_NOOP("labels", "Offboarding")),
    (Stage.ALUMNI, QT_TRANSLATE_NOOP("labels", "Alumni")),
    (Outcome.HIRED, QT_TRANSLATE_NOOP("labels", "Hired")),
    (Outcome.DECLINED_BY_FREELANCER, QT_TRANSLATE_NOOP("labels", "Declined by the freelancer")),
    (Outcome.REJECTED_BY_CLIENT, QT_TRANSLATE_NOOP("labels", "Rejected by the client")),
    (Outcome.WITHDRAWN, QT_TRANSLATE_NOOP("labels", "Withdrawn / lost")),
    (DeclineReason.RATE, QT_TRANSLATE_NOOP("labels", "Daily rate")),
    (DeclineReason.CONDITIONS, QT_TRANSLATE_NOOP("labels", "Conditions")),
    (DeclineReason.CULTURE, QT_TRANSLATE_NOOP("labels", "Culture")),
    (DeclineReason.OTHER_MISSION, QT_TRANSLATE_NOOP("labels", "Another mission")),
    (DeclineReason.TIMING, QT_TRANSLATE_NOOP("labels", "Timing")),
    (DeclineReason.OTHER, QT_TRANSLATE_NOOP("labels", "Other")),
    (FailureCause.HARD_SKILLS, QT_TRANSLATE_NOOP("labels", "Technical skills")),
    (FailureCause.SOFT_SKILLS, QT_TRANSLATE_NOOP("labels", "Communication, soft skills")),
    (FailureCause.DOMAIN_EXPERIENCE, QT_TRANSLATE_NOOP("labels", "Experience of the domain")),
    (FailureCause.SENIORITY, QT_TRANSLATE_NOOP("labels", "Seniority")),
    (FailureCause.RATE, QT_TRANSLATE_NOOP("labels", "Rate above the budget")),
    (FailureCause.AVAILABILITY, QT_TRANSLATE_NOOP("labels", "Availability")),
    (FailureCause.TEAM_FIT, QT_TRANSLATE_NOOP("labels", "Fit with the team")),
    (FailureCause.OTHER, QT_TRANSLATE_NOOP("labels", "Other cause")),
    (MissionStatus.DRAFT, QT_TRANSLATE_NOOP("labels", "Draft")),
    (MissionStatus.OPEN, QT_TRANSLATE_NOOP("labels", "Open")),
    (MissionStatus.STAFFED, QT_TRANSLATE_NOOP("labels", "Staffed")),
    (MissionStatus.RUNNING, QT_TRANSLATE_NOOP("labels", "Running")),
    (MissionStatus.CLOSED, QT_TRANSLATE_NOOP("labels", "Closed")),
    (MissionStatus.CANCELLED, QT_TRANSLATE_NOOP("labels", "Cancelled")),
    (WorkMode.ON_SITE, QT_TRANSLATE_NOOP("labels", "On site")),
    (WorkMode.HYBRID, QT_TRANSLATE_NOOP("labels", "Hybrid")),
    (WorkMode.REMOTE, QT_TRANSLATE_NOOP("labels", "Remote")),
    (Seniority.JUNIOR, QT_TRANSLATE_NOOP("labels", "Junior")),
    (Seniority.CONFIRMED, QT_TRANSLATE_NOOP("labels", "Confirmed")),
    (Seniority.SENIOR, QT_TRANSLATE_NOOP("labels", "Senior")),
    (SourcingChannel.LINKEDIN, QT_TRANSLATE_NOOP("labels", "LinkedIn")),
    (SourcingChannel.PORTAGE, QT_TRANSLATE_NOOP("labels", "Portage company")),
    (SourcingChannel.PLATFORM, QT_TRANSLATE_NOOP("labels", "Platform")),
    (SourcingChannel.REFERRAL, QT_TRANSLATE_NOOP("labels", "Referral")),
    (SourcingChannel.DIRECT, QT_TRANSLATE_NOOP("labels", "Direct")),
    (InterviewKind.CLIENT, QT_TRANSLATE_NOOP("labels", "Client")),
    (InterviewKind.TECHNICAL, QT_TRANSLATE_NOOP("labels", "Technical")),
    (InterviewResult.PENDING, QT_TRANSLATE_NOOP("labels", "Pending")),
    (InterviewResult.PASSED, QT_TRANSLATE_NOOP("labels", "Passed")),
    (InterviewResult.FAILED, QT_TRANSLATE_NOOP("labels", "Failed")),
    (DocumentKind.CONTRACT, QT_TRANSLATE_NOOP("labels", "Contract")),
    (DocumentKind.NDA, QT_TRANSLATE_NOOP("labels", "NDA")),
    (DocumentKind.STATEMENT_OF_WORK, QT_TRANSLATE_NOOP("labels", "Statement of work")),
    (DocumentKind.AMENDMENT, QT_TRANSLATE_NOOP("labels", "Amendment")),
    (DocumentKind.RECOMMENDATION, QT_TRANSLATE_NOOP("labels", "Recommendation letter")),
    (DocumentKind.CV, QT_TRANSLATE_NOOP("labels", "CV")),
    (DocumentKind.OTHER, QT_TRANSLATE_NOOP("labels", "Other document")),
    (DocumentStatus.DRAFT, QT_TRANSLATE_NOOP("labels", "Draft")),
    (DocumentStatus.SENT, QT_TRANSLATE_NOOP("labels", "Sent")),
    (DocumentStatus.SIGNED, QT_TRANSLATE_NOOP("labels", "Signed")),
    (DocumentStatus.EXPIRED, QT_TRANSLATE_NOOP("labels", "Expired")),
    (DocumentStatus.TERMINATED, QT_TRANSLATE_NOOP("labels", "Terminated")),
    (ContactChannel.EMAIL, QT_TRANSLATE_NOOP("labels", "Email")),
    (ContactChannel.PHONE, QT_TRANSLATE_NOOP("labels", "Phone")),
    (ContactChannel.LINKEDIN, QT_TRANSLATE_NOOP("labels", "LinkedIn message")),
    (ContactChannel.MEETING, QT_TRANSLATE_NOOP("labels", "Meeting")),
    (ContactChannel.OTHER, QT_TRANSLATE_NOOP("labels", "Other channel")),
    (RehireStatus.UNDECIDED, QT_TRANSLATE_NOOP("labels", "Not decided")),
    (RehireStatus.WOULD_REHIRE, QT_TRANSLATE_NOOP("labels", "Would rehire")),
    (RehireStatus.DO_NOT_REHIRE, QT_TRANSLATE_NOOP("labels", "Do not rehire")),
    (OffboardingPage.OBJECTIVES, QT_TRANSLATE_NOOP("labels", "Objectives and deliverables")),
    (OffboardingPage.HANDOVER, QT_TRANSLATE_NOOP("labels", "Handover")),
    (OffboardingPage.FEEDBACK, QT_TRANSLATE_NOOP("labels", "Feedback interview")),
    (OffboardingPage.RECOMMENDATION, QT_TRANSLATE_NOOP("labels", "Recommendation")),
    (OffboardingPage.TRACE, QT_TRANSLATE_NOOP("labels", "Note for future managers")),
    (OffboardingPage.KEEP_IN_TOUCH, QT_TRANSLATE_NOOP("labels", "Keeping in touch")),
    (OffboardingPage.ADMIN, QT_TRANSLATE_NOOP("labels", "Administrative close")),
    (OffboardingPage.SUMMARY, QT_TRANSLATE_NOOP("labels", "Summary")),
    (FreelancerStatus.IN_PIPELINE, QT_TRANSLATE_NOOP("labels", "In a pipeline")),
    (FreelancerStatus.ON_MISSION, QT_TRANSLATE_NOOP("labels", "On mission")),
    (FreelancerStatus.ALUMNI, QT_TRANSLATE_NOOP("labels", "Alumni")),
    (FreelancerStatus.NEVER_PROPOSED, QT_TRANSLATE_NOOP("labels", "Never proposed")),
    (FreelancerStatus.TALENT_POOL, QT_TRANSLATE_NOOP("labels", "In the talent pool")),
    (FreelancerStatus.DO_NOT_REHIRE, QT_TRANSLATE_NOOP("labels", "Marked do not rehire")),
)
LABELS: dict[tuple[type[Enum], str], str] = {(type(member), member.value): text for member, text in _PAIRS}


def source_label(value: Enum) -> str:
    """The English words for `value` (its raw value for an enum without labels)."""
    return LABELS.get((type(value), value.value), str(value.value))
