"""No silent lost update: a save from a form read before someone else saved the same record is
refused with what differs, then reloaded (theirs) or saved over theirs (mine), as the user says.

"Two windows" are two Database objects on one file, as two Vivier instances open it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from fms.core.enums import Stage
from fms.core.errors import ChangedElsewhere, FieldChange
from fms.models import Client
from fms.services import settings
from fms.services.crm import ClientInput, Contact, update_client, update_mission
from fms.services.crm.clients import get_client
from fms.services.crm.missions import get_mission
from fms.services.file import get_file, save_profile
from fms.services.pipeline import MovedElsewhere, card_history, move_application
from fms.storage.database import Database
from fms.ui.board.board_widget import PipelineBoard
from fms.ui.context import AppContext
from fms.ui.dialogs.settings_dialog import SettingsDialog
from fms.ui.dialogs.stale_save import StaleSaveDialog
from fms.ui.file.freelancer_file import FreelancerFileDialog
from fms.ui.screens.clients import ClientsScreen
from fms.ui.screens.missions import MissionsScreen
from tests.conftest import Factory


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], list[StaleSaveDialog]]:
    """Answers the stale-save dialog by clicking one of its buttons; returns the dialogs shown."""
    shown: list[StaleSaveDialog] = []

    def set_reply(button_name: str) -> list[StaleSaveDialog]:
        def exec_(dialog: StaleSaveDialog) -> int:
            shown.append(dialog)
            button = dialog.findChild(QPushButton, button_name)
            assert button is not None
            button.click()
            return dialog.result()

        monkeypatch.setattr(StaleSaveDialog, "exec", exec_)
        return shown

    return set_reply


def rows_of(dialog: StaleSaveDialog) -> list[tuple[str, str, str]]:
    table = dialog.table
    return [tuple(table.item(row, column).text() for column in range(3)) for row in range(table.rowCount())]  # type: ignore[misc]


def press_save(qtbot: QtBot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


# The services ----------------------------------------------------------------------------------


def test_a_stale_profile_save_is_refused_with_theirs_and_yours(db: Database, other: Database, make: Factory) -> None:
    person = make.freelancer("Ana", "Silva")
    mine = get_file(db, person)
    theirs = get_file(other, person)
    save_profile(other, person, replace(theirs.profile, phone="06 22 22 22 22"), version=theirs.version)
    with pytest.raises(ChangedElsewhere) as refused:
        save_profile(db, person, replace(mine.profile, headline="Data engineer"), version=mine.version)
    assert refused.value.message == "maya saved this record after you opened it."
    assert set(refused.value.changes) == {
        FieldChange("phone", "+33622222222", ""),  # stored as E.164
        FieldChange("headline", "", "Data engineer"),
    }
    assert get_file(db, person).profile.phone == "+33622222222"  # nothing of mine was written
    saved = save_profile(db, person, replace(mine.profile, headline="Data engineer"), version=refused.value.version)
    assert (saved.profile.phone, saved.profile.headline) == ("", "Data engineer")


def test_a_profile_saved_from_the_current_version_goes_through(db: Database, make: Factory) -> None:
    person = make.freelancer("Ana", "Silva")
    first = get_file(db, person)
    second = save_profile(db, person, replace(first.profile, phone="0611111111"), version=first.version)
    third = save_profile(db, person, replace(second.profile, skills=(("Go", 4),)), version=second.version)
    assert third.version > second.version > first.version  # skills alone move the version too


def test_a_client_whose_contacts_changed_elsewhere_refuses_a_stale_save(
    db: Database, other: Database, make: Factory
) -> None:
    client_id = make.client("Orion")
    mine = get_client(db, client_id)
    update_client(other, client_id, ClientInput(name="Orion", contacts=(Contact("Léa Petit", "CTO"),)), version=1)
    with pytest.raises(ChangedElsewhere) as refused:
        update_client(db, client_id, ClientInput(name="Orion", sector="Retail"), version=mine.version)
    assert set(refused.value.changes) == {
        FieldChange("contacts", "Léa Petit (CTO)", ""),
        FieldChange("sector", "", "Retail"),
    }
    assert get_client(db, client_id).sector == ""


def test_a_stale_mission_save_is_refused(db: Database, other: Database, make: Factory) -> None:
    mission_id = make.mission()
    mine = get_mission(db, mission_id)
    update_mission(other, mission_id, replace(mine.as_input(), budget_daily_rate_cents=70000), version=mine.version)
    with pytest.raises(ChangedElsewhere) as refused:
        update_mission(db, mission_id, replace(mine.as_input(), location="Lyon"), version=mine.version)
    assert set(refused.value.changes) == {FieldChange("budget", "700 €", "600 €"), FieldChange("location", "", "Lyon")}


def test_a_stale_settings_save_is_refused_only_for_what_differs(db: Database, other: Database) -> None:
    keys = (settings.COMPANY_NAME, settings.LETTER_PLACE)
    mine = settings.read_settings(db, keys)
    settings.set_texts(other, {settings.COMPANY_NAME: "Vivier SA"}, versions=mine.versions)
    with pytest.raises(ChangedElsewhere) as refused:
        settings.set_texts(db, {settings.COMPANY_NAME: "Acme", settings.LETTER_PLACE: "Lyon"}, versions=mine.versions)
    assert refused.value.changes == (FieldChange(settings.COMPANY_NAME, "Vivier SA", "Acme"),)
    assert settings.get_texts(db, keys) == {settings.COMPANY_NAME: "Vivier SA", settings.LETTER_PLACE: ""}
    settings.set_texts(db, {settings.COMPANY_NAME: "Acme"}, versions=refused.value.version)
    assert settings.get_texts(db, keys)[settings.COMPANY_NAME] == "Acme"


def test_a_row_changed_between_read_and_write_is_not_overwritten(db: Database, make: Factory) -> None:
    """What version_id_col guards on a server without locks, made to happen inside one transaction."""
    client_id = make.client("Orion")
    with pytest.raises(ChangedElsewhere):
        with db.transaction() as session:
            client = session.get_one(Client, client_id)
            session.execute(
                text("UPDATE clients SET version = version + 1, name = 'Theirs' WHERE id = :id"), {"id": client_id}
            )
            client.name = "Mine"
    assert get_client(db, client_id).name == "Orion"  # the whole transaction rolled back


def test_a_card_moved_elsewhere_is_not_moved_again(db: Database, other: Database, make: Factory) -> None:
    application_id = make.application()
    move_application(other, application_id, Stage.POSITIONING_CALL, expected_stage=Stage.SOURCED)
    with pytest.raises(MovedElsewhere) as refused:
        move_application(db, application_id, Stage.POSITIONING_CALL, expected_stage=Stage.SOURCED)
    assert refused.value.message == "Moved by maya to Positioning call."


# The dialogs -----------------------------------------------------------------------------------


def open_file(qtbot: QtBot, db: Database, person: int) -> FreelancerFileDialog:
    dialog = FreelancerFileDialog(db, person)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def change_phone_elsewhere(other: Database, person: int, phone: str) -> None:
    theirs = get_file(other, person)
    save_profile(other, person, replace(theirs.profile, phone=phone), version=theirs.version)


def test_the_file_shows_what_changed_and_reloads_theirs(
    qtbot: QtBot, db: Database, other: Database, make: Factory, answer: Callable[[str], list[StaleSaveDialog]]
) -> None:
    person = make.freelancer("Ana", "Silva")
    dialog = open_file(qtbot, db, person)
    change_phone_elsewhere(other, person, "06 22 22 22 22")
    qtbot.keyClicks(dialog.fields.headline, "Data engineer")
    shown = answer("reloadButton")
    dialog.accept()
    assert len(shown) == 1 and shown[0].objectName() == "staleSaveDialog"
    assert set(rows_of(shown[0])) == {("Phone", "+33622222222", "—"), ("Headline", "—", "Data engineer")}
    assert dialog.isVisible()
    assert (dialog.fields.phone.text(), dialog.fields.headline.text()) == ("06 22 22 22 22", "")
    assert not dialog.has_unsaved_changes
    assert get_file(db, person).profile.headline == ""  # nothing of mine was written


def test_the_file_overwrites_theirs_when_asked(
    qtbot: QtBot, db: Database, other: Database, make: Factory, answer: Callable[[str], list[StaleSaveDialog]]
) -> None:
    person = make.freelancer("Ana", "Silva")
    dialog = open_file(qtbot, db, person)
    change_phone_elsewhere(other, person, "06 22 22 22 22")
    qtbot.keyClicks(dialog.fields.headline, "Data engineer")
    answer("overwriteButton")
    dialog.accept()
    assert not dialog.isVisible()
    saved = get_file(db, person).profile
    assert (saved.phone, saved.headline) == ("", "Data engineer")


def test_the_client_dialog_reloads_theirs(
    qtbot: QtBot, db: Database, other: Database, make: Factory, answer: Callable[[str], list[StaleSaveDialog]]
) -> None:
    client_id = make.client("Orion")
    context = AppContext()
    context.set_database(db)
    screen = ClientsScreen(context)
    qtbot.addWidget(screen)
    dialog = screen.make_dialog(get_client(db, client_id))
    qtbot.addWidget(dialog)
    dialog.show()
    update_client(other, client_id, ClientInput(name="Orion", sector="Banking"), version=1)
    dialog.notes.setPlainText("Pays late")
    shown = answer("reloadButton")
    press_save(qtbot, dialog.buttons)
    assert rows_of(shown[0]) == [("Sector", "Banking", "—"), ("Notes", "—", "Pays late")]
    assert (dialog.sector.text(), dialog.notes.toPlainText()) == ("Banking", "")
    answer("overwriteButton")  # nothing is stale any more: saved at once, the dialog is not asked
    dialog.notes.setPlainText("Pays late")
    press_save(qtbot, dialog.buttons)
    assert len(shown) == 1
    saved = get_client(db, client_id)
    assert (saved.sector, saved.notes) == ("Banking", "Pays late")


def test_the_mission_dialog_overwrites_at_the_new_version(
    qtbot: QtBot, db: Database, other: Database, make: Factory, answer: Callable[[str], list[StaleSaveDialog]]
) -> None:
    mission_id = make.mission()
    context = AppContext()
    context.set_database(db)
    screen = MissionsScreen(context)
    qtbot.addWidget(screen)
    dialog = screen.make_dialog(get_mission(db, mission_id))
    qtbot.addWidget(dialog)
    dialog.show()
    row = get_mission(other, mission_id)
    update_mission(other, mission_id, replace(row.as_input(), title="Renamed elsewhere"), version=row.version)
    qtbot.keyClicks(dialog.location, "Lyon")
    shown = answer("overwriteButton")
    press_save(qtbot, dialog.buttons)
    assert len(shown) == 1 and not dialog.isVisible()
    saved = get_mission(db, mission_id)
    assert (saved.title, saved.location) == (row.title, "Lyon")


def test_the_settings_dialog_reloads_theirs(
    qtbot: QtBot, db: Database, other: Database, answer: Callable[[str], list[StaleSaveDialog]]
) -> None:
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    settings.set_texts(other, {settings.SIGNATORY_NAME: "Maya Roux"})
    qtbot.keyClicks(dialog.texts[settings.SIGNATORY_NAME], "Jean Dupont")
    shown = answer("reloadButton")
    dialog.accept()
    assert rows_of(shown[0]) == [("Signed by", "Maya Roux", "Jean Dupont")]
    assert dialog.texts[settings.SIGNATORY_NAME].text() == "Maya Roux"  # type: ignore[union-attr]
    answer("overwriteButton")
    qtbot.keyClicks(dialog.texts[settings.SIGNATORY_NAME], " Jr")
    dialog.accept()
    assert settings.get_texts(db, (settings.SIGNATORY_NAME,)) == {settings.SIGNATORY_NAME: "Maya Roux Jr"}


# The board -------------------------------------------------------------------------------------


def test_a_card_moved_in_another_window_is_refused_and_redrawn(
    qtbot: QtBot, db: Database, other: Database, make: Factory
) -> None:
    application_id = make.application()
    context = AppContext()
    context.set_database(db)
    board = PipelineBoard(context)
    qtbot.addWidget(board)
    board.show()
    board.reload()
    told: list[str] = []
    board.message.connect(told.append)
    move_application(other, application_id, Stage.POSITIONING_CALL)
    move_application(other, application_id, Stage.PROFILE_SENT, confirm_over_limit=True)
    history = card_history(db, application_id)
    assert board.card(application_id).stage == Stage.SOURCED  # type: ignore[union-attr]
    assert board.moves.move(application_id, Stage.POSITIONING_CALL) is False
    assert told[0] == "Moved by maya to Profile sent."
    assert board.card(application_id).stage == Stage.PROFILE_SENT  # type: ignore[union-attr]
    assert card_history(db, application_id) == history  # nothing written
