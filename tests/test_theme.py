"""View → Theme: one choice at a time, applied at once to the board, labels and icons, and remembered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QListView
from pytestqt.qtbot import QtBot

from fms.ui.context import AppContext
from fms.ui.contrast import TEXT_CONTRAST, contrast_ratio, is_dark
from fms.ui.icons import icon
from fms.ui.main_window import MainWindow
from fms.ui.text_colours import show_as_alert
from fms.ui.theme import SETTING, apply_saved_theme, apply_theme


@pytest.fixture(autouse=True)
def back_to_system() -> Iterator[None]:
    yield
    apply_theme("system")


def window_in(qtbot: QtBot, settings: QSettings) -> MainWindow:
    window = MainWindow(AppContext(), settings, "test.db")
    qtbot.addWidget(window)
    window.show()
    return window


def theme_actions(window: MainWindow) -> dict[str, QAction]:
    actions = {key: window.findChild(QAction, f"theme_{key}Action") for key in ("system", "light", "dark")}
    assert all(isinstance(action, QAction) for action in actions.values())
    return {key: action for key, action in actions.items() if action is not None}


def window_colour() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.Window)


def icon_colour() -> QColor:
    """The colour of the first opaque pixel of an icon drawn now."""
    image: QImage = icon("kanban").pixmap(32, 32).toImage()
    for y in range(32):
        for x in range(32):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 255:
                return colour
    raise AssertionError("the icon drew nothing")


def test_dark_then_light_then_system_from_the_view_menu(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = window_in(qtbot, settings)
    window.show_screen("board")
    system_window = window_colour().name()
    actions = theme_actions(window)
    assert all(action.isCheckable() for action in actions.values()) and actions["system"].isChecked()
    group = actions["dark"].actionGroup()
    assert group is actions["light"].actionGroup() and group.isExclusive()
    light_icon = icon_colour()

    actions["dark"].trigger()
    assert is_dark(window_colour()) and QApplication.style().name() == "fusion"
    assert [key for key, action in actions.items() if action.isChecked()] == ["dark"]
    assert settings.value(SETTING) == "dark"
    # The open board's columns follow at once, as do the icons, drawn in the new text colour.
    column = window.findChild(QListView, "stageColumn_sourced")
    assert column is not None and is_dark(column.viewport().palette().color(QPalette.ColorRole.Base))
    assert is_dark(light_icon) and not is_dark(icon_colour())

    actions["light"].trigger()
    assert not is_dark(window_colour()) and not is_dark(column.viewport().palette().color(QPalette.ColorRole.Base))
    assert settings.value(SETTING) == "light"
    actions["system"].trigger()
    assert window_colour().name() == system_window and settings.value(SETTING) == "system"


def test_the_theme_chosen_is_applied_at_the_next_start(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTING, "dark")
    apply_saved_theme(settings)
    assert is_dark(window_colour())
    window = window_in(qtbot, settings)
    assert [key for key, action in theme_actions(window).items() if action.isChecked()] == ["dark"]
    settings.setValue(SETTING, "no such theme")  # a hand-edited file falls back to the platform's
    apply_theme("system")
    apply_saved_theme(settings)
    assert not is_dark(window_colour())


def test_an_error_label_stays_readable_when_the_theme_changes(qtbot: QtBot) -> None:
    label = QLabel("The end date is before the start.")
    qtbot.addWidget(label)
    show_as_alert(label)
    for theme in ("light", "dark"):
        apply_theme(theme)
        colour = QColor(label.styleSheet().removeprefix("color: ").removesuffix(";"))
        assert contrast_ratio(colour, window_colour()) >= TEXT_CONTRAST, theme
