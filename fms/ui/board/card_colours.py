"""The board's colours for the current palette: cards, columns, tags, badges, the ageing bar and its text.

The hues are fixed (red for over budget and owed answers, amber for ageing, green for fresh), the
lightness follows the palette: every text colour is nudged until it reads at 4.5:1 on the card it
sits on, selected or not, and every tag or badge fill until its white text does.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QColor, QPalette

from fms.ui.contrast import is_dark, mix, readable, readable_under

AGEING_WARN_DAYS = 14
AGEING_LATE_DAYS = 30
BADGE_HUES = ("#3b6fb6", "#2e8b57", "#8e44ad", "#c0392b", "#d35400", "#16a085", "#7f8c8d", "#b7950b")
AGE_HUES = ((AGEING_LATE_DAYS, "#c62828"), (AGEING_WARN_DAYS, "#ef8f00"), (0, "#43a047"))
OWED_HUE = "#b3261e"
SIGN_HUE = "#a15c00"
NO_REHIRE_HUE = "#37474f"
_MUTED_HUE = "#5f6b7a"
_NAME_LIGHT = "#1d2733"
_COLUMN_LIGHT = "#f1f3f6"
_CLOSED_LIGHT = "#e9ebef"


@dataclass(frozen=True)
class CardColours:
    dark: bool
    column: QColor
    closed_column: QColor
    card: QColor
    selected: QColor
    border: QColor
    selected_border: QColor
    name: QColor
    muted: QColor
    over_budget: QColor
    label: QColor  # the white of the text on tags and badges
    age_bars: tuple[tuple[int, QColor], ...]
    age_texts: tuple[tuple[int, QColor], ...]
    owed_tag: QColor
    sign_tag: QColor
    no_rehire_tag: QColor
    badges: tuple[QColor, ...]

    def age_bar(self, days: int) -> QColor:
        return next(colour for threshold, colour in self.age_bars if days >= threshold)

    def age_text(self, days: int) -> QColor:
        return next(colour for threshold, colour in self.age_texts if days >= threshold)

    def text_pairs(self) -> list[tuple[str, QColor, QColor]]:
        """Every text colour with each background it is drawn on, for the contrast test."""
        pairs = []
        for background_name, background in (("card", self.card), ("selected", self.selected)):
            texts = [("name", self.name), ("muted", self.muted), ("over budget", self.over_budget)]
            texts += [(f"age {threshold}", colour) for threshold, colour in self.age_texts]
            pairs += [(f"{text_name} on {background_name}", text, background) for text_name, text in texts]
        fills = [("owed", self.owed_tag), ("sign", self.sign_tag), ("no rehire", self.no_rehire_tag)]
        fills += [(f"badge {number}", colour) for number, colour in enumerate(self.badges)]
        pairs += [(f"label on {name}", self.label, fill) for name, fill in fills]
        return pairs


def _text(hue: str | QColor, card: QColor, selected: QColor) -> QColor:
    # Both backgrounds are on the same side (light or dark): further from one is further from both.
    return readable(readable(QColor(hue), card), selected)


@lru_cache(maxsize=8)
def _colours(window: int, text: int, highlight: int) -> CardColours:
    window_colour, text_colour, highlight_colour = (QColor.fromRgb(value) for value in (window, text, highlight))
    dark = is_dark(window_colour)
    if dark:
        column, closed = window_colour.darker(125), window_colour.darker(110)
        card = window_colour.lighter(125)
        selected = mix(card, highlight_colour, 0.35)
        border, name = card.lighter(135), text_colour
    else:
        column, closed = QColor(_COLUMN_LIGHT), QColor(_CLOSED_LIGHT)
        card, selected = QColor("white"), QColor("#eef4ff")
        border, name = QColor("#d5d9e0"), QColor(_NAME_LIGHT)
    white = QColor("white")
    return CardColours(
        dark=dark,
        column=column,
        closed_column=closed,
        card=card,
        selected=selected,
        border=border,
        selected_border=highlight_colour.lighter(130) if dark else QColor("#2f6fdf"),
        name=_text(name, card, selected),
        muted=_text(_MUTED_HUE if not dark else mix(text_colour, window_colour, 0.3), card, selected),
        over_budget=_text(OWED_HUE, card, selected),
        label=white,
        age_bars=tuple((threshold, QColor(hue)) for threshold, hue in AGE_HUES),
        age_texts=tuple((threshold, _text(hue, card, selected)) for threshold, hue in AGE_HUES),
        owed_tag=readable_under(QColor(OWED_HUE), white),
        sign_tag=readable_under(QColor(SIGN_HUE), white),
        no_rehire_tag=readable_under(QColor(NO_REHIRE_HUE if not dark else "#607d8b"), white),
        badges=tuple(readable_under(QColor(hue), white) for hue in BADGE_HUES),
    )


def card_colours(palette: QPalette) -> CardColours:
    """The colours for `palette`, computed once per palette (the delegate asks on every paint)."""
    return _colours(
        palette.color(QPalette.ColorRole.Window).rgb(),
        palette.color(QPalette.ColorRole.Text).rgb(),
        palette.color(QPalette.ColorRole.Highlight).rgb(),
    )
