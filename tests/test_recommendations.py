"""Letters and sheets from the database: the file's facts in the PDF, the letter kept as a document."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from fms.core.enums import DocumentKind, DocumentStatus, Outcome, Stage
from fms.core.errors import ValidationError
from fms.models import Application, Engagement, Freelancer, Mission, Offboarding
from fms.reports.letter import intro
from fms.services import settings
from fms.services.file import NoteInput, add_note, list_documents, verified_file
from fms.services.pipeline import OutcomeInput, move_application
from fms.services.reports import (
    LetterInput,
    create_letter,
    engagements_for_letters,
    letter_draft,
    profile_sheet_pdf,
    profile_sheet_pdfs,
)
from fms.services.reports.letters import build_letter
from fms.storage.database import Database
from tests.conftest import Factory


def text_of(pdf: bytes) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


@pytest.fixture
def engagement(db: Database, make: Factory) -> tuple[int, int]:
    """(freelancer id, engagement id) of a hired application, with a note on it."""
    application_id = make.application_at(Stage.FINAL_ANSWER)
    hire = OutcomeInput(Outcome.HIRED, start_date=date(2026, 2, 2), daily_rate_cents=62000, sign_later=True)
    state = move_application(db, application_id, Stage.ON_MISSION, outcome=hire)
    with db.reading() as session:
        engagement_id = session.query(Engagement.id).filter_by(application_id=application_id).scalar()
    add_note(
        db, state.freelancer_id, NoteInput(4, True, "Delivered the pipeline early.", "Rigour, teaching", engagement_id)
    )
    settings.set_texts(
        db,
        {
            settings.COMPANY_NAME: "Atelier Nord Conseil",
            settings.COMPANY_ADDRESS: "12 rue des Tanneurs\n69002 Lyon",
            settings.LETTER_PLACE: "Lyon",
            settings.SIGNATORY_NAME: "Henry Thomas",
            settings.SIGNATORY_ROLE: "COO",
        },
    )
    return state.freelancer_id, engagement_id


def test_a_letter_is_drafted_from_the_note_and_kept_in_the_file(db: Database, engagement: tuple[int, int]) -> None:
    freelancer_id, engagement_id = engagement
    [draft] = engagements_for_letters(db, freelancer_id)
    assert (draft.engagement_id, draft.recommendation, draft.strengths) == (
        engagement_id,
        "Delivered the pipeline early.",
        ("Rigour", "teaching"),
    )
    document, pdf = create_letter(db, LetterInput(engagement_id, "fr", draft.recommendation, draft.strengths))
    text = text_of(pdf)
    for expected in (draft.freelancer_name, draft.client_name, "Delivered the pipeline early.", "Atelier Nord Conseil"):
        assert expected in text
    assert "Lyon, " in text and "du 2 février 2026" in text
    [kept] = [row for row in list_documents(db, freelancer_id) if row.kind == DocumentKind.RECOMMENDATION]
    assert (kept.id, kept.kind, kept.status, kept.signed_on is not None) == (
        document.id,
        DocumentKind.RECOMMENDATION,
        DocumentStatus.SIGNED,
        True,
    )
    assert verified_file(db, document.id).read_bytes() == pdf  # stored and checksummed like any attachment


def test_an_empty_recommendation_is_refused_and_nothing_kept(db: Database, engagement: tuple[int, int]) -> None:
    freelancer_id, engagement_id = engagement
    with pytest.raises(ValidationError) as refused:
        create_letter(db, LetterInput(engagement_id, "en", "  "))
    assert set(refused.value.field_errors) == {"recommendation"}
    assert not [row for row in list_documents(db, freelancer_id) if row.kind == DocumentKind.RECOMMENDATION]


def test_profile_sheets_show_the_rate_only_when_chosen_and_never_private_notes(
    db: Database, engagement: tuple[int, int], tmp_path: Path
) -> None:
    freelancer_id, _ = engagement
    without = text_of(profile_sheet_pdf(db, freelancer_id, "en"))
    assert "550" not in without and "Delivered the pipeline early." not in without
    assert "Rating from our manager" not in without  # an internal judgement: left out unless chosen
    rated = text_of(profile_sheet_pdf(db, freelancer_id, "en", include_rating=True))
    assert "Rating from our manager: 4.0 / 5 for one mission." in rated
    assert "550" in text_of(profile_sheet_pdf(db, freelancer_id, "fr", include_rate=True))
    batch = list(profile_sheet_pdfs(db, [freelancer_id, freelancer_id], "fr"))
    assert [name for _, name, _ in batch] == [batch[0][1]] * 2 and batch[0][1].startswith("Dossier - ")


def name_the_role(db: Database, engagement_id: int, headline: str, mission_title: str) -> None:
    with db.transaction() as session:
        engagement = session.get_one(Engagement, engagement_id)
        application = session.get_one(Application, engagement.application_id)
        session.get_one(Freelancer, application.freelancer_id).headline = headline
        session.get_one(Mission, application.mission_id).title = mission_title


@pytest.mark.parametrize(
    ("language", "headline", "expected"),
    [
        ("en", "Data engineer · Spark, Airflow", "as a data engineer, on the Data platform rebuild mission for our"),
        ("en", "Architect - cloud", "as an architect, on the Data platform rebuild mission"),
        ("fr", "Data engineer · Spark", "en tant que data engineer, sur la mission Data platform rebuild pour notre"),
        ("en", "", "worked with Atelier Nord Conseil on the Data platform rebuild mission for our client"),
        ("fr", "", "a travaillé avec Atelier Nord Conseil sur la mission Data platform rebuild pour notre client"),
    ],
)
def test_the_letter_names_the_freelancers_role_and_the_mission_apart(
    db: Database, engagement: tuple[int, int], language: str, headline: str, expected: str
) -> None:
    freelancer_id, engagement_id = engagement
    name_the_role(db, engagement_id, headline, "Data platform rebuild")
    [draft] = engagements_for_letters(db, freelancer_id)
    data = LetterInput(engagement_id, language, draft.recommendation, draft.strengths)
    assert expected in intro(build_letter(db, data))
    _document, pdf = create_letter(db, data)
    assert expected in text_of(pdf)
    assert "as Data platform rebuild" not in text_of(pdf) and "en tant que Data platform" not in text_of(pdf)


def test_the_letter_from_the_file_starts_from_the_wizards_recommendation(
    db: Database, engagement: tuple[int, int]
) -> None:
    freelancer_id, engagement_id = engagement
    with db.transaction() as session:
        recommendation = {"text": "Camille led the migration calmly.", "strengths": "calm, Spark"}
        session.add(Offboarding(engagement_id=engagement_id, answers={"recommendation": recommendation}))
    [from_file] = engagements_for_letters(db, freelancer_id)
    assert (from_file.recommendation, from_file.strengths) == ("Camille led the migration calmly.", ("calm", "Spark"))
    assert letter_draft(db, engagement_id) == from_file  # the wizard's letter is drafted by the same function


@pytest.mark.parametrize(
    ("language", "now", "later"),
    [
        ("en", "Availability Available now", "Availability From 2 March 2099"),
        ("fr", "Disponibilité Dès maintenant", "Disponibilité À partir du 2 mars 2099"),
    ],
)
def test_the_sheet_says_availability_once_and_leaves_out_a_description_repeating_the_title(
    db: Database, engagement: tuple[int, int], language: str, now: str, later: str
) -> None:
    freelancer_id, engagement_id = engagement
    name_the_role(db, engagement_id, "Data engineer", "Data platform rebuild")
    with db.transaction() as session:
        application = session.get_one(Application, session.get_one(Engagement, engagement_id).application_id)
        session.get_one(Mission, application.mission_id).description = "Data platform rebuild."
    text = text_of(profile_sheet_pdf(db, freelancer_id, language))
    assert now in text and "Disponible à partir du" not in text and "Available from" not in text
    assert text.count("Data platform rebuild") == 1
    with db.transaction() as session:
        session.get_one(Freelancer, freelancer_id).availability_date = date(2099, 3, 2)
        session.get_one(Mission, application.mission_id).description = "Moved the warehouse to Spark. Then more."
    text = text_of(profile_sheet_pdf(db, freelancer_id, language))
    assert later in text and "Moved the warehouse to Spark." in text and "Then more." not in text
