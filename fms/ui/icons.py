"""The bundled Lucide icons (ISC, resources/icons/LICENSE), drawn in the palette's text colour.

Lucide's SVGs stroke with `currentColor`: it is replaced by the palette's text colour (and its
disabled colour for the disabled state), so the same files work on light and dark themes. Each
icon is rendered from the SVG at every size asked for, so it stays crisp on high-DPI screens.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from fms.core.resources import resource_path

APP_ICON = "vivier"
# Each screen's Lucide icon (resources/icons/).
SCREEN_ICONS = {
    "board": "kanban",
    "missions": "briefcase",
    "clients": "building-2",
    "freelancers": "users",
    "talentPool": "sparkles",
    "followUps": "calendar-clock",
    "dashboard": "layout-dashboard",
    "answersOwed": "mail-question-mark",
}
# The main actions' icons, by the action's objectName (set after the menus are built).
ACTION_ICONS = {
    "newMissionAction": "file-plus",
    "newClientAction": "building",
    "connectServerAction": "server",
    "managerNameAction": "user-pen",
    "backUpNowAction": "hard-drive-download",
    "restoreAction": "archive-restore",
    "exportDataAction": "file-output",
    "openDataFolderAction": "folder-open",
    "openLogsAction": "scroll-text",
    "quitAction": "log-out",
    "undoAction": "undo-2",
    "redoAction": "redo-2",
    "settingsAction": "settings",
    "offboardingTemplateAction": "list-checks",
    "messageTemplatesAction": "mail",
    "refreshAction": "refresh-cw",
    "shortcutsAction": "keyboard",
    "aboutAction": "info",
}


@cache
def _svg_text(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


def icon_exists(name: str) -> bool:
    return resource_path("icons", f"{name}.svg").is_file()


class TintedSvgEngine(QIconEngine):
    """Paints one SVG at the size asked, its `currentColor` taken from the application's palette then."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        palette = QGuiApplication.palette()
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
        colour: QColor = palette.color(group, QPalette.ColorRole.WindowText)
        return QSvgRenderer(QByteArray(_svg_text(self.name).replace("currentColor", colour.name()).encode()))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self.name)


def icon(name: str) -> QIcon:
    """The Lucide icon `name` (a file under resources/icons/), tinted to the palette."""
    return QIcon(TintedSvgEngine(name))


def app_icon() -> QIcon:
    """Vivier's own icon, in its own colours: the SVG for every size, the 256 px PNG where SVG is not read."""
    result = QIcon(str(resource_path("icons", f"{APP_ICON}.svg")))
    result.addFile(str(resource_path("icons", f"{APP_ICON}-256.png")), QSize(256, 256))
    return result
