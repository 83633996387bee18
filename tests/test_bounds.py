"""Out-of-range input is refused by the services with the field's message, and the dialogs show it:
`1e20` as a rate, texts longer than their limit, impossible dates and scores."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from fms.core import limits
from fms.core.enums import ContactChannel, InterviewKind, Outcome, Stage
from fms.core.errors import ValidationError
from fms.models import Engagement, Renewal
from fms.services.crm import ClientInput, MissionInput, create_client, create_mission, list_clients
from fms.services.file import (
    InterviewInput,
    NoteInput,
    ProfileInput,
    add_note,
    save_interview,
    save_profile,
    schedule_follow_up,
)
from fms.services.pipeline import OutcomeInput, get_engagement, load_card, move_application, renew
from fms.services.pool import PoolQuery, search_pool
from fms.storage.database import Database
from fms.ui.board.outcome_dialog import OutcomeDialog
from fms.ui.dialogs.client_dialog import ClientDialog
from fms.ui.dialogs.form import FormDialog
from fms.ui.dialogs.mission_dialog import MissionDialog
from fms.ui.offboarding.renewal_dialog import RenewalDialog
from tests.conftest import Factory

# Typed in full: "1e20" itself is refused as not an amount by the rate parser.
HUGE_TYPED = "1" + "0" * 20
HUGE = 10**22  # cents: 1e20 €, past SQLite's integers; it used to raise OverflowError
RATE_TOO_HIGH = "A daily rate is at most 100\u202f000 €."


def press_save(qtbot: QtBot, dialog: FormDialog[object]) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def hired(db: Database, make: Factory) -> int:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    outcome = OutcomeInput(
        Outcome.HIRED,
        start_date=date(2026, 2, 2),
        planned_end_date=date(2026, 6, 30),
        daily_rate_cents=62000,
        sign_later=True,
    )
    move_application(db, application_id, Stage.ON_MISSION, outcome=outcome)
    with db.reading() as session:
        return session.scalars(select(Engagement.id).where(Engagement.application_id == application_id)).one()


def engagement_count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count(Engagement.id))) or 0


def test_a_huge_rate_in_the_hire_dialog_is_shown_beside_the_field(qtbot: QtBot, db: Database, make: Factory) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    card = load_card(db, application_id)
    assert card is not None

    def hire(outcome: OutcomeInput) -> object:
        return move_application(db, application_id, Stage.ON_MISSION, outcome=outcome)

    dialog = OutcomeDialog(card, (Outcome.HIRED,), hire, default_end=date(2026, 6, 30))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.sign_later = True
    dialog.rate.setText(HUGE_TYPED)
    press_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_for("daily_rate") == RATE_TOO_HIGH
    assert engagement_count(db) == 0


def test_a_huge_rate_in_the_renewal_dialog_is_shown_beside_the_field(qtbot: QtBot, db: Database, make: Factory) -> None:
    engagement_id = hired(db, make)
    dialog = RenewalDialog(db, get_engagement(db, engagement_id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new_rate.setText(HUGE_TYPED)
    press_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_for("new_rate") == RATE_TOO_HIGH
    with db.reading() as session:
        assert session.scalars(select(Renewal)).all() == []


def test_the_services_refuse_rates_out_of_range(db: Database, make: Factory) -> None:
    engagement_id = hired(db, make)
    with pytest.raises(ValidationError) as refused:
        renew(db, engagement_id, date(2026, 12, 31), HUGE)
    assert refused.value.field_errors == {"new_rate": RATE_TOO_HIGH}
    application_id = make.application_at(Stage.FINAL_ANSWER)
    outcome = OutcomeInput(Outcome.HIRED, start_date=date(2026, 3, 2), daily_rate_cents=HUGE, sign_later=True)
    with pytest.raises(ValidationError) as refused:
        move_application(db, application_id, Stage.ON_MISSION, outcome=outcome)
    assert refused.value.field_errors == {"daily_rate": RATE_TOO_HIGH}
    with pytest.raises(ValidationError) as refused:
        create_mission(db, MissionInput(client_id=make.client(), title="Data", budget_daily_rate_cents=HUGE))
    assert refused.value.field_errors == {"budget": RATE_TOO_HIGH}
    with pytest.raises(ValidationError) as refused:
        save_profile(db, None, ProfileInput("Ada", "Lovelace", daily_rate_cents=limits.MAX_DAILY_RATE_CENTS + 1))
    assert refused.value.field_errors == {"daily_rate": RATE_TOO_HIGH}
    # The largest rate allowed is kept.
    assert renew(db, engagement_id, date(2026, 12, 31), limits.MAX_DAILY_RATE_CENTS).daily_rate_cents == 10_000_000
    assert engagement_count(db) == 1


def test_a_huge_budget_in_the_mission_dialog_is_refused(qtbot: QtBot, db: Database, make: Factory) -> None:
    make.client("Orion")
    dialog = MissionDialog(lambda data: create_mission(db, data), list_clients(db))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.client.setCurrentIndex(1)
    qtbot.keyClicks(dialog.title_edit, "Data engineer")
    qtbot.keyClicks(dialog.budget, HUGE_TYPED)
    press_save(qtbot, dialog)
    assert dialog.error_for("budget") == RATE_TOO_HIGH


def test_a_pool_filter_up_to_a_huge_rate_means_any_rate(db: Database, make: Factory) -> None:
    search_pool(db, PoolQuery(rate_min_cents=0, rate_max_cents=HUGE))  # used to raise OverflowError


def test_texts_longer_than_their_limit_are_refused_by_the_services(db: Database, make: Factory) -> None:
    with pytest.raises(ValidationError) as refused:
        create_client(db, ClientInput(name="N" * (limits.NAME + 1), notes="n" * (limits.LONG_TEXT + 1)))
    assert refused.value.field_errors == {"name": "At most 200 characters.", "notes": "At most 20000 characters."}
    with pytest.raises(ValidationError) as refused:
        save_profile(db, None, ProfileInput("A" * (limits.PERSON_NAME + 1), "B", headline="h" * 201))
    assert refused.value.field_errors == {
        "first_name": "At most 100 characters.",
        "headline": "At most 200 characters.",
    }
    freelancer_id = make.freelancer()
    with pytest.raises(ValidationError) as refused:
        add_note(db, freelancer_id, NoteInput(rating=4, would_rehire=True, text="x" * (limits.LONG_TEXT + 1)))
    assert set(refused.value.field_errors) == {"text"}
    with pytest.raises(ValidationError) as refused:
        schedule_follow_up(db, freelancer_id, datetime.now(UTC), ContactChannel.EMAIL, "p" * 501)
    assert set(refused.value.field_errors) == {"purpose"}
    # Exactly at the limit is fine, spaces around do not count.
    row = create_client(db, ClientInput(name=" " + "N" * limits.NAME + " "))
    assert len(row.name) == limits.NAME


def test_the_widgets_stop_where_the_services_do(qtbot: QtBot, db: Database) -> None:
    dialog = ClientDialog(lambda data: create_client(db, data))
    qtbot.addWidget(dialog)
    assert dialog.name.maxLength() == limits.NAME
    assert dialog.sector.maxLength() == limits.SECTOR
    dialog.name.setText("N" * 500)
    assert len(dialog.name.text()) == limits.NAME


def test_dates_and_scores_out_of_range_are_refused(db: Database, make: Factory) -> None:
    client_id = make.client()
    with pytest.raises(ValidationError) as refused:
        create_mission(db, MissionInput(client_id=client_id, title="M", start_date=date(1901, 1, 1)))
    assert refused.value.field_errors == {"start_date": "Choose a date between 1970 and 2099."}
    application_id = make.application_at(Stage.FINAL_ANSWER)
    outcome = OutcomeInput(
        Outcome.HIRED, start_date=date(2026, 3, 2), planned_end_date=date(2206, 1, 1), daily_rate_cents=500_00
    )
    with pytest.raises(ValidationError) as refused:
        move_application(db, application_id, Stage.ON_MISSION, outcome=outcome)
    assert refused.value.field_errors == {"planned_end_date": "Choose a date between 1970 and 2099."}
    with pytest.raises(ValidationError) as refused:
        add_note(db, make.freelancer(), NoteInput(rating=6, would_rehire=True, text="Good"))
    assert set(refused.value.field_errors) == {"rating"}
    interview = InterviewInput(application_id, InterviewKind.CLIENT, datetime(2266, 1, 1, tzinfo=UTC))
    with pytest.raises(ValidationError) as refused:
        save_interview(db, None, interview)
    assert set(refused.value.field_errors) == {"scheduled_at"}


def test_the_date_fields_end_at_the_last_plausible_date(qtbot: QtBot, db: Database, make: Factory) -> None:
    make.client("Orion")
    dialog = MissionDialog(lambda data: create_mission(db, data), list_clients(db))
    qtbot.addWidget(dialog)
    assert dialog.start.maximumDate().year() == limits.LAST_DATE.year
    assert isinstance(dialog.budget, QLineEdit) and dialog.budget.maxLength() == limits.RATE_TEXT
