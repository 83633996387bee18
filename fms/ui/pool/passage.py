"""The pool's matching passage in a table cell: the matched words in bold, the first of them in view."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

MATCH = re.compile(r"«([^»]*)»")  # how the search service marks the matched words
LEAD_SHARE = 3  # the first match starts at most a third of the way into the cell


def excerpt(passage: str, lead_chars: int) -> str:
    """The passage started a few words before its first match, so that a narrow cell does not cut it off."""
    first = passage.find("«")
    if first <= lead_chars:
        return passage
    cut = first - lead_chars
    space = passage.find(" ", cut, first)  # start on a whole word
    return "… " + passage[space + 1 if space != -1 else cut :].lstrip()


def passage_html(passage: str) -> str:
    """The passage as rich text, each matched word in bold and without its marks."""
    parts = MATCH.split(passage)
    return "".join(f"<b>{html.escape(part)}</b>" if odd else html.escape(part) for odd, part in _alternate(parts))


def _alternate(parts: list[str]) -> list[tuple[bool, str]]:
    return [(number % 2 == 1, part) for number, part in enumerate(parts)]


class PassageDelegate(QStyledItemDelegate):
    """Draws the cell's display text as `passage_html(excerpt(…))`, on one line, clipped at the cell."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        passage, item.text = item.text, ""
        style = item.widget.style() if item.widget is not None else None
        if style is None:
            return super().paint(painter, option, index)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget)
        average = max(1, item.fontMetrics.averageCharWidth())
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(item.font)
        document.setHtml(passage_html(excerpt(passage, rect.width() // LEAD_SHARE // average)))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, item.palette.color(role))
        painter.save()
        top = rect.top() + max(0.0, (rect.height() - document.size().height()) / 2)
        painter.translate(rect.left(), top)
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()
