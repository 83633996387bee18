"""Reading managers' CSV files: LinkedIn's export with its preamble, Excel's ';' in Windows-1252, a BOM, broken rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from fms.values.people_csv import canonical_linkedin, parsed_date, read_people_csv

SAMPLES = Path(__file__).parent / "samples"


def test_linkedin_export_header_is_found_after_its_preamble() -> None:
    people = read_people_csv((SAMPLES / "linkedin_connections.csv").read_bytes())
    assert (people.source, people.header_line, people.separator) == ("linkedin", 4, ",")
    assert not people.errors
    claire, jerome, amina, _again = people.rows
    assert (claire.line, claire.first_name, claire.email) == (5, "Claire", "")
    assert claire.headline == "Data Engineer · Dupont, Fils & Associés"  # the quoted comma stays in the name
    assert claire.connected_on == date(2024, 3, 12)
    assert jerome.linkedin_url == "https://www.linkedin.com/in/jeromelefevre"
    assert amina.headline == "Product Owner, Payments · Société Générale, Paris"


def test_an_older_linkedin_export_has_no_url_column_and_no_preamble() -> None:
    people = read_people_csv((SAMPLES / "linkedin_connections_2018.csv").read_bytes())
    assert (people.source, people.header_line) == ("linkedin", 1)
    assert [row.last_name for row in people.rows] == ["Martin", "Bernard"]
    assert people.rows[1].email == "lucie.bernard@example.org"


def test_a_french_excel_file_in_windows_1252_with_semicolons() -> None:
    people = read_people_csv((SAMPLES / "excel_fr_cp1252.csv").read_bytes())
    assert (people.encoding, people.separator, people.source) == ("cp1252", ";", "csv")
    elodie, francois = people.rows
    assert (elodie.first_name, elodie.last_name, elodie.phone) == ("Élodie", "Fauré", "+33612345678")
    assert (elodie.daily_rate_cents, elodie.skills) == (65050, (("Python", 4), ("SQL", 3)))
    assert (francois.last_name, francois.seniority, francois.daily_rate_cents) == ("Dubœuf", "confirmed", 120000)


def test_a_bom_is_not_part_of_the_first_column_name() -> None:
    people = read_people_csv((SAMPLES / "bom_utf8.csv").read_bytes())
    assert people.encoding == "utf-8-sig"
    (zoe,) = people.rows
    assert (zoe.first_name, zoe.linkedin_url, zoe.seniority) == (
        "Zoé",
        "https://www.linkedin.com/in/zoe-leroy",
        "junior",
    )


def test_broken_rows_are_reported_with_their_line_and_column() -> None:
    people = read_people_csv((SAMPLES / "broken_rows.csv").read_bytes())
    assert [row.line for row in people.rows] == [2, 10]
    assert [(error.line, error.column) for error in people.errors] == [
        (3, "first_name"),
        (4, "email"),
        (5, "phone"),
        (6, "daily_rate"),
        (7, "seniority"),
        (8, ""),
        (9, "linkedin_url"),
    ]


def test_a_file_without_a_header_is_one_error() -> None:
    people = read_people_csv(b"just,some,numbers\n1,2,3\n")
    assert not people.rows
    assert [error.line for error in people.errors] == [1]


def test_profile_addresses_and_dates_in_their_several_spellings() -> None:
    for url in (
        "https://fr.linkedin.com/in/Claire-M/",
        "HTTP://WWW.LINKEDIN.COM/IN/claire-m?trk=x",
        "linkedin.com/in/claire-m",
    ):
        assert canonical_linkedin(url) == "https://www.linkedin.com/in/claire-m"
    assert canonical_linkedin("https://example.com/claire") == ""
    assert parsed_date("12 Mar 2024") == parsed_date("2024-03-12") == parsed_date("12/03/2024") == date(2024, 3, 12)


CELL = st.one_of(
    st.text(max_size=40),
    st.text(alphabet='",;\r\n\t\\\x00é', max_size=20),
    st.builds(lambda n: "x" * n, st.integers(0, 200_000)),  # a huge field
)


@settings(max_examples=150, deadline=None)
@given(
    preamble=st.lists(st.text(max_size=80), max_size=3),
    cells=st.lists(st.lists(CELL, max_size=9), max_size=6),
    separator=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]),
)
def test_no_file_makes_the_reader_crash(
    preamble: list[str], cells: list[list[str]], separator: str, encoding: str
) -> None:
    header = separator.join(["First Name", "Last Name", "URL", "Email Address", "Connected On", "daily_rate"])
    text = "\n".join([*preamble, header, *(separator.join(row) for row in cells)])
    people = read_people_csv(text.encode(encoding, errors="replace"))
    assert all(error.line >= 1 for error in people.errors)
    assert all(row.first_name and row.last_name for row in people.rows)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_no_bytes_make_the_reader_crash(data: bytes) -> None:
    read_people_csv(data)
