"""The pipeline rules applied to a real database: history, limits, outcomes, all or nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from fms.core.enums import DeclineReason, MissionStatus, Outcome, Stage
from fms.core.errors import KnownError, ValidationError
from fms.models import ActivityEntry, Application, Engagement, Interview, Mission, Offboarding, StageChange
from fms.services.pipeline import (
    ConfirmationRequired,
    MoveRefused,
    OutcomeInput,
    OutcomeRequired,
    applications_owing_feedback,
    mark_feedback_sent,
    move_application,
    profiles_sent_count,
)
from fms.storage.database import Database
from tests.conftest import Factory


def history(db: Database, application_id: int) -> list[tuple[Stage | None, Stage]]:
    with db.reading() as session:
        rows = session.execute(
            select(StageChange.from_stage, StageChange.to_stage)
            .where(StageChange.application_id == application_id)
            .order_by(StageChange.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def snapshot(db: Database) -> dict[str, int]:
    """Row counts of what a move may write, to prove a refused move wrote nothing."""
    with db.reading() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Application, StageChange, Engagement, ActivityEntry, Offboarding)
        }


def stage_of(db: Database, application_id: int) -> Stage:
    with db.reading() as session:
        return session.get_one(Application, application_id).stage


def test_a_proposal_starts_in_sourced_with_its_history(db: Database, make: Factory) -> None:
    application_id = make.application()
    assert stage_of(db, application_id) == Stage.SOURCED
    assert history(db, application_id) == [(None, Stage.SOURCED)]


def test_proposing_twice_for_the_same_mission_is_refused(db: Database, make: Factory) -> None:
    mission_id, freelancer_id = make.mission(), make.freelancer()
    make.application(mission_id, freelancer_id)
    with pytest.raises(KnownError, match="already proposed"):
        make.application(mission_id, freelancer_id)


def test_each_move_is_recorded_with_who_and_when(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.CLIENT_INTERVIEW)
    assert history(db, application_id) == [
        (None, Stage.SOURCED),
        (Stage.SOURCED, Stage.POSITIONING_CALL),
        (Stage.POSITIONING_CALL, Stage.PROFILE_SENT),
        (Stage.PROFILE_SENT, Stage.CLIENT_INTERVIEW),
    ]
    with db.reading() as session:
        actors = set(session.scalars(select(StageChange.changed_by)))
        logged = session.scalar(select(func.count()).where(ActivityEntry.action == "stage_changed"))
    assert actors == {db.actor}
    assert logged == 3


def test_a_refused_move_changes_nothing(db: Database, make: Factory) -> None:
    application_id = make.application()
    before = snapshot(db)
    with pytest.raises(MoveRefused):
        move_application(db, application_id, Stage.CLIENT_INTERVIEW)
    assert snapshot(db) == before
    assert stage_of(db, application_id) == Stage.SOURCED


def test_a_fifth_profile_needs_confirmation(db: Database, make: Factory) -> None:
    mission_id = make.mission()
    for _ in range(4):
        make.application_at(Stage.PROFILE_SENT, mission_id, confirm=False)
    fifth = make.application_at(Stage.POSITIONING_CALL, mission_id)
    with pytest.raises(ConfirmationRequired) as asked:
        move_application(db, fifth, Stage.PROFILE_SENT)
    assert asked.value.params["count"] == 4
    assert stage_of(db, fifth) == Stage.POSITIONING_CALL
    move_application(db, fifth, Stage.PROFILE_SENT, confirm_over_limit=True)
    assert stage_of(db, fifth) == Stage.PROFILE_SENT
    with db.reading() as session:
        assert profiles_sent_count(session, mission_id) == 5


def test_a_profile_already_sent_does_not_count_twice(db: Database, make: Factory) -> None:
    mission_id = make.mission()
    for _ in range(3):
        make.application_at(Stage.PROFILE_SENT, mission_id)
    fourth = make.application_at(Stage.PROFILE_SENT, mission_id)
    move_application(db, fourth, Stage.POSITIONING_CALL)
    move_application(db, fourth, Stage.PROFILE_SENT)  # back again: still the fourth, no question
    assert stage_of(db, fourth) == Stage.PROFILE_SENT


def test_the_limit_counts_per_mission(db: Database, make: Factory) -> None:
    for _ in range(4):
        make.application_at(Stage.PROFILE_SENT, make.mission(), confirm=False)
    make.application_at(Stage.PROFILE_SENT, make.mission(), confirm=False)


def test_hiring_creates_the_engagement_and_staffs_the_mission(db: Database, make: Factory) -> None:
    mission_id = make.mission()
    application_id = make.application_at(Stage.FINAL_ANSWER, mission_id)
    with pytest.raises(OutcomeRequired):
        move_application(db, application_id, Stage.ON_MISSION)
    state = move_application(
        db,
        application_id,
        Stage.ON_MISSION,
        outcome=OutcomeInput(Outcome.HIRED, start_date=date(2026, 2, 2), daily_rate_cents=62000, sign_later=True),
    )
    assert state.stage == Stage.ON_MISSION and state.outcome == Outcome.HIRED
    assert state.engagement_id is not None and not state.feedback_owed
    with db.reading() as session:
        engagement = session.get_one(Engagement, state.engagement_id)
        assert (engagement.start_date, engagement.planned_end_date) == (date(2026, 2, 2), date(2026, 6, 30))
        assert engagement.daily_rate_cents == 62000
        assert session.get_one(Mission, mission_id).status == MissionStatus.STAFFED


def test_hiring_without_a_start_date_is_refused_and_writes_nothing(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    before = snapshot(db)
    with pytest.raises(ValidationError) as invalid:
        move_application(db, application_id, Stage.ON_MISSION, outcome=OutcomeInput(Outcome.HIRED))
    assert set(invalid.value.field_errors) == {"start_date"}
    assert snapshot(db) == before


def test_hiring_refuses_an_end_before_the_start(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    outcome = OutcomeInput(Outcome.HIRED, start_date=date(2026, 3, 1), planned_end_date=date(2026, 2, 1))
    with pytest.raises(ValidationError) as invalid:
        move_application(db, application_id, Stage.ON_MISSION, outcome=outcome)
    assert set(invalid.value.field_errors) == {"planned_end_date"}


def test_declining_needs_a_reason(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    with pytest.raises(ValidationError) as invalid:
        move_application(db, application_id, Stage.ALUMNI, outcome=OutcomeInput(Outcome.DECLINED_BY_FREELANCER))
    assert set(invalid.value.field_errors) == {"decline_reason"}
    outcome = OutcomeInput(Outcome.DECLINED_BY_FREELANCER, decline_reason=DeclineReason.RATE, details="Wants 750")
    state = move_application(db, application_id, Stage.ALUMNI, outcome=outcome)
    assert state.stage == Stage.ALUMNI and state.feedback_owed
    with db.reading() as session:
        application = session.get_one(Application, application_id)
        assert (application.decline_reason, application.outcome_details) == (DeclineReason.RATE, "Wants 750")


def test_a_rejection_needs_the_clients_justification_and_drafts_feedback(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    with db.transaction() as session:
        from datetime import UTC, datetime

        from fms.core.enums import InterviewKind

        session.add(
            Interview(
                application_id=application_id,
                kind=InterviewKind.CLIENT,
                scheduled_at=datetime(2026, 1, 10, 9, tzinfo=UTC),
                notes="Clear on architecture trade-offs.",
            )
        )
    with pytest.raises(ValidationError) as invalid:
        move_application(db, application_id, Stage.ALUMNI, outcome=OutcomeInput(Outcome.REJECTED_BY_CLIENT))
    assert set(invalid.value.field_errors) == {"client_justification"}
    outcome = OutcomeInput(Outcome.REJECTED_BY_CLIENT, client_justification="Needed more payments experience.")
    move_application(db, application_id, Stage.ALUMNI, outcome=outcome)
    with db.reading() as session:
        draft = session.get_one(Application, application_id).feedback_draft
    assert "In the client's words: “Needed more payments experience.”" in draft
    assert "Clear on architecture trade-offs." not in draft  # our notes stay internal
    assert draft.startswith("Hello Camille")


def test_rejection_feedback_drafts_in_french(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    outcome = OutcomeInput(Outcome.REJECTED_BY_CLIENT, client_justification="Profil trop junior.")
    move_application(db, application_id, Stage.ALUMNI, outcome=outcome, feedback_language="fr")
    with db.reading() as session:
        draft = session.get_one(Application, application_id).feedback_draft
    assert draft.startswith("Bonjour Camille") and "Profil trop junior." in draft


def test_withdrawal_needs_to_say_why(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.CLIENT_INTERVIEW)
    with pytest.raises(ValidationError) as invalid:
        move_application(db, application_id, Stage.ALUMNI, outcome=OutcomeInput(Outcome.WITHDRAWN, details="  "))
    assert set(invalid.value.field_errors) == {"details"}
    outcome = OutcomeInput(Outcome.WITHDRAWN, details="Took another mission")
    assert move_application(db, application_id, Stage.ALUMNI, outcome=outcome).stage == Stage.ALUMNI


def test_every_candidate_gets_an_answer(db: Database, make: Factory) -> None:
    closed = make.application_at(Stage.FINAL_ANSWER)
    move_application(db, closed, Stage.ALUMNI, outcome=OutcomeInput(Outcome.WITHDRAWN, details="No news"))
    still_open = make.application_at(Stage.CLIENT_INTERVIEW)
    assert applications_owing_feedback(db) == [closed]
    assert mark_feedback_sent(db, closed).feedback_owed is False
    assert applications_owing_feedback(db) == []
    assert still_open not in applications_owing_feedback(db)


def test_an_application_closed_is_closed_for_good(db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    move_application(db, application_id, Stage.ALUMNI, outcome=OutcomeInput(Outcome.WITHDRAWN, details="Gone"))
    with pytest.raises(MoveRefused):
        move_application(db, application_id, Stage.SOURCED)


def hired(db: Database, make: Factory) -> int:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    outcome = OutcomeInput(Outcome.HIRED, start_date=date(2026, 2, 2), sign_later=True)
    move_application(db, application_id, Stage.ON_MISSION, outcome=outcome)
    return application_id


def test_offboarding_must_be_finished_before_alumni(db: Database, make: Factory) -> None:
    application_id = hired(db, make)
    move_application(db, application_id, Stage.OFFBOARDING)
    with db.reading() as session:
        offboarding = session.scalars(select(Offboarding)).one()
        assert offboarding.completed_at is None
    with pytest.raises(MoveRefused, match="offboarding"):
        move_application(db, application_id, Stage.ALUMNI)
    with db.transaction() as session:
        from datetime import UTC, datetime

        session.get_one(Offboarding, offboarding.id).completed_at = datetime.now(UTC)
    assert move_application(db, application_id, Stage.ALUMNI).stage == Stage.ALUMNI


def test_offboarding_can_be_put_off_without_a_second_checklist(db: Database, make: Factory) -> None:
    application_id = hired(db, make)
    move_application(db, application_id, Stage.OFFBOARDING)
    move_application(db, application_id, Stage.ON_MISSION)
    move_application(db, application_id, Stage.OFFBOARDING)
    with db.reading() as session:
        assert session.scalar(select(func.count(Offboarding.id))) == 1


def column(db: Database, stage: Stage) -> list[int]:
    with db.reading() as session:
        return list(
            session.scalars(
                select(Application.id).where(Application.stage == stage).order_by(Application.position, Application.id)
            )
        )


def test_cards_are_placed_where_they_are_dropped(db: Database, make: Factory) -> None:
    first, second, third = (make.application() for _ in range(3))
    assert column(db, Stage.SOURCED) == [first, second, third]
    move_application(db, third, Stage.SOURCED, before_id=first)
    assert column(db, Stage.SOURCED) == [third, first, second]
    move_application(db, third, Stage.SOURCED)
    assert column(db, Stage.SOURCED) == [first, second, third]
    assert history(db, third) == [(None, Stage.SOURCED)]  # reordering is not a stage change


def test_a_crowded_column_is_spread_again(db: Database, make: Factory) -> None:
    first, second, moving = (make.application() for _ in range(3))
    with db.transaction() as session:
        session.get_one(Application, first).position = 10
        session.get_one(Application, second).position = 11
    move_application(db, moving, Stage.SOURCED, before_id=second)
    assert column(db, Stage.SOURCED) == [first, moving, second]


def test_a_drop_beside_tied_cards_lands_just_before_the_target(db: Database, make: Factory) -> None:
    first, second, moving = (make.application() for _ in range(3))
    with db.transaction() as session:
        session.get_one(Application, first).position = 5000
        session.get_one(Application, second).position = 5000
    move_application(db, moving, Stage.SOURCED, before_id=second)
    assert column(db, Stage.SOURCED) == [first, moving, second]


def test_cards_are_built_from_named_columns_whatever_their_order(db: Database, make: Factory) -> None:
    from fms.services.pipeline.cards import _card_query, _cards

    make.application_at(Stage.CLIENT_INTERVIEW)
    make.application()
    query = _card_query()
    reordered = query.with_only_columns(*reversed(query.selected_columns))
    with db.reading() as session:
        cards = _cards(session, query)
        assert {card.stage for card in cards} == {Stage.SOURCED, Stage.CLIENT_INTERVIEW}
        assert _cards(session, reordered) == cards
