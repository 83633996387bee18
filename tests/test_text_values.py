"""What people type for rates and skills, parsed and shown back."""

from __future__ import annotations

import pytest

from fms.values.money import format_rate, parse_rate
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


def test_rates_show_in_euros() -> None:
    assert format_rate(65000) == "650 €"
    assert format_rate(120050) == "1\u202f200,50 €"
    assert format_rate(None) == ""


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
