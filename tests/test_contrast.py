"""WCAG contrast: the formula against known figures, and colours nudged until they read on light and dark."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from fms.ui.contrast import TEXT_CONTRAST, contrast_ratio, is_dark, luminance, on_palette, readable, readable_under
from fms.ui.theme import dark_palette, light_palette

HUES = ("#b3261e", "#c62828", "#ef8f00", "#43a047", "#5f6b7a", "#8a8a8a", "#a15c00", "#37474f", "#3b6fb6")


def test_luminance_and_ratio_match_the_wcag_figures() -> None:
    assert luminance(QColor("black")) == 0
    assert luminance(QColor("white")) == pytest.approx(1)
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast_ratio(QColor("white"), QColor("black")) == pytest.approx(21)  # either order
    # WebAIM's checker: #777777 on white is 4.48:1, just short of AA; #767676 is 4.54:1.
    assert contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


def test_a_readable_colour_is_left_as_it_is() -> None:
    assert readable(QColor("#b3261e"), QColor("white")).name() == "#b3261e"


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
@pytest.mark.parametrize("hue", HUES)
def test_every_hue_reads_on_both_palettes(palette: QPalette, hue: str) -> None:
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        background = palette.color(role)
        colour = on_palette(hue, palette, role)
        assert contrast_ratio(colour, background) >= TEXT_CONTRAST, (hue, role)
        # Darkened on light, lightened on dark: the hue is kept, not swapped for black or white.
        assert (luminance(colour) > luminance(QColor(hue))) == is_dark(background) or colour.name() == hue


def test_a_fill_is_darkened_until_white_text_reads_on_it() -> None:
    grey = QColor("#7f8c8d")
    assert contrast_ratio(grey, QColor("white")) < TEXT_CONTRAST
    fill = readable_under(grey, QColor("white"))
    assert contrast_ratio(fill, QColor("white")) >= TEXT_CONTRAST and luminance(fill) < luminance(grey)
    assert contrast_ratio(readable_under(QColor("#1f2023"), QColor("black")), QColor("black")) >= TEXT_CONTRAST


def test_the_palettes_themselves_read() -> None:
    for palette in (light_palette(), dark_palette()):
        for text, background in (
            (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
            (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
            (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
            (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
        ):
            assert contrast_ratio(palette.color(text), palette.color(background)) >= TEXT_CONTRAST
    assert is_dark(dark_palette().color(QPalette.ColorRole.Window))
    assert not is_dark(light_palette().color(QPalette.ColorRole.Window))
