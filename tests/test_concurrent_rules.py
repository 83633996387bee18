"""Rules that span rows, with two managers acting at once on a server: the second reads before the first
commits, and the outcome is a refusal with a message or both changes kept, never a silent loss.

On PostgreSQL the second waits for a row lock the first holds; on SQLite two writers cannot interleave
(BEGIN IMMEDIATE makes the second wait for the whole first transaction), so the same cases show there
that the second waits and then sees the first's commit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session

from fms.core.enums import DeclineReason, Outcome, Stage
from fms.core.errors import KnownError, ValidationError
from fms.models import Application, Engagement, Freelancer, Offboarding, Skill, StageChange
from fms.services.file import ProfileInput, get_file, merge_freelancers, merge_sides, save_profile
from fms.services.offboarding import ChecklistItem, open_offboarding, save_page
from fms.services.pipeline import ConfirmationRequired, OutcomeInput, move_application, propose
from fms.storage.database import Database
from fms.storage.engine import WRITE_OPTION
from tests.conftest import Factory

WAIT = 30.0  # seconds: only a hung test ever waits this long


@dataclass
class Result:
    value: Any = None
    error: BaseException | None = None


def _run(action: Callable[[], Any], result: Result) -> None:
    try:
        result.value = action()
    except BaseException as error:  # handed to the test, which asserts on it
        result.error = error


def _waiting_on_a_lock(db: Database) -> bool:
    with db.engine.connect() as connection:
        waiting = connection.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
        )
        connection.rollback()
    return bool(waiting)


def interleaved(db: Database, first: Callable[[], Any], second: Callable[[], Any]) -> tuple[Result, Result]:
    """Runs `first` up to its commit and holds it there; runs `second` until it is done or waits for a
    lock `first` holds (a row lock on PostgreSQL, the write lock at BEGIN on SQLite); then lets `first`
    commit and `second` go on."""
    held, release, second_begins = threading.Event(), threading.Event(), threading.Event()
    threads: list[threading.Thread] = []

    def hold(session: Session) -> None:
        if threading.current_thread() is threads[0] and not held.is_set():
            held.set()
            release.wait(WAIT)

    def begins(session: Session, transaction: object) -> None:
        writing = session.bind is not None and session.bind.get_execution_options().get(WRITE_OPTION, False)
        if threading.current_thread() is threads[1] and writing:
            second_begins.set()  # before its BEGIN IMMEDIATE, which waits for the first to commit

    on_sqlite = db.location.sqlite_path is not None

    def second_waits() -> bool:
        return second_begins.is_set() if on_sqlite else _waiting_on_a_lock(db)

    event.listen(Session, "before_commit", hold)
    event.listen(Session, "after_transaction_create", begins)
    try:
        results = Result(), Result()
        threads.extend(threading.Thread(target=_run, args=pair) for pair in zip((first, second), results, strict=True))
        threads[0].start()
        assert held.wait(WAIT), "the first action never reached its commit"
        threads[1].start()
        for _ in range(int(WAIT / 0.02)):
            if not threads[1].is_alive() or second_waits():
                break
            threads[1].join(0.02)
        release.set()
        for thread in threads:
            thread.join(WAIT)
        return results
    finally:
        release.set()
        event.remove(Session, "before_commit", hold)
        event.remove(Session, "after_transaction_create", begins)


def refused(result: Result) -> KnownError:
    assert isinstance(result.error, KnownError), f"expected a refusal with a message, got {result.error!r}"
    return result.error


def test_two_profiles_sent_at_once_do_not_make_five_without_asking(db: Database, make: Factory) -> None:
    mission_id = make.mission()
    for _ in range(3):
        make.application_at(Stage.PROFILE_SENT, mission_id)
    fourth, fifth = (make.application_at(Stage.POSITIONING_CALL, mission_id) for _ in range(2))

    results = interleaved(
        db,
        lambda: move_application(db, fourth, Stage.PROFILE_SENT),
        lambda: move_application(db, fifth, Stage.PROFILE_SENT),
    )

    assert results[0].error is None
    assert isinstance(results[1].error, ConfirmationRequired)
    with db.reading() as session:
        assert session.get_one(Application, fifth).stage == Stage.POSITIONING_CALL
        sent = select(func.count()).select_from(Application).where(Application.stage == Stage.PROFILE_SENT)
        assert session.scalar(sent) == 4


HIRED = OutcomeInput(Outcome.HIRED, start_date=date(2026, 2, 2), daily_rate_cents=62000, sign_later=True)
DECLINED = OutcomeInput(Outcome.DECLINED_BY_FREELANCER, decline_reason=DeclineReason.RATE, details="Wants 750")


def test_two_hires_at_once_make_one_engagement_and_a_message(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    other = OutcomeInput(Outcome.HIRED, start_date=date(2026, 3, 2), daily_rate_cents=70000, sign_later=True)

    results = interleaved(
        db,
        lambda: move_application(db, application_id, Stage.ON_MISSION, outcome=HIRED),
        lambda: move_application(db, application_id, Stage.ON_MISSION, outcome=other),
    )

    assert results[0].error is None
    refused(results[1])
    with db.reading() as session:
        engagements = session.scalars(select(Engagement).where(Engagement.application_id == application_id)).all()
        assert [(e.start_date, e.daily_rate_cents) for e in engagements] == [(date(2026, 2, 2), 62000)]


def test_a_hire_and_a_decline_at_once_leave_one_outcome(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)

    results = interleaved(
        db,
        lambda: move_application(db, application_id, Stage.ON_MISSION, outcome=HIRED),
        lambda: move_application(db, application_id, Stage.ALUMNI, outcome=DECLINED),
    )

    assert results[0].error is None
    refused(results[1])
    with db.reading() as session:
        application = session.get_one(Application, application_id)
        assert (application.stage, application.outcome) == (Stage.ON_MISSION, Outcome.HIRED)
        assert application.decline_reason is None and application.closed_at is None
        stages = session.scalars(select(StageChange.to_stage).where(StageChange.application_id == application_id))
        assert Stage.ALUMNI not in list(stages)


def test_the_same_decision_from_a_board_that_saw_the_old_stage_is_refused(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)

    results = interleaved(
        db,
        lambda: move_application(db, application_id, Stage.ALUMNI, outcome=DECLINED),
        lambda: move_application(
            db, application_id, Stage.ON_MISSION, outcome=HIRED, expected_stage=Stage.FINAL_ANSWER
        ),
    )

    assert results[0].error is None
    refused(results[1])
    with db.reading() as session:
        application = session.get_one(Application, application_id)
        assert (application.stage, application.outcome) == (Stage.ALUMNI, Outcome.DECLINED_BY_FREELANCER)
        assert application.engagement is None


def test_the_same_proposal_made_twice_at_once_is_already_proposed(db: Database, make: Factory) -> None:
    freelancer_id, mission_id = make.freelancer(), make.mission()

    results = interleaved(
        db, lambda: propose(db, freelancer_id, mission_id), lambda: propose(db, freelancer_id, mission_id)
    )

    assert results[0].error is None
    assert "already proposed" in str(refused(results[1]))
    with db.reading() as session:
        assert len(session.scalars(select(Application.id)).all()) == 1


def _person(db: Database, first: str, email: str) -> int:
    return save_profile(db, None, ProfileInput(first_name=first, last_name="Martin", email=email)).id


def test_two_crossed_merges_at_once_keep_one_person_and_say_why(db: Database, make: Factory) -> None:
    left, right = _person(db, "Camille", "camille@example.com"), _person(db, "Camile", "c@example.com")
    make.application(make.mission(), left)
    make.application(make.mission(), right)
    left_side, right_side = merge_sides(db, left, right)

    results = interleaved(
        db,
        lambda: merge_freelancers(db, left, right, left_side.profile),
        lambda: merge_freelancers(db, right, left, right_side.profile),
    )

    assert results[0].error is None
    refused(results[1])
    with db.reading() as session:
        assert session.scalars(select(Freelancer.id)).all() == [left]
        owners = session.scalars(select(Application.freelancer_id)).all()
        assert owners == [left, left]


def test_the_same_email_saved_twice_at_once_is_already_used(db: Database) -> None:
    results = interleaved(
        db,
        lambda: _person(db, "Camille", "camille@example.com"),
        lambda: _person(db, "Camila", "Camille@Example.com"),
    )

    assert results[0].error is None
    assert isinstance(results[1].error, ValidationError)
    assert "email" in results[1].error.field_errors
    with db.reading() as session:
        assert session.scalars(select(Freelancer.first_name)).all() == ["Camille"]


def test_a_merge_taking_an_email_a_colleague_just_saved_says_already_used(db: Database, make: Factory) -> None:
    left, right = _person(db, "Camille", "camille@example.com"), _person(db, "Camile", "c@example.com")
    left_side, _ = merge_sides(db, left, right)
    chosen = replace(left_side.profile, email="new@example.com")

    results = interleaved(
        db,
        lambda: _person(db, "Nadia", "new@example.com"),
        lambda: merge_freelancers(db, left, right, chosen),
    )

    assert results[0].error is None
    assert isinstance(results[1].error, ValidationError)
    assert "email" in results[1].error.field_errors
    with db.reading() as session:
        assert len(session.scalars(select(Freelancer.id)).all()) == 3  # nothing merged


def test_the_same_new_skill_typed_by_two_managers_at_once_is_kept_on_both(db: Database) -> None:
    def with_rust(first: str) -> int:
        return save_profile(db, None, ProfileInput(first_name=first, last_name="Martin", skills=(("Rust", 3),))).id

    results = interleaved(db, lambda: with_rust("Camille"), lambda: with_rust("Nadia"))

    assert results[0].error is None and results[1].error is None
    assert get_file(db, results[0].value).profile.skills == get_file(db, results[1].value).profile.skills
    with db.reading() as session:
        assert session.scalars(select(Skill.key)).all() == ["rust"]


def test_two_offboarding_pages_saved_at_once_are_both_kept(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    engagement_id = move_application(db, application_id, Stage.ON_MISSION, outcome=HIRED).engagement_id
    assert engagement_id is not None
    state = open_offboarding(db, engagement_id)
    handover_items = tuple(ChecklistItem(item.label, True) for item in state.items.get("handover", ()))
    handover = {"handed_to": "Nadia", "what": "Runbooks"}
    feedback = {"mission_view": "Demanding", "integration": "Good", "onboarding_suggestions": "Faster access"}

    results = interleaved(
        db,
        lambda: save_page(db, engagement_id, "handover", handover, handover_items, validate=False),
        lambda: save_page(db, engagement_id, "feedback", feedback, validate=False),
    )

    assert results[0].error is None and results[1].error is None
    answers = open_offboarding(db, engagement_id).answers
    assert answers["handover"] == handover and answers["feedback"] == feedback


def test_an_offboarding_opened_twice_at_once_is_started_once(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    engagement_id = move_application(db, application_id, Stage.ON_MISSION, outcome=HIRED).engagement_id
    assert engagement_id is not None

    results = interleaved(db, lambda: open_offboarding(db, engagement_id), lambda: open_offboarding(db, engagement_id))

    assert results[0].error is None and results[1].error is None
    assert results[0].value.items == results[1].value.items
    with db.reading() as session:
        offboarding = session.scalars(select(Offboarding)).one()
        assert len(offboarding.items) == sum(len(items) for items in results[0].value.items.values())
