"""Every dialog that can be opened on a fresh database fits a 1280×720 screen, as built and as it asks to be."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from fms.storage.database import Database
from tests.conftest import Factory

SCREEN_WIDTH, SCREEN_HEIGHT = 1280, 720
TITLE_BAR = 40  # what a window manager adds above the dialog


def _profile_sheet(db: Database, make: Factory) -> QDialog:
    from fms.ui.reports.profile_sheet_dialog import ProfileSheetDialog

    return ProfileSheetDialog(db, make.freelancer(), "Camille Moreau")


def _freelancer_file(db: Database, make: Factory) -> QDialog:
    from fms.ui.file.freelancer_file import FreelancerFileDialog

    return FreelancerFileDialog(db, make.freelancer())


def _merge(db: Database, make: Factory) -> QDialog:
    from fms.ui.file.merge_dialog import MergeDialog

    return MergeDialog(db, make.freelancer("Camille", "Moreau"), make.freelancer("Camille", "Moreaux"))


def _lists(db: Database, make: Factory) -> QDialog:
    from fms.ui.file.lists_dialog import FreelancerListsDialog

    return FreelancerListsDialog(db, make.freelancer(), "Camille Moreau")


def _message(db: Database, make: Factory) -> QDialog:
    from fms.ui.messages.message_dialog import MessageDialog

    return MessageDialog(db, make.freelancer())


def _simple(module: str, name: str) -> Callable[[Database, Factory], QDialog]:
    def build(db: Database, make: Factory) -> QDialog:
        import importlib

        dialog: QDialog = getattr(importlib.import_module(module), name)(db)
        return dialog

    return build


def _connect(db: Database, make: Factory) -> QDialog:
    from fms.ui.team.connect_dialog import ConnectDialog

    return ConnectDialog(QSettings())


def _client(db: Database, make: Factory) -> QDialog:
    from fms.services.crm import create_client
    from fms.ui.dialogs.client_dialog import ClientDialog

    return ClientDialog(lambda data: create_client(db, data))


def _mission(db: Database, make: Factory) -> QDialog:
    from fms.services.crm import create_mission, list_clients
    from fms.ui.dialogs.mission_dialog import MissionDialog

    make.client()
    return MissionDialog(lambda data: create_mission(db, data), list_clients(db))


DIALOGS: dict[str, Callable[[Database, Factory], QDialog]] = {
    "profile sheet": _profile_sheet,
    "freelancer file": _freelancer_file,
    "merge": _merge,
    "lists": _lists,
    "message": _message,
    "connect": _connect,
    "client": _client,
    "mission": _mission,
    "settings": _simple("fms.ui.dialogs.settings_dialog", "SettingsDialog"),
    "data export": _simple("fms.ui.data_export", "ExportDialog"),
    "message templates": _simple("fms.ui.messages.templates_dialog", "MessageTemplatesDialog"),
    "offboarding template": _simple("fms.ui.offboarding.template_dialog", "OffboardingTemplateDialog"),
    "person export": _simple("fms.ui.personal_data", "PersonExportDialog"),
    "retention review": _simple("fms.ui.retention_dialog", "RetentionReviewDialog"),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_the_dialog_fits_a_1280_by_720_screen(name: str, qtbot: QtBot, db: Database, make: Factory) -> None:
    dialog = DIALOGS[name](db, make)
    qtbot.addWidget(dialog)
    dialog.show()
    for what, size in (("size hint", dialog.sizeHint()), ("size", dialog.size())):
        assert size.width() <= SCREEN_WIDTH and size.height() <= SCREEN_HEIGHT - TITLE_BAR, (what, size)


def test_a_long_value_in_the_merge_dialog_is_elided_with_the_whole_of_it_on_hover(
    qtbot: QtBot, db: Database, make: Factory
) -> None:
    from PySide6.QtWidgets import QRadioButton

    from fms.services.file import ProfileInput, save_profile
    from fms.ui.file.merge_dialog import MergeDialog

    long_headline = "Senior data engineer, " * 9  # 198 characters, within the limit of 200
    left = save_profile(db, None, ProfileInput(first_name="Camille", last_name="Martin", headline="Data")).id
    right = save_profile(db, None, ProfileInput(first_name="Camile", last_name="Martin", headline=long_headline)).id
    dialog = MergeDialog(db, left, right)
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.findChild(QRadioButton, "headlineRight")
    assert button is not None
    assert button.text().endswith("…") and len(button.text()) < len(long_headline)
    assert button.toolTip().strip() == long_headline.strip()
    assert dialog.sizeHint().width() <= SCREEN_WIDTH


def test_an_evaluators_reason_shows_whole_on_hover(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton

    from fms.ui.file.evaluations_editor import COMMENT, EvaluationsEditor

    editor = EvaluationsEditor()
    qtbot.addWidget(editor)
    editor.show()
    add = editor.findChild(QPushButton, "addEvaluatorButton")
    assert add is not None
    add.click()
    cell = editor.table.cellWidget(0, COMMENT)
    assert isinstance(cell, QLineEdit)
    qtbot.keyClicks(cell, "Delivered the migration two weeks early and trained the team")
    assert cell.toolTip() == "Delivered the migration two weeks early and trained the team"


def test_a_long_status_bar_message_shows_whole_on_hover(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    from tests.conftest import open_main_window

    window = open_main_window(qtbot, db, tmp_path)
    refusal = "This card cannot move to On mission: " + "the signed contract and NDA are missing, " * 4
    window.statusBar().showMessage(refusal)
    assert window.statusBar().toolTip() == refusal


def test_the_decline_reason_error_wraps_inside_the_dialog(qtbot: QtBot, db: Database, make: Factory) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox, QLabel

    from fms.core.enums import Outcome, Stage
    from fms.services.pipeline import load_card, move_application
    from fms.ui.board.outcome_dialog import OutcomeDialog

    application_id = make.application_at(Stage.FINAL_ANSWER)
    card = load_card(db, application_id)
    assert card is not None
    dialog = OutcomeDialog(
        card,
        (Outcome.DECLINED_BY_FREELANCER,),
        lambda data: move_application(db, application_id, Stage.ALUMNI, outcome=data),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(320, dialog.height())  # the narrowest a user can make it
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "decline_reasonError")
    assert error is not None
    assert error.isVisible() and error.text() == "Choose why the freelancer declined."
    assert error.wordWrap()
    assert error.geometry().right() <= dialog.width()
