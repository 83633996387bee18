"""The board: cards, moves with their rules, undo, outcomes and answers, agreements, engagements.

The names below are what the floor above (the UI, the command line, the tests) may call; the
helpers that work inside a caller's transaction stay in their modules.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fms.services.pipeline.agreements import (
        AgreementsMissing,
        SignedAgreement,
        agreements_missing,
        signed_agreement_errors,
    )
    from fms.services.pipeline.answer_rows import OwedAnswer
    from fms.services.pipeline.answers import (
        Answer,
        answers_owed,
        answers_owed_count,
        applications_owing_feedback,
        get_answer,
        mark_feedback_sent,
        redraft_answer,
        save_answer,
    )
    from fms.services.pipeline.card import CLOSED_COLUMN, Card, column_of
    from fms.services.pipeline.cards import card_history, load_card, load_cards
    from fms.services.pipeline.choices import MissionChoice, mission_choices
    from fms.services.pipeline.columns import (
        CardFilter,
        card_passes,
        column_counts,
        column_keys,
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
        RecontactPlan,
        due_recontacts,
        get_recontact,
        propose_recontact_after,
        set_recontact,
    )
    from fms.services.pipeline.recontact_rows import Recontact
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
    from fms.services.pipeline.undoable_moves import UndoableMove, undoable_move

# Each name is imported from its module when first asked for: the start-up preview imports
# `card` and `preview` without the ORM the other modules load.
_LAZY = {
    "AgreementsMissing": "fms.services.pipeline.agreements",
    "SignedAgreement": "fms.services.pipeline.agreements",
    "agreements_missing": "fms.services.pipeline.agreements",
    "signed_agreement_errors": "fms.services.pipeline.agreements",
    "Answer": "fms.services.pipeline.answers",
    "OwedAnswer": "fms.services.pipeline.answer_rows",
    "answers_owed": "fms.services.pipeline.answers",
    "answers_owed_count": "fms.services.pipeline.answers",
    "applications_owing_feedback": "fms.services.pipeline.answers",
    "get_answer": "fms.services.pipeline.answers",
    "mark_feedback_sent": "fms.services.pipeline.answers",
    "redraft_answer": "fms.services.pipeline.answers",
    "save_answer": "fms.services.pipeline.answers",
    "Card": "fms.services.pipeline.card",
    "card_history": "fms.services.pipeline.cards",
    "load_card": "fms.services.pipeline.cards",
    "load_cards": "fms.services.pipeline.cards",
    "MissionChoice": "fms.services.pipeline.choices",
    "mission_choices": "fms.services.pipeline.choices",
    "CLOSED_COLUMN": "fms.services.pipeline.card",
    "CardFilter": "fms.services.pipeline.columns",
    "card_passes": "fms.services.pipeline.columns",
    "column_counts": "fms.services.pipeline.columns",
    "column_keys": "fms.services.pipeline.columns",
    "column_of": "fms.services.pipeline.card",
    "load_cards_by_id": "fms.services.pipeline.columns",
    "EngagementRow": "fms.services.pipeline.engagements",
    "ending_soon": "fms.services.pipeline.engagements",
    "engagement_of_application": "fms.services.pipeline.engagements",
    "get_engagement": "fms.services.pipeline.engagements",
    "renew": "fms.services.pipeline.engagements",
    "renewal_rate": "fms.services.pipeline.engagements",
    "Draft": "fms.services.pipeline.feedback",
    "owed_to_client": "fms.services.pipeline.feedback",
    "ConfirmationRequired": "fms.services.pipeline.moves",
    "MovedElsewhere": "fms.services.pipeline.moves",
    "move_application": "fms.services.pipeline.moves",
    "OutcomeInput": "fms.services.pipeline.outcomes",
    "preview_closing": "fms.services.pipeline.outcomes",
    "propose": "fms.services.pipeline.proposals",
    "propose_many": "fms.services.pipeline.proposals",
    "NotASilverMedallist": "fms.services.pipeline.recontact",
    "Recontact": "fms.services.pipeline.recontact_rows",
    "RecontactPlan": "fms.services.pipeline.recontact",
    "due_recontacts": "fms.services.pipeline.recontact",
    "get_recontact": "fms.services.pipeline.recontact",
    "propose_recontact_after": "fms.services.pipeline.recontact",
    "set_recontact": "fms.services.pipeline.recontact",
    "BEFORE_DECISION": "fms.services.pipeline.rules",
    "CLOSING_OUTCOMES": "fms.services.pipeline.rules",
    "PROFILES_SENT_LIMIT": "fms.services.pipeline.rules",
    "MoveKind": "fms.services.pipeline.rules",
    "MoveRefused": "fms.services.pipeline.rules",
    "OutcomeRequired": "fms.services.pipeline.rules",
    "classify_move": "fms.services.pipeline.rules",
    "ApplicationState": "fms.services.pipeline.state",
    "profiles_sent_count": "fms.services.pipeline.state",
    "ApplicationSnapshot": "fms.services.pipeline.undo",
    "UndoRefused": "fms.services.pipeline.undo",
    "archive_application": "fms.services.pipeline.undo",
    "restore_snapshot": "fms.services.pipeline.undo",
    "take_snapshot": "fms.services.pipeline.undo",
    "UndoableMove": "fms.services.pipeline.undoable_moves",
    "undoable_move": "fms.services.pipeline.undoable_moves",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value  # found by the next lookup without coming here
    return value


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
    "UndoableMove",
    "undoable_move",
]
