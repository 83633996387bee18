"""A person's copy of their data (GDPR article 15): every record as JSON, plus their attached files."""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy.orm import object_mapper

from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.services.data.person import person_by_email, records_of
from fms.storage.attachment_store import StoredFileAltered, StoredFileMissing, store_for
from fms.storage.database import Database
from fms.values.file_names import export_name

RECORDS_NAME = "records.json"
FILES_FOLDER = "attachments"
NOT_WRITTEN = QT_TRANSLATE_NOOP("errors", "The export could not be written to {path}: {reason}")


@dataclass(frozen=True)
class PersonExport:
    path: Path
    records: int
    files: int
    missing_files: int


def gdpr_export(db: Database, email: str, path: Path) -> PersonExport:
    """Writes `path` (a zip): `records.json` with every row about the person, and their files under `attachments/`."""
    store = store_for(db)
    with db.reading() as session:
        person = person_by_email(session, email)
        records = records_of(session, person)
        content: dict[str, Any] = {
            "profile": _row(person),
            "skills": [{"name": link.skill.name, "level": link.level} for link in person.skills],
        }
        for field in fields(records):
            content[field.name] = [_row(row) for row in getattr(records, field.name)]
        files = [(d.id, d.original_name or d.title, d.stored_path, d.sha256) for d in records.documents]
    written, missing, used = 0, 0, set[str]()
    try:
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for document_id, name, stored_path, sha256 in files:
                if not stored_path or not sha256:
                    continue
                try:
                    local = store.verified_path(stored_path, sha256)
                except (StoredFileMissing, StoredFileAltered, OSError):
                    missing += 1
                    continue
                # Two documents may carry the same file name: the id keeps both.
                member = f"{FILES_FOLDER}/{document_id}-{export_name(name or 'document')}"
                if member not in used:
                    archive.write(local, member)
                    used.add(member)
                    written += 1
            archive.writestr(RECORDS_NAME, json.dumps(content, default=_plain, ensure_ascii=False, indent=2))
    except OSError as error:
        path.unlink(missing_ok=True)
        raise KnownError(NOT_WRITTEN, path=str(path), reason=error.strerror or str(error)) from error
    count = 1 + sum(len(value) for key, value in content.items() if key != "profile")
    return PersonExport(path=path, records=count, files=written, missing_files=missing)


def _row(row: object) -> dict[str, Any]:
    mapper = object_mapper(row)
    # The words extracted from a file travel as the file itself; a search column is no record of its own.
    skipped = {"search_text", "text_content"}
    return {column.key: getattr(row, column.key) for column in mapper.column_attrs if column.key not in skipped}


def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")
