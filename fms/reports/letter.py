"""The recommendation letter a freelancer takes away from a successful mission, in French or English."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, ListFlowable, ListItem, Paragraph, Spacer

from fms.reports.formatting import checked_language, long_date
from fms.reports.layout import Letterhead, Metadata, build_pdf, styles


@dataclass(frozen=True)
class Signatory:
    name: str
    role: str
    signature_path: Path | None = None


@dataclass(frozen=True)
class RecommendationLetter:
    letterhead: Letterhead
    language: str  # "en" or "fr"
    place: str
    written_on: date
    freelancer_name: str
    client_name: str
    role: str  # the freelancer's role ("data engineer"); empty: the letter names only the mission
    start: date
    end: date
    recommendation: str  # the manager's words; blank lines separate paragraphs
    strengths: tuple[str, ...]
    signatory: Signatory
    mission_title: str = ""


WORDS = {
    "en": {
        "title": "Letter of recommendation",
        "subject": "Re: {name}, {role} for {client}",
        "salutation": "To whom it may concern,",
        "intro": "{name} worked with {company} as {a_role}, on the {mission} mission for our client {client}, "
        "from {start} to {end}.",
        "intro_no_role": "{name} worked with {company} on the {mission} mission for our client {client}, "
        "from {start} to {end}.",
        "strengths": "Strengths we saw during the mission:",
        "closing": "Yours faithfully,",
        "page": "Page {page} of {pages}",
        "metadata_subject": "Recommendation for {name}: {role}, {client}",
    },
    "fr": {
        "title": "Lettre de recommandation",
        "subject": "Objet\u00a0: {name}, {role} pour {client}",
        "salutation": "Madame, Monsieur,",
        "intro": "{name} a travaillé avec {company} en tant que {role}, sur la mission {mission} "
        "pour notre client {client}, du {start} au {end}.",
        "intro_no_role": "{name} a travaillé avec {company} sur la mission {mission} pour notre client {client}, "
        "du {start} au {end}.",
        "strengths": "Les points forts que nous avons constatés pendant la mission\u00a0:",
        "closing": "Nous vous prions d\u2019agréer, Madame, Monsieur, "
        "l\u2019expression de nos salutations distinguées.",
        "page": "Page {page} sur {pages}",
        "metadata_subject": "Recommandation pour {name}\u00a0: {role}, {client}",
    },
}


def with_article(role: str) -> str:
    """ "a data engineer", "an architect": English wants the article the French "en tant que" does without."""
    return f"{'an' if role[:1].casefold() in 'aeiou' else 'a'} {role}" if role else role


def intro(letter: RecommendationLetter) -> str:
    """The letter's first sentence, as plain text (the PDF escapes it)."""
    words = WORDS[checked_language(letter.language)]
    fill = {
        "name": letter.freelancer_name,
        "role": letter.role,
        "a_role": with_article(letter.role),
        "mission": letter.mission_title or letter.role,
        "client": letter.client_name,
        "company": letter.letterhead.company_name,
        "start": long_date(letter.start, letter.language),
        "end": long_date(letter.end, letter.language),
    }
    return words["intro" if letter.role else "intro_no_role"].format(**fill)


def render_letter(letter: RecommendationLetter) -> bytes:
    words = WORDS[checked_language(letter.language)]
    metadata = Metadata(
        title=f"{words['title']} \u2013 {letter.freelancer_name}",
        author=f"{letter.signatory.name}, {letter.letterhead.company_name}",
        subject=words["metadata_subject"].format(
            name=letter.freelancer_name, role=letter.role or letter.mission_title, client=letter.client_name
        ),
        language=letter.language,
        running_title=f"{words['title']} \u2013 {letter.freelancer_name}",
        page_label=words["page"],
    )
    return build_pdf(_story(letter, words), letter.letterhead, metadata)


def _story(letter: RecommendationLetter, words: dict[str, str]) -> list[Flowable]:
    style = styles()
    language = letter.language
    fill = {
        "name": escape(letter.freelancer_name),
        "role": escape(letter.role or letter.mission_title),
        "client": escape(letter.client_name),
        "company": escape(letter.letterhead.company_name),
        "start": long_date(letter.start, language),
        "end": long_date(letter.end, language),
    }
    place_and_date = ", ".join(part for part in (escape(letter.place), long_date(letter.written_on, language)) if part)
    story: list[Flowable] = [
        Paragraph(place_and_date, style["right"]),
        Spacer(1, 4 * mm),
        Paragraph(words["title"], style["title"]),
        Paragraph(f"<b>{words['subject'].format(**fill)}</b>", style["body"]),
        Spacer(1, 2 * mm),
        Paragraph(words["salutation"], style["body"]),
        Paragraph(escape(intro(letter)), style["body"]),
    ]
    for paragraph in _paragraphs(letter.recommendation):
        story.append(Paragraph(escape(paragraph).replace("\n", "<br/>"), style["body"]))
    strengths = [strength.strip() for strength in letter.strengths if strength.strip()]
    if strengths:
        items = [ListItem(Paragraph(escape(strength), style["item"]), leftIndent=12) for strength in strengths]
        story.append(
            KeepTogether(
                [
                    Paragraph(words["strengths"], style["body"]),
                    ListFlowable(
                        # ReportLab takes ListItems here (its user guide does); the stubs know only Flowables.
                        items,  # type: ignore[arg-type]
                        bulletType="bullet",
                        start="\u2022",
                        leftIndent=12,
                        bulletFontName="DejaVuSans",
                    ),
                ]
            )
        )
    story.append(Spacer(1, 3 * mm))
    story.append(KeepTogether([Paragraph(words["closing"], style["body"]), *_signature(letter, style)]))
    return story


def _paragraphs(text: str) -> list[str]:
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return [block for block in blocks if block]


def _signature(letter: RecommendationLetter, style: dict[str, ParagraphStyle]) -> list[Flowable]:
    signatory = letter.signatory
    parts: list[Flowable] = [Spacer(1, 4 * mm)]
    image = _signature_image(signatory.signature_path)
    parts.append(image if image is not None else Spacer(1, 14 * mm))
    parts.append(Paragraph(escape(signatory.name), style["bold"]))
    for line in (signatory.role, letter.letterhead.company_name):
        if line:
            parts.append(Paragraph(escape(line), style["small"]))
    return parts


def _signature_image(path: Path | None) -> Image | None:
    if path is None:
        return None
    try:
        image = Image(str(path))
    except (OSError, ValueError):
        return None  # an unreadable signature leaves room to sign by hand
    scale = min(18 * mm / image.imageHeight, 55 * mm / image.imageWidth)
    image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
    image.hAlign = "LEFT"
    return image
