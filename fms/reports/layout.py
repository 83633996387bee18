"""What every Vivier PDF shares: A4 pages, the letterhead on page one, a running header and
"page n of N" after it, embedded fonts and the document's metadata."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, TableStyle

from fms.reports.fonts import BOLD, REGULAR, register_fonts
from fms.reports.glyphs import clean_story, printable

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 22 * mm
LETTERHEAD_HEIGHT = 32 * mm
RUNNING_HEADER_HEIGHT = 14 * mm
FOOTER_HEIGHT = 14 * mm
INK = HexColor("#1f2933")
MUTED = HexColor("#5f6b7a")
ACCENT = HexColor("#1d5c8c")
RULE = HexColor("#c9d2dc")


@dataclass(frozen=True)
class Letterhead:
    """The company as its documents present it; no logo gives a text-only letterhead."""

    company_name: str
    address_lines: tuple[str, ...] = ()
    logo_path: Path | None = None


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    language: str  # "en" or "fr"
    running_title: str  # the header of pages after the first
    page_label: str  # "Page {page} of {pages}" in the document's language


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=15, textColor=INK, spaceAfter=3 * mm)
    return {
        "body": body,
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=17, leading=22, textColor=ACCENT, spaceAfter=5 * mm
        ),
        "heading": ParagraphStyle(
            "heading", parent=body, fontName=BOLD, fontSize=12, leading=16, spaceBefore=4 * mm, spaceAfter=2 * mm
        ),
        "name": ParagraphStyle("name", parent=body, fontName=BOLD, fontSize=20, leading=25, spaceAfter=1 * mm),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=12, leading=16, textColor=MUTED),
        "small": ParagraphStyle("small", parent=body, fontSize=9, leading=12, textColor=MUTED, spaceAfter=0),
        "right": ParagraphStyle("right", parent=body, alignment=2),
        "bold": ParagraphStyle("bold", parent=body, fontName=BOLD, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=13, spaceAfter=0),
        "item": ParagraphStyle("item", parent=body, spaceAfter=1 * mm),
        "cell_right": ParagraphStyle("cell_right", parent=body, fontSize=9.5, leading=13, spaceAfter=0, alignment=2),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=BOLD, fontSize=9.5, leading=13, spaceAfter=0),
    }


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A table's style, its plain-text cells in the embedded font (Table's default is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def _numbered_canvas(page_label: str) -> type[Canvas]:
    """A canvas that waits for the last page to write "page n of N" on every page."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            # ReportLab's own page reset, as its numbered-canvas recipe does; private, so not in the stubs.
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(len(self._pages))
                super().showPage()
            super().save()

        def _footer(self, pages: int) -> None:
            self.saveState()
            self.setFont(REGULAR, 8.5)
            self.setFillColor(MUTED)
            text = page_label.format(page=self.getPageNumber(), pages=pages)
            self.drawRightString(PAGE_WIDTH - MARGIN, FOOTER_HEIGHT - 4 * mm, text)
            self.restoreState()

    return NumberedCanvas


def _draw_letterhead(canvas: Canvas, letterhead: Letterhead) -> None:
    canvas.saveState()
    top = PAGE_HEIGHT - MARGIN + 4 * mm
    text_left = MARGIN
    logo = _logo(letterhead.logo_path)
    if logo is not None:
        width, height = logo.getSize()
        scale = min(22 * mm / height, 50 * mm / width)
        canvas.drawImage(
            logo, MARGIN, top - height * scale, width * scale, height * scale, mask="auto", preserveAspectRatio=True
        )
        text_left = MARGIN + width * scale + 6 * mm
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 15)
    canvas.drawString(text_left, top - 6 * mm, letterhead.company_name)
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, 9)
    for number, line in enumerate(letterhead.address_lines[:4]):
        canvas.drawString(text_left, top - 12 * mm - number * 4.2 * mm, line)
    _rule(canvas, PAGE_HEIGHT - MARGIN - LETTERHEAD_HEIGHT + 10 * mm, ACCENT, 1.2)
    canvas.restoreState()


def _draw_running_header(canvas: Canvas, letterhead: Letterhead, running_title: str) -> None:
    canvas.saveState()
    baseline = PAGE_HEIGHT - MARGIN + 2 * mm
    canvas.setFont(BOLD, 9)
    canvas.setFillColor(ACCENT)
    canvas.drawString(MARGIN, baseline, letterhead.company_name)
    canvas.setFont(REGULAR, 9)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, baseline, running_title)
    _rule(canvas, baseline - 3 * mm, RULE, 0.6)
    canvas.restoreState()


def _rule(canvas: Canvas, y: float, color: Color, width: float) -> None:
    canvas.setStrokeColor(color)
    canvas.setLineWidth(width)
    canvas.line(MARGIN, y, PAGE_WIDTH - MARGIN, y)


def _logo(path: Path | None) -> ImageReader | None:
    """The logo, or None when there is none or it cannot be read: a letter still goes out."""
    if path is None:
        return None
    try:
        return ImageReader(str(path))
    except (OSError, ValueError):
        return None


def build_pdf(story: Sequence[Flowable], letterhead: Letterhead, metadata: Metadata) -> bytes:
    register_fonts()
    # What the canvas draws itself (not through the story) is cleaned here.
    letterhead = replace(
        letterhead,
        company_name=printable(letterhead.company_name),
        address_lines=tuple(printable(line) for line in letterhead.address_lines),
    )
    metadata = replace(metadata, running_title=printable(metadata.running_title))
    buffer = BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=metadata.title,
        author=metadata.author,
        subject=metadata.subject,
        creator="Vivier",
        lang=metadata.language,
        initialFontName=REGULAR,  # else every page names Helvetica, a font that is not embedded
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=FOOTER_HEIGHT + 6 * mm,
    )
    body_width = PAGE_WIDTH - 2 * MARGIN
    bottom = FOOTER_HEIGHT + 6 * mm
    # No frame padding: the text lines up with the letterhead and the rules.
    padding = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    first_height = PAGE_HEIGHT - MARGIN - LETTERHEAD_HEIGHT - bottom
    later_height = PAGE_HEIGHT - MARGIN - RUNNING_HEADER_HEIGHT - bottom
    first = Frame(MARGIN, bottom, body_width, first_height, id="first", **padding)
    later = Frame(MARGIN, bottom, body_width, later_height, id="later", **padding)
    document.addPageTemplates(
        [
            PageTemplate(
                "first", [first], onPage=lambda c, _d: _draw_letterhead(c, letterhead), autoNextPageTemplate="later"
            ),
            PageTemplate(
                "later", [later], onPage=lambda c, _d: _draw_running_header(c, letterhead, metadata.running_title)
            ),
        ]
    )
    story = list(story)
    clean_story(story)
    document.build(story, canvasmaker=_numbered_canvas(metadata.page_label))
    return buffer.getvalue()
