"""What people type for rates and skills, parsed and shown back."""

from __future__ import annotations

import pytest

from fms.values.money import parse_rate
from fms.values.skill_text import format_skill_list, parse_skill_list


@pytest.mark.parametrize(
    ("text", "cents"),
    [("650", 65000), ("650,50", 65050), ("1 200 €", 120000), ("1200.5", 120050), ("", None), (" 0 ", 0)],
)
def test_rates_parse_to_cents(text: str, cents: int | None) -> None:
    assert parse_rate(text) == cents


@pytest.mark.parametrize("text", ["abc", "12,345,6", "650.123", "nan", "1e400x"])
def test_bad_rates_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_rate(text)


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1 200,50", 120050),
        ("1\u202f200,50\u00a0€", 120050),  # as the French interface shows it
        ("1200.50", 120050),
        ("1,200.50", 120050),
        ("€1,200.50", 120050),  # as the English interface shows it
        ("1.200,50", 120050),
        ("1,200", 120000),  # a thousands comma, never 1.20 €: no amount has three decimals
        ("12,000,000", 1200000000),
        ("1,20", 120),
        ("-5", -500),
    ],
)
def test_amounts_typed_either_way_read_sensibly(text: str, cents: int) -> None:
    assert parse_rate(text) == cents


@pytest.mark.parametrize("text", ["1.200", "0,125", "1,2000", "1,200,50", "1.200.50", "1,20.50", "12 3,4,5", ".", "-"])
def test_ambiguous_or_malformed_amounts_are_refused(text: str) -> None:
    """'1.200' may be 1.20 € or 1,200 €: asked again rather than guessed (it was read as 1.20 €)."""
    with pytest.raises(ValueError):
        parse_rate(text)


def test_skills_parse_with_default_levels() -> None:
    assert parse_skill_list("Python 4, SQL ,, Machine learning 5") == (
        ("Python", 4),
        ("SQL", 3),
        ("Machine learning", 5),
    )
    assert format_skill_list((("Python", 4), ("SQL", 3))) == "Python 4, SQL 3"
    with pytest.raises(ValueError, match="Go 7"):
        parse_skill_list("Go 7")


def test_equal_values_of_different_enums_keep_their_own_words() -> None:
    from fms.core.enums import (
        ContactChannel,
        DeclineReason,
        DocumentKind,
        FreelancerStatus,
        RehireStatus,
        SourcingChannel,
    )
    from fms.core.labels import source_label

    assert source_label(SourcingChannel.LINKEDIN) == "LinkedIn"
    assert source_label(ContactChannel.LINKEDIN) == "LinkedIn message"
    assert source_label(DeclineReason.OTHER) == "Other"
    assert source_label(DocumentKind.OTHER) == "Other document"
    assert source_label(RehireStatus.DO_NOT_REHIRE) == "Do not rehire"
    assert source_label(FreelancerStatus.DO_NOT_REHIRE) == "Marked do not rehire"
