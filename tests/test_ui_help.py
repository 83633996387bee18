"""Help → Keyboard shortcuts and About, File → Open data folder, Settings' keys, icons, and no-display start."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QTableWidget
from pytestqt.qtbot import QtBot

from fms.core.display import NO_DISPLAY, display_missing
from fms.core.version import app_version
from fms.storage.database import Database
from fms.storage.locations import data_dir
from fms.ui.help import actions as help_actions
from fms.ui.help.about import AboutDialog
from fms.ui.help.shortcuts import ShortcutsDialog, shortcut_rows
from fms.ui.icons import app_icon, icon
from fms.ui.main_window import SCREEN_KEYS
from tests.conftest import open_main_window


def run_dialog(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog]) -> list[QDialog]:
    """The dialogs of `dialog_class` the user opens, shown instead of run modally."""
    opened: list[QDialog] = []

    def exec_(dialog: QDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        opened.append(dialog)
        return 0

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return opened


def test_the_shortcuts_dialog_lists_every_shortcut_of_the_window(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_main_window(qtbot, db, tmp_path)
    extra = QShortcut(QKeySequence("Ctrl+Alt+J"), window)  # one added later (by a screen) is listed too
    extra.setWhatsThis("Jump somewhere")
    opened = run_dialog(qtbot, monkeypatch, ShortcutsDialog)
    window.findChild(QAction, "shortcutsAction").trigger()
    (dialog,) = opened
    assert dialog.objectName() == "shortcutsDialog"
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    listed = {(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())}
    expected = {
        (keys.toString(QKeySequence.SequenceFormat.NativeText), action.text().replace("&", "").replace("…", "").strip())
        for action in window.findChildren(QAction)
        for keys in action.shortcuts()
    }
    assert expected and expected <= listed
    assert ("Ctrl+N", "New mission") in listed
    assert ("Ctrl+1", "Board") in listed
    assert ("Ctrl+Alt+J", "Jump somewhere") in listed
    menus = {row.what: row.where for row in shortcut_rows(window)}
    assert menus["New mission"] == "File"
    assert menus["Keyboard shortcuts"] == "Help"


def test_settings_open_on_ctrl_comma_where_the_platform_has_no_preferences_key(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    window = open_main_window(qtbot, db, tmp_path)
    settings = window.findChild(QAction, "settingsAction")
    platform_key = QKeySequence(QKeySequence.StandardKey.Preferences)
    expected = platform_key if not platform_key.isEmpty() else QKeySequence("Ctrl+,")
    assert not settings.shortcut().isEmpty()
    assert settings.shortcut() == expected == help_actions.settings_keys()


def test_the_about_box_shows_version_data_folder_last_backup_and_licences(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_main_window(qtbot, db, tmp_path)
    opened = run_dialog(qtbot, monkeypatch, AboutDialog)
    window.findChild(QAction, "aboutAction").trigger()
    (dialog,) = opened
    assert dialog.objectName() == "aboutDialog"
    summary = dialog.summary.text()
    assert app_version() in summary
    assert help_actions.data_folder(window.context) in summary
    assert window.backups.label.text() in summary
    if db.location.sqlite_path is not None:  # a server's backups are the server's own: no line then
        assert window.backups.label.text() == "No backup yet"
        assert str(db.location.sqlite_path.parent) == help_actions.data_folder(window.context)
    titles = [dialog.licences.tabText(i) for i in range(dialog.licences.count())]
    assert "THIRD_PARTY_NOTICES" in titles and "Lucide icons" in titles
    notices = dialog.licences.widget(titles.index("THIRD_PARTY_NOTICES"))
    assert isinstance(notices, QPlainTextEdit)
    assert "PySide6" in notices.toPlainText() and "LGPL" in notices.toPlainText()
    lucide = dialog.licences.widget(titles.index("Lucide icons"))
    assert "ISC License" in lucide.toPlainText()


def test_open_data_folder_opens_the_database_folder(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_main_window(qtbot, db, tmp_path)
    asked: list[str] = []
    monkeypatch.setattr(help_actions, "open_folder", lambda folder: asked.append(folder) or True)
    window.findChild(QAction, "openDataFolderAction").trigger()
    assert asked == [help_actions.data_folder(window.context)]
    if db.location.sqlite_path is not None:
        assert asked == [str(db.location.sqlite_path.parent)]
    else:  # a server's database: Vivier's own data folder
        assert asked == [str(data_dir())]


def _darkest_alpha_pixel(image: QImage) -> QColor | None:
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 255:
                return colour
    return None


@pytest.mark.parametrize("text_colour", ["#000000", "#f0f0f0"])
def test_icons_take_the_palette_text_colour_at_any_size(qtbot: QtBot, text_colour: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = app.palette()
    palette = QPalette(saved)
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text_colour))
    app.setPalette(palette)
    try:
        for size in (16, 48, 128):
            image = icon("kanban").pixmap(QSize(size, size)).toImage()
            assert image.size() == QSize(size, size)
            pixel = _darkest_alpha_pixel(image)
            assert pixel is not None and pixel.name() == text_colour
    finally:
        app.setPalette(saved)


def test_the_navigation_and_main_actions_carry_icons_and_the_window_the_app_icon(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    window = open_main_window(qtbot, db, tmp_path)
    for row, key in enumerate(SCREEN_KEYS):
        assert not window.navigation.item(row).icon().isNull(), key
    for name in ("newMissionAction", "settingsAction", "aboutAction", "undoAction", "quitAction"):
        assert not window.findChild(QAction, name).icon().isNull(), name
    assert not window.windowIcon().isNull()
    assert not app_icon().pixmap(256, 256).isNull()


@pytest.mark.parametrize(
    ("environ", "platform", "missing"),
    [
        ({}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_a_missing_display_is_found_before_qt_starts(environ: dict[str, str], platform: str, missing: bool) -> None:
    assert display_missing(environ, platform) is missing


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the X11/Wayland check is Linux's")
def test_main_without_a_display_says_so_and_exits_1(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[1]
    environ = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, str(root / "main.py"), "--db", str(tmp_path / "x.db")],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == NO_DISPLAY
    assert "xcb" not in result.stderr
