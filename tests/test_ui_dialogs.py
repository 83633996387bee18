"""The client and mission dialogs, filled as a user would: errors beside fields, then saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from fms.services.crm import clients as client_service
from fms.services.crm import missions as mission_service
from fms.storage.database import Database
from fms.ui.dialogs.client_dialog import ClientDialog
from fms.ui.dialogs.mission_dialog import MissionDialog
from tests.conftest import Factory


def press_save(qtbot: QtBot, dialog: ClientDialog | MissionDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def new_client_dialog(qtbot: QtBot, db: Database) -> ClientDialog:
    dialog = ClientDialog(lambda data: client_service.create_client(db, data))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_client_without_a_name_is_not_saved(qtbot: QtBot, db: Database) -> None:
    dialog = new_client_dialog(qtbot, db)
    press_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_for("name") == "The name is required."
    assert client_service.list_clients(db) == []


def test_a_duplicate_client_name_is_shown_beside_the_field(qtbot: QtBot, db: Database, make: Factory) -> None:
    make.client("Orion Retail")
    dialog = new_client_dialog(qtbot, db)
    qtbot.keyClicks(dialog.name, "orion retail")
    press_save(qtbot, dialog)
    assert dialog.error_for("name") == "Another client already has this name."


def test_a_valid_client_is_saved_and_the_dialog_closes(qtbot: QtBot, db: Database) -> None:
    dialog = new_client_dialog(qtbot, db)
    qtbot.keyClicks(dialog.name, "Banque Lumi")
    dialog.name.insert("ère")  # QTest cannot type characters beyond ASCII (it aborts)
    qtbot.keyClicks(dialog.sector, "Banking")
    press_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert dialog.result_row is not None and dialog.result_row.name == "Banque Lumière"
    assert [(row.name, row.sector) for row in client_service.list_clients(db)] == [("Banque Lumière", "Banking")]


def new_mission_dialog(qtbot: QtBot, db: Database) -> MissionDialog:
    dialog = MissionDialog(lambda data: mission_service.create_mission(db, data), client_service.list_clients(db))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_mission_errors_appear_beside_each_field(qtbot: QtBot, db: Database, make: Factory) -> None:
    make.client("Hexa Assurances")
    dialog = new_mission_dialog(qtbot, db)
    press_save(qtbot, dialog)
    assert dialog.error_for("client") == "Choose the client."
    assert dialog.error_for("title") == "The title is required."
    dialog.client.setCurrentIndex(1)
    qtbot.keyClicks(dialog.title_edit, "Migration Kubernetes")
    dialog.start.setDate(QDate(2026, 5, 1))
    dialog.end.setDate(QDate(2026, 4, 1))
    press_save(qtbot, dialog)
    assert dialog.error_for("client") == ""
    assert dialog.error_for("end_date") == "The end date is before the start date."
    qtbot.keyClicks(dialog.budget, "six cents")
    press_save(qtbot, dialog)
    assert "amount in euros" in dialog.error_for("budget")
    dialog.budget.clear()
    qtbot.keyClicks(dialog.budget, "-5")
    press_save(qtbot, dialog)
    assert dialog.error_for("budget") == "The daily-rate budget cannot be negative."
    assert mission_service.list_missions(db) == []


def test_a_valid_mission_is_saved_with_its_skills(qtbot: QtBot, db: Database, make: Factory) -> None:
    make.client("Hexa Assurances")
    dialog = new_mission_dialog(qtbot, db)
    dialog.client.setCurrentIndex(1)
    qtbot.keyClicks(dialog.title_edit, "Migration Kubernetes")
    qtbot.keyClicks(dialog.budget, "650,50")
    dialog.start.setDate(QDate(2026, 3, 2))
    qtbot.keyClicks(dialog.skills, "Kubernetes 4, Terraform")
    press_save(qtbot, dialog)
    assert not dialog.isVisible()
    (mission,) = mission_service.list_missions(db)
    assert (mission.title, mission.client_name, mission.budget_daily_rate_cents) == (
        "Migration Kubernetes",
        "Hexa Assurances",
        65050,
    )
    assert (mission.start_date, mission.end_date) == (date(2026, 3, 2), None)
    assert mission.required_skills == (("Kubernetes", 4), ("Terraform", 3))


def test_editing_a_mission_shows_what_it_holds(qtbot: QtBot, db: Database, make: Factory) -> None:
    mission = mission_service.get_mission(db, make.mission(title="Data pipelines"))
    dialog = MissionDialog(
        lambda data: mission_service.update_mission(db, mission.id, data), client_service.list_clients(db), mission
    )
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "Data pipelines"
    assert dialog.budget.text() == "600"
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Data pipelines v2")
    press_save(qtbot, dialog)
    assert mission_service.get_mission(db, mission.id).title == "Data pipelines v2"
    assert mission_service.get_mission(db, mission.id).budget_daily_rate_cents == 60000


def test_contacts_are_entered_in_the_client_dialog(qtbot: QtBot, db: Database) -> None:
    dialog = new_client_dialog(qtbot, db)
    qtbot.keyClicks(dialog.name, "Hexa")
    qtbot.mouseClick(dialog.contacts.add_button, Qt.MouseButton.LeftButton)
    dialog.contacts.table.item(0, 0).setText("Nadia Haddad")
    dialog.contacts.table.item(0, 2).setText("nadia@")
    press_save(qtbot, dialog)
    assert dialog.error_for("contacts") == "A contact's email address is not valid."
    dialog.contacts.table.item(0, 2).setText("nadia@hexa.example")
    press_save(qtbot, dialog)
    assert not dialog.isVisible()
    (client,) = client_service.list_clients(db)
    assert [(c.name, c.email) for c in client.contacts] == [("Nadia Haddad", "nadia@hexa.example")]


def test_the_agreements_check_can_be_switched_off(qtbot: QtBot, db: Database) -> None:
    from fms.services.settings import REQUIRE_SIGNED_AGREEMENTS, get_flag
    from fms.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.require_agreements.isChecked()
    dialog.require_agreements.setChecked(False)
    dialog.accept()
    assert get_flag(db, REQUIRE_SIGNED_AGREEMENTS) is False


def test_the_letterhead_is_set_in_the_settings(qtbot: QtBot, db: Database) -> None:
    from fms.services.reports import company
    from fms.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.texts["company_name"].setText("Atelier Nord Conseil")
    dialog.texts["company_address"].setPlainText("12 rue des Tanneurs\n\n69002 Lyon\n")
    dialog.texts["signatory_name"].setText("Henry Thomas")
    dialog.accept()
    letterhead, signatory, place = company(db)
    assert (letterhead.company_name, letterhead.address_lines, letterhead.logo_path) == (
        "Atelier Nord Conseil",
        ("12 rue des Tanneurs", "69002 Lyon"),
        None,
    )
    assert (signatory.name, place) == ("Henry Thomas", "")
    reopened = SettingsDialog(db)
    qtbot.addWidget(reopened)
    assert reopened.texts["company_name"].text() == "Atelier Nord Conseil"
