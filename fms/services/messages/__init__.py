"""Messages to people: editable templates in English and French, drafts filled from the data, sending logged."""

from __future__ import annotations

from fms.services.messages.drafts import (
    MessageContext,
    MessageDraft,
    draft_message,
    get_template,
    list_templates,
    message_contexts,
    record_message_sent,
    reset_template,
    save_template,
)
from fms.services.messages.templates import (
    KIND_LABELS,
    LANGUAGES,
    PLACEHOLDERS,
    TO_CLIENT,
    MessageKind,
    Template,
    check_template,
    unknown_placeholders,
)

__all__ = [
    "KIND_LABELS",
    "LANGUAGES",
    "MessageContext",
    "MessageDraft",
    "MessageKind",
    "PLACEHOLDERS",
    "TO_CLIENT",
    "Template",
    "check_template",
    "draft_message",
    "get_template",
    "list_templates",
    "message_contexts",
    "record_message_sent",
    "reset_template",
    "save_template",
    "unknown_placeholders",
]
