"""A one-page agreement (contract, NDA, statement of work) rendered from plain data."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from fms.reports.fonts import BOLD, REGULAR, register_fonts


@dataclass(frozen=True)
class AgreementText:
    title: str
    parties: tuple[str, ...]
    clauses: tuple[str, ...]
    place_and_date: str


def render_agreement(text: AgreementText) -> bytes:
    register_fonts()
    title_style = ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=8 * mm)
    body_style = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=14, spaceAfter=3 * mm)
    story: list[Flowable] = [Paragraph(escape(text.title), title_style)]
    story += [Paragraph(escape(party), body_style) for party in text.parties]
    story.append(Spacer(1, 4 * mm))
    story += [Paragraph(f"{number}. {escape(clause)}", body_style) for number, clause in enumerate(text.clauses, 1)]
    story.append(Spacer(1, 8 * mm))
    story.append(Paragraph(escape(text.place_and_date), body_style))
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=25 * mm, title=text.title
    )
    document.build(story)
    return buffer.getvalue()
