"""Which card moves the pipeline allows, as pure functions of the stages and outcome.

The stages and outcomes come from PRODUCT.md. Forward moves go one stage at a time (the
technical interview may be skipped); before the final answer a card may go back to correct
a mistake or add an interview; leaving the final answer needs an outcome (hired, or a
closing one); a closed card (Alumni) never moves again.
"""

from __future__ import annotations

from enum import Enum, auto

from fms.core.enums import Outcome, Stage
from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP

PROFILES_SENT_LIMIT = 4

BEFORE_DECISION = (
    Stage.SOURCED,
    Stage.POSITIONING_CALL,
    Stage.PROFILE_SENT,
    Stage.CLIENT_INTERVIEW,
    Stage.TECHNICAL_INTERVIEW,
    Stage.FINAL_ANSWER,
)
CLOSING_OUTCOMES = (Outcome.DECLINED_BY_FREELANCER, Outcome.REJECTED_BY_CLIENT, Outcome.WITHDRAWN)


class MoveKind(Enum):
    """What a move does beyond changing the stage."""

    REORDER = auto()
    STEP = auto()
    HIRE = auto()
    CLOSE = auto()
    START_OFFBOARDING = auto()
    RESUME_MISSION = auto()
    FINISH_OFFBOARDING = auto()


class MoveRefused(KnownError):
    """The rules forbid this move; the message says why."""


class OutcomeRequired(KnownError):
    """The move is allowed once the caller gives an outcome (and its details)."""

    def __init__(self, template: str, allowed: tuple[Outcome, ...], **params: object) -> None:
        self.allowed = allowed
        super().__init__(template, **params)


def classify_move(from_stage: Stage, to_stage: Stage, outcome: Outcome | None) -> MoveKind:
    """The kind of a move, or `MoveRefused`/`OutcomeRequired` saying what stands in the way."""
    if from_stage == to_stage:
        return MoveKind.REORDER
    if from_stage == Stage.ALUMNI:
        raise MoveRefused(
            QT_TRANSLATE_NOOP(
                "errors", "This application is closed. Propose the freelancer again to open a new application."
            )
        )
    if from_stage in BEFORE_DECISION:
        return _classify_before_decision(from_stage, to_stage, outcome)
    return _classify_after_hire(from_stage, to_stage)


def _classify_before_decision(from_stage: Stage, to_stage: Stage, outcome: Outcome | None) -> MoveKind:
    if to_stage == Stage.ON_MISSION:
        if from_stage != Stage.FINAL_ANSWER:
            raise MoveRefused(QT_TRANSLATE_NOOP("errors", "Only a freelancer at Final answer can start a mission."))
        if outcome != Outcome.HIRED:
            raise OutcomeRequired(
                QT_TRANSLATE_NOOP("errors", "Record the hiring (start date and daily rate) to start the mission."),
                allowed=(Outcome.HIRED,),
            )
        return MoveKind.HIRE
    if to_stage == Stage.ALUMNI:
        if outcome not in CLOSING_OUTCOMES:
            raise OutcomeRequired(
                QT_TRANSLATE_NOOP(
                    "errors", "Say how it ended (declined, rejected or withdrawn) to close this application."
                ),
                allowed=CLOSING_OUTCOMES,
            )
        return MoveKind.CLOSE
    if to_stage not in BEFORE_DECISION:
        raise MoveRefused(QT_TRANSLATE_NOOP("errors", "A freelancer who was not hired cannot go to offboarding."))
    if from_stage == Stage.FINAL_ANSWER:
        raise MoveRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "Leaving Final answer needs an outcome: move the card to On mission if hired, or to Alumni.",
            )
        )
    if to_stage.order < from_stage.order or to_stage in _next_stages(from_stage):
        return MoveKind.STEP
    raise MoveRefused(
        QT_TRANSLATE_NOOP("errors", "Stages are taken one at a time: move the card to {stage} first."),
        stage=_next_stages(from_stage)[0],
    )


def _next_stages(stage: Stage) -> tuple[Stage, ...]:
    if stage == Stage.CLIENT_INTERVIEW:
        return (Stage.TECHNICAL_INTERVIEW, Stage.FINAL_ANSWER)
    return (list(Stage)[stage.order + 1],)


def _classify_after_hire(from_stage: Stage, to_stage: Stage) -> MoveKind:
    if from_stage == Stage.ON_MISSION and to_stage == Stage.OFFBOARDING:
        return MoveKind.START_OFFBOARDING
    if from_stage == Stage.OFFBOARDING and to_stage == Stage.ON_MISSION:
        return MoveKind.RESUME_MISSION
    if from_stage == Stage.OFFBOARDING and to_stage == Stage.ALUMNI:
        return MoveKind.FINISH_OFFBOARDING
    if from_stage == Stage.ON_MISSION and to_stage == Stage.ALUMNI:
        raise MoveRefused(QT_TRANSLATE_NOOP("errors", "Run the offboarding before the freelancer joins the alumni."))
    raise MoveRefused(
        QT_TRANSLATE_NOOP("errors", "The freelancer is hired: a card on mission cannot go back to recruiting stages.")
    )
