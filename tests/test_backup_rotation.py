"""Which backups the rotation keeps: 7 daily, 4 weekly, 6 monthly by default."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from fms.storage.rotation import DEFAULT_RETENTION, Retention, backups_to_keep


def at(day: str, hour: int = 9) -> datetime:
    return datetime.combine(date.fromisoformat(day), datetime.min.time()).replace(hour=hour)


def every_day(last: str, days: int) -> list[datetime]:
    end = at(last)
    return [end - timedelta(days=n) for n in range(days)]


def kept_days(moments: list[datetime], retention: Retention = DEFAULT_RETENTION) -> list[str]:
    return sorted((moment.date().isoformat() for moment in backups_to_keep(moments, retention)), reverse=True)


def test_a_year_of_daily_backups_keeps_seven_days_four_weeks_six_months() -> None:
    # 2026-03-15 is a Sunday; ISO weeks run Monday to Sunday.
    kept = kept_days(every_day("2026-03-15", 365))
    assert kept == sorted(
        [
        # the last 7 days
        "2026-03-15", "2026-03-14", "2026-03-13", "2026-03-12", "2026-03-11", "2026-03-10", "2026-03-09",
        # then the newest of 4 earlier weeks (their Sundays)
        "2026-03-08", "2026-03-01", "2026-02-22", "2026-02-15",
        # then the newest of 6 earlier months (their last days; March's is already kept)
        "2026-02-28", "2026-01-31", "2025-12-31", "2025-11-30", "2025-10-31", "2025-09-30",
        ],
        reverse=True,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("moments", "expected"),
    [
        ([], []),
        ([at("2026-03-15")], ["2026-03-15"]),
        # several backups on one day: only the newest of that day is kept
        ([at("2026-03-15", 8), at("2026-03-15", 12), at("2026-03-15", 18)], ["2026-03-15 18"]),
        # weeks without backups do not count: an unchanged database keeps its old copies
        (
            [at("2026-03-15"), at("2025-06-02"), at("2024-01-10")],
            ["2026-03-15 09", "2025-06-02 09", "2024-01-10 09"],
        ),
    ],
    ids=["none", "one", "same-day", "sparse"],
)
def test_small_tables_of_dates(moments: list[datetime], expected: list[str]) -> None:
    kept = sorted(backups_to_keep(moments), reverse=True)
    if expected and " " in expected[0]:
        assert [moment.strftime("%Y-%m-%d %H") for moment in kept] == expected
    else:
        assert [moment.date().isoformat() for moment in kept] == expected


def test_a_week_already_kept_by_a_daily_backup_keeps_no_other() -> None:
    # 2026-03-10 (Tuesday) back to 2026-03-01 (Sunday): 03-10 to 03-04 are the 7 days; week 10
    # (03-02 to 03-08) is already represented by 03-08, so 03-03 and 03-02 go; 03-01 is the newest
    # of week 9.
    assert kept_days(every_day("2026-03-10", 10)) == [
        "2026-03-10", "2026-03-09", "2026-03-08", "2026-03-07", "2026-03-06", "2026-03-05", "2026-03-04",
        "2026-03-01",
    ]  # fmt: skip


def test_the_counts_are_settings() -> None:
    moments = every_day("2026-03-15", 40)
    assert kept_days(moments, Retention(daily=2, weekly=0, monthly=1)) == ["2026-03-15", "2026-03-14", "2026-02-28"]
