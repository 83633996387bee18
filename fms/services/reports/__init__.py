"""Letters and profile sheets drafted from the database and rendered by `fms.reports`.

The names below are what the floor above (the UI, the command line, the tests) may call; the
helpers that work inside a caller's transaction stay in their modules.
"""

from __future__ import annotations

from fms.services.reports.letterhead import KEYS, UNNAMED_COMPANY, company, keep_images
from fms.services.reports.letters import (
    LetterDraft,
    LetterInput,
    create_letter,
    engagements_for_letters,
    letter_draft,
    preview_letter,
)
from fms.services.reports.sheets import profile_sheet_pdf, profile_sheet_pdfs

__all__ = [
    "KEYS",
    "LetterDraft",
    "LetterInput",
    "UNNAMED_COMPANY",
    "company",
    "create_letter",
    "engagements_for_letters",
    "keep_images",
    "letter_draft",
    "preview_letter",
    "profile_sheet_pdf",
    "profile_sheet_pdfs",
]
