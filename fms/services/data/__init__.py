"""Data in and out: imports, exports, a person's data. What the UI and the command line may call."""

from __future__ import annotations

from fms.services.data.import_people import ImportSummary, SkippedRow, import_freelancers

__all__ = [
    "ImportSummary",
    "SkippedRow",
    "import_freelancers",
]
