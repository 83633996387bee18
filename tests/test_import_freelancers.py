"""Importing freelancers from CSV through the service and `vivier-admin import-freelancers`."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fms.cli.main import main
from fms.core.enums import SourcingChannel
from fms.core.errors import KnownError
from fms.models import Freelancer
from fms.services.data import import_freelancers
from fms.services.file import ProfileInput, save_profile
from fms.storage.database import Database
from fms.values.people_csv import read_people_csv

SAMPLES = Path(__file__).parent / "samples"


def people(name: str):  # type: ignore[no-untyped-def]
    return read_people_csv((SAMPLES / name).read_bytes())


def freelancers(db: Database) -> dict[str, Freelancer]:
    with db.reading() as session:
        return {f.last_name: f for f in session.scalars(select(Freelancer))}


def test_a_linkedin_export_comes_in_as_linkedin_sourced_and_skips_its_own_duplicate(db: Database) -> None:
    summary = import_freelancers(db, people("linkedin_connections.csv"))
    assert summary.imported == 3
    assert [(s.line, s.reason, s.freelancer_id) for s in summary.skipped] == [(8, "linkedin", None)]
    imported = freelancers(db)
    assert {f.sourcing_channel for f in imported.values()} == {SourcingChannel.LINKEDIN}
    assert imported["Moreau"].linkedin_url == "https://www.linkedin.com/in/claire-moreau-4a1b2c"


def test_people_already_in_the_database_are_skipped_by_email_phone_or_profile(db: Database) -> None:
    save_profile(db, None, ProfileInput("Elodie", "F", email="ELODIE.FAURE@example.fr"))
    save_profile(db, None, ProfileInput("F", "D", phone="07 98 76 54 32"))
    save_profile(db, None, ProfileInput("Z", "L", linkedin_url="https://fr.linkedin.com/in/Zoe-Leroy/"))
    assert import_freelancers(db, people("excel_fr_cp1252.csv")).imported == 0
    summary = import_freelancers(db, people("bom_utf8.csv"))
    assert (summary.imported, [s.reason for s in summary.skipped]) == (0, ["linkedin"])
    assert len(freelancers(db)) == 3


def test_valid_rows_come_in_and_broken_ones_are_reported(db: Database) -> None:
    summary = import_freelancers(db, people("broken_rows.csv"))
    assert summary.imported == 2
    assert [error.line for error in summary.errors] == [3, 4, 5, 6, 7, 8, 9]
    assert set(freelancers(db)) == {"Row", "Good"}
    assert freelancers(db)["Good"].sourcing_channel == SourcingChannel.DIRECT


def test_all_or_nothing_imports_nothing_when_a_row_is_broken(db: Database) -> None:
    with pytest.raises(KnownError):
        import_freelancers(db, people("broken_rows.csv"), all_or_nothing=True)
    assert freelancers(db) == {}


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out=out, err=err), out.getvalue(), err.getvalue()


def test_the_command_line_prints_a_summary_and_refuses_with_exit_code_1(db: Database) -> None:
    code, out, _ = run("--url", db.location.url, "import-freelancers", str(SAMPLES / "broken_rows.csv"))
    assert code == 0
    assert "Imported 2 freelancers" in out and "row 4 (email)" in out
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Freelancer)) == 2
    code, _, err = run(
        "--url", db.location.url, "import-freelancers", "--all-or-nothing", str(SAMPLES / "broken_rows.csv")
    )
    assert code == 1 and "Nothing was imported" in err
    assert run("--url", db.location.url, "import-freelancers", str(SAMPLES / "missing.csv"))[0] == 1
    assert run("import-freelancers")[0] == 2
