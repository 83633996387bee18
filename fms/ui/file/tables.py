"""The read-only tables of the file's tabs: short lists, one row selected at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from fms.ui.table_model import RowTableModel


def file_table(parent: QWidget, name: str, model: RowTableModel[Any]) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    model.modelReset.connect(view.resizeColumnsToContents)  # a file's lists are short
    return view
