"""Freelancers, missions or applications written to a CSV or XLSX file, row by row.

Rows are streamed from one read (`yield_per`) into the writer, so 100,000 freelancers never sit
in memory; the file is written beside the target and moved into place, so a failure leaves no
half-written export. Every text cell goes through `neutralised`: a spreadsheet never runs one.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import aliased

from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.models import Application, Client, Freelancer, Mission
from fms.storage.database import Database
from fms.values.spreadsheet_cells import neutralised

BATCH = 1000
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP("errors", "Export to a .csv or .xlsx file, not “{name}”.")
NOT_WRITTEN = QT_TRANSLATE_NOOP("errors", "The export could not be written to {path}: {reason}")

Cell = str | int | Decimal | date | datetime | None


class ExportKind(StrEnum):
    FREELANCERS = "freelancers"
    MISSIONS = "missions"
    APPLICATIONS = "applications"


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


@dataclass(frozen=True)
class ExportResult:
    kind: ExportKind
    path: Path
    rows: int


def format_for(path: Path) -> ExportFormat:
    """The format a file's suffix asks for; `KnownError` for any other suffix."""
    try:
        return ExportFormat(path.suffix.lower().lstrip("."))
    except ValueError:
        raise KnownError(UNKNOWN_FORMAT, name=path.name) from None


def export_table(db: Database, kind: ExportKind, path: Path, format: ExportFormat | None = None) -> ExportResult:
    """Writes every row of `kind` (archived ones too, with their date) to `path`; the count written."""
    chosen = format or format_for(path)
    header, query = _QUERIES[kind]()
    partial = path.with_name(f".{path.name}.partial")
    try:
        with db.reading() as session, closing(session.execute(query.execution_options(yield_per=BATCH))) as result:
            rows = (_cells(row) for row in result)  # a server-side cursor on PostgreSQL: closed even on failure
            write = _write_csv if chosen is ExportFormat.CSV else _write_xlsx
            count = write(partial, header, rows)
        os.replace(partial, path)
    except OSError as problem:
        partial.unlink(missing_ok=True)
        raise KnownError(NOT_WRITTEN, path=str(path), reason=problem.strerror or str(problem)) from problem
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return ExportResult(kind=kind, path=path, rows=count)


def _freelancers() -> tuple[Sequence[str], Select[Any]]:
    f = Freelancer
    columns = (
        ("Id", f.id),
        ("First name", f.first_name),
        ("Last name", f.last_name),
        ("Email", f.email),
        ("Phone", f.phone),
        ("LinkedIn", f.linkedin_url),
        ("Location", f.location),
        ("Headline", f.headline),
        ("Seniority", f.seniority),
        ("Daily rate", f.daily_rate_cents),
        ("Available from", f.availability_date),
        ("Sourcing channel", f.sourcing_channel),
        ("Umbrella company", f.portage_company),
        ("Talent pool consent", f.talent_pool_consent),
        ("Consent date", f.consent_date),
        ("Rehire status", f.rehire_status),
        ("Created", f.created_at),
        ("Archived", f.archived_at),
    )
    return [name for name, _ in columns], select(*(column for _, column in columns)).order_by(f.id)


def _missions() -> tuple[Sequence[str], Select[Any]]:
    m = Mission
    columns = (
        ("Id", m.id),
        ("Client", Client.name),
        ("Title", m.title),
        ("Description", m.description),
        ("Seniority", m.seniority),
        ("Daily budget", m.budget_daily_rate_cents),
        ("Start", m.start_date),
        ("End", m.end_date),
        ("Location", m.location),
        ("Work mode", m.work_mode),
        ("Status", m.status),
        ("Created", m.created_at),
        ("Archived", m.archived_at),
    )
    query = select(*(column for _, column in columns)).join(Client, Client.id == m.client_id).order_by(m.id)
    return [name for name, _ in columns], query


def _applications() -> tuple[Sequence[str], Select[Any]]:
    a, f, m = Application, aliased(Freelancer), aliased(Mission)
    columns = (
        ("Id", a.id),
        ("Freelancer id", f.id),
        ("First name", f.first_name),
        ("Last name", f.last_name),
        ("Email", f.email),
        ("Mission id", m.id),
        ("Mission", m.title),
        ("Client", Client.name),
        ("Stage", a.stage),
        ("In stage since", a.stage_entered_at),
        ("Outcome", a.outcome),
        ("Decline reason", a.decline_reason),
        ("Closed", a.closed_at),
        ("Created", a.created_at),
        ("Archived", a.archived_at),
    )
    query = (
        select(*(column for _, column in columns))
        .join(f, f.id == a.freelancer_id)
        .join(m, m.id == a.mission_id)
        .join(Client, Client.id == m.client_id)
        .order_by(a.id)
    )
    return [name for name, _ in columns], query


_QUERIES = {
    ExportKind.FREELANCERS: _freelancers,
    ExportKind.MISSIONS: _missions,
    ExportKind.APPLICATIONS: _applications,
}
_MONEY_COLUMNS = {"Daily rate", "Daily budget"}


def _cells(row: Iterable[Any]) -> list[Cell]:
    return [_cell(value) for value in row]


def _cell(value: Any) -> Cell:
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):  # stored in UTC; spreadsheets know no time zones
        return value.astimezone(UTC).replace(tzinfo=None, microsecond=0) if value.tzinfo else value
    if isinstance(value, str):
        return neutralised(value)
    return value  # type: ignore[no-any-return]


def _money(header: Sequence[str]) -> set[int]:
    return {index for index, name in enumerate(header) if name in _MONEY_COLUMNS}


def _with_amounts(header: Sequence[str], rows: Iterable[list[Cell]]) -> Iterator[list[Cell]]:
    """Cents as a decimal amount ('1200.50' once written), which any spreadsheet language reads."""
    money = _money(header)
    for row in rows:
        for index in money:
            if isinstance(row[index], int):
                row[index] = Decimal(row[index]) / 100  # type: ignore[arg-type]
        yield row


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[list[Cell]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as file:  # the BOM makes Excel read UTF-8 accents
        writer = csv.writer(file)
        writer.writerow(header)
        for row in _with_amounts(header, rows):
            writer.writerow(_text(value) for value in row)
            count += 1
    return count


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, date):  # datetime too
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return str(value)


def _write_xlsx(path: Path, header: Sequence[str], rows: Iterable[list[Cell]]) -> int:
    from openpyxl import Workbook  # 120 ms to import: only when someone exports

    workbook = Workbook(write_only=True)  # rows go to a temporary file as they come
    sheet = workbook.create_sheet()
    sheet.append(list(header))
    count = 0
    for row in _with_amounts(header, rows):
        sheet.append(row)
        count += 1
    workbook.save(path)
    return count
