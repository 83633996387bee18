"""View → Theme: the platform's look, a light one or a dark one, remembered between sessions.

Light and Dark use the Fusion style, whose drawing follows the palette everywhere (the native
styles of some platforms ignore a dark palette); System gives back the style and palette Qt
started with.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtGui import QAction, QActionGroup, QColor, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QStyleFactory

from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.ui.contrast import readable_under

SETTING = "ui/theme"
SYSTEM = "system"
LIGHT = "light"
DARK = "dark"
THEMES = {
    SYSTEM: QT_TRANSLATE_NOOP("theme", "&System"),
    LIGHT: QT_TRANSLATE_NOOP("theme", "&Light"),
    DARK: QT_TRANSLATE_NOOP("theme", "&Dark"),
}
# The role → colour table of the dark theme (active and inactive groups; disabled is below).
_DARK = {
    QPalette.ColorRole.Window: "#2b2d31",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f2023",
    QPalette.ColorRole.AlternateBase: "#27292d",
    QPalette.ColorRole.ToolTipBase: "#3a3d42",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#9a9ea6",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#35383d",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#45484e",
    QPalette.ColorRole.Midlight: "#3b3e43",
    QPalette.ColorRole.Mid: "#2f3236",
    QPalette.ColorRole.Dark: "#191a1c",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#3d6fb8",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.LinkVisited: "#c58af9",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#80848b",
    QPalette.ColorRole.Text: "#80848b",
    QPalette.ColorRole.ButtonText: "#80848b",
    QPalette.ColorRole.Highlight: "#4a4d52",
    QPalette.ColorRole.HighlightedText: "#b0b0b0",
}
# What the platform gave before any theme was applied, for System.
_platform: tuple[str, QPalette] | None = None


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def light_palette() -> QPalette:
    """Fusion's own, its selection blue darkened: white text on #308cc6 is only 3.7:1."""
    palette = QStyleFactory.create("Fusion").standardPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        highlight = palette.color(group, QPalette.ColorRole.Highlight)
        text = palette.color(group, QPalette.ColorRole.HighlightedText)
        palette.setColor(group, QPalette.ColorRole.Highlight, readable_under(highlight, text))
    return palette


def theme_name(settings: QSettings) -> str:
    value = str(settings.value(SETTING, SYSTEM))
    return value if value in THEMES else SYSTEM


def apply_theme(name: str) -> None:
    """Restyles the whole application now: every widget gets a palette-change event and repaints."""
    global _platform
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if _platform is None:
        _platform = (app.style().name(), QPalette(app.palette()))
    if name == SYSTEM:
        app.setStyle(_platform[0])
        app.setPalette(_platform[1])
    else:
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if name == DARK else light_palette())
    # Qt tells only top-level windows, and children with a palette or style sheet of their own
    # (board columns, red labels) would keep the old colours: every widget hears it, now.
    for widget in app.allWidgets():
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.ApplicationPaletteChange))


def apply_saved_theme(settings: QSettings) -> None:
    """At start: System needs nothing done, so the platform's look costs no restyling."""
    name = theme_name(settings)
    if name != SYSTEM:
        apply_theme(name)


def add_theme_menu(menu: QMenu, settings: QSettings) -> QMenu:
    """The Theme submenu of `menu`: one checked choice, applied at once and saved."""
    submenu = menu.addMenu(QCoreApplication.translate("theme", "&Theme"))
    submenu.setObjectName("themeMenu")
    group = QActionGroup(submenu)
    group.setExclusive(True)
    current = theme_name(settings)
    for key, text in THEMES.items():
        action = QAction(QCoreApplication.translate("theme", text), submenu)
        action.setObjectName(f"theme_{key}Action")
        action.setCheckable(True)
        action.setChecked(key == current)
        action.setData(key)
        group.addAction(action)
        submenu.addAction(action)

    def chosen(action: QAction) -> None:
        settings.setValue(SETTING, action.data())
        apply_theme(str(action.data()))

    group.triggered.connect(chosen)
    return submenu
