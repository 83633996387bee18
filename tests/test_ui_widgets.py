"""The shared widget makers: named, accessible buttons everywhere; choice lists refilled without losing the choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QPushButton, QWidget
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


def test_a_refilled_choice_list_keeps_the_choice_and_says_nothing(qtbot: QtBot) -> None:
    from fms.ui.widgets import refill_combo

    combo = QComboBox()
    qtbot.addWidget(combo)
    refill_combo(combo, [("Orion", 1), ("Zeta", 2)], first="All clients")
    combo.setCurrentIndex(combo.findData(2))
    changes: list[int] = []
    combo.currentIndexChanged.connect(changes.append)
    refill_combo(combo, [("Aster", 3), ("Zeta", 2)], first="All clients")
    assert [combo.itemText(i) for i in range(combo.count())] == ["All clients", "Aster", "Zeta"]
    assert (combo.currentData(), changes) == (2, [])
    refill_combo(combo, [("Aster", 3)])  # the choice is gone: the first item, still silently
    assert (combo.currentData(), combo.count(), changes) == (3, 1, [])
