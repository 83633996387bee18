"""The PDFs as a reader gets them: the words, the fonts, the metadata, nothing lost over pages."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from fms.reports.formatting import long_date, money
from fms.reports.layout import Letterhead
from fms.reports.letter import RecommendationLetter, Signatory, render_letter
from fms.reports.profile_sheet import PastMission, ProfileSheet, render_profile_sheet

BASE_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica", "Helvetica-Bold",
    "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold", "Times-Italic",
    "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip
HEAD = Letterhead("Atelier Nord Conseil", ("12 rue des Tanneurs", "69002 Lyon"))


def letter(language: str, **values: object) -> RecommendationLetter:
    data = RecommendationLetter(
        letterhead=HEAD,
        language=language,
        place="Lyon",
        written_on=date(2026, 11, 22),
        freelancer_name="Élodie Lefèvre",
        client_name="Banque Lumière",
        role="Data engineer",
        start=date(2026, 1, 5),
        end=date(2026, 6, 30),
        recommendation="Élodie a repris un projet « en souffrance » et l’a livré à l’heure.",
        strengths=("Rigueur", "Pédagogie"),
        signatory=Signatory("Henry Thomas", "Directeur des opérations"),
    )
    return replace(data, **values)  # type: ignore[arg-type]


def sheet(language: str, **values: object) -> ProfileSheet:
    data = ProfileSheet(
        letterhead=HEAD,
        language=language,
        written_on=date(2026, 11, 22),
        name="Élodie Lefèvre",
        headline="Data engineer · Spark, Kafka",
        seniority="Senior",
        location="Lyon",
        available_from=date(2027, 1, 4),
        skills=(("Python", 5), ("Kafka", 4)),
        missions=(PastMission("Banque Lumière", "Data engineer", date(2026, 1, 5), date(2026, 6, 30), "Entrepôt"),),
        average_rating=4.5,
        rated_missions=2,
    )
    return replace(data, **values)  # type: ignore[arg-type]


def read(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, " ".join(text.split())


def font_names(reader: PdfReader) -> dict[str, bool]:
    """Every font used on any page -> whether its program is embedded."""
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts[str(font["/BaseFont"]).lstrip("/")] = embedded
    return fonts


@pytest.mark.parametrize(
    ("language", "dates", "title"),
    [
        ("en", ("22\u00a0November 2026", "5\u00a0January 2026", "30\u00a0June 2026"), "Letter of recommendation"),
        ("fr", ("22\u00a0novembre 2026", "5\u00a0janvier 2026", "30\u00a0juin 2026"), "Lettre de recommandation"),
    ],
)
def test_the_letter_holds_names_dates_and_recommendation(language: str, dates: tuple[str, ...], title: str) -> None:
    reader, text = read(render_letter(letter(language)))
    for expected in ("Élodie Lefèvre", "Banque Lumière", "« en souffrance »", "l’a livré", "Rigueur", "Henry Thomas"):
        assert expected in text
    for written in dates:
        assert written.replace("\u00a0", " ") in text.replace("\u00a0", " ")
    assert reader.metadata.title == f"{title} \u2013 Élodie Lefèvre"
    assert reader.metadata.author == "Henry Thomas, Atelier Nord Conseil"
    assert "Banque Lumière" in reader.metadata.subject
    assert reader.trailer["/Root"]["/Lang"] == language


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_profile_sheet_holds_the_profile_and_no_rate_unless_chosen(language: str) -> None:
    reader, text = read(render_profile_sheet(sheet(language)))
    for expected in ("Élodie Lefèvre", "Data engineer · Spark, Kafka", "Python", "Banque Lumière", "Entrepôt", "4"):
        assert expected in text
    assert "650" not in text and "€" not in text
    assert reader.trailer["/Root"]["/Lang"] == language
    _, with_rate = read(render_profile_sheet(sheet(language, daily_rate_cents=65000)))
    spaced = str.maketrans({"\u202f": " ", "\u00a0": " "})  # Babel's French spaces, however the PDF keeps them
    assert money(65000, language).translate(spaced) in with_rate.translate(spaced)


@pytest.mark.parametrize("render", [lambda: render_letter(letter("fr")), lambda: render_profile_sheet(sheet("en"))])
def test_every_font_is_embedded(render) -> None:  # type: ignore[no-untyped-def]
    fonts = font_names(PdfReader(BytesIO(render())))
    assert fonts and all(fonts.values()), fonts
    assert not {name.split("+")[-1] for name in fonts} & BASE_14


def test_a_long_recommendation_flows_over_pages_without_losing_a_word() -> None:
    words = [f"mot{number:04d}" for number in range(3000)]
    paragraphs = "\n\n".join(" ".join(words[start : start + 120]) for start in range(0, 3000, 120))
    reader, text = read(render_letter(letter("fr", recommendation=paragraphs)))
    assert len(reader.pages) >= 4
    found = set(re.findall(r"mot\d{4}", text))
    assert found == set(words)
    assert f"Page 1 sur {len(reader.pages)}" in text and f"Page {len(reader.pages)} sur {len(reader.pages)}" in text
    assert text.count("Lettre de recommandation – Élodie Lefèvre") >= len(reader.pages) - 1  # the running header


def test_a_logo_and_a_signature_are_drawn_and_an_unreadable_one_is_skipped(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    signature = tmp_path / "signature.png"
    Image.new("RGB", (240, 120), (29, 92, 140)).save(logo)
    Image.new("RGB", (300, 90), (20, 20, 20)).save(signature)
    drawn = render_letter(
        letter("en", letterhead=replace(HEAD, logo_path=logo), signatory=Signatory("H. Thomas", "COO", signature))
    )
    images = [name for page in PdfReader(BytesIO(drawn)).pages for name in page.images]
    assert len(images) == 2
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image")
    skipped = render_letter(letter("en", letterhead=replace(HEAD, logo_path=broken)))
    assert "Élodie Lefèvre" in read(skipped)[1]


def test_dates_and_amounts_read_as_each_language_writes_them() -> None:
    assert long_date(date(2026, 11, 1), "fr") == "1er\u00a0novembre 2026"
    assert long_date(date(2026, 11, 1), "en") == "1\u00a0November 2026"
    assert money(125050, "fr") == "1\u202f250,50\u00a0€"  # Babel (CLDR): a no-break space before €
    assert money(125000, "en") == "€1,250"
    with pytest.raises(ValueError):
        long_date(date(2026, 1, 1), "de")
