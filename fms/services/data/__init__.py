"""Data in and out of Vivier: exports, imports and a person's data.

The names below are what the floor above (the UI, the command line, the tests) may call.
"""

from __future__ import annotations

from fms.services.data.erasure import ErasedPerson as ErasedPerson
from fms.services.data.erasure import erase_freelancer as erase_freelancer
from fms.services.data.erasure import erase_person as erase_person
from fms.services.data.export import ExportFormat as ExportFormat
from fms.services.data.export import ExportKind as ExportKind
from fms.services.data.export import ExportResult as ExportResult
from fms.services.data.export import export_table as export_table
from fms.services.data.export import format_for as format_for
from fms.services.data.gdpr_export import PersonExport as PersonExport
from fms.services.data.gdpr_export import gdpr_export as gdpr_export
from fms.services.data.import_people import FoundDuplicate as FoundDuplicate
from fms.services.data.import_people import ImportSummary as ImportSummary
from fms.services.data.import_people import SkippedRow as SkippedRow
from fms.services.data.import_people import find_duplicates as find_duplicates
from fms.services.data.import_people import import_freelancers as import_freelancers
from fms.services.data.retention import DueForErasure as DueForErasure
from fms.services.data.retention import DueForRenewal as DueForRenewal
from fms.services.data.retention import RetentionReview as RetentionReview
from fms.services.data.retention import draft_renewals as draft_renewals
from fms.services.data.retention import erase_due as erase_due
from fms.services.data.retention import retention_review as retention_review
