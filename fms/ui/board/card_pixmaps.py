"""Cards painted into pixmaps and drawn again from them.

A card's paint lays out a dozen texts (about 0.3 ms); the board repaints the same cards again and
again (the two columns of every move, a scroll back, a selection), and copying a pixmap costs a
few microseconds. A card is kept from its second paint on, so a card painted once (a filter's
new cards, the start-up preview) costs no more than before.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter, QPixmap

# Bytes of pixmaps kept: about 190 cards of 280 × 110 pixels, two screens of columns (a quarter at
# a device pixel ratio of 2); the least recently drawn go first.
BUDGET_BYTES = 24 * 2**20
# Cards painted once, remembered to be kept at their next paint.
SEEN = 2000

Draw = Callable[[QPainter, QRect], None]


class CardPixmaps:
    """`key` says everything the paint depends on (the card, its size, state, theme, language…)."""

    def __init__(self, budget_bytes: int = BUDGET_BYTES) -> None:
        self.budget_bytes = budget_bytes
        self._pixmaps: OrderedDict[Hashable, QPixmap] = OrderedDict()
        self._seen: OrderedDict[Hashable, None] = OrderedDict()
        self._bytes = 0

    def paint(self, painter: QPainter, rect: QRect, key: Hashable, draw: Draw, background: QColor) -> None:
        """`background`: what the card is drawn on (part of `key`); an opaque pixmap is copied, not blended."""
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            self._pixmaps.move_to_end(key)
            painter.drawPixmap(rect.topLeft(), pixmap)
            return
        if key not in self._seen:
            self._seen[key] = None
            if len(self._seen) > SEEN:
                self._seen.popitem(last=False)
            draw(painter, rect)
            return
        pixmap = _rendered(rect, painter.device().devicePixelRatioF(), painter, draw, background)
        self._keep(key, pixmap)
        painter.drawPixmap(rect.topLeft(), pixmap)

    def clear(self) -> None:
        self._pixmaps.clear()
        self._seen.clear()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._pixmaps)

    def _keep(self, key: Hashable, pixmap: QPixmap) -> None:
        self._seen.pop(key, None)
        self._pixmaps[key] = pixmap
        self._bytes += _size(pixmap)
        while self._bytes > self.budget_bytes and len(self._pixmaps) > 1:
            _, oldest = self._pixmaps.popitem(last=False)
            self._bytes -= _size(oldest)


def _rendered(rect: QRect, ratio: float, like: QPainter, draw: Draw, background: QColor) -> QPixmap:
    pixmap = QPixmap(round(rect.width() * ratio), round(rect.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(background)
    painter = QPainter(pixmap)
    try:
        painter.setFont(like.font())
        draw(painter, QRect(0, 0, rect.width(), rect.height()))
    finally:
        painter.end()
    return pixmap


def _size(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * 4
