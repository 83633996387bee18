"""A crafted data set for the dashboard, its figures computed by hand in tests/test_dashboard_figures.py.

Eight applications, proposed on 2 March 2026 unless said otherwise (client A owns M1 and M2,
client B owns M3):

| app | mission | walk | end |
| --- | --- | --- | --- |
| 1 | M1 | Sourced → … → Technical → Final answer | hired after 10 days, renewed once |
| 2 | M1 | … → Client interview → Final answer (no technical) | hired after 20 days |
| 3 | M1 | … → Client interview (causes: hard skills, rate) | rejected |
| 4 | M2 | … → Profile sent | declined (rate) |
| 5 | M2 | → Positioning call | withdrawn, answer sent |
| 6 | M2 | Sourced, proposed 10 April | still open |
| 7 | M3 | … → Profile sent, proposed 15 April | declined (timing) |
| 8 | M3 | … → Technical interview (cause: hard skills) | rejected |
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from fms.core.enums import (
    ContactChannel,
    DeclineReason,
    FailureCause,
    InterviewKind,
    InterviewResult,
    Outcome,
    Stage,
)
from fms.models import FollowUp
from fms.services.file import InterviewInput, save_interview, schedule_follow_up
from fms.services.pipeline import (
    OutcomeInput,
    engagement_of_application,
    mark_feedback_sent,
    move_application,
    propose,
    renew,
)
from fms.storage.database import Database
from tests.conftest import Factory

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
PATH = {
    Stage.POSITIONING_CALL: (Stage.POSITIONING_CALL,),
    Stage.PROFILE_SENT: (Stage.POSITIONING_CALL, Stage.PROFILE_SENT),
    Stage.CLIENT_INTERVIEW: (Stage.POSITIONING_CALL, Stage.PROFILE_SENT, Stage.CLIENT_INTERVIEW),
    Stage.TECHNICAL_INTERVIEW: (
        Stage.POSITIONING_CALL,
        Stage.PROFILE_SENT,
        Stage.CLIENT_INTERVIEW,
        Stage.TECHNICAL_INTERVIEW,
    ),
}


@dataclass
class Crafted:
    apps: dict[int, int]
    missions: dict[str, int]
    clients: dict[str, int]


def _walk(db: Database, make: Factory, mission_id: int, stages: tuple[Stage, ...], start: datetime = T0) -> int:
    application_id = propose(db, make.freelancer(), mission_id, now=start).id
    for hour, stage in enumerate(stages, start=1):
        move_application(db, application_id, stage, confirm_over_limit=True, now=start + timedelta(hours=hour))
    return application_id


def _close(db: Database, application_id: int, outcome: OutcomeInput, at: datetime) -> None:
    move_application(db, application_id, Stage.ALUMNI, outcome=outcome, now=at)


def _hire(db: Database, application_id: int, at: datetime) -> None:
    outcome = OutcomeInput(
        Outcome.HIRED,
        start_date=at.date(),
        planned_end_date=date(2026, 9, 30),
        daily_rate_cents=60000,
        sign_later=True,
    )
    move_application(db, application_id, Stage.ON_MISSION, outcome=outcome, now=at)


def _interview(db: Database, application_id: int, kind: InterviewKind, causes: tuple[FailureCause, ...]) -> None:
    save_interview(
        db,
        None,
        InterviewInput(
            application_id,
            kind,
            T0 + timedelta(days=1),
            result=InterviewResult.FAILED,
            client_feedback="Not the profile we need.",
            failure_reasons=causes,
        ),
    )


def build_crafted(db: Database, make: Factory) -> Crafted:
    clients = {"A": make.client("A"), "B": make.client("B")}
    missions = {
        "M1": make.mission(clients["A"], title="M1"),
        "M2": make.mission(clients["A"], title="M2"),
        "M3": make.mission(clients["B"], title="M3"),
    }
    technical = (*PATH[Stage.TECHNICAL_INTERVIEW], Stage.FINAL_ANSWER)
    skipping = (*PATH[Stage.CLIENT_INTERVIEW], Stage.FINAL_ANSWER)
    apps = {
        1: _walk(db, make, missions["M1"], technical),
        2: _walk(db, make, missions["M1"], skipping),
        3: _walk(db, make, missions["M1"], PATH[Stage.CLIENT_INTERVIEW]),
        4: _walk(db, make, missions["M2"], PATH[Stage.PROFILE_SENT]),
        5: _walk(db, make, missions["M2"], PATH[Stage.POSITIONING_CALL]),
        6: _walk(db, make, missions["M2"], (), datetime(2026, 4, 10, 9, tzinfo=UTC)),
        7: _walk(db, make, missions["M3"], PATH[Stage.PROFILE_SENT], datetime(2026, 4, 15, 9, tzinfo=UTC)),
        8: _walk(db, make, missions["M3"], PATH[Stage.TECHNICAL_INTERVIEW]),
    }
    _hire(db, apps[1], T0 + timedelta(days=10))
    _hire(db, apps[2], T0 + timedelta(days=20))
    engagement = engagement_of_application(db, apps[1])
    assert engagement is not None
    renew(db, engagement, date(2026, 12, 31))
    _interview(db, apps[3], InterviewKind.CLIENT, (FailureCause.HARD_SKILLS, FailureCause.RATE))
    _interview(db, apps[8], InterviewKind.TECHNICAL, (FailureCause.HARD_SKILLS,))
    rejected = OutcomeInput(Outcome.REJECTED_BY_CLIENT, client_justification="Another profile fitted better.")
    _close(db, apps[3], rejected, T0 + timedelta(days=5))
    _close(db, apps[8], rejected, T0 + timedelta(days=5))
    _close(db, apps[4], OutcomeInput(Outcome.DECLINED_BY_FREELANCER, DeclineReason.RATE), T0 + timedelta(days=3))
    _close(
        db,
        apps[7],
        OutcomeInput(Outcome.DECLINED_BY_FREELANCER, DeclineReason.TIMING),
        datetime(2026, 4, 16, 9, tzinfo=UTC),
    )
    _close(db, apps[5], OutcomeInput(Outcome.WITHDRAWN, details="The mission was put on hold."), T0 + timedelta(days=2))
    mark_feedback_sent(db, apps[5])
    _follow_ups(db, apps[3])
    return Crafted(apps, missions, clients)


def _follow_ups(db: Database, about: int) -> None:
    """One overdue (about application 3, client A), one not due yet, one done."""
    with db.reading() as session:
        from fms.models import Application

        freelancer = session.get_one(Application, about).freelancer_id
    overdue = schedule_follow_up(db, freelancer, datetime(2026, 3, 3, 10, tzinfo=UTC), ContactChannel.EMAIL, "Feedback")
    # Not due yet for the service tests' NOW nor for the UI's real clock.
    later = max(NOW, datetime.now(UTC)) + timedelta(days=30)
    schedule_follow_up(db, freelancer, later, ContactChannel.EMAIL, "Later")
    done = schedule_follow_up(db, freelancer, datetime(2026, 3, 5, 10, tzinfo=UTC), ContactChannel.PHONE, "Call")
    with db.transaction() as session:
        # The follow-ups service schedules per person; the link to the card is what the client filter reads.
        session.get_one(FollowUp, overdue.id).application_id = about
        session.get_one(FollowUp, done.id).done_at = datetime(2026, 3, 5, 11, tzinfo=UTC)
