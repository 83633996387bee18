"""The proposed follow-up time, a pure rule: working hours, never a weekend, Monday morning, Friday evening, holiday."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from fms.services.file.scheduling import FollowUpRules, NoGoodSlot, easter, propose_follow_up_time

RULES = FollowUpRules()
PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize(
    ("after", "expected", "why"),
    [
        ("2026-12-08 10:15", "2026-12-08 10:15", "a Tuesday morning in working hours stays"),
        ("2026-12-08 07:00", "2026-12-08 09:00", "before the day starts: its start"),
        ("2026-12-08 12:30", "2026-12-08 14:00", "lunch: after it"),
        ("2026-12-08 18:00", "2026-12-09 09:00", "the end of the day: the next morning"),
        ("2026-12-07 09:00", "2026-12-07 14:00", "never Monday morning (and not at lunch)"),
        ("2026-12-07 11:59", "2026-12-07 14:00", "still Monday morning"),
        ("2026-12-07 15:00", "2026-12-07 15:00", "Monday afternoon is fine"),
        ("2026-12-04 16:59", "2026-12-04 16:59", "Friday before 17:00 is fine"),
        ("2026-12-04 17:00", "2026-12-07 14:00", "never Friday from 17:00"),
        ("2026-12-04 17:30", "2026-12-07 14:00", "Friday 17:30: Monday afternoon"),
        ("2026-04-03 17:30", "2026-04-07 09:00", "Friday 17:30 before Easter Monday: Tuesday"),
        ("2026-12-05 10:00", "2026-12-07 14:00", "a Saturday"),
        ("2026-12-06 10:00", "2026-12-07 14:00", "a Sunday"),
        ("2026-12-24 18:30", "2026-12-28 14:00", "Christmas Eve's evening: past Christmas and the weekend"),
        ("2026-12-25 10:00", "2026-12-28 14:00", "Christmas Day"),
        ("2026-07-13 18:00", "2026-07-15 09:00", "14 July (a Tuesday)"),
        ("2026-05-13 19:00", "2026-05-15 09:00", "Ascension Thursday"),
        ("2026-05-01 10:00", "2026-05-04 14:00", "1 May, a Friday"),
        ("2026-11-11 10:00", "2026-11-12 09:00", "11 November"),
        ("2027-01-01 09:00", "2027-01-04 14:00", "New Year's Day, a Friday"),
        ("2026-05-22 17:30", "2026-05-26 09:00", "Whit Monday off (the default): Tuesday"),
        ("2026-12-08 10:15:30", "2026-12-08 10:16", "to the minute, never earlier"),
    ],
)
def test_the_proposal_is_the_first_good_moment(after: str, expected: str, why: str) -> None:
    assert propose_follow_up_time(datetime.fromisoformat(after), RULES) == datetime.fromisoformat(expected), why


def test_whit_monday_worked_is_a_monday_like_the_others() -> None:
    worked = FollowUpRules(whit_monday_off=False)
    assert propose_follow_up_time(datetime(2026, 5, 22, 17, 30), worked) == datetime(2026, 5, 25, 14, 0)
    assert propose_follow_up_time(datetime(2027, 5, 17, 9, 0), worked) == datetime(2027, 5, 17, 14, 0)
    assert propose_follow_up_time(datetime(2027, 5, 17, 9, 0), RULES) == datetime(2027, 5, 18, 9, 0)


def test_the_rules_are_settings() -> None:
    short_days = FollowUpRules(day_start=time(10, 0), day_end=time(16, 0), lunch_start=time(13), lunch_end=time(13))
    assert propose_follow_up_time(datetime(2026, 12, 8, 9, 0), short_days) == datetime(2026, 12, 8, 10, 0)
    assert propose_follow_up_time(datetime(2026, 12, 8, 16, 0), short_days) == datetime(2026, 12, 9, 10, 0)
    assert propose_follow_up_time(datetime(2026, 12, 8, 13, 0), short_days) == datetime(2026, 12, 8, 13, 0)
    # 14 July is not a holiday in Great Britain; Boxing Day is.
    british = FollowUpRules(country="GB")
    assert propose_follow_up_time(datetime(2026, 7, 14, 10, 0), british) == datetime(2026, 7, 14, 10, 0)
    assert propose_follow_up_time(datetime(2025, 12, 26, 10, 0), british) == datetime(2025, 12, 29, 14, 0)


def test_an_aware_moment_is_read_on_the_local_clock_and_keeps_its_instant() -> None:
    rules = FollowUpRules(time_zone=PARIS)
    monday_nine_in_paris = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
    proposed = propose_follow_up_time(monday_nine_in_paris, rules)
    assert proposed == datetime(2026, 12, 7, 13, 0, tzinfo=UTC)  # 14:00 in Paris
    summer = propose_follow_up_time(datetime(2026, 7, 3, 15, 30, tzinfo=UTC), rules)  # Friday 17:30 in Paris
    assert summer == datetime(2026, 7, 6, 12, 0, tzinfo=UTC)


def test_rules_that_leave_no_moment_are_refused() -> None:
    with pytest.raises(NoGoodSlot):
        propose_follow_up_time(datetime(2026, 12, 8, 9, 0), FollowUpRules(day_start=time(18), day_end=time(9)))


@pytest.mark.parametrize(("year", "sunday"), [(2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05")])
def test_easter(year: int, sunday: str) -> None:
    assert easter(year).isoformat() == sunday
