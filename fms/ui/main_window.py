"""The main window: navigation between the screens, menus, status bar, remembered layout."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from fms.ui.backups.actions import BackupActions
from fms.ui.context import AppContext
from fms.ui.first_paint import FirstPaint
from fms.ui.i18n import arg
from fms.ui.icons import ACTION_ICONS, SCREEN_ICONS, app_icon, icon
from fms.ui.live_changes import ChangePoller
from fms.ui.screens.base import Screen
from fms.ui.tab_order import put_last_after
from fms.ui.text_colours import show_as_alert
from fms.ui.window_layout import restore_layout, save_layout

# Each screen's module and class: a screen is built (and its module imported) when first
# shown, so start-up pays only for the one the user left open.
SCREEN_CLASSES = {
    "board": ("fms.ui.screens.board", "BoardScreen"),
    "missions": ("fms.ui.screens.missions", "MissionsScreen"),
    "clients": ("fms.ui.screens.clients", "ClientsScreen"),
    "freelancers": ("fms.ui.screens.freelancers", "FreelancersScreen"),
    "talentPool": ("fms.ui.screens.talent_pool", "TalentPoolScreen"),
    "followUps": ("fms.ui.screens.follow_ups", "FollowUpsScreen"),
    "dashboard": ("fms.ui.screens.dashboard", "DashboardScreen"),
    "answersOwed": ("fms.ui.screens.answers_owed", "AnswersOwedScreen"),
}
SCREEN_KEYS = tuple(SCREEN_CLASSES)


class MainWindow(QMainWindow):
    # File → New, Open or Recent database: (path, create); the application reopens the window on it.
    database_requested = Signal(str, bool)
    # File → Connect to a team database…: the server's URL (password included only in memory).
    server_requested = Signal(str)

    def __init__(
        self,
        context: AppContext,
        settings: QSettings,
        database_name: str,
        log_folder: str = "",
        menus_after_first_paint: bool = False,
    ) -> None:
        super().__init__()
        self.first_paint = FirstPaint(self)
        self.setObjectName("mainWindow")
        self.context = context
        context.card_requested.connect(self.show_card)
        self.settings = settings
        self.log_folder = log_folder
        self.setWindowTitle(arg(self.tr("Vivier — %1"), database_name))
        self.setWindowIcon(app_icon())
        self.screens: dict[str, Screen] = {}
        self.undo_group = QUndoGroup(self)
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Screens"))
        self.navigation.setMaximumWidth(240)
        self.navigation.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("screens")
        for key in SCREEN_KEYS:
            item = QListWidgetItem(self.screen_title(key), self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setIcon(icon(SCREEN_ICONS[key]))
            item.setSizeHint(QSize(160, self.fontMetrics().height() + 18))
        self.navigation.currentRowChanged.connect(
            lambda row: self.stack.setCurrentWidget(self.screen_for(SCREEN_KEYS[row]))
        )
        splitter = QSplitter(self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([180, 1100])
        self.setCentralWidget(splitter)
        self.database_label = QLabel(database_name, self)
        self.database_label.setObjectName("databaseLabel")
        self.attention_button = QPushButton(self)
        self.attention_button.setObjectName("attentionButton")
        self.attention_button.setFlat(True)
        show_as_alert(self.attention_button, "font-weight: bold;")
        self.attention_button.hide()
        self.attention_button.clicked.connect(lambda: self.show_screen("dashboard"))
        self.statusBar().addPermanentWidget(self.attention_button)
        self.backups = BackupActions(self, context)
        self.statusBar().addPermanentWidget(self.backups.label)
        self.statusBar().addPermanentWidget(self.database_label)
        # A long refusal is cut at the permanent widgets: the whole of it on hover.
        self.statusBar().messageChanged.connect(self._status_tooltip)
        context.database_opened.connect(self._count_after_paint)
        context.data_changed.connect(self.update_attention)
        self.change_poller = ChangePoller(context, self)  # other windows' saves reach these screens
        context.data_changed.connect(self.update_answers_badge)
        self._add_menus()
        if menus_after_first_paint:  # start-up: the bar's titles are in the first frame, their entries just after
            self.first_paint.then(self._fill_menus)
        else:
            self._fill_menus()
        restore_layout(self, self.settings, self.navigation, SCREEN_KEYS)

    # Screens and navigation -------------------------------------------------------------------

    def screen_title(self, key: str) -> str:
        titles = {
            "board": self.tr("Board"),
            "missions": self.tr("Missions"),
            "clients": self.tr("Clients"),
            "freelancers": self.tr("Freelancers"),
            "talentPool": self.tr("Talent pool"),
            "followUps": self.tr("Follow-ups"),
            "dashboard": self.tr("Dashboard"),
            "answersOwed": self.tr("Answers owed"),
        }
        return titles[key]

    def ensure_current_screen(self) -> Screen:
        """Builds the screen the navigation points at, if it is not shown yet."""
        screen = self.screen_for(self.current_screen_key())
        self.stack.setCurrentWidget(screen)
        # Qt takes a null stack as "none active" (a screen without undo); PySide6's stub omits None.
        self.undo_group.setActiveStack(screen.undo_stack)  # type: ignore[arg-type]
        return screen

    def _on_navigation(self, row: int) -> None:
        if row >= 0:
            self.ensure_current_screen()

    def screen_for(self, key: str) -> Screen:
        """The screen named `key`, built on first use."""
        if key not in self.screens:
            module_name, class_name = SCREEN_CLASSES[key]
            screen_class = getattr(importlib.import_module(module_name), class_name)
            screen: Screen = screen_class(self.context)
            screen.heading.setText(self.screen_title(key))
            screen.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
            if (requested := getattr(screen, "screen_requested", None)) is not None:
                requested.connect(self.show_screen)
            if screen.undo_stack is not None:
                self.undo_group.addStack(screen.undo_stack)
            self.screens[key] = screen
            self.stack.addWidget(screen)
            # Built after the status bar: Tab reached the attention button before the screen's controls.
            self.first_paint.then(lambda: put_last_after(screen, self.attention_button))
        return self.screens[key]

    def _status_tooltip(self, text: str) -> None:
        self.statusBar().setToolTip(text)

    def show_screen(self, key: str) -> Screen:
        self.navigation.setCurrentRow(SCREEN_KEYS.index(key))
        return self.ensure_current_screen()

    def _count_after_paint(self) -> None:
        # The first screen's rows are painted first: these counts (and the imports they need) come
        # just after, and until then the button stays hidden and the badge shows no number.
        QTimer.singleShot(0, self, self._update_counts)

    def _update_counts(self) -> None:
        self.update_attention()
        self.update_answers_badge()

    def update_attention(self, *_: object) -> None:
        """Engagements ending within 30 days and agreements expiring, one click from the dashboard."""
        from fms.services.overview.attention_counts import attention

        if not self.context.is_open:
            return
        counts = attention(self.context.db)
        parts = []
        if counts.engagements_ending:
            parts.append(self.tr("%n engagement(s) ending within 30 days", "", counts.engagements_ending))
        if counts.agreements_expiring:
            parts.append(self.tr("%n contract(s) or NDA(s) expiring", "", counts.agreements_expiring))
        self.attention_button.setText(" · ".join(parts))
        self.attention_button.setAccessibleName(self.attention_button.text())
        self.attention_button.setVisible(bool(parts))

    def update_answers_badge(self, *_: object) -> None:
        """The count of answers owed on the navigation entry: a candidate is never left unanswered unseen."""
        from fms.services.pipeline import answers_owed_count

        if not self.context.is_open:
            return
        count = answers_owed_count(self.context.db)
        item = self.navigation.item(SCREEN_KEYS.index("answersOwed"))
        title = self.screen_title("answersOwed")
        item.setText(arg(self.tr("%1 (%2)"), title, count) if count else title)

    def show_card(self, mission_id: int, application_id: int) -> None:
        from fms.ui.screens.board import BoardScreen

        screen = self.show_screen("board")
        assert isinstance(screen, BoardScreen)
        screen.board.show_card(mission_id, application_id)

    def current_screen_key(self) -> str:
        return SCREEN_KEYS[max(0, self.navigation.currentRow())]

    # Menus --------------------------------------------------------------------------------------

    def _add_menus(self) -> None:
        self.menus = {}
        for name, title in (
            ("fileMenu", self.tr("&File")),
            ("editMenu", self.tr("&Edit")),
            ("viewMenu", self.tr("&View")),
            ("helpMenu", self.tr("&Help")),
        ):
            self.menus[name] = self.menuBar().addMenu(title)
            self.menus[name].setObjectName(name)

    def _fill_menus(self) -> None:
        from fms.ui.help import actions as help_actions
        from fms.ui.menu_dialogs import export_data, import_people, message_templates, offboarding_template
        from fms.ui.theme import add_theme_menu

        file_menu = self.menus["fileMenu"]
        self._action(file_menu, self.tr("New &mission…"), "newMissionAction", QKeySequence("Ctrl+N"), self._new_mission)
        self._action(
            file_menu, self.tr("New &client…"), "newClientAction", QKeySequence("Ctrl+Shift+N"), self._new_client
        )
        file_menu.addSeparator()
        from fms.ui.database_menu import DatabaseMenu

        self.database_menu = DatabaseMenu(self, file_menu, self.settings)
        self.database_menu.database_requested.connect(self.database_requested)
        self._action(file_menu, self.tr("Connect to a &team database…"), "connectServerAction", None, self._connect)
        self._action(file_menu, self.tr("Your &name…"), "managerNameAction", None, self._manager_name)
        self._action(file_menu, self.tr("&Back up now…"), "backUpNowAction", None, lambda: self.backups.back_up_now())
        self._action(file_menu, self.tr("&Restore…"), "restoreAction", None, lambda: self.backups.show_backups())
        self._action(file_menu, self.tr("E&xport…"), "exportDataAction", None, self._menu_dialog(export_data))
        self._action(
            file_menu,
            self.tr("&Import freelancers…"),
            "importFreelancersAction",
            None,
            self._menu_dialog(import_people),
        )
        from fms.ui.personal_data import add_personal_data_actions

        add_personal_data_actions(self, file_menu, self.context)
        file_menu.addSeparator()
        data = self.tr("Open &data folder")
        self._action(file_menu, data, "openDataFolderAction", None, lambda: help_actions.open_data_folder(self))
        self._action(file_menu, self.tr("Open &log folder"), "openLogsAction", None, self._open_logs)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), "quitAction", QKeySequence(QKeySequence.StandardKey.Quit), self.close)
        edit_menu = self.menus["editMenu"]
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setObjectName("undoAction")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setObjectName("redoAction")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self._action(
            edit_menu,
            self.tr("&Settings…"),
            "settingsAction",
            help_actions.settings_keys(),
            self._settings,
        )
        self._action(
            edit_menu,
            self.tr("&Offboarding checklist…"),
            "offboardingTemplateAction",
            None,
            self._menu_dialog(offboarding_template),
        )
        self._action(
            edit_menu,
            self.tr("&Message templates…"),
            "messageTemplatesAction",
            None,
            self._menu_dialog(message_templates),
        )
        view_menu = self.menus["viewMenu"]
        for number, key in enumerate(SCREEN_KEYS, start=1):
            self._action(
                view_menu,
                self.screen_title(key),
                f"show_{key}Action",
                QKeySequence(f"Ctrl+{number}"),
                lambda checked=False, key=key: self.show_screen(key),
            )
        view_menu.addSeparator()
        self._action(
            view_menu,
            self.tr("&Refresh"),
            "refreshAction",
            QKeySequence(QKeySequence.StandardKey.Refresh),
            self._refresh,
        )
        add_theme_menu(view_menu, self.settings)
        help_menu = self.menus["helpMenu"]
        shortcuts = self.tr("&Keyboard shortcuts")
        self._action(help_menu, shortcuts, "shortcutsAction", QKeySequence("Ctrl+/"), self._shortcuts)
        self._action(help_menu, self.tr("&About Vivier"), "aboutAction", None, lambda: help_actions.show_about(self))
        for action in self.findChildren(QAction):
            if action.objectName() in ACTION_ICONS:
                action.setIcon(icon(ACTION_ICONS[action.objectName()]))

    def _action(self, menu: Any, text: str, name: str, keys: QKeySequence | None, slot: Callable[..., Any]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _new_mission(self) -> None:
        self._create_on("missions")

    def _new_client(self) -> None:
        self._create_on("clients")

    def _create_on(self, key: str) -> None:
        screen = self.show_screen(key)
        if self.context.is_open:
            screen.create_new()  # type: ignore[attr-defined]

    def _settings(self) -> None:
        if not self.context.is_open:
            return
        from fms.ui.dialogs.settings_dialog import SettingsDialog

        if SettingsDialog(self.context.db, self).exec() == SettingsDialog.DialogCode.Accepted:
            self.context.notify("settings")

    def _connect(self) -> None:
        from fms.ui.team.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.settings, self)
        if dialog.exec() == ConnectDialog.DialogCode.Accepted:
            self.server_requested.emit(dialog.address().location().url)

    def _manager_name(self) -> None:
        from fms.ui.team.manager_name import change_manager_name

        change_manager_name(self, self.settings, self.context.db if self.context.is_open else None)

    def _menu_dialog(self, opener: Callable[[AppContext, Any], None]) -> Callable[[], None]:
        return lambda: opener(self.context, self)

    def _refresh(self) -> None:
        self.context.notify("refresh")

    def _open_logs(self) -> None:
        from fms.ui.help.actions import open_folder

        open_folder(self.log_folder)

    def _shortcuts(self) -> None:
        from fms.ui.help.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).exec()

    # Remembered layout --------------------------------------------------------------------------

    def save_layout(self) -> None:
        save_layout(self, self.settings, self.current_screen_key())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.backups.stop()
        self.save_layout()
        super().closeEvent(event)

    def set_busy_message(self, text: str) -> None:
        self.statusBar().showMessage(text)

    def central_screen(self) -> QWidget | None:
        return self.stack.currentWidget()
