"""A person's GDPR requests: the copy of their data, and an erase that leaves no byte of them anywhere."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from fms.cli.main import main
from fms.core.enums import (
    ContactChannel,
    DocumentKind,
    InterviewKind,
    Outcome,
    Seniority,
    Stage,
)
from fms.core.errors import KnownError
from fms.models import ActivityEntry, Application, Engagement, Freelancer, StageChange
from fms.services.data import erase_person, gdpr_export
from fms.services.file import (
    EvaluationInput,
    InterviewInput,
    NoteInput,
    ProfileInput,
    add_note,
    attach_document,
    save_interview,
    save_profile,
    schedule_follow_up,
)
from fms.services.pipeline import OutcomeInput, move_application, propose
from fms.services.pool import create_list
from fms.storage.backup_catalog import backups_folder, list_backups
from fms.storage.backups import create_backup
from fms.storage.database import Database
from fms.storage.locations import attachments_dir
from tests.conftest import Factory

EMAIL = "ysoline.quartermaine@example.org"
FIRST, LAST = "Ysoline", "Quartermaine"
TRACES = (EMAIL, FIRST, LAST, "+33 6 12 34 56 78", "612345678", "quartermaine-dev")


@dataclass(frozen=True)
class Person:
    id: int
    application_id: int
    cv: Path


def a_person_with_a_history(db: Database, make: Factory, tmp_path: Path) -> Person:
    """Everything a manager records about a candidate who was hired, each through its own service."""
    profile = ProfileInput(
        first_name=FIRST,
        last_name=LAST,
        email=EMAIL.upper(),
        phone="+33 6 12 34 56 78",
        linkedin_url="https://www.linkedin.com/in/quartermaine-dev",
        location="Lyon",
        headline=f"{FIRST} {LAST}, Python developer",
        seniority=Seniority.SENIOR,
        daily_rate_cents=62000,
        talent_pool_consent=True,
        consent_date=date(2026, 1, 10),
        skills=(("Python", 5), ("PostgreSQL", 4)),
    )
    person_id = save_profile(db, None, profile).id
    start, end = date(2026, 2, 2), date(2026, 7, 31)
    application_id = propose(db, person_id, make.mission(start_date=start, end_date=end)).id
    for stage in (Stage.POSITIONING_CALL, Stage.PROFILE_SENT, Stage.CLIENT_INTERVIEW, Stage.TECHNICAL_INTERVIEW):
        move_application(db, application_id, stage, confirm_over_limit=True)
    save_interview(
        db,
        None,
        InterviewInput(
            application_id=application_id,
            kind=InterviewKind.TECHNICAL,
            scheduled_at=datetime(2026, 1, 20, 10, tzinfo=UTC),
            notes=f"{FIRST} explained the migration well",
            client_feedback=f"They liked {LAST}",
            evaluations=(EvaluationInput("Nadia", False, 4, 5, f"{FIRST} is sharp"),),
        ),
    )
    move_application(db, application_id, Stage.FINAL_ANSWER)
    hired = OutcomeInput(Outcome.HIRED, start_date=start, planned_end_date=end, daily_rate_cents=61000, sign_later=True)
    move_application(db, application_id, Stage.ON_MISSION, outcome=hired)
    add_note(db, person_id, NoteInput(rating=5, would_rehire=True, text=f"{FIRST} {LAST} led the team"))
    schedule_follow_up(db, person_id, datetime(2026, 9, 1, 9, tzinfo=UTC), ContactChannel.EMAIL, f"Ask {FIRST}")
    create_list(db, "Python seniors", (person_id,))
    cv = tmp_path / f"cv-{LAST.lower()}.txt"
    cv.write_text(f"{FIRST} {LAST}\n{EMAIL}\n+33 6 12 34 56 78\nTen years of Python.\n", encoding="utf-8")
    attach_document(db, person_id, cv, DocumentKind.NDA, title=f"NDA {LAST}")
    return Person(person_id, application_id, cv)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def traces_in(data: bytes) -> list[str]:
    folded = data.lower()
    return [trace for trace in TRACES if trace.lower().encode() in folded]


def rows_mentioning(db: Database) -> dict[str, list[str]]:
    """Every table of the database (the pool's indexes included), each row read as text."""
    found: dict[str, list[str]] = {}
    with db.reading() as session:
        connection = session.connection()
        for table in inspect(connection).get_table_names():
            for row in connection.execute(text(f'SELECT * FROM "{table}"')):
                hits = traces_in(repr(tuple(row)).encode())
                if hits:
                    found.setdefault(table, []).extend(hits)
    return found


def test_the_export_holds_every_record_and_the_files(db: Database, make: Factory, tmp_path: Path) -> None:
    person = a_person_with_a_history(db, make, tmp_path)
    target = tmp_path / "copy.zip"
    result = gdpr_export(db, f"  {EMAIL.title()} ", target)
    with zipfile.ZipFile(target) as archive:
        records = json.loads(archive.read("records.json"))
        files = [name for name in archive.namelist() if name.startswith("attachments/")]
        assert [archive.read(name) for name in files] == [person.cv.read_bytes()]
    assert files[0].endswith(f"-cv-{LAST.lower()}.txt")
    assert (result.files, result.missing_files) == (1, 0)
    profile = records["profile"]
    assert (profile["first_name"], profile["email"], profile["seniority"]) == (FIRST, EMAIL, "senior")
    assert sorted(skill["name"] for skill in records["skills"]) == ["PostgreSQL", "Python"]
    assert [row["id"] for row in records["applications"]] == [person.application_id]
    assert [row["to_stage"] for row in records["stage_changes"]][-1] == "on_mission"
    assert records["interviews"][0]["notes"].startswith(FIRST)
    assert records["evaluations"][0]["comment"] == f"{FIRST} is sharp"
    assert records["engagements"][0]["daily_rate_cents"] == 61000
    assert records["notes"][0]["text"] == f"{FIRST} {LAST} led the team"
    assert records["follow_ups"][0]["purpose"] == f"Ask {FIRST}"
    # The NDA attached to the file, and the hire's contract and NDA to sign.
    assert sorted(row["title"] for row in records["documents"]) == ["Contract", "NDA", f"NDA {LAST}"]
    assert len(records["saved_lists"]) == 1 and records["activity"]


def test_an_unknown_or_malformed_address_is_refused_and_writes_nothing(
    db: Database, make: Factory, tmp_path: Path
) -> None:
    make.freelancer()
    with pytest.raises(KnownError, match="No freelancer has the email address nobody@example.org"):
        gdpr_export(db, "Nobody@example.org", tmp_path / "x.zip")
    with pytest.raises(KnownError, match="is not an email address"):
        erase_person(db, "not-an-address")
    assert not (tmp_path / "x.zip").exists()


def test_an_erase_keeps_the_statistics_anonymised_and_no_row_holds_a_trace(
    db: Database, make: Factory, tmp_path: Path
) -> None:
    person = a_person_with_a_history(db, make, tmp_path)
    with db.reading() as session:
        moves = len(
            session.scalars(select(StageChange).where(StageChange.application_id == person.application_id)).all()
        )
    assert rows_mentioning(db)  # the check sees what is there before
    erased = erase_person(db, EMAIL)
    assert (erased.label, erased.documents, erased.files_removed) == (f"Erased person {person.id}", 3, 1)
    assert rows_mentioning(db) == {}
    with db.reading() as session:
        left = session.get(Freelancer, person.id)
        assert left is not None and left.full_name == f"Erased person {person.id}" and left.email is None
        assert (left.seniority, left.daily_rate_cents) == (Seniority.SENIOR, 62000)
        application = session.get(Application, person.application_id)
        assert application is not None and application.stage == Stage.ON_MISSION
        assert application.outcome == Outcome.HIRED
        kept_moves = session.scalars(select(StageChange).where(StageChange.application_id == person.application_id))
        assert len(kept_moves.all()) == moves
        engagement = session.scalars(select(Engagement).where(Engagement.application_id == person.application_id))
        assert engagement.one().daily_rate_cents == 61000
        audit = session.scalars(select(ActivityEntry).where(ActivityEntry.action == "erased")).one()
        assert (audit.entity_id, audit.details) == (person.id, "")
    with pytest.raises(KnownError, match="No freelancer has the email address"):
        erase_person(db, EMAIL)  # once is enough: the address is gone


def test_a_file_another_document_holds_stays_in_the_store(db: Database, make: Factory, tmp_path: Path) -> None:
    person = a_person_with_a_history(db, make, tmp_path)
    other = make.freelancer()
    attach_document(db, other, person.cv, DocumentKind.CONTRACT, title="Shared bytes")
    assert erase_person(db, EMAIL).files_removed == 0
    with db.reading() as session:
        address = session.get(Freelancer, other).email  # type: ignore[union-attr]
    assert address and gdpr_export(db, address, tmp_path / "other.zip").files == 1


@pytest.mark.sqlite_only  # the bytes of the file, its WAL and the folder beside it
def test_after_an_erase_no_byte_of_the_person_is_left_in_the_files(db: Database, make: Factory, tmp_path: Path) -> None:
    a_person_with_a_history(db, make, tmp_path / "..")
    database = db.location.sqlite_path
    assert database is not None
    folder = attachments_dir(db.location)
    create_backup(database)  # a restore must not bring the person back
    make.freelancer("Someone", "Else")
    create_backup(database)

    def everything() -> bytes:
        parts = [database.read_bytes()]
        wal = database.with_name(database.name + "-wal")
        parts.append(wal.read_bytes() if wal.exists() else b"")
        for where in (folder, backups_folder(database)):
            parts += [path.read_bytes() for path in where.rglob("*") if path.is_file()]
        return b"".join(parts)

    assert set(traces_in(everything())) == set(TRACES)  # the grep finds them before
    assert erase_person(db, EMAIL).backups == 2
    assert traces_in(everything()) == []
    assert all(backup.attachments == () for backup in list_backups(database))


@pytest.mark.sqlite_only  # the talent pool's FTS5 index and triggers
def test_the_pool_triggers_follow_the_erase(db: Database, make: Factory, tmp_path: Path) -> None:
    person = a_person_with_a_history(db, make, tmp_path)
    with db.reading() as session:
        assert (
            session.execute(text("SELECT in_pool FROM pool_stats WHERE freelancer_id = :id"), {"id": person.id}).one()[
                0
            ]
            == 1
        )
        assert (
            session.execute(text("SELECT count(*) FROM pool_text WHERE rowid = :id"), {"id": person.id}).one()[0] == 1
        )
    erase_person(db, EMAIL)
    with db.reading() as session:
        assert (
            session.execute(text("SELECT in_pool FROM pool_stats WHERE freelancer_id = :id"), {"id": person.id}).one()[
                0
            ]
            == 0
        )
        assert (
            session.execute(text("SELECT count(*) FROM pool_text WHERE rowid = :id"), {"id": person.id}).one()[0] == 0
        )
        assert session.execute(text("SELECT count(*) FROM pool_text WHERE pool_text MATCH 'ysoline'")).one()[0] == 0


def test_the_command_line_exports_asks_and_erases(
    db: Database, make: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a_person_with_a_history(db, make, tmp_path)
    target = tmp_path / "out.zip"
    code, out, err = run("--url", db.location.url, "gdpr-export", EMAIL, "--to", str(target))
    assert (code, err) == (0, "") and "1 files" in out and zipfile.is_zipfile(target)
    code, _out, err = run("--url", db.location.url, "gdpr-export", "nobody@example.org", "--to", str(target))
    assert code == 1 and err.count("\n") == 1 and "nobody@example.org" in err
    monkeypatch.setattr("builtins.input", lambda: "n")
    code, out, _err = run("--url", db.location.url, "erase-person", EMAIL)
    assert code == 1 and "Nothing was changed" in out
    assert rows_mentioning(db)
    code, out, err = run("--url", db.location.url, "erase-person", EMAIL, "--yes")
    assert (code, err) == (0, "") and "Erased person" in out
    assert rows_mentioning(db) == {}
    assert run("--url", db.location.url, "erase-person")[0] == 2  # EMAIL is required
    assert run("--url", db.location.url, "gdpr-export", EMAIL)[0] == 2  # so is --to
