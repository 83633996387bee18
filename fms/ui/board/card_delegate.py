"""Paints a card from its data alone: no query, no widget, only what is visible is drawn."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from fms.core.enums import Outcome
from fms.services.pipeline import Card, owed_to_client
from fms.ui.board.card_colours import CardColours, card_colours
from fms.ui.board.card_model import CARD_ROLE
from fms.ui.board.card_pixmaps import CardPixmaps
from fms.ui.formatting import show_rate
from fms.ui.i18n import arg, default_language, label
from fms.ui.plurals import plurals

MARGIN = 6
PADDING = 9
BADGE = 30
BADGE_MIN_WIDTH = 200

AnyIndex = QModelIndex | QPersistentModelIndex

# Looked up once: each enum member read through its class costs a few microseconds, a dozen per card.
LEFT = Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter
ELIDE = Qt.TextElideMode.ElideRight
NO_PEN = Qt.PenStyle.NoPen


@dataclass(frozen=True)
class CardFonts:
    """The fonts a card is written in and their metrics, made once per font rather than on every card."""

    metrics: QFontMetrics
    bold: QFont
    bold_metrics: QFontMetrics

    @classmethod
    def of(cls, base: QFont) -> CardFonts:
        bold = QFont(base)
        bold.setBold(True)
        return cls(QFontMetrics(base), bold, QFontMetrics(bold))


def is_selected(option: QStyleOptionViewItem, index: AnyIndex) -> bool:
    """Whether the card is selected: from the view's own selection, where Qt takes State_Selected from.

    Reading `option.state` makes PySide6 build QStyle's Python type and its 20 enums (1,100 members,
    about 7 ms) on the first card painted at start-up; a caller's own option (a print, a test) is read.
    """
    view = option.widget
    if isinstance(view, QAbstractItemView):
        return view.selectionModel().isSelected(index)
    from PySide6.QtWidgets import QStyle

    return bool(option.state & QStyle.StateFlag.State_Selected)


def badge_font(like: QFont) -> QFont:
    font = QFont(like)
    font.setBold(True)
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    return font


def card_tags(card: Card, colours: CardColours | None = None) -> list[tuple[str, QColor]]:
    """The tags a card shows and their fills, most important first (the first ones keep their room)."""
    colours = colours or card_colours(QGuiApplication.palette())
    tags = []
    if card.feedback_owed and owed_to_client(card.outcome):
        tags.append((QCoreApplication.translate("CardDelegate", "client note owed"), colours.owed_tag))
    elif card.feedback_owed:
        tags.append((QCoreApplication.translate("CardDelegate", "answer owed"), colours.owed_tag))
    if card.documents_to_sign:
        tags.append((QCoreApplication.translate("CardDelegate", "to sign"), colours.sign_tag))
    if card.do_not_rehire:
        tags.append((QCoreApplication.translate("CardDelegate", "do not rehire"), colours.no_rehire_tag))
    return tags


class CardDelegate(QStyledItemDelegate):
    """Card layout: badge and name, headline, seniority and rate, mission (all missions), tags, age."""

    def __init__(self, parent: QWidget | None = None, show_mission: bool = True) -> None:
        super().__init__(parent)
        self.show_mission = show_mission
        # Compact: name, then terms and tags; the headline and the mission are left out.
        self.compact = False
        self.colours = card_colours(QGuiApplication.palette())
        self.pixmaps = CardPixmaps()
        self._fonts: dict[str, CardFonts] = {}
        self._badge_fonts: dict[str, QFont] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        line = QFontMetrics(option.font).height()
        if self.compact:
            return QSize(120, 2 * MARGIN + PADDING + 2 * (line + 3))
        lines = 4 if self.show_mission else 3
        return QSize(240, 2 * MARGIN + 2 * PADDING + lines * (line + 3) + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, Card):
            return
        days = card.days_in_stage(datetime.now(UTC))
        selected = is_selected(option, index)
        font = QFont(option.font)

        def draw(target: QPainter, rect: QRect) -> None:
            self._paint_card(target, rect, font, card, days, selected)

        if option.widget is None:  # a painter of the caller's own (a print, a test recording the texts)
            draw(painter, option.rect)
            return
        background = option.palette.color(QPalette.ColorRole.Base)  # the column's, under the card's corners
        shape = (option.rect.width(), option.rect.height(), selected, days, self.compact, self.show_mission)
        key = (card, shape, font.key(), QGuiApplication.palette().cacheKey(), background.rgba(), default_language())
        self.pixmaps.paint(painter, option.rect, key, draw, background)

    def _paint_card(self, painter: QPainter, rect: QRect, font: QFont, card: Card, days: int, selected: bool) -> None:
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            box = rect.adjusted(MARGIN, MARGIN // 2, -MARGIN, -MARGIN // 2)
            self.colours = card_colours(QGuiApplication.palette())
            self._draw_frame(painter, box, selected, days)
            pad = PADDING // 2 if self.compact else PADDING
            inner = box.adjusted(PADDING + 4, pad, -PADDING, -pad)
            # A narrow column (every stage on a small screen) gives the badge's room to the name.
            badge = not self.compact and box.width() >= BADGE_MIN_WIDTH
            if badge:
                self._draw_badge(painter, inner, card)
            self._draw_text(painter, font, inner, card, days, badge)
        finally:
            painter.restore()

    def _draw_frame(self, painter: QPainter, box: QRect, selected: bool, days: int) -> None:
        colours = self.colours
        painter.setPen(QPen(colours.selected_border if selected else colours.border, 2 if selected else 1))
        painter.setBrush(colours.selected if selected else colours.card)
        painter.drawRoundedRect(QRectF(box), 6, 6)
        painter.setPen(NO_PEN)
        painter.setBrush(colours.age_bar(days))
        painter.drawRoundedRect(QRectF(box.left(), box.top(), 5, box.height()), 2, 2)

    def _draw_badge(self, painter: QPainter, inner: QRect, card: Card) -> None:
        badges = self.colours.badges
        colour = badges[zlib.crc32(card.freelancer_name.encode()) % len(badges)]
        circle = QRect(inner.left(), inner.top(), BADGE, BADGE)
        painter.setPen(NO_PEN)
        painter.setBrush(colour)
        painter.drawEllipse(circle)
        like = painter.font()
        font = self._badge_fonts.get(like.key())
        if font is None:
            font = self._badge_fonts[like.key()] = badge_font(like)
        painter.setFont(font)
        painter.setPen(self.colours.label)
        painter.drawText(circle, CENTRE, card.initials)

    def _fonts_of(self, base: QFont) -> CardFonts:
        fonts = self._fonts.get(base.key())
        if fonts is None:
            fonts = self._fonts[base.key()] = CardFonts.of(base)
        return fonts

    def _draw_text(self, painter: QPainter, base: QFont, inner: QRect, card: Card, days: int, badge: bool) -> None:
        fonts = self._fonts_of(base)
        metrics = fonts.metrics
        line = metrics.height() + 3
        left = inner.left() + BADGE + 8 if badge else inner.left()
        width = inner.right() - left
        age_text = arg(QCoreApplication.translate("CardDelegate", "%1 d"), days)
        age_width = metrics.horizontalAdvance(age_text) + 4
        painter.setFont(fonts.bold)
        painter.setPen(self.colours.name)
        name = fonts.bold_metrics.elidedText(card.freelancer_name, ELIDE, width - age_width)
        painter.drawText(QRect(left, inner.top(), width - age_width, line), LEFT, name)
        painter.setFont(base)
        painter.setPen(self.colours.age_text(days))
        painter.drawText(QRect(left, inner.top(), width, line), RIGHT, age_text)
        painter.setPen(self.colours.muted)
        y = inner.top() + line
        if self.compact:
            self._draw_terms(painter, metrics, QRect(inner.left(), y, inner.width(), line), card)
            return
        headline = metrics.elidedText(card.headline, ELIDE, width)
        painter.drawText(QRect(left, y, width, line), LEFT, headline)
        y += line
        self._draw_terms(painter, metrics, QRect(inner.left(), y, inner.width(), line), card)
        if self.show_mission:
            y += line
            mission = metrics.elidedText(f"{card.mission_title} · {card.client_name}", ELIDE, inner.width())
            painter.setPen(self.colours.muted)
            painter.drawText(QRect(inner.left(), y, inner.width(), line), LEFT, mission)

    def _draw_terms(self, painter: QPainter, metrics: QFontMetrics, row: QRect, card: Card) -> None:
        """Seniority, rate against budget, interviews (a closed card: how it ended); tags on the right."""
        rate = show_rate(card.daily_rate_cents) or "—"
        if card.budget_cents is not None:
            rate = arg(QCoreApplication.translate("CardDelegate", "%1 / %2"), rate, show_rate(card.budget_cents))
        parts = [label(card.seniority), rate]
        if card.interview_count:
            parts.append(plurals().interviews(card.interview_count))
        tags = card_tags(card, self.colours)
        if card.outcome not in (None, Outcome.HIRED):
            # How it ended, cut short if need be: the answer's tag must keep its room.
            room = row.width() - (metrics.horizontalAdvance(tags[0][0]) + 18 if tags else 0)
            parts = [metrics.elidedText(label(card.outcome), ELIDE, room)]
        x = row.left()
        for number, part in enumerate(parts):
            text = part if number == 0 else f" · {part}"
            painter.setPen(self.colours.over_budget if number == 1 and card.over_budget else self.colours.muted)
            painter.drawText(QRect(x, row.top(), row.right() - x, row.height()), LEFT, text)
            x += metrics.horizontalAdvance(text)
        right = row.right()
        for text, colour in tags:
            tag_width = metrics.horizontalAdvance(text) + 10
            tag = QRect(right - tag_width, row.top() + 1, tag_width, row.height() - 2)
            if tag.left() < x + 4:
                break
            painter.setPen(NO_PEN)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(tag), 4, 4)
            painter.setPen(self.colours.label)
            painter.drawText(tag, CENTRE, text)
            right = tag.left() - 4
