"""Likely duplicates are found by email, phone in any format, LinkedIn profile or a close name."""

from __future__ import annotations

import pytest

from fms.services.file import ProfileInput, likely_duplicates, normalised_linkedin, save_profile
from fms.storage.database import Database


def test_linkedin_addresses_are_compared_by_profile() -> None:
    assert normalised_linkedin("https://www.linkedin.com/in/Camille-Martin/?trk=x") == "camille-martin"


@pytest.fixture
def camille(db: Database) -> int:
    data = ProfileInput(
        "Camille",
        "Lefèvre",
        email="camille@example.com",
        phone="06 12 34 56 78",
        linkedin_url="https://www.linkedin.com/in/camille-lefevre",
    )
    return save_profile(db, None, data).id


@pytest.mark.parametrize(
    ("entered", "reason"),
    [
        (ProfileInput("C.", "Martin", email="CAMILLE@example.com "), "email"),
        (ProfileInput("Someone", "Else", phone="+33 6 12 34 56 78"), "phone"),
        (ProfileInput("Someone", "Else", linkedin_url="linkedin.com/in/camille-lefevre/"), "linkedin"),
        (ProfileInput("Camile", "Lefevre"), "name"),
    ],
    ids=["email", "phone", "linkedin", "name"],
)
def test_each_kind_of_duplicate_is_found(db: Database, camille: int, entered: ProfileInput, reason: str) -> None:
    hints = likely_duplicates(db, entered)
    assert [(hint.freelancer_id, hint.reason) for hint in hints] == [(camille, reason)]


def test_a_different_person_is_not_a_duplicate(db: Database, camille: int) -> None:
    assert likely_duplicates(db, ProfileInput("Hugo", "Lefèvre", phone="07 00 00 00 00")) == []
    assert likely_duplicates(db, ProfileInput("Camille", "Lefèvre"), excluding=camille) == []


@pytest.fixture
def moreau(db: Database) -> int:
    return save_profile(db, None, ProfileInput("Camille", "Moreau")).id


@pytest.mark.parametrize(
    ("first", "last"),
    [("Moreau", "Camille"), ("Camile", "Moreau"), ("Camille", "Moreaux"), ("CAMILLE", "MORÉAU"), ("Kamille", "Moreau")],
    ids=["swapped", "first-name typo", "last-name typo", "case and accents", "first letter wrong"],
)
def test_a_close_name_is_found_whatever_the_order_or_a_typo(db: Database, moreau: int, first: str, last: str) -> None:
    hints = likely_duplicates(db, ProfileInput(first, last))
    assert [(hint.freelancer_id, hint.reason) for hint in hints] == [(moreau, "name")]


@pytest.mark.parametrize(("first", "last"), [("Camille", "Martin"), ("Claire", "Moreau"), ("Hugo", "Camus")])
def test_someone_else_sharing_a_name_is_not_a_duplicate(db: Database, moreau: int, first: str, last: str) -> None:
    assert likely_duplicates(db, ProfileInput(first, last)) == []


def test_the_close_name_is_found_among_many_namesakes(db: Database, moreau: int) -> None:
    """The pre-filter is bounded: the best candidates come first, not the first 50 Camilles."""
    from fms.models import Freelancer

    with db.transaction() as session:
        session.add_all(Freelancer(first_name="Camille", last_name=f"Dupont{number}") for number in range(120))
    hints = likely_duplicates(db, ProfileInput("Camille", "Moreaux"))
    assert [(hint.freelancer_id, hint.reason) for hint in hints] == [(moreau, "name")]
