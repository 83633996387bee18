"""What each page of the offboarding must hold before going on: pure functions of the answers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from fms.core import limits
from fms.core.enums import ContactChannel, OffboardingPage, RehireStatus
from fms.core.errors import Message
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.services.common.bounds import TOO_LONG, check_date, check_length

PAGES = tuple(page.value for page in OffboardingPage)
TRACE_NOTE_MAX = 600


@dataclass(frozen=True)
class ChecklistItem:
    label: str
    done: bool = False
    comment: str = ""


def parse_date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def page_errors(
    page: str, answers: dict[str, Any], items: Sequence[ChecklistItem], start: date, today: date
) -> dict[str, str]:
    """Field -> message for one page; "items" names the checklist."""
    errors: dict[str, str] = {}

    def require(field: str, message: str) -> None:
        if not str(answers.get(field) or "").strip():
            errors[field] = message

    if any(not item.done and not item.comment.strip() for item in items):
        errors["items"] = QT_TRANSLATE_NOOP("errors", "An item left unchecked needs a word on why, to go on.")
    elif any(len(item.comment.strip()) > limits.SHORT_TEXT for item in items):
        errors["items"] = Message(TOO_LONG, limit=limits.SHORT_TEXT)
    for field, value in answers.items():
        if isinstance(value, str):
            check_length(errors, field, value, limits.LONG_TEXT)
    for field in ("follow_up_on", "contract_end"):
        check_date(errors, field, parse_date(answers.get(field)))
    if page == "handover":
        require("handed_to", QT_TRANSLATE_NOOP("errors", "Say to whom the work was handed over."))
    elif page == "feedback":
        require("mission_view", QT_TRANSLATE_NOOP("errors", "Write the freelancer's view of the mission."))
    elif page == "recommendation":
        require("text", QT_TRANSLATE_NOOP("errors", "Write the recommendation."))
        if not limits.MIN_SCORE <= int(answers.get("rating") or 0) <= limits.MAX_SCORE:
            errors["rating"] = QT_TRANSLATE_NOOP("errors", "The rating goes from 1 to 5.")
        rehire = answers.get("rehire")
        if rehire not in (RehireStatus.WOULD_REHIRE.value, RehireStatus.DO_NOT_REHIRE.value):
            errors["rehire"] = QT_TRANSLATE_NOOP("errors", "Say whether we would work with this freelancer again.")
        elif rehire == RehireStatus.DO_NOT_REHIRE.value:
            require("reason", QT_TRANSLATE_NOOP("errors", "Give the reason, kept private in the file."))
    elif page == "trace":
        require("note", QT_TRANSLATE_NOOP("errors", "Write the note for future managers."))
        if len(str(answers.get("note") or "")) > TRACE_NOTE_MAX:
            errors["note"] = QT_TRANSLATE_NOOP("errors", "Keep the note short: 600 characters at most.")
    elif page == "keep_in_touch":
        if answers.get("channel") not in {channel.value for channel in ContactChannel}:
            errors["channel"] = QT_TRANSLATE_NOOP("errors", "Choose the preferred channel.")
        follow_up = parse_date(answers.get("follow_up_on"))
        if answers.get("consent") and follow_up is None:
            errors["follow_up_on"] = QT_TRANSLATE_NOOP("errors", "Choose when to get back in touch.")
        elif "follow_up_on" not in errors and follow_up is not None and follow_up < today:
            errors["follow_up_on"] = QT_TRANSLATE_NOOP("errors", "The first follow-up cannot be in the past.")
    elif page == "admin":
        end = parse_date(answers.get("contract_end"))
        if end is None:
            errors["contract_end"] = QT_TRANSLATE_NOOP("errors", "Give the contract's end date.")
        elif "contract_end" not in errors and end < start:
            errors["contract_end"] = QT_TRANSLATE_NOOP("errors", "The contract cannot end before the mission started.")
    return errors
