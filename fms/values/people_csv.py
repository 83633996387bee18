"""People in a CSV file as managers bring them: Vivier's own columns or LinkedIn's Connections.csv.

Pure: bytes in, rows and row-level errors out. The encoding, the separator and the header row are
found, not assumed, because Excel, LinkedIn and hand-made files each differ.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.core.text import fold, one_line
from fms.values.email import comparable_email
from fms.values.linkedin import canonical_linkedin
from fms.values.money import parse_rate
from fms.values.phone import comparable_phone
from fms.values.skill_text import parse_skill_list

HEADER_SEARCH_LINES = 30  # LinkedIn's preamble is three lines; a hand-made title block a few more
SAMPLE_CHARS = 64 * 1024
SEPARATORS = ",;\t"
# Folded header text -> Vivier's field. LinkedIn's names are in English whatever the user's language.
ALIASES = {
    "first_name": ("first_name", "first name", "firstname", "prenom", "given name"),
    "last_name": ("last_name", "last name", "lastname", "nom", "surname", "family name"),
    "email": ("email", "email address", "e-mail", "e-mail address", "mail", "courriel"),
    "phone": ("phone", "phone number", "telephone", "mobile", "tel"),
    "linkedin_url": ("linkedin_url", "linkedin", "url", "profile url", "linkedin url"),
    "headline": ("headline", "titre", "title", "position", "poste"),
    "company": ("company", "societe", "entreprise"),
    "seniority": ("seniority", "seniorite", "niveau"),
    "daily_rate": ("daily_rate", "daily rate", "tjm", "rate"),
    "skills": ("skills", "competences"),
    "connected_on": ("connected on", "connected_on"),
}
_FIELD_OF = {alias: field for field, aliases in ALIASES.items() for alias in aliases}
SENIORITIES = {"junior": "junior", "confirmed": "confirmed", "confirme": "confirmed", "senior": "senior"}
MONTHS = {
    name: index
    for index, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
    )
}
T = TypeVar("T")

NOT_EMAIL = QT_TRANSLATE_NOOP("errors", "This is not an email address.")
NOT_PHONE = QT_TRANSLATE_NOOP("errors", "This is not a phone number.")
NOT_PROFILE = QT_TRANSLATE_NOOP("errors", "This is not a LinkedIn profile address.")
NOT_RATE = QT_TRANSLATE_NOOP("errors", "This is not an amount.")
NOT_SENIORITY = QT_TRANSLATE_NOOP("errors", "Seniority is junior, confirmed or senior.")
NOT_SKILLS = QT_TRANSLATE_NOOP("errors", "Skill levels go from 1 to 5.")
NOT_DATE = QT_TRANSLATE_NOOP("errors", "This is not a date (12 Mar 2024 or 2024-03-12).")
NO_NAME = QT_TRANSLATE_NOOP("errors", "The first and last names are required.")
TOO_MANY_CELLS = QT_TRANSLATE_NOOP("errors", "This row has more cells than the header.")
UNREADABLE = QT_TRANSLATE_NOOP("errors", "The file cannot be read from this row on (a quote is never closed).")
NO_HEADER = QT_TRANSLATE_NOOP("errors", "No header row with a first name and a last name column was found.")


@dataclass(frozen=True)
class PersonRow:
    line: int  # in the file, from 1, as a text editor numbers it
    first_name: str
    last_name: str
    email: str = ""  # normal form, or ''
    phone: str = ""  # E.164, or ''
    linkedin_url: str = ""  # https://www.linkedin.com/in/<name> for a profile
    headline: str = ""
    seniority: str = ""  # a Seniority value, or '' for the default
    daily_rate_cents: int | None = None
    skills: tuple[tuple[str, int], ...] = ()
    connected_on: date | None = None


@dataclass(frozen=True)
class RowError:
    line: int
    column: str  # the header's own text, '' for the whole row
    message: str  # an "errors" context source text


@dataclass(frozen=True)
class PeopleFile:
    source: str  # 'linkedin' or 'csv'
    encoding: str
    separator: str
    header_line: int  # 0 when none was found
    columns: dict[str, str]  # the header's text -> Vivier's field; unmapped columns are absent
    rows: tuple[PersonRow, ...]
    errors: tuple[RowError, ...]
    header: tuple[str, ...] = ()  # every column, mapped or not, in the file's order


def read_people_csv(data: bytes, mapping: Mapping[str, str] | None = None) -> PeopleFile:
    """The people in a file; never raises on content: what cannot be read is a `RowError`.

    `mapping` (a header's text -> a key of ALIASES, or '' to ignore the column) overrides the
    columns recognised by name, as the preview lets the user correct them.
    """
    text, encoding = decoded(data)
    lines = text.splitlines()
    found = _header(lines)
    if found is None:
        return PeopleFile("csv", encoding, ",", 0, {}, (), (RowError(1, "", NO_HEADER),))
    index, separator, header = found
    fields = [mapping.get(name, _field(name)) if mapping is not None else _field(name) for name in header]
    columns = {name: field for name, field in zip(header, fields, strict=True) if field}
    source = "linkedin" if "connected_on" in fields or {"company", "headline"} <= set(fields) else "csv"
    reader = csv.reader(io.StringIO("\n".join(lines[index + 1 :])), _dialect(lines, index, separator))
    rows: list[PersonRow] = []
    errors: list[RowError] = []
    try:
        for cells in reader:
            line = index + 1 + reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) > len(header) and any(cell.strip() for cell in cells[len(header) :]):
                errors.append(RowError(line, "", TOO_MANY_CELLS))
                continue
            row = _row(line, header, fields, cells, errors)
            if row is not None:
                rows.append(row)
    except csv.Error:  # an unterminated quote, a NUL byte: the rest of the file cannot be split
        errors.append(RowError(index + 2 + reader.line_num, "", UNREADABLE))
    return PeopleFile(source, encoding, separator, index + 1, columns, tuple(rows), tuple(errors), tuple(header))


def decoded(data: bytes) -> tuple[str, str]:
    """UTF-8 (BOM or not) when the bytes are UTF-8; Windows-1252, as Excel writes it, otherwise."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # Five bytes have no cp1252 character: replaced rather than refusing the whole file.
        return data.decode("cp1252", errors="replace"), "cp1252"


def parsed_date(text: str) -> date:
    """'12 Mar 2024', '12 March 2024', '2024-03-12', '12/03/2024' -> a date; ValueError otherwise."""
    cleaned = text.strip()
    if match := re.fullmatch(r"(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})", cleaned):
        month = MONTHS.get(match.group(2).lower())
        if month is None:
            raise ValueError(text)
        return date(int(match.group(3)), month, int(match.group(1)))
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", cleaned):
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if match := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", cleaned):  # French order, as Excel shows it
        return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    raise ValueError(text)


def _field(name: str) -> str:
    return _FIELD_OF.get(" ".join(fold(name).replace("\ufeff", "").split()), "")


def _header(lines: list[str]) -> tuple[int, str, list[str]] | None:
    """The first line naming both a first and a last name column, with the separator that splits it."""
    for index, line in enumerate(lines[:HEADER_SEARCH_LINES]):
        for separator in SEPARATORS:
            if separator not in line:
                continue
            try:
                cells = next(csv.reader([line], delimiter=separator))
            except (csv.Error, StopIteration):
                continue
            if {"first_name", "last_name"} <= {_field(cell) for cell in cells}:
                return index, separator, [cell.strip() for cell in cells]
    return None


def _dialect(lines: list[str], index: int, separator: str) -> type[csv.Dialect] | csv.Dialect:
    """The sniffed dialect of the rows (quotes, escapes), as long as it agrees on the header's separator."""
    sample = "\n".join(lines[index : index + 50])[:SAMPLE_CHARS]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=SEPARATORS)
    except csv.Error:
        dialect = None
    if dialect is None or dialect.delimiter != separator:
        return _Plain(separator)
    return dialect


class _Plain(csv.excel):
    def __init__(self, separator: str) -> None:
        super().__init__()
        self.delimiter = separator


def _row(line: int, header: list[str], fields: list[str], cells: list[str], errors: list[RowError]) -> PersonRow | None:
    values: dict[str, str] = {}
    names: dict[str, str] = {}
    for name, field, cell in zip(header, fields, cells, strict=False):
        if field and field not in values:
            values[field], names[field] = one_line(cell), name
    found = len(errors)

    def wrong(field: str, message: str) -> None:
        errors.append(RowError(line, names.get(field, ""), message))

    first, last = values.get("first_name", ""), values.get("last_name", "")
    if not first or not last:
        wrong("first_name" if not first else "last_name", NO_NAME)
    email = comparable_email(values.get("email", ""))
    if values.get("email") and not email:
        wrong("email", NOT_EMAIL)
    phone = comparable_phone(values.get("phone", ""))
    if values.get("phone") and not phone:
        wrong("phone", NOT_PHONE)
    url = values.get("linkedin_url", "")
    linkedin = canonical_linkedin(url)
    if url and not linkedin:
        wrong("linkedin_url", NOT_PROFILE)
    seniority = SENIORITIES.get(fold(values.get("seniority", "")), "")
    if values.get("seniority") and not seniority:
        wrong("seniority", NOT_SENIORITY)
    rate = _or_error(parse_rate, values.get("daily_rate", ""), lambda: wrong("daily_rate", NOT_RATE))
    skills = _or_error(parse_skill_list, values.get("skills", ""), lambda: wrong("skills", NOT_SKILLS))
    connected = values.get("connected_on", "")
    connected_on = _or_error(parsed_date, connected, lambda: wrong("connected_on", NOT_DATE)) if connected else None
    if len(errors) > found:
        return None
    headline = values.get("headline", "")
    if values.get("company"):  # LinkedIn's Position and Company make one headline
        headline = f"{headline} · {values['company']}" if headline else values["company"]
    return PersonRow(line, first, last, email, phone, linkedin, headline, seniority, rate, skills or (), connected_on)


def _or_error(parse: Callable[[str], T], text: str, report: Callable[[], None]) -> T | None:
    try:
        return parse(text)
    except (ValueError, OverflowError):  # a year 0, a 40-digit rate
        report()
        return None
