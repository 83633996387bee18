"""A form dialog that shows each validation error beside its field and saves in one action."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fms.core import limits
from fms.core.errors import ChangedElsewhere, KnownError, ValidationError
from fms.ui.dialogs.unsaved import ConfirmsDiscard
from fms.ui.errors import show_error
from fms.ui.formatting import date_pattern
from fms.ui.i18n import field_error_texts, label
from fms.ui.plurals import plurals
from fms.ui.text_colours import show_as_alert, show_as_hint

T = TypeVar("T")


class ActionCancelled(Exception):
    """Raised by a dialog's save when the user said no to a follow-up question: stay open, say nothing."""


NO_DATE = QDate(1900, 1, 1)
UNLIMITED = 32767  # QLineEdit's own maxLength: no limit was set


def length_hint(parent: QWidget, name: str, field: QLineEdit) -> QLabel:
    """A line under `field` that appears when its text reaches maxLength: else typing just stops, unexplained."""
    hint = QLabel(plurals().limit_reached(field.maxLength()), parent)
    hint.setObjectName(f"{name}LengthHint")
    show_as_hint(hint)
    hint.setVisible(False)
    field.textChanged.connect(lambda text: hint.setVisible(len(text) >= field.maxLength()))
    return hint


class FormDialog(ConfirmsDiscard, QDialog, Generic[T]):
    """Subclasses add fields with `add_field` and build their input in `collect`.

    `save` (a service call) runs on OK; a `ValidationError` keeps the dialog open with the
    messages under the fields, and nothing is written. Escape, Cancel or closing the window
    asks before losing what was typed (`ConfirmsDiscard`). A dialog that edits a versioned record
    keeps the version it was read at in `version` and implements `reload_saved`: a save refused
    because someone saved the record since asks whether to reload theirs or overwrite with this.
    """

    def __init__(self, object_name: str, title: str, save: Callable[[Any], T], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setModal(True)
        self._save = save
        self.result_row: T | None = None
        self.version: int | None = None  # of the record, when the form was filled from it
        self._captions: dict[str, str] = {}
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._holders: dict[str, QWidget] = {}
        self.form_page = QWidget(self)
        self.form = QFormLayout(self.form_page)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("dialogButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_page)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def add_field(self, name: str, caption: str, widget: QWidget) -> None:
        widget.setObjectName(f"{name}Field")
        widget.setAccessibleName(caption.replace("&", ""))
        error = QLabel(self)
        error.setObjectName(f"{name}Error")
        show_as_alert(error)
        error.setWordWrap(True)
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        if isinstance(widget, QLineEdit) and widget.maxLength() < UNLIMITED:
            column.addWidget(length_hint(self, name, widget))
        self.form.addRow(caption, holder)
        # Its own row across both columns: under a narrow field (a date) a long message was cut.
        self.form.addRow(error)
        self.form.setRowVisible(error, False)
        caption_label = self.form.labelForField(holder)
        if isinstance(caption_label, QLabel):
            caption_label.setBuddy(widget)
        self._fields[name] = widget
        self._captions[name] = caption.replace("&", "")
        self._errors[name] = error
        self._holders[name] = holder
        _on_change(widget, lambda: self._recheck(name))

    def add_hint_below(self, name: str, hint: QLabel) -> None:
        """A line of help right under a field (such as what we usually pay, under a rate)."""
        # PySide6's stub says `object`; Qt returns (row, role).
        row, _ = cast(tuple[int, QFormLayout.ItemRole], self.form.getWidgetPosition(self._errors[name]))
        hint.setWordWrap(False)  # a wrapped label in a form row is laid out far too narrow
        show_as_hint(hint)
        self.form.insertRow(row + 1, "", hint)

    def set_field_visible(self, name: str, visible: bool) -> None:
        self.form.setRowVisible(self._holders[name], visible)

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def captions(self) -> dict[str, str]:
        """Each field's caption by its name, as the stale-save dialog lists them."""
        return dict(self._captions)

    def error_for(self, name: str) -> str:
        label = self._errors[name]
        return label.text() if self._error_shown(name) else ""

    def _error_shown(self, name: str) -> bool:
        return bool(self._errors[name].text())

    def show_errors(self, errors: dict[str, str]) -> None:
        first: QWidget | None = None
        for name, error_label in self._errors.items():
            text = errors.get(name, "")
            error_label.setText(text)
            self.form.setRowVisible(error_label, bool(text))
            if text and first is None:
                first = self._fields[name]
        if first is not None:
            first.setFocus()

    def checks(self, data: Any) -> dict[str, str] | None:
        """The problems of the form itself (no database), re-run as the user types so that a fixed
        field's message goes at once; None when a subclass has no such checks."""
        return None

    def _recheck(self, changed: str) -> None:
        """Hides the changed field's message, and any other whose check passes now, unless its own
        check still fails; never adds a message while the user types."""
        shown = [name for name in self._errors if self._error_shown(name)]
        if not shown:
            return
        try:
            data = self.collect()
        except ValidationError as error:
            remaining: dict[str, str] | None = error.field_errors
        else:
            remaining = self.checks(data)
        for name in shown:
            if remaining is not None and name in remaining:
                continue
            if name == changed or remaining is not None:
                self._errors[name].setText("")
                self.form.setRowVisible(self._errors[name], False)

    def collect(self) -> object:
        """The input to save (each subclass names its own type; `save` takes it as is); raises
        `ValidationError` for what cannot even be parsed."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            data = self.collect()
            self.show_errors({})  # what the save asks next (a duplicate) must not sit beside stale messages
            self.result_row = self._save(data)
        except ValidationError as error:
            self.show_errors(field_error_texts(error.field_errors))
            return
        except ActionCancelled:
            return
        except ChangedElsewhere as error:
            self._resolve_stale_save(error)
            return
        except KnownError as error:
            show_error(self, error)
            return
        super().accept()

    def _resolve_stale_save(self, error: ChangedElsewhere) -> None:
        from fms.ui.dialogs.stale_save import OVERWRITE, RELOAD, ask_stale_save

        choice = ask_stale_save(self, error, self.captions())
        if choice == RELOAD:
            if not self.reload_saved():
                QDialog.reject(self)  # nothing to show theirs in: the screen behind reloads
        elif choice == OVERWRITE:
            self.version = error.version
            self.accept()

    def reload_saved(self) -> bool:
        """Shows the record as saved now, with its version, dropping the form's changes; False if
        this dialog cannot."""
        return False


class OptionalDateEdit(QDateEdit):
    """A date field whose lowest date means "no date", shown as its special text.

    Typed digits on the special text start from today's date, first section selected, so that typing
    a date replaces it (Qt alone appended them to the special text and kept the "no date" value).
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self.date() == self.minimumDate() and event.text().isdigit():
            self.setDate(QDate.currentDate())
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.currentSection())
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._all_selected():
            self.setDate(self.minimumDate())  # emptied: back to "no date"
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt's names
        if self.date() == self.minimumDate():
            # On the special text QDateEdit looks for a next section that is not there, and Tab never left it.
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def _all_selected(self) -> bool:
        line = self.lineEdit()
        return line.hasSelectedText() and line.selectedText() == line.text()


def make_date_edit(parent: QWidget, none_text: str) -> QDateEdit:
    """A date field that can also hold no date (shown as `none_text`)."""
    edit = OptionalDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_pattern())
    edit.setMinimumDate(NO_DATE)
    edit.setMaximumDate(QDate(limits.LAST_DATE.year, limits.LAST_DATE.month, limits.LAST_DATE.day))
    edit.setSpecialValueText(none_text)
    edit.setDate(NO_DATE)
    return edit


def date_time_at(day: date) -> QDateTime:
    """Midnight of `day`, local time: the bounds of a date-and-time field."""
    return QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0))


def utc_value(value: QDateTime) -> datetime:
    """A date-and-time field's value (local time) as an aware UTC datetime, as services store it."""
    # PySide6's stub types toPython() as `object`; for a QDateTime it is a naive local datetime.
    return cast(datetime, value.toPython()).astimezone(UTC)


def local_date_time(value: datetime) -> QDateTime:
    """An instant shown in local time, for a date-and-time field (a naive value is taken as local)."""
    return QDateTime.fromMSecsSinceEpoch(round(value.timestamp() * 1000))


def date_value(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


def set_date_value(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))


def enum_combo(parent: QWidget, enum_class: type[Enum], none_text: str | None = None) -> QComboBox:
    """A choice among an enum's values, shown translated, the value itself as item data."""
    box = QComboBox(parent)
    if none_text is not None:
        box.addItem(none_text, None)
    for value in enum_class:
        box.addItem(label(value), value)
    return box


def _on_change(widget: QWidget, slot: Callable[[], None]) -> None:
    """Calls `slot` whenever the user changes `widget`'s value, whatever kind of field it is."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(slot)
    elif isinstance(widget, QDateEdit):
        widget.dateChanged.connect(slot)
    elif isinstance(widget, QAbstractSpinBox):
        widget.editingFinished.connect(slot)
