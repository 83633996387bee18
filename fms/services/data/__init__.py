"""Data in and out of the database: what the UI and the command line may call."""

from fms.services.data.erasure import ErasedPerson, erase_person
from fms.services.data.gdpr_export import PersonExport, gdpr_export

__all__ = [
    "ErasedPerson",
    "PersonExport",
    "erase_person",
    "gdpr_export",
]
