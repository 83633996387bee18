"""Merging two records of one person: each field chosen, every record kept on the survivor."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from fms.core.enums import ContactChannel, DocumentKind, InterviewKind, Stage
from fms.core.errors import KnownError, ValidationError
from fms.models import ActivityEntry, Application, Freelancer, Interview, StageChange
from fms.services.file import (
    InterviewInput,
    NoteInput,
    ProfileInput,
    add_note,
    attach_document,
    get_file,
    list_documents,
    list_interviews,
    list_notes,
    merge_freelancers,
    merge_sides,
    merged_profile,
    save_interview,
    save_profile,
    schedule_follow_up,
)
from fms.services.pipeline import move_application, propose
from fms.storage.database import Database
from tests.conftest import Factory, open_main_window


def person(db: Database, first: str, email: str, skills: tuple[tuple[str, int], ...], **values: object) -> int:
    data = ProfileInput(first_name=first, last_name="Martin", email=email, skills=skills, **values)  # type: ignore[arg-type]
    return save_profile(db, None, data).id


@pytest.fixture
def twins(db: Database, make: Factory, tmp_path: Path) -> tuple[int, int, dict[str, int]]:
    """Camille (older record) and Camile (newer), each with their own records, and one shared mission."""
    left = person(db, "Camille", "camille@example.com", (("Python", 3), ("SQL", 4)), phone="06 12 34 56 78")
    right = person(db, "Camile", "c.martin@example.com", (("Python", 5), ("React", 2)), headline="Data engineer")
    shared = make.mission()
    ids = {
        "left_only": propose(db, left, make.mission()).id,
        "shared_left": propose(db, left, shared).id,
        "right_only": propose(db, right, make.mission()).id,
        "shared_right": propose(db, right, shared).id,
    }
    move_application(db, ids["shared_right"], Stage.POSITIONING_CALL)  # further than the left one
    interview = InterviewInput(ids["shared_left"], InterviewKind.CLIENT, datetime(2026, 2, 1, tzinfo=UTC))
    save_interview(db, None, interview)
    save_interview(db, None, InterviewInput(ids["right_only"], InterviewKind.CLIENT, datetime(2026, 2, 3, tzinfo=UTC)))
    cv = tmp_path / "cv.txt"
    cv.write_text("Camille Martin, data engineer")
    attach_document(db, left, cv, DocumentKind.OTHER)
    attach_document(db, right, cv, DocumentKind.CONTRACT, title="Contract")
    add_note(db, right, NoteInput(rating=4, would_rehire=True, text="Reliable"))
    schedule_follow_up(db, right, datetime(2026, 12, 1, tzinfo=UTC), ContactChannel.EMAIL, "News")
    return left, right, ids


def test_the_merged_profile_takes_each_chosen_field_and_every_skill() -> None:
    left = ProfileInput("Camille", "Martin", email="a@x.fr", phone="01", skills=(("Python", 3), ("SQL", 4)))
    right = ProfileInput("Camile", "Martin", email="b@x.fr", headline="Data", skills=(("python", 5), ("React", 2)))
    merged = merged_profile(left, right, {"email": "right", "headline": "right"})
    assert (merged.first_name, merged.email, merged.phone, merged.headline) == ("Camille", "b@x.fr", "01", "Data")
    assert sorted(merged.skills) == [("Python", 5), ("React", 2), ("SQL", 4)]


def test_merging_keeps_every_record_on_the_survivor(db: Database, twins: tuple[int, int, dict[str, int]]) -> None:
    left, right, ids = twins
    left_side, right_side = merge_sides(db, left, right)
    assert (left_side.applications, right_side.applications, right_side.documents, right_side.notes) == (2, 2, 1, 1)
    profile = merged_profile(left_side.profile, right_side.profile, {"email": "right", "headline": "right"})
    result = merge_freelancers(db, left, right, profile)
    assert (result.applications_moved, result.applications_combined) == (1, 1)
    with db.reading() as session:
        assert session.get(Freelancer, right) is None
        applications = session.scalars(select(Application.id).where(Application.freelancer_id == left)).all()
        assert sorted(applications) == sorted([ids["left_only"], ids["shared_right"], ids["right_only"]])
        # The shared mission keeps the further card, with the other card's interview and history.
        assert session.get_one(Application, ids["shared_right"]).stage == Stage.POSITIONING_CALL
        shared_interviews = select(func.count(Interview.id)).where(Interview.application_id == ids["shared_right"])
        assert session.scalar(shared_interviews) == 1
        history = select(func.count(StageChange.id)).where(StageChange.application_id == ids["shared_right"])
        assert session.scalar(history) >= 2
        merged_entry = session.scalars(select(ActivityEntry).where(ActivityEntry.action == "merged")).one()
        assert merged_entry.freelancer_id == left and "Camile Martin" in merged_entry.details
    survivor = get_file(db, left)
    assert (survivor.profile.email, survivor.profile.headline, survivor.profile.phone) == (
        "c.martin@example.com",
        "Data engineer",
        "+33612345678",  # stored in E.164 whatever was typed
    )
    assert dict(survivor.profile.skills) == {"Python": 5, "SQL": 4, "React": 2}
    assert len(list_interviews(db, left)) == 2
    assert {d.kind for d in list_documents(db, left)} == {DocumentKind.OTHER, DocumentKind.CONTRACT}
    assert [n.text for n in list_notes(db, left)] == ["Reliable"]
    assert any(line.action == "merged" for line in survivor.history)
    assert any(line.action == "created" and "Camile" in line.details for line in survivor.history)


def test_a_refused_merge_writes_nothing(db: Database, twins: tuple[int, int, dict[str, int]]) -> None:
    left, right, _ = twins
    left_side, right_side = merge_sides(db, left, right)
    with pytest.raises(ValidationError):
        merge_freelancers(db, left, right, ProfileInput("", ""))
    with pytest.raises(KnownError):
        merge_freelancers(db, left, left, left_side.profile)
    assert merge_sides(db, left, right) == (left_side, right_side)


def test_two_records_are_merged_from_the_list_choosing_fields(
    qtbot: QtBot, db: Database, twins: tuple[int, int, dict[str, int]], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:

    from fms.ui.file.merge_dialog import MergeDialog

    left, right, _ = twins
    window = open_main_window(qtbot, db, tmp_path)
    screen = window.show_screen("freelancers")
    assert screen.model.rowCount() == 2 and not screen.merge_button.isEnabled()
    screen.table.selectAll()
    assert screen.merge_button.isEnabled()
    seen: list[MergeDialog] = []

    def run(dialog: MergeDialog) -> int:
        seen.append(dialog)
        assert dialog.findChild(QRadioButton, "emailLeft").isChecked()  # the older record's by default
        qtbot.mouseClick(dialog.findChild(QRadioButton, "emailRight"), Qt.MouseButton.LeftButton)
        dialog.keep("right")
        qtbot.mouseClick(dialog.findChild(QPushButton, "mergeButton"), Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(MergeDialog, "exec", run)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    assert screen.merge_selected() == right
    with db.reading() as session:
        assert session.get(Freelancer, left) is None
        survivor = session.get_one(Freelancer, right)
        assert (survivor.first_name, survivor.email, survivor.phone) == (
            "Camille",
            "c.martin@example.com",
            "+33612345678",  # stored in E.164 whatever was typed
        )
        assert session.scalar(select(func.count(Application.id)).where(Application.freelancer_id == right)) == 3
    assert screen.model.rowCount() == 1  # the list followed
    assert len(seen) == 1


def test_a_card_still_in_play_wins_over_a_closed_one_on_the_same_mission(db: Database, make: Factory) -> None:
    from fms.core.enums import DeclineReason, Outcome
    from fms.services.pipeline import OutcomeInput

    left = person(db, "Camille", "camille@example.com", ())
    right = person(db, "Camile", "c.martin@example.com", ())
    mission = make.mission()
    live = propose(db, left, mission).id
    closed = propose(db, right, mission).id
    move_application(db, closed, Stage.POSITIONING_CALL)
    declined = OutcomeInput(Outcome.DECLINED_BY_FREELANCER, decline_reason=DeclineReason.RATE, details="Too low")
    move_application(db, closed, Stage.ALUMNI, outcome=declined)
    left_side, right_side = merge_sides(db, left, right)
    merge_freelancers(db, left, right, left_side.profile)
    with db.reading() as session:
        kept = session.scalars(select(Application).where(Application.freelancer_id == left)).one()
    assert (kept.id, kept.stage, kept.outcome) == (live, Stage.SOURCED, None)
