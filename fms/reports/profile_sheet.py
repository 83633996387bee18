"""The profile sheet ("dossier de compétences") a manager sends a client: what the freelancer can
do and has done, without private notes, and without rates unless chosen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from fms.reports.formatting import checked_language, long_date, money, number, period
from fms.reports.layout import ACCENT, INK, PAGE_WIDTH, RULE, Letterhead, Metadata, build_pdf, styles, table_style
from fms.reports.layout import MARGIN as PAGE_MARGIN


@dataclass(frozen=True)
class PastMission:
    client_name: str
    role: str
    start: date | None
    end: date | None
    description: str = ""


@dataclass(frozen=True)
class ProfileSheet:
    letterhead: Letterhead
    language: str
    written_on: date
    name: str
    headline: str
    seniority: str  # already in the sheet's language
    location: str
    available_from: date | None
    skills: tuple[tuple[str, int], ...]  # name, level 1-5
    missions: tuple[PastMission, ...]
    average_rating: float | None
    rated_missions: int
    daily_rate_cents: int | None = None  # shown only when the manager chose to


WORDS = {
    "en": {
        "title": "Skills profile",
        "seniority": "Seniority",
        "location": "Based in",
        "available": "Availability",
        "available_now": "Available now",
        "available_from": "From {date}",
        "rate": "Daily rate",
        "skills": "Skills",
        "missions": "Missions with us",
        "no_missions": "No mission with us yet.",
        "rating": "Average rating from our managers: {rating} / 5 over {count} missions.",
        "rating_one": "Rating from our manager: {rating} / 5 for one mission.",
        "prepared": "Prepared by {company} on {date}.",
        "page": "Page {page} of {pages}",
    },
    "fr": {
        "title": "Dossier de compétences",
        "seniority": "Séniorité",
        "location": "Basé(e) à",
        "available": "Disponibilité",
        "available_now": "Dès maintenant",
        "available_from": "À partir du {date}",
        "rate": "Tarif journalier",
        "skills": "Compétences",
        "missions": "Missions réalisées avec nous",
        "no_missions": "Pas encore de mission avec nous.",
        "rating": "Note moyenne de nos managers\u00a0: {rating} / 5 sur {count} missions.",
        "rating_one": "Note de notre manager\u00a0: {rating} / 5 pour une mission.",
        "prepared": "Préparé par {company} le {date}.",
        "page": "Page {page} sur {pages}",
    },
}
LEVEL_DOTS = 5
SENIORITY = {
    "en": {"junior": "Junior", "confirmed": "Confirmed", "senior": "Senior"},
    "fr": {"junior": "Junior", "confirmed": "Confirmé(e)", "senior": "Senior"},
}


def seniority_words(value: str, language: str) -> str:
    return SENIORITY[checked_language(language)].get(value, value)


def render_profile_sheet(sheet: ProfileSheet) -> bytes:
    words = WORDS[checked_language(sheet.language)]
    metadata = Metadata(
        title=f"{words['title']} \u2013 {sheet.name}",
        author=sheet.letterhead.company_name,
        subject=sheet.headline or words["title"],
        language=sheet.language,
        running_title=f"{words['title']} \u2013 {sheet.name}",
        page_label=words["page"],
    )
    return build_pdf(_story(sheet, words), sheet.letterhead, metadata)


def _story(sheet: ProfileSheet, words: dict[str, str]) -> list[Flowable]:
    style = styles()
    language = sheet.language
    story: list[Flowable] = [
        Paragraph(words["title"].upper(), style["small"]),
        Paragraph(escape(sheet.name), style["name"]),
    ]
    if sheet.headline:
        story.append(Paragraph(escape(sheet.headline), style["subtitle"]))
    story.append(Spacer(1, 4 * mm))
    facts = [(words["seniority"], sheet.seniority)]
    if sheet.location:
        facts.append((words["location"], sheet.location))
    today = sheet.written_on
    if sheet.available_from is None or sheet.available_from <= today:
        facts.append((words["available"], words["available_now"]))
    else:
        facts.append(
            (words["available"], words["available_from"].format(date=long_date(sheet.available_from, language)))
        )
    if sheet.daily_rate_cents is not None:
        facts.append((words["rate"], money(sheet.daily_rate_cents, language)))
    story.append(_facts_table(facts, style))
    story.append(Paragraph(words["skills"], style["heading"]))
    story.append(_skills_table(sheet.skills, style))
    story.append(Paragraph(words["missions"], style["heading"]))
    if sheet.missions:
        story += [_mission_block(mission, language, style) for mission in sheet.missions]
    else:
        story.append(Paragraph(words["no_missions"], style["body"]))
    if sheet.average_rating is not None and sheet.rated_missions:
        rating = number(sheet.average_rating, language)
        story.append(Spacer(1, 2 * mm))
        template = words["rating_one" if sheet.rated_missions == 1 else "rating"]
        story.append(Paragraph(template.format(rating=rating, count=sheet.rated_missions), style["body"]))
    story.append(Spacer(1, 4 * mm))
    prepared = words["prepared"].format(
        company=escape(sheet.letterhead.company_name), date=long_date(sheet.written_on, language)
    )
    story.append(Paragraph(prepared, style["small"]))
    return story


def _facts_table(facts: list[tuple[str, str]], style: dict[str, ParagraphStyle]) -> Table:
    rows = [
        [Paragraph(escape(label), style["cell_bold"]), Paragraph(escape(value), style["cell"])]
        for label, value in facts
    ]
    table = Table(rows, colWidths=[45 * mm, None], hAlign="LEFT")
    table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)))
    return table


def _skills_table(skills: tuple[tuple[str, int], ...], style: dict[str, ParagraphStyle]) -> Flowable:
    if not skills:
        return Spacer(1, 1)
    cells = [
        [Paragraph(escape(name), style["cell"]), Paragraph(_dots(level), style["cell"])]
        for name, level in sorted(skills, key=lambda skill: (-skill[1], skill[0].casefold()))
    ]
    # Two pairs of columns side by side keep a long list on one page.
    half = (len(cells) + 1) // 2
    rows = [cells[i] + (cells[i + half] if i + half < len(cells) else ["", ""]) for i in range(half)]
    width = (PAGE_WIDTH - 2 * PAGE_MARGIN) / 2
    table = Table(rows, colWidths=[width - 24 * mm, 24 * mm] * 2, hAlign="LEFT")
    table.setStyle(
        table_style(
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        )
    )
    return table


def _dots(level: int) -> str:
    level = max(0, min(LEVEL_DOTS, level))
    dot = "\u25cf"
    on, off = (color.hexval().replace("0x", "#") for color in (ACCENT, RULE))
    return f'<font color="{on}">{dot * level}</font><font color="{off}">{dot * (LEVEL_DOTS - level)}</font>'


def _mission_block(mission: PastMission, language: str, style: dict[str, ParagraphStyle]) -> Flowable:
    heading = f"<b>{escape(mission.role)}</b> \u2013 {escape(mission.client_name)}"
    when = period(mission.start, mission.end, language)
    parts: list[Flowable] = [
        Table(
            [[Paragraph(heading, style["cell"]), Paragraph(when, style["cell_right"])]],
            colWidths=[None, 55 * mm],
            style=table_style(
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ),
        )
    ]
    if mission.description:
        parts.append(Paragraph(escape(mission.description), style["body"]))
    else:
        parts.append(Spacer(1, 2 * mm))
    return KeepTogether(parts)
