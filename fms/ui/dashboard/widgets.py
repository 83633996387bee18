"""The dashboard's clickable tiles and its filter bar (period and client)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from fms.services.crm import ClientRow
    from fms.services.overview import DashboardFilter

# What a tile shows before its figure is known.
EMPTY_TILE = "–"


class Tile(QPushButton):
    """A figure in large type above its caption; clicking it (or Space) opens the list behind it."""

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Tile")
        self.caption = caption
        self.setAccessibleName(caption)
        self.setMinimumHeight(84)
        self.value = QLabel(EMPTY_TILE, self)
        self.value.setObjectName(f"{name}Value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setAccessibleName(caption)
        text = QLabel(caption, self)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        for label in (self.value, text):
            # The button takes the clicks; its labels only draw.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        self.setAccessibleDescription(text)


class FilterBar(QWidget):
    """`changed` when the period (from, to: inclusive days, off by default) or the client changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardFilter")
        self.period = QCheckBox(self.tr("&Period from"), self)
        self.period.setObjectName("periodCheck")
        self.period.setAccessibleName(self.tr("Filter by period"))
        today = QDate.currentDate()
        self.start = self._date_edit("periodStart", self.tr("Period start"), today.addMonths(-3))
        self.end = self._date_edit("periodEnd", self.tr("Period end"), today)
        to = QLabel(self.tr("to"), self)
        self.client = QComboBox(self)
        self.client.setObjectName("clientFilter")
        self.client.setAccessibleName(self.tr("Client"))
        self.client.addItem(self.tr("All clients"), None)
        client_label = QLabel(self.tr("&Client:"), self)
        client_label.setBuddy(self.client)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.period, self.start, to, self.end, client_label, self.client):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.period.toggled.connect(self._period_toggled)
        self.client.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self._period_toggled(False)

    def _date_edit(self, name: str, accessible: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.dateChanged.connect(self._date_changed)
        return edit

    def _date_changed(self, _date: QDate) -> None:
        if self.period.isChecked():
            self.changed.emit()

    def _period_toggled(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)
        self.changed.emit()

    def set_clients(self, clients: Sequence[ClientRow]) -> None:
        """Refills the client list, keeping the chosen client when it is still there."""
        chosen = self.client.currentData()
        self.client.blockSignals(True)
        self.client.clear()
        self.client.addItem(self.tr("All clients"), None)
        for row in clients:
            self.client.addItem(row.name, row.id)
        index = self.client.findData(chosen) if chosen is not None else 0
        self.client.setCurrentIndex(max(0, index))
        self.client.blockSignals(False)
        if index < 0:
            self.changed.emit()

    def value(self) -> DashboardFilter:
        from fms.services.overview import DashboardFilter

        start = end = None
        if self.period.isChecked():
            start, end = self.start.date().toPython(), self.end.date().toPython()
        return DashboardFilter(start, end, self.client.currentData())  # type: ignore[arg-type]
