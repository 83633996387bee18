"""Every card move the pipeline allows or refuses, as a table of cases (no database)."""

from __future__ import annotations

import pytest

from fms.core.enums import Outcome, Stage
from fms.services.pipeline import MoveKind, MoveRefused, OutcomeRequired, classify_move

S = Stage
O = Outcome  # noqa: E741 - short names keep the table readable

ALLOWED = [
    (S.SOURCED, S.SOURCED, None, MoveKind.REORDER),
    (S.SOURCED, S.POSITIONING_CALL, None, MoveKind.STEP),
    (S.POSITIONING_CALL, S.PROFILE_SENT, None, MoveKind.STEP),
    (S.PROFILE_SENT, S.CLIENT_INTERVIEW, None, MoveKind.STEP),
    (S.CLIENT_INTERVIEW, S.TECHNICAL_INTERVIEW, None, MoveKind.STEP),
    (S.CLIENT_INTERVIEW, S.FINAL_ANSWER, None, MoveKind.STEP),  # the technical test is optional
    (S.TECHNICAL_INTERVIEW, S.FINAL_ANSWER, None, MoveKind.STEP),
    (S.PROFILE_SENT, S.SOURCED, None, MoveKind.STEP),
    (S.FINAL_ANSWER, S.ON_MISSION, O.HIRED, MoveKind.HIRE),
    (S.FINAL_ANSWER, S.ALUMNI, O.DECLINED_BY_FREELANCER, MoveKind.CLOSE),
    (S.FINAL_ANSWER, S.ALUMNI, O.REJECTED_BY_CLIENT, MoveKind.CLOSE),
    (S.FINAL_ANSWER, S.ALUMNI, O.WITHDRAWN, MoveKind.CLOSE),
    (S.CLIENT_INTERVIEW, S.ALUMNI, O.WITHDRAWN, MoveKind.CLOSE),  # lost to another mission mid-way
    (S.SOURCED, S.ALUMNI, O.DECLINED_BY_FREELANCER, MoveKind.CLOSE),
    (S.ON_MISSION, S.OFFBOARDING, None, MoveKind.START_OFFBOARDING),
    (S.OFFBOARDING, S.ON_MISSION, None, MoveKind.RESUME_MISSION),
    (S.OFFBOARDING, S.ALUMNI, None, MoveKind.FINISH_OFFBOARDING),
    (S.ALUMNI, S.ALUMNI, None, MoveKind.REORDER),
]

REFUSED = [
    (S.SOURCED, S.PROFILE_SENT, None),  # one stage at a time
    (S.POSITIONING_CALL, S.CLIENT_INTERVIEW, None),
    (S.PROFILE_SENT, S.FINAL_ANSWER, None),
    (S.CLIENT_INTERVIEW, S.ON_MISSION, O.HIRED),  # only from Final answer
    (S.SOURCED, S.OFFBOARDING, None),
    (S.FINAL_ANSWER, S.OFFBOARDING, None),
    (S.FINAL_ANSWER, S.CLIENT_INTERVIEW, O.WITHDRAWN),
    (S.FINAL_ANSWER, S.CLIENT_INTERVIEW, None),  # an outcome is required to leave Final answer
    (S.ON_MISSION, S.ALUMNI, None),  # offboard first
    (S.ON_MISSION, S.FINAL_ANSWER, None),
    (S.OFFBOARDING, S.SOURCED, None),
    (S.ALUMNI, S.SOURCED, None),  # closed for good
    (S.ALUMNI, S.ON_MISSION, O.HIRED),
]

NEEDS_OUTCOME = [
    (S.FINAL_ANSWER, S.ON_MISSION, None, (O.HIRED,)),
    (S.FINAL_ANSWER, S.ON_MISSION, O.WITHDRAWN, (O.HIRED,)),
    (S.FINAL_ANSWER, S.ALUMNI, None, (O.DECLINED_BY_FREELANCER, O.REJECTED_BY_CLIENT, O.WITHDRAWN)),
    (S.FINAL_ANSWER, S.ALUMNI, O.HIRED, (O.DECLINED_BY_FREELANCER, O.REJECTED_BY_CLIENT, O.WITHDRAWN)),
    (S.PROFILE_SENT, S.ALUMNI, None, (O.DECLINED_BY_FREELANCER, O.REJECTED_BY_CLIENT, O.WITHDRAWN)),
]


@pytest.mark.parametrize(("source", "target", "outcome", "kind"), ALLOWED)
def test_allowed_moves(source: Stage, target: Stage, outcome: Outcome | None, kind: MoveKind) -> None:
    assert classify_move(source, target, outcome) == kind


@pytest.mark.parametrize(("source", "target", "outcome"), REFUSED)
def test_refused_moves_say_why(source: Stage, target: Stage, outcome: Outcome | None) -> None:
    with pytest.raises(MoveRefused) as refused:
        classify_move(source, target, outcome)
    assert refused.value.message.strip()


@pytest.mark.parametrize(("source", "target", "outcome", "allowed"), NEEDS_OUTCOME)
def test_leaving_the_decision_needs_an_outcome(
    source: Stage, target: Stage, outcome: Outcome | None, allowed: tuple[Outcome, ...]
) -> None:
    with pytest.raises(OutcomeRequired) as required:
        classify_move(source, target, outcome)
    assert required.value.allowed == allowed


def test_skipping_a_stage_names_the_next_one_in_plain_words() -> None:
    with pytest.raises(MoveRefused) as refused:
        classify_move(S.SOURCED, S.PROFILE_SENT, None)
    assert "Positioning call" in refused.value.message
