"""Characters the embedded PDF font cannot draw (emoji, most symbols) are left out, not printed as boxes.

The screens show "Camille 🌱 Moreau" as typed; the PDF prints "Camille Moreau". The story is
cleaned once, just before it is laid out, so no report has to remember to do it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from fms.reports.fonts import REGULAR, register_fonts

_SPACES = re.compile(r"[ \u00a0]{2,}")
_KEEP = frozenset("\n\t\r")
# Joiners and presentation selectors only glue emoji together: alone they print as boxes too.
_EMOJI_GLUE = frozenset({0x200D, 0xFE0E, 0xFE0F})


@cache
def _drawable() -> frozenset[int]:
    register_fonts()
    font: Any = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph) - _EMOJI_GLUE


def printable(text: str) -> str:
    """`text` without the characters the PDF font lacks; the spaces around a dropped one fold into one."""
    drawable = _drawable()
    kept = "".join(char for char in text if ord(char) in drawable or char in _KEEP)
    if len(kept) == len(text):
        return text
    return _SPACES.sub(" ", kept)


def clean_story(story: Iterable[Any]) -> None:
    """Replaces, in place, what each paragraph and table cell would print with its `printable` text."""
    for flowable in story:
        _clean(flowable)


def _clean(item: Any) -> None:
    if isinstance(item, Paragraph):
        for fragment in item.frags:
            if isinstance(getattr(fragment, "text", None), str):
                fragment.text = printable(fragment.text)
            for word in getattr(fragment, "words", None) or []:  # fragments of a pre-split paragraph
                if isinstance(word, str):
                    fragment.words = [printable(w) if isinstance(w, str) else w for w in fragment.words]
                    break
        return
    if isinstance(item, list | tuple):
        for element in item:
            _clean(element)
        return
    rows = getattr(item, "_cellvalues", None)
    if rows is not None:  # a Table
        for row in rows:
            for index, cell in enumerate(row):
                if isinstance(cell, str):
                    row[index] = printable(cell)
                else:
                    _clean(cell)
    # KeepTogether keeps `_content`, ListFlowable and ListItem `_flowables`, a list's indenter `_flowable`.
    for attribute in ("_content", "_flowables", "_flowable"):
        inner = getattr(item, attribute, None)
        if isinstance(inner, list | tuple | Paragraph):
            _clean(inner)
