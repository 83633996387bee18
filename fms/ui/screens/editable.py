"""A table screen whose rows are created, edited, archived and restored through dialogs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtGui import QBrush, QKeySequence
from PySide6.QtWidgets import QWidget

from fms.ui.context import AppContext
from fms.ui.dialogs.form import FormDialog
from fms.ui.screens.crud import archived_toggle, confirm, run_action, shortcut_action
from fms.ui.screens.table_screen import TableScreen
from fms.ui.table_model import Column
from fms.ui.text_colours import done_brush
from fms.ui.widgets import action_button

R = TypeVar("R")


class Archivable(Protocol):
    @property
    def archived(self) -> bool: ...


def grey_if_archived(row: Archivable) -> QBrush | None:
    return done_brush() if row.archived else None


class EditableTableScreen(TableScreen[R], Generic[R]):
    """Subclasses say which dialog edits a row and which service archives it.

    `entity` names the buttons' objectNames ("newClientButton"…) and the change topic.
    """

    entity = ""

    def __init__(
        self,
        context: AppContext,
        object_name: str,
        table_name: str,
        columns: Sequence[Column[R]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, object_name, table_name, columns, parent)
        name = self.entity.capitalize()
        self.show_archived = archived_toggle(self, self.tr("Show archived"), f"showArchived{name}s", self.refresh)
        self.new_button = action_button(self, self.new_text(), f"new{name}Button", self.create_new)
        self.edit_button = action_button(self, self.tr("&Edit…"), f"edit{name}Button", self.edit_selected)
        self.archive_button = action_button(self, self.tr("&Archive"), f"archive{name}Button", self.toggle_archived)
        for widget in (self.show_archived, self.new_button, self.edit_button, self.archive_button):
            self.toolbar.addWidget(widget)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)
        shortcut_action(self, QKeySequence(QKeySequence.StandardKey.Delete), self.toggle_archived)
        self._update_buttons()

    # What subclasses provide -----------------------------------------------------------

    def new_text(self) -> str:
        raise NotImplementedError

    def make_dialog(self, existing: R | None) -> FormDialog[R]:
        raise NotImplementedError

    def set_archived(self, row: R, archived: bool) -> R:
        raise NotImplementedError

    def archive_question(self, row: R) -> str:
        raise NotImplementedError

    # The actions ---------------------------------------------------------------------------

    def create_new(self) -> R | None:
        return self._run_dialog(self.make_dialog(None))

    def edit_selected(self) -> R | None:
        row = self.selected_row()
        return None if row is None else self._run_dialog(self.make_dialog(row))

    def toggle_archived(self) -> R | None:
        row: Any = self.selected_row()
        if row is None:
            return None
        title = self.tr("Restore") if row.archived else self.tr("Archive")
        if not row.archived and not confirm(self, title, self.archive_question(row)):
            return None
        result = run_action(self, title, lambda: self.set_archived(row, not row.archived))
        if result is not None:
            self.context.notify(self.entity)
        return result

    def _run_dialog(self, dialog: FormDialog[R]) -> R | None:
        if dialog.exec() != FormDialog.DialogCode.Accepted or dialog.result_row is None:
            return None
        saved: Any = dialog.result_row
        self.context.notify(self.entity)
        self.select_where(lambda r: r.id == saved.id)
        return saved

    def _update_buttons(self, *_: object) -> None:
        row: Any = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None)
        self.archive_button.setText(self.tr("&Restore") if row is not None and row.archived else self.tr("&Archive"))
