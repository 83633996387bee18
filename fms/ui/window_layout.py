"""The main window's remembered size, dock state and last screen, in the user's settings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QListWidget, QMainWindow


def restore_layout(window: QMainWindow, settings: QSettings, navigation: QListWidget, keys: tuple[str, ...]) -> None:
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(1280, 800)
    state = settings.value("window/state")
    if isinstance(state, QByteArray) and not state.isEmpty():
        window.restoreState(state)
    last = settings.value("window/screen", "board")
    # Only remembered here: the screen itself is built after the first paint.
    navigation.blockSignals(True)
    navigation.setCurrentRow(keys.index(last) if last in keys else 0)
    navigation.blockSignals(False)


def save_layout(window: QMainWindow, settings: QSettings, screen_key: str) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/screen", screen_key)
    settings.sync()
