"""Board screen: the kanban pipeline of every mission, or of one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from fms.ui.board.board_widget import PipelineBoard
from fms.ui.context import AppContext
from fms.ui.screens.base import Screen


class BoardScreen(Screen):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "boardScreen", parent)
        self.board = PipelineBoard(context, self)
        self.board.message.connect(self.message)
        self.undo_stack = self.board.undo_stack
        self.layout_.addWidget(self.board, 1)

    def load(self) -> None:
        self.board.reload()

    def show_preview(self, path: Path) -> bool:
        from fms.services.pipeline.preview import preview_board
        from fms.ui.board.card_model import BATCH

        preview = preview_board(path, BATCH)  # what the columns show first, whatever the size
        if preview is None:
            return False
        self.board.show_preview(preview)
        return True

    def clear_preview(self) -> None:
        self.board.show_preview(None)

    @property
    def previewing(self) -> bool:
        return self.board.previewing

    def end_preview(self) -> None:
        self.board.end_preview()

    def _on_data_changed(self, topic: str = "") -> None:
        # The board redraws its own moves card by card; only changes made elsewhere reload it.
        if topic != "board":
            self.board.undo_stack.clear()  # its steps were recorded against data that changed since
            super()._on_data_changed(topic)
