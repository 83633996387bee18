"""Where each bar of a horizontal bar chart goes, and how it is painted (QPainter, colours of the palette).

Pure geometry and painting, apart from the widget, so the layout a click is tested against is the one
painted, and a test can paint into a QImage with a painter that records what it draws.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QPen

from fms.ui.contrast import mix, readable

# Bars and focus frames are graphics, not text: WCAG 1.4.11 asks 3:1 against what surrounds them.
GRAPHIC_CONTRAST = 3.0
PADDING = 6.0
GAP = 6.0
# The labels take at most this share of the width; longer ones are elided (the tooltip has them whole).
LABEL_SHARE = 0.4
INSET = 3.0


@dataclass(frozen=True)
class Row:
    """One bar's places: the whole row (what a click or the hover hits), its label, bar and figure."""

    row: QRectF
    label: QRectF
    bar: QRectF
    text: QRectF


def row_height(metrics: QFontMetricsF) -> float:
    """The preferred height of a row: the text with room above and below."""
    return metrics.height() * 1.9


def min_row_height(metrics: QFontMetricsF) -> float:
    return metrics.height() + 4.0


def layout_rows(
    values: list[float], labels: list[str], texts: list[str], area: QRectF, metrics: QFontMetricsF
) -> list[Row]:
    """Rows from top to bottom in `area`; each bar's length is proportional to the largest value."""
    count = len(values)
    if not count:
        return []
    height = max(min_row_height(metrics), min(row_height(metrics), area.height() / count))
    label_width = min(max(metrics.horizontalAdvance(text) for text in labels) + INSET, area.width() * LABEL_SHARE)
    text_width = max(metrics.horizontalAdvance(text) for text in texts)
    bars_left = area.left() + label_width + GAP
    span = max(0.0, area.right() - bars_left - GAP - text_width)
    top_value = max(values) or 1.0
    bar_height = max(4.0, min(height - 6.0, metrics.height() * 1.2))
    rows = []
    for index, value in enumerate(values):
        row = QRectF(area.left(), area.top() + index * height, area.width(), height)
        length = span * max(0.0, value) / top_value
        bar = QRectF(bars_left, row.center().y() - bar_height / 2, length, bar_height)
        # Inset so the focus frame, drawn on the row's edge, does not touch the label's first letter.
        label = QRectF(area.left() + INSET, row.top(), label_width - INSET, height)
        text = QRectF(bar.right() + GAP, row.top(), text_width, height)
        rows.append(Row(row, label, bar, text))
    return rows


@dataclass(frozen=True)
class Colours:
    background: QColor
    hover: QColor
    text: QColor
    hover_text: QColor
    fill: QColor
    frame: QColor


def colours(palette: QPalette) -> Colours:
    """The chart's colours from `palette`, each text nudged until it reads at 4.5:1 on its background."""
    background = palette.color(QPalette.ColorRole.Base)
    # A tint of the bars' colour: AlternateBase is barely apart from Base in the dark theme.
    hover = mix(background, palette.color(QPalette.ColorRole.Highlight), 0.15)
    text = palette.color(QPalette.ColorRole.Text)
    return Colours(
        background=background,
        hover=hover,
        text=readable(text, background),
        hover_text=readable(text, hover),
        fill=readable(palette.color(QPalette.ColorRole.Highlight), background, GRAPHIC_CONTRAST),
        frame=readable(text, hover, GRAPHIC_CONTRAST),
    )


def paint_rows(
    painter: QPainter,
    rows: list[Row],
    labels: list[str],
    texts: list[str],
    palette: Colours,
    hovered: int | None,
    focused: int | None,
) -> None:
    """The labels (elided), bars and figures; the hovered row shaded, the focused one framed."""
    metrics = QFontMetricsF(painter.font())
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    for index, row in enumerate(rows):
        pen = palette.text
        if index == hovered or index == focused:
            painter.fillRect(row.row, palette.hover)
            pen = palette.hover_text
        painter.fillRect(row.bar, palette.fill)
        painter.setPen(pen)
        label = metrics.elidedText(labels[index], Qt.TextElideMode.ElideRight, row.label.width())
        painter.drawText(row.label, int(left), label)
        painter.drawText(row.text, int(left), texts[index])
        if index == focused:
            painter.setPen(QPen(palette.frame, 1.0, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(row.row.adjusted(0.5, 0.5, -0.5, -0.5))
