"""A page's checklist: each item checked, or left unchecked with a word on why."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QWidget

from fms.services.offboarding import ChecklistItem


class Checklist(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.boxes: list[QCheckBox] = []
        self.comments: list[QLineEdit] = []

    def show_items(self, items: tuple[ChecklistItem, ...]) -> None:
        for number, item in enumerate(items):
            box = QCheckBox(item.label, self)
            box.setObjectName(f"item{number}")
            box.setChecked(item.done)
            comment = QLineEdit(item.comment, self)
            comment.setObjectName(f"item{number}Comment")
            comment.setPlaceholderText(self.tr("Comment (why, if not done)"))
            comment.setAccessibleName(self.tr("Comment on “%1”").replace("%1", item.label))
            self.grid.addWidget(box, number, 0)
            self.grid.addWidget(comment, number, 1)
            self.boxes.append(box)
            self.comments.append(comment)

    def items(self) -> tuple[ChecklistItem, ...]:
        return tuple(
            ChecklistItem(box.text(), box.isChecked(), comment.text())
            for box, comment in zip(self.boxes, self.comments, strict=True)
        )
