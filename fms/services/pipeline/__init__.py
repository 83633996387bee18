"""The board: cards, moves with their rules, undo, outcomes and answers, agreements, engagements.

The names below are what the floor above (the UI, the command line, the tests) may call; the
helpers that work inside a caller's transaction stay in their modules.
"""

from __future__ import annotations

from fms.services.pipeline.agreements import (
    AgreementsMissing,
    SignedAgreement,
    agreements_missing,
    signed_agreement_errors,
)
from fms.services.pipeline.answers import (
    Answer,
    OwedAnswer,
    answers_owed,
    answers_owed_count,
    applications_owing_feedback,
    get_answer,
    mark_feedback_sent,
    redraft_answer,
    save_answer,
)
from fms.services.pipeline.cards import Card, card_history, freelancers_with_skill, load_card, load_cards
from fms.services.pipeline.choices import MissionChoice, mission_choices
from fms.services.pipeline.columns import (
    CLOSED_COLUMN,
    CardFilter,
    card_passes,
    column_counts,
    column_keys,
    column_of,
    load_cards_by_id,
)
from fms.services.pipeline.engagements import (
    EngagementRow,
    ending_soon,
    engagement_of_application,
    get_engagement,
    renew,
    renewal_rate,
)
from fms.services.pipeline.feedback import Draft, owed_to_client
from fms.services.pipeline.moves import ConfirmationRequired, MovedElsewhere, move_application
from fms.services.pipeline.outcomes import OutcomeInput, preview_closing
from fms.services.pipeline.proposals import propose, propose_many
from fms.services.pipeline.recontact import (
    NotASilverMedallist,
    Recontact,
    RecontactPlan,
    due_recontacts,
    get_recontact,
    propose_recontact_after,
    set_recontact,
)
from fms.services.pipeline.rules import (
    BEFORE_DECISION,
    CLOSING_OUTCOMES,
    PROFILES_SENT_LIMIT,
    MoveKind,
    MoveRefused,
    OutcomeRequired,
    classify_move,
)
from fms.services.pipeline.state import ApplicationState, profiles_sent_count
from fms.services.pipeline.undo import (
    ApplicationSnapshot,
    UndoRefused,
    archive_application,
    restore_snapshot,
    take_snapshot,
)

__all__ = [
    "MissionChoice",
    "mission_choices",
    "NotASilverMedallist",
    "Recontact",
    "RecontactPlan",
    "due_recontacts",
    "get_recontact",
    "propose_recontact_after",
    "set_recontact",
    "AgreementsMissing",
    "SignedAgreement",
    "agreements_missing",
    "signed_agreement_errors",
    "Answer",
    "ApplicationSnapshot",
    "ApplicationState",
    "BEFORE_DECISION",
    "CLOSING_OUTCOMES",
    "Card",
    "ConfirmationRequired",
    "Draft",
    "EngagementRow",
    "MoveKind",
    "MoveRefused",
    "MovedElsewhere",
    "OutcomeInput",
    "OutcomeRequired",
    "OwedAnswer",
    "PROFILES_SENT_LIMIT",
    "UndoRefused",
    "answers_owed",
    "answers_owed_count",
    "applications_owing_feedback",
    "archive_application",
    "card_history",
    "classify_move",
    "ending_soon",
    "engagement_of_application",
    "freelancers_with_skill",
    "CLOSED_COLUMN",
    "CardFilter",
    "card_passes",
    "column_counts",
    "column_keys",
    "column_of",
    "load_cards_by_id",
    "get_answer",
    "get_engagement",
    "load_card",
    "load_cards",
    "mark_feedback_sent",
    "move_application",
    "owed_to_client",
    "preview_closing",
    "profiles_sent_count",
    "propose",
    "propose_many",
    "redraft_answer",
    "renew",
    "renewal_rate",
    "restore_snapshot",
    "save_answer",
    "take_snapshot",
]
