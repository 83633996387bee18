"""The pipeline board: a toolbar of filters above one column per stage."""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fms.core.enums import Seniority, Stage
from fms.core.errors import KnownError
from fms.services.pipeline import Card
from fms.ui.board.card_delegate import CardDelegate
from fms.ui.board.card_model import StageCardModel
from fms.ui.board.flat_scroll_bar import FlatScrollBar, window_colour
from fms.ui.board.folding import FoldMemory
from fms.ui.board.stage_column import CLOSED, StageColumn, StageColumnView, build_column, column_key
from fms.ui.context import AppContext
from fms.ui.i18n import arg, error_text, label
from fms.ui.widgets import action_button, filter_combo, filter_line, refill_combo

if TYPE_CHECKING:  # the services are imported where called: the board is previewed before SQLAlchemy loads
    from fms.services.pipeline import CardFilter, MissionChoice
    from fms.services.pipeline.preview import BoardPreview
    from fms.ui.board.columns import BoardColumns
    from fms.ui.board.moves import MoveController

STAGES = tuple(Stage)
# The board's columns: one per stage, then the closed applications that were not hired.
COLUMN_KEYS: tuple[str, ...] = (*STAGES, CLOSED)
# Typing in a filter waits for a pause this long: one filtering per word, not one per key.
FILTER_DELAY_MS = 150
# Folded until the user opens them: they only grow, and would push the live stages off screen.
FOLDED_AT_FIRST = (Stage.ALUMNI.value, CLOSED)


class PipelineBoard(QWidget):
    """Shows; the services decide. `message` carries what the status bar should say."""

    message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelineBoard")
        self.context = context
        if settings is None:
            from fms.ui.app import app_settings

            settings = app_settings()
        self.folding = FoldMemory(settings, FOLDED_AT_FIRST)
        self.undo_stack = QUndoStack(self)
        self._missions: dict[int, MissionChoice] = {}
        self._build_toolbar()
        self.delegate = CardDelegate(self, show_mission=True)
        self.settings = settings
        self.delegate.compact = bool(settings.value("board/compact", False, type=bool))
        self.compact_button.setChecked(self.delegate.compact)
        self.compact_button.toggled.connect(self.set_compact)
        # Keyed by column: a stage (a StrEnum, equal to its value) or CLOSED.
        self.models: dict[str, StageCardModel] = {}
        self.columns: dict[str, StageColumn] = {}
        strip = QWidget(self)
        row = QHBoxLayout(strip)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for key in COLUMN_KEYS:
            closed = key == CLOSED
            stage = Stage.ALUMNI if closed else Stage(key)
            title = self.tr("Closed, not hired") if closed else ""
            model, column = build_column(stage, self.delegate, strip, key=key, title=title)
            self.models[key], self.columns[key] = model, column
            self._connect(column.view)
            model.count_changed.connect(lambda key=key: self._update_count(key))
            column.set_folded(key in self.folding.folded)
            column.fold_toggled.connect(self.folding.set_folded)
            row.addWidget(column)
        row.addStretch(0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("boardScroll")
        self.scroll_area.setAccessibleName(self.tr("Pipeline stages"))
        self.scroll_area.setWidget(strip)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setHorizontalScrollBar(FlatScrollBar(Qt.Orientation.Horizontal, window_colour))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.scroll_area, 1)
        self.previewing = False

    @cached_property
    def cards_in_columns(self) -> BoardColumns:
        """What fills the columns from the database: built on first use, after the preview."""
        from fms.ui.board.columns import BoardColumns

        return BoardColumns(self.models, lambda: self.context.db, lambda: self.context.is_open, self)

    @cached_property
    def moves(self) -> MoveController:
        from fms.ui.board.moves import MoveController

        return MoveController(self)

    def show_preview(self, preview: BoardPreview | None) -> None:
        """Start-up's board until `reload_cards` replaces it: disabled (no drag, key, menu or dialog), busy.

        `preview` holds every column's order and its first batch's cards (None: an empty board).
        """
        for key in COLUMN_KEYS:
            keys = preview.columns.get(key, []) if preview is not None else []
            self.models[key].set_keys(list(keys), None, preview.cards if preview is not None else {})
        self.previewing = True
        self.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)

    def end_preview(self) -> None:
        if self.previewing:
            self.previewing = False
            self.setEnabled(True)  # the widgets disabled on their own (the choices until filled) stay so
            self.unsetCursor()

    # Toolbar ------------------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        self.toolbar = QHBoxLayout()
        self.mission_selector = filter_combo(self, "missionSelector", self.tr("Mission"))
        self.mission_selector.setMinimumContentsLength(34)
        self.mission_selector.currentIndexChanged.connect(self._mission_changed)
        self.client_filter = filter_combo(self, "clientFilter", self.tr("Client"))
        self.seniority_filter = filter_combo(self, "seniorityFilter", self.tr("Seniority"))
        self.seniority_filter.addItem(self.tr("Any seniority"), None)
        for seniority in Seniority:
            self.seniority_filter.addItem(label(seniority), seniority)
        self.skill_filter = filter_line(self, "skillFilter", self.tr("Skill"))
        self.text_filter = filter_line(self, "boardSearch", self.tr("Name or headline"))
        self.add_button = action_button(
            self, self.tr("&Add application…"), "addApplicationButton", self.add_application
        )
        for combo in (self.client_filter, self.seniority_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.filter_timer = QTimer(self)
        self.filter_timer.setObjectName("boardFilterTimer")
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self.apply_filters)
        self.skill_filter.textChanged.connect(self.apply_filters)
        self.text_filter.textChanged.connect(self._filter_typed)
        for widget in (
            self.mission_selector,
            self.client_filter,
            self.seniority_filter,
            self.skill_filter,
            self.text_filter,
        ):
            self.toolbar.addWidget(widget)
        self.toolbar.addStretch(1)
        self.compact_button = QToolButton(self)
        self.compact_button.setObjectName("compactCardsButton")
        self.compact_button.setText(self.tr("Compact cards"))
        self.compact_button.setAccessibleName(self.tr("Compact cards"))
        self.compact_button.setCheckable(True)
        self.toolbar.addWidget(self.compact_button)
        self.toolbar.addWidget(self.add_button)

    def set_compact(self, compact: bool) -> None:
        """Smaller cards (name, terms, tags), remembered; every column lays its cards out again."""
        self.delegate.compact = compact
        self.settings.setValue("board/compact", compact)
        self.settings.sync()
        for column in self.columns.values():
            column.view.scheduleDelayedItemsLayout()
            column.view.viewport().update()

    def _connect(self, view: StageColumnView) -> None:
        stage, key = view.stage, view.key
        view.cards_dropped.connect(lambda ids, before, stage=stage: self.drop(ids, stage, before))
        view.step_requested.connect(self.step)
        view.close_requested.connect(lambda application_id: self.moves.move(application_id, Stage.ALUMNI))
        view.neighbour_requested.connect(lambda direction, row, key=key: self._focus_neighbour(key, direction, row))
        view.open_requested.connect(self.open_card)
        view.archive_requested.connect(self.archive_card)

    # Loading -----------------------------------------------------------------------------------

    def selected_mission(self) -> int | None:
        return self.mission_selector.currentData()

    def reload(self) -> None:
        """Everything from the database again: missions, filters' choices, cards.

        The first time, the cards come first and the choices just after they are painted; the
        filters that need those choices stay disabled until then.
        """
        if self.mission_selector.count():
            self.reload_now()
            return
        self.reload_cards()  # an empty selector means all missions
        for widget in self._choice_widgets():
            widget.setEnabled(False)
        QTimer.singleShot(0, self, self._fill_choices_later)

    def reload_now(self) -> None:
        """Missions, filters' choices and cards, all before returning."""
        self._fill_choices()
        self.reload_cards()

    def _choice_widgets(self) -> tuple[QWidget, ...]:
        return (self.mission_selector, self.client_filter, self.skill_filter)

    def _fill_choices_later(self) -> None:
        # Not already filled by an earlier reload_now(), and the database still open (a switch closes it).
        if self.context.is_open and not self.mission_selector.count():
            self._fill_choices()

    def _fill_choices(self) -> None:
        from fms.services.common.skills import skill_names
        from fms.services.pipeline import mission_choices

        db = self.context.db
        self._missions = {mission.id: mission for mission in mission_choices(db)}  # in selector order
        self._fill_missions()
        self._fill_clients()
        completer = QCompleter(skill_names(db), self.skill_filter)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.skill_filter.setCompleter(completer)
        for widget in self._choice_widgets():
            widget.setEnabled(True)

    def reload_cards(self) -> None:
        """Every column's order and count, and the cards of its first batch, from the database."""
        self.cards_in_columns.load(self.selected_mission(), self._toolbar_filter())
        self.end_preview()
        self.delegate.show_mission = self.selected_mission() is None
        self.add_button.setEnabled(self.selected_mission() is not None)
        self.add_button.setToolTip("" if self.selected_mission() else self.tr("Choose a mission first"))

    def _fill_missions(self) -> None:
        missions = self._missions.values()
        refill_combo(
            self.mission_selector,
            ((f"{mission.title} · {mission.client_name}", mission.id) for mission in missions),
            first=self.tr("All missions"),
        )

    def _fill_clients(self) -> None:
        clients = sorted({(m.client_name, m.client_id) for m in self._missions.values()}, key=lambda c: c[0].casefold())
        refill_combo(self.client_filter, clients, first=self.tr("All clients"))

    def show_card(self, mission_id: int, application_id: int) -> bool:
        """Opens the card's mission with no filter hiding it, selects the card and gives it the focus."""
        self.reload_now()
        self.mission_selector.setCurrentIndex(max(0, self.mission_selector.findData(mission_id)))
        for box in (self.client_filter, self.seniority_filter):
            box.setCurrentIndex(0)
        for line in (self.skill_filter, self.text_filter):
            line.clear()
        self.apply_filters()
        card = self.card(application_id)
        if card is None:
            self.tell(self.tr("This application is no longer on the board (archived)."))
            return False
        view = self.view(column_key(card))
        view.select_card(application_id)
        view.setFocus()
        self.scroll_area.ensureWidgetVisible(self.columns[column_key(card)])
        return True

    def _mission_changed(self) -> None:
        self.reload_cards()

    def _filter_typed(self, text: str) -> None:
        if text.strip():
            self.filter_timer.start()  # restarts: the filter runs once typing pauses
        else:
            self.apply_filters()  # an emptied filter shows every card at once

    def apply_filters(self) -> None:
        """Asks the database which cards the filters show; the columns' unfiltered counts are kept."""
        self.filter_timer.stop()  # what it would apply is applied now
        self.cards_in_columns.load(self.selected_mission(), self._toolbar_filter(), keep_counts=True)

    def _toolbar_filter(self) -> CardFilter:
        from fms.services.pipeline import CardFilter

        return CardFilter(
            client_id=self.client_filter.currentData(),
            skill=self.skill_filter.text().strip(),
            seniority=self.seniority_filter.currentData(),
            text=self.text_filter.text(),
        )

    def _update_count(self, key: str) -> None:
        self.columns[key].set_count(self.models[key].total, self.models[key].unfiltered_total)

    # Cards -------------------------------------------------------------------------------------

    def card(self, application_id: int) -> Card | None:
        """A card of the board, shown or hidden by the filters."""
        return self.cards_in_columns.card(application_id, self.selected_mission())

    def view(self, key: str) -> StageColumnView:
        """The view of a stage's column, or of the Closed strip (`CLOSED`)."""
        return self.columns[key].view

    def refresh_card(self, application_id: int) -> None:
        """Redraws one card from the database, in the column and place the service gave it."""
        key = self.cards_in_columns.refresh(application_id, self.selected_mission())
        if key is not None:
            self.view(key).select_card(application_id)
            self.view(key).setFocus()
        self.context.notify("board")

    def mission_dates(self, mission_id: int) -> tuple[date | None, date | None]:
        mission = self._missions.get(mission_id)
        return (mission.start_date, mission.end_date) if mission else (None, None)

    def tell(self, text: str) -> None:
        self.message.emit(text)

    # What the user asks -----------------------------------------------------------------------

    def drop(self, application_ids: list[int], stage: Stage, before_id: int | None) -> None:
        for application_id in application_ids:
            if application_id != before_id:
                self.moves.move(application_id, stage, before_id)

    def step(self, application_id: int, direction: int) -> None:
        card = self.card(application_id)
        if card is None:
            return
        target = STAGES.index(card.stage) + direction
        if 0 <= target < len(STAGES):
            self.moves.move(application_id, STAGES[target])

    def _focus_neighbour(self, key: str, direction: int, row: int) -> None:
        index = COLUMN_KEYS.index(key) + direction
        while 0 <= index < len(COLUMN_KEYS):
            view = self.view(COLUMN_KEYS[index])
            if view.model().rowCount():
                view.setFocus()
                view.setCurrentIndex(view.model().index(min(row, view.model().rowCount() - 1), 0))
                self.scroll_area.ensureWidgetVisible(self.columns[COLUMN_KEYS[index]])
                return
            index += direction

    def open_card(self, application_id: int) -> None:
        from fms.ui.board.card_details import CardDetailsDialog

        card = self.card(application_id)
        if card is None:
            return
        details = CardDetailsDialog(self.context, card, self)
        details.exec()
        if details.answered:
            self.refresh_card(application_id)  # the answer was sent or edited: its tag follows

    def archive_card(self, application_id: int) -> None:
        from fms.services.pipeline import archive_application
        from fms.ui.screens.crud import confirm

        card = self.card(application_id)
        if card is None:
            return
        question = arg(
            self.tr("Archive the application of %1 for “%2”? It leaves the board; its history is kept."),
            card.freelancer_name,
            card.mission_title,
        )
        if not confirm(self, self.tr("Archive application"), question):
            return
        try:
            archive_application(self.context.db, application_id)
        except KnownError as error:
            self.tell(error_text(error))
            return
        self.undo_stack.clear()  # an archived card cannot be moved back by an older undo
        self.refresh_card(application_id)

    def add_application(self) -> None:
        from fms.ui.board.add_application import AddApplicationDialog

        mission_id = self.selected_mission()
        if mission_id is None:
            return
        dialog = AddApplicationDialog(self.context.db, self._missions[mission_id], self)
        if dialog.exec() == AddApplicationDialog.DialogCode.Accepted and dialog.result_row is not None:
            self.refresh_card(dialog.result_row.id)
            self.tell(arg(self.tr("Proposed %1 for %2"), dialog.chosen_name, dialog.mission_title))
