"""The dashboard's figures on the crafted data set of tests/dashboard_data.py, against values computed by hand."""

from __future__ import annotations

from datetime import date

import pytest

from fms.core.enums import DeclineReason, FailureCause, Stage
from fms.services.overview import DashboardFilter, Slice, SliceKind, dashboard_figures, dashboard_list
from fms.storage.database import Database
from tests.conftest import Factory
from tests.dashboard_data import NOW, Crafted, build_crafted


@pytest.fixture
def crafted(db: Database, make: Factory) -> Crafted:
    return build_crafted(db, make)


def test_the_figures_over_everything_equal_the_hand_computed_ones(db: Database, crafted: Crafted) -> None:
    figures = dashboard_figures(db, today=date(2026, 5, 1), now=NOW)

    assert [(step.stage, step.reached) for step in figures.funnel] == [
        (Stage.SOURCED, 8),
        (Stage.POSITIONING_CALL, 7),
        (Stage.PROFILE_SENT, 6),
        (Stage.CLIENT_INTERVIEW, 4),
        (Stage.TECHNICAL_INTERVIEW, 3),  # the skipped technical interview counts as passed
        (Stage.FINAL_ANSWER, 2),
        (Stage.ON_MISSION, 2),
    ]
    conversions = [step.conversion for step in figures.funnel]
    assert conversions == [None, 7 / 8, 6 / 7, 4 / 6, 3 / 4, 2 / 3, 1.0]
    assert figures.median_days_to_hire == pytest.approx(15.0)
    assert (figures.engagements_renewed, figures.engagements_total, figures.renewal_rate) == (1, 2, 0.5)
    assert figures.decline_reasons == {reason: 0 for reason in DeclineReason} | {
        DeclineReason.RATE: 1,
        DeclineReason.TIMING: 1,
    }
    assert figures.rejection_causes == {cause: 0 for cause in FailureCause} | {
        FailureCause.HARD_SKILLS: 2,
        FailureCause.RATE: 1,
    }
    assert [(m.title, m.client_name, m.profiles_sent) for m in figures.profiles_sent] == [
        ("M1", "A", 3),
        ("M3", "B", 2),
        ("M2", "A", 1),
    ]
    assert figures.lost_at == {
        Stage.SOURCED: 0,
        Stage.POSITIONING_CALL: 1,
        Stage.PROFILE_SENT: 2,
        Stage.CLIENT_INTERVIEW: 1,
        Stage.TECHNICAL_INTERVIEW: 1,
        Stage.FINAL_ANSWER: 0,
    }
    assert figures.feedback_owed == 4  # 3, 4, 7, 8: the withdrawal's answer was sent
    assert figures.follow_ups_overdue == 1
    assert figures.in_progress == 1
    assert figures.applications_by_stage[Stage.ON_MISSION] == 2


def test_a_period_and_a_client_narrow_every_figure(db: Database, crafted: Crafted) -> None:
    march_at_a = DashboardFilter(date(2026, 3, 1), date(2026, 3, 31), crafted.clients["A"])

    figures = dashboard_figures(db, today=date(2026, 5, 1), now=NOW, scope=march_at_a)

    assert [step.reached for step in figures.funnel] == [5, 5, 4, 3, 2, 2, 2]  # applications 1 to 5
    assert figures.median_days_to_hire == pytest.approx(15.0)
    assert figures.decline_reasons[DeclineReason.TIMING] == 0
    assert (figures.rejection_causes[FailureCause.HARD_SKILLS], figures.rejection_causes[FailureCause.RATE]) == (1, 1)
    assert [(m.title, m.profiles_sent) for m in figures.profiles_sent] == [("M1", 3), ("M2", 1)]
    assert figures.lost_at[Stage.TECHNICAL_INTERVIEW] == 0
    assert figures.feedback_owed == 2  # 3 and 4
    assert figures.follow_ups_overdue == 1
    assert figures.in_progress == 0  # application 6 was proposed in April

    at_b = dashboard_figures(db, now=NOW, scope=DashboardFilter(client_id=crafted.clients["B"]))
    assert at_b.follow_ups_overdue == 0
    assert [step.reached for step in at_b.funnel] == [2, 2, 2, 1, 1, 0, 0]
    assert at_b.renewal_rate is None


def test_the_period_ends_are_inclusive_days(db: Database, crafted: Crafted) -> None:
    only_the_tenth = DashboardFilter(date(2026, 4, 10), date(2026, 4, 10))

    assert [
        row.application_id for row in dashboard_list(db, Slice(SliceKind.REACHED, Stage.SOURCED), only_the_tenth)
    ] == [crafted.apps[6]]


def test_each_list_holds_what_its_figure_counts(db: Database, crafted: Crafted) -> None:
    apps = crafted.apps

    def listed(kind: SliceKind, value: str = "") -> list[int | None]:
        return [row.application_id for row in dashboard_list(db, Slice(kind, value), now=NOW)]

    assert listed(SliceKind.REACHED, Stage.TECHNICAL_INTERVIEW) == [apps[1], apps[2], apps[8]]
    assert listed(SliceKind.HIRED) == [apps[1], apps[2]]
    assert listed(SliceKind.DECLINED, DeclineReason.RATE) == [apps[4]]
    assert listed(SliceKind.REJECTED, FailureCause.HARD_SKILLS) == [apps[3], apps[8]]
    assert listed(SliceKind.PROFILES_SENT, str(crafted.missions["M3"])) == [apps[8], apps[7]]
    assert listed(SliceKind.LOST_AT, Stage.PROFILE_SENT) == [apps[4], apps[7]]
    assert listed(SliceKind.OWED) == [apps[3], apps[4], apps[8], apps[7]]
    assert listed(SliceKind.IN_PROGRESS) == [apps[6]]
    assert listed(SliceKind.ENGAGED) == [apps[1], apps[2]]
    overdue = dashboard_list(db, Slice(SliceKind.OVERDUE), now=NOW)
    assert [(row.application_id, row.note, row.client_name) for row in overdue] == [(apps[3], "Feedback", "A")]
