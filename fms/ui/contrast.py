"""WCAG 2 contrast: relative luminance, contrast ratio, and colours nudged until text reads on its background.

The board and the lists keep their hues (red for over budget, amber for ageing) on any palette:
each colour is darkened on a light background or lightened on a dark one, step by step, until it
reaches the 4.5:1 ratio WCAG asks of normal text.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

TEXT_CONTRAST = 4.5
_STEPS = 40


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    return 0.2126 * _channel(colour.redF()) + 0.7152 * _channel(colour.greenF()) + 0.0722 * _channel(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """From 1 (same luminance) to 21 (black on white), in either order."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(background: QColor) -> bool:
    """Dark when white text contrasts more with it than black text does."""
    return contrast_ratio(background, QColor("white")) > contrast_ratio(background, QColor("black"))


def mix(colour: QColor, target: QColor, share: float) -> QColor:
    """`share` of the way from `colour` to `target` (0: colour, 1: target)."""
    return QColor.fromRgbF(
        colour.redF() + (target.redF() - colour.redF()) * share,
        colour.greenF() + (target.greenF() - colour.greenF()) * share,
        colour.blueF() + (target.blueF() - colour.blueF()) * share,
    )


def readable(colour: QColor, background: QColor, minimum: float = TEXT_CONTRAST) -> QColor:
    """`colour` itself if it reads on `background`, else moved towards black (light background) or white (dark)."""
    return _moved_apart(colour, background, minimum)


def readable_under(background: QColor, text: QColor, minimum: float = TEXT_CONTRAST) -> QColor:
    """A fill for `text` to sit on: `background` darkened (light text) or lightened (dark text) until it reads."""
    return _moved_apart(background, text, minimum)


def _moved_apart(moving: QColor, fixed: QColor, minimum: float) -> QColor:
    """`moving`, stepped towards the extreme away from `fixed` (white from a dark one), until they contrast enough."""
    target = QColor("white") if is_dark(fixed) else QColor("black")
    for step in range(_STEPS + 1):
        candidate = mix(moving, target, step / _STEPS)
        if contrast_ratio(candidate, fixed) >= minimum:
            return candidate
    return target


def on_palette(colour: str, palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """A fixed hue made readable on the palette's `role` (the window for labels, the base for lists)."""
    return readable(QColor(colour), palette.color(role))
