"""The end of a mission: the offboarding wizard's pages, their rules and the checklist template.

The names below are what the floor above (the UI, the command line, the tests) may call; the
helpers that work inside a caller's transaction stay in their modules.
"""

from __future__ import annotations

from fms.services.offboarding.rules import PAGES, TRACE_NOTE_MAX, ChecklistItem, parse_date
from fms.services.offboarding.template import CHECKLIST_PAGES, default_template, read_template, save_template
from fms.services.offboarding.wizard import (
    FinishResult,
    OffboardingState,
    finish_offboarding,
    open_offboarding,
    save_page,
)

__all__ = [
    "CHECKLIST_PAGES",
    "ChecklistItem",
    "FinishResult",
    "OffboardingState",
    "PAGES",
    "TRACE_NOTE_MAX",
    "default_template",
    "finish_offboarding",
    "open_offboarding",
    "parse_date",
    "read_template",
    "save_page",
    "save_template",
]
