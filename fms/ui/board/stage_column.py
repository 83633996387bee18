"""One column of the board: a list view of its stage's cards that takes drops and keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QMenu, QSizePolicy, QVBoxLayout, QWidget

from fms.core.enums import Stage
from fms.services.pipeline.card import CLOSED_COLUMN, Card, column_of
from fms.ui.board.card_colours import card_colours
from fms.ui.board.card_delegate import CardDelegate
from fms.ui.board.card_model import CARD_ROLE, StageCardModel
from fms.ui.board.flat_scroll_bar import FlatScrollBar
from fms.ui.board.folding import FOLDED_WIDTH, ClickableHeader, FoldedStrip
from fms.ui.board.mime import decode_cards
from fms.ui.i18n import label

COLUMN_WIDTH = 300
# Narrow enough that every stage fits a 1440-pixel screen with Alumni folded; cards elide their text.
MIN_COLUMN_WIDTH = 132
COLUMN_RADIUS = 8  # the rounded corners of a column's background
# A display grouping, not a stage: closed applications that were not hired are in Alumni in the
# database (no migration, no rule changes) but shown apart from the real alumni, at the end.
CLOSED = CLOSED_COLUMN


def column_colour(key: str) -> QColor:
    """The background of a column (Closed a shade apart) for the application's current theme."""
    colours = card_colours(QGuiApplication.palette())
    return colours.closed_column if key == CLOSED else colours.column


def column_key(card: Card) -> str:
    """The column a card shows in: its stage's, or the Closed strip for a closing without a hire."""
    return column_of(card.stage, card.outcome)


def made_here_viewport(view: QListView) -> QWidget:
    """A viewport as Qt makes one (Base background, filled), made from Python.

    `viewport()` on the one Qt made has PySide6 build the Python type of every QWidget subclass, with
    their enums (about 80 classes, 8 ms), and the column asks for it before the board's first paint.
    """
    viewport = QWidget(view)
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    return viewport


class StageColumnView(QListView):
    """Emits what the user asks; the board decides with the services."""

    cards_dropped = Signal(list, object)  # application ids, id of the card to drop before (None: last)
    step_requested = Signal(int, int)  # application id, -1 for the previous stage or +1 for the next
    close_requested = Signal(int)  # application id: to Alumni, with its outcome
    neighbour_requested = Signal(int, int)  # -1 or +1, the row to select there
    open_requested = Signal(int)
    archive_requested = Signal(int)

    def __init__(
        self,
        stage: Stage,
        model: StageCardModel,
        delegate: CardDelegate,
        parent: QWidget | None = None,
        key: str | None = None,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setViewport(made_here_viewport(self))
        self.stage = stage  # where a card dropped here goes
        self.key = key or stage.value
        self.setObjectName(f"stageColumn_{self.key}")
        self.setAccessibleName(title or label(stage))
        self.setModel(model)
        self.setItemDelegate(delegate)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBar(FlatScrollBar(Qt.Orientation.Vertical, lambda: column_colour(self.key)))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.apply_colours()

    def apply_colours(self) -> None:
        # The column's colour through the palette: a style sheet here also restyles (and blackens) the scroll bar.
        for widget in (self, self.viewport()):  # the viewport, under the column's style sheet, keeps its own
            palette = widget.palette()
            palette.setColor(QPalette.ColorRole.Base, column_colour(self.key))
            widget.setPalette(palette)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.apply_colours()  # a new theme: the column follows it
        return super().event(event)

    def card_id_at_row(self, row: int) -> int | None:
        index = self.model().index(row, 0)
        return index.data(CARD_ROLE).id if index.isValid() else None

    def current_card_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(CARD_ROLE).id if index.isValid() and self.selectionModel().isSelected(index) else None

    def select_card(self, application_id: int) -> bool:
        model = self.model()
        assert isinstance(model, StageCardModel)
        row = model.row_of(application_id)
        if row is None:
            return False  # not on the board, or hidden by the filters
        model.reveal(row)  # past the cards fetched so far: the rows up to it are exposed
        index = model.index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self.model().rowCount():
            return
        painter = QPainter(self.viewport())
        try:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            room = self.viewport().rect().adjusted(8, 24, -8, -8)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            painter.drawText(room, flags, self.tr("Drop a card here"))
        finally:
            painter.end()

    # Drops -------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if decode_cards(event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if not decode_cards(event.mimeData()):
            event.ignore()
            return
        super().dragMoveEvent(event)  # draws the drop indicator
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        ids = decode_cards(event.mimeData())
        if not ids:
            event.ignore()
            return
        before = self.card_before(event.position().toPoint())
        # Copy, not Move: the source view must not remove rows itself; the board redraws from the service.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        # After the drag has ended: the move may open dialogs, which must not run inside a drop.
        QTimer.singleShot(0, self, lambda: self.cards_dropped.emit(ids, before))

    def card_before(self, point: QPoint) -> int | None:
        """The card a drop at `point` lands in front of, or None for the end of the column."""
        index = self.indexAt(point)
        if not index.isValid():
            return None
        row = index.row()
        if point.y() > self.visualRect(index).center().y():
            row += 1
        return self.card_id_at_row(row)

    # Keys --------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, modifiers = event.key(), event.modifiers()
        card_id = self.current_card_id()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            direction = -1 if key == Qt.Key.Key_Left else 1
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                if card_id is None:
                    pass
                elif modifiers & Qt.KeyboardModifier.ShiftModifier and direction > 0:
                    self.close_requested.emit(card_id)
                else:
                    self.step_requested.emit(card_id, direction)
            else:
                self.neighbour_requested.emit(direction, max(0, self.currentIndex().row()))
            event.accept()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and card_id is not None:
            self.open_requested.emit(card_id)
            event.accept()
        elif key == Qt.Key.Key_Delete and card_id is not None:
            self.archive_requested.emit(card_id)
            event.accept()
        else:
            super().keyPressEvent(event)


class StageColumn(QFrame):
    """A column's header (stage and count) above its view; folded, a narrow strip with both."""

    fold_toggled = Signal(str, bool)  # column key, folded

    def __init__(self, stage: Stage, view: StageColumnView, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.stage = stage
        self.view = view
        self.title = title or label(stage)
        self.folded = False
        self._background = QColor()
        key = view.key
        self.setObjectName(f"column_{key}")
        self.setMinimumWidth(MIN_COLUMN_WIDTH)
        self.setMaximumWidth(COLUMN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.apply_colours()
        self.header = ClickableHeader(self)
        self.header.setObjectName(f"columnHeader_{key}")
        self.header.setToolTip(self.tr("Click to fold this column"))
        self.header.clicked.connect(self.toggle_fold)
        self.header.setWordWrap(True)  # a narrow column keeps its count on a second line
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.strip = FoldedStrip(self)
        self.strip.setObjectName(f"foldedStrip_{key}")
        self.strip.setToolTip(self.tr("Click to unfold this column"))
        self.strip.setAccessibleName(self.title)
        self.strip.clicked.connect(self.toggle_fold)
        self.strip.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(view, 1)
        layout.addWidget(self.strip, 1)
        view.setParent(self)

    def apply_colours(self) -> None:
        self._background = column_colour(self.view.key)
        self.view.apply_colours()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        # Painted, not a style sheet: a sheet is parsed per column at start-up and puts the column's
        # header and view under the style-sheet style for every later paint.
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._background)
        painter.drawRoundedRect(self.rect(), COLUMN_RADIUS, COLUMN_RADIUS)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.apply_colours()
        return super().event(event)

    def set_count(self, shown: int, total: int) -> None:
        locale = QLocale()  # 4,312 in English, 4 312 in French
        count = locale.toString(total) if shown == total else f"{locale.toString(shown)} / {locale.toString(total)}"
        self.header.setText(f"  {self.title}  ·  {count}")
        self.strip.setText(f"{self.title}  ·  {count}")

    def set_folded(self, folded: bool) -> None:
        if folded == self.folded:
            return
        self.folded = folded
        self.header.setVisible(not folded)
        self.view.setVisible(not folded)
        self.strip.setVisible(folded)
        if folded:
            self.setFixedWidth(FOLDED_WIDTH + 8)
        else:
            self.setMinimumWidth(MIN_COLUMN_WIDTH)
            self.setMaximumWidth(COLUMN_WIDTH)

    def toggle_fold(self) -> None:
        self.set_folded(not self.folded)
        self.fold_toggled.emit(self.view.key, self.folded)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        menu = QMenu(self)
        action = menu.addAction(self.tr("Unfold column") if self.folded else self.tr("Fold column"))
        action.setObjectName("foldColumnAction")
        action.triggered.connect(self.toggle_fold)
        menu.exec(event.globalPos())


def build_column(
    stage: Stage, delegate: CardDelegate, parent: QWidget, key: str | None = None, title: str = ""
) -> tuple[StageCardModel, StageColumn]:
    model = StageCardModel(stage, parent)
    view = StageColumnView(stage, model, delegate, key=key, title=title or None)
    return model, StageColumn(stage, view, parent, title)
