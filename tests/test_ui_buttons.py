"""Every action button has a stable objectName (for tests) and an accessible name (for screen readers)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from fms.storage.database import Database
from fms.ui.main_window import SCREEN_KEYS
from tests.conftest import Factory, open_main_window


def unnamed_buttons(widget: QWidget) -> list[str]:
    """The buttons of `widget` missing either name; a dialog's standard buttons (Save, Cancel) are Qt's own."""
    return [
        f"{button.objectName() or '?'} ({button.text()})"
        for button in widget.findChildren(QPushButton)
        if not isinstance(button.parent(), QDialogButtonBox) and not (button.objectName() and button.accessibleName())
    ]


def test_the_buttons_of_every_screen_and_dialog_are_named(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path
) -> None:
    from fms.ui.dialogs.client_dialog import ClientDialog
    from fms.ui.dialogs.settings_dialog import SettingsDialog
    from fms.ui.file.evaluations_editor import EvaluationsEditor
    from fms.ui.file.freelancer_file import FreelancerFileDialog

    window = open_main_window(qtbot, db, tmp_path)
    widgets: list[QWidget] = [window.show_screen(key) for key in SCREEN_KEYS]
    widgets += [
        ClientDialog(lambda data: data),
        EvaluationsEditor(),
        SettingsDialog(db),
        FreelancerFileDialog(db, make.freelancer()),
    ]
    for widget in widgets[len(SCREEN_KEYS) :]:
        qtbot.addWidget(widget)
    assert {widget.objectName() or type(widget).__name__: unnamed_buttons(widget) for widget in widgets} == {
        widget.objectName() or type(widget).__name__: [] for widget in widgets
    }
