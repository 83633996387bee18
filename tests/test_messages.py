"""Message drafts from editable templates: both languages filled from the data, unknown placeholders refused."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import unquote, urlsplit

import pytest
from sqlalchemy import select

from fms.core.enums import DeclineReason, FailureCause, InterviewKind, InterviewResult, Outcome, Stage
from fms.core.errors import ValidationError
from fms.models import ActivityEntry
from fms.services.crm import ClientInput, create_client
from fms.services.crm.contacts import Contact
from fms.services.file import EvaluationInput, InterviewInput, get_file, save_interview
from fms.services.messages import (
    LANGUAGES,
    MessageKind,
    Template,
    check_template,
    draft_message,
    get_template,
    list_templates,
    record_message_sent,
    reset_template,
    save_template,
    unknown_placeholders,
)
from fms.services.pipeline import OutcomeInput, move_application
from fms.storage.database import Database
from fms.values.mail import mailto_url
from tests.conftest import Factory

NOTES = ("Seemed tired; rate high for what she knows", "Less convincing on the migration cockpit")


def person_on_mission(db: Database, make: Factory, first_name: str = "Élodie") -> tuple[int, int]:
    client_id = create_client(
        db, ClientInput("Banque Lumière", contacts=(Contact("Claire Dubois", "CTO", "claire@banque.example"),))
    ).id
    freelancer_id = make.freelancer(first_name, "Moreau")
    mission_id = make.mission(client_id, title="SAP S/4HANA migration")
    return freelancer_id, make.application(mission_id, freelancer_id)


def rejected_after_interview(db: Database, make: Factory) -> tuple[int, int]:
    freelancer_id, application_id = person_on_mission(db, make)
    for stage in (Stage.POSITIONING_CALL, Stage.PROFILE_SENT, Stage.CLIENT_INTERVIEW, Stage.FINAL_ANSWER):
        move_application(db, application_id, stage, confirm_over_limit=True)
    interview = InterviewInput(
        application_id=application_id,
        kind=InterviewKind.CLIENT,
        scheduled_at=datetime(2026, 3, 2, 14, tzinfo=UTC),
        result=InterviewResult.FAILED,
        client_feedback="Good but asks herself about production",
        notes=NOTES[0],
        failure_causes=NOTES[1],
        failure_reasons=(FailureCause.SENIORITY,),
        evaluations=(EvaluationInput("Claire Dubois", True, 5, 4), EvaluationInput("Sam", False, 4, 5)),
    )
    save_interview(db, None, interview)
    outcome = OutcomeInput(Outcome.REJECTED_BY_CLIENT, client_justification="We chose a profile with more years.")
    move_application(db, application_id, Stage.ALUMNI, outcome=outcome)
    return freelancer_id, application_id


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ("Hello Élodie,", "Banque Lumière", "“SAP S/4HANA migration”", "Best regards,")),
        ("fr", ("Bonjour Élodie,", "Banque Lumière", "«\u00a0SAP S/4HANA migration\u00a0»", "Bien cordialement,")),
    ],
)
def test_the_thank_you_is_filled_from_the_data_in_each_language(
    db: Database, make: Factory, language: str, expected: tuple[str, ...]
) -> None:
    freelancer_id, application_id = person_on_mission(db, make)
    draft = draft_message(db, MessageKind.INTERVIEW_THANKS, language, freelancer_id, application_id)
    for text in expected:
        assert text in draft.body
    assert "{" not in draft.body + draft.subject
    assert "SAP S/4HANA migration" in draft.subject
    assert draft.recipient_email.endswith("@example.com")
    assert draft.language == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_rejection_template_takes_the_feedback_drafted_from_structured_parts(
    db: Database, make: Factory, language: str
) -> None:
    freelancer_id, application_id = rejected_after_interview(db, make)
    draft = draft_message(db, MessageKind.REJECTION_FEEDBACK, language, freelancer_id, application_id)
    strengths = {"en": "your technical skills", "fr": "vos compétences techniques"}[language]
    weighed = {"en": "the level of seniority", "fr": "le niveau de séniorité"}[language]
    assert strengths in draft.body
    assert weighed in draft.body
    assert "We chose a profile with more years." in draft.body  # the client's words for the candidate
    for note in NOTES:
        assert note not in draft.body
    other = {"en": "Bonjour", "fr": "Hello"}[language]
    assert other not in draft.body


def test_the_note_to_the_client_explains_the_decline_to_the_manager(db: Database, make: Factory) -> None:
    freelancer_id, application_id = person_on_mission(db, make)
    move_application(db, application_id, Stage.POSITIONING_CALL)
    outcome = OutcomeInput(Outcome.DECLINED_BY_FREELANCER, decline_reason=DeclineReason.RATE, details="750 € asked")
    move_application(db, application_id, Stage.ALUMNI, outcome=outcome)
    draft = draft_message(db, MessageKind.CLIENT_DECLINE_NOTE, "fr", freelancer_id, application_id)
    assert draft.recipient_email == "claire@banque.example"
    assert draft.body.startswith("Bonjour Claire Dubois,")
    assert "le taux journalier proposé ne correspondait pas aux attentes de Élodie Moreau" in draft.body
    assert "750 € asked" in draft.body


def test_a_draft_without_a_mission_leaves_no_gap(db: Database, make: Factory) -> None:
    freelancer_id = make.freelancer("Hugo")
    draft = draft_message(db, MessageKind.AVAILABILITY_REQUEST, "en", freelancer_id)
    assert draft.body.startswith("Hello Hugo,\n\nWe have a mission")
    assert "\n\n\n" not in draft.body


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ("Hello {first_name}", []),
        ("Hello {firstname} from {client}", ["firstname"]),
        ("{{literal}} braces and {mission}", []),
        ("{client.name} reaches into objects", ["client.name"]),
        ("{mision} {mision} {salary}", ["mision", "salary"]),
        ("{first_name!r:>10}", []),
    ],
)
def test_unknown_placeholders_are_found_by_the_formatter(text: str, unknown: list[str]) -> None:
    assert unknown_placeholders(text) == unknown


def test_an_unknown_placeholder_is_refused_by_name(db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        save_template(db, MessageKind.KEEP_IN_TOUCH, "fr", "Des nouvelles", "Bonjour {prenom},")
    assert "Unknown placeholder {prenom}" in refused.value.field_errors["body"]
    assert get_template(db, MessageKind.KEEP_IN_TOUCH, "fr").edited is False
    with pytest.raises(ValidationError) as unclosed:
        check_template("Hello {first_name", "Body")
    assert "subject" in unclosed.value.field_errors


def test_the_teams_edits_are_stored_per_language_and_can_be_reset(db: Database, make: Factory) -> None:
    freelancer_id = make.freelancer("Léa")
    save_template(db, MessageKind.KEEP_IN_TOUCH, "fr", "Quoi de neuf, {first_name} ?", "Salut {first_name} !")
    assert draft_message(db, MessageKind.KEEP_IN_TOUCH, "fr", freelancer_id).body == "Salut Léa !\n"
    assert draft_message(db, MessageKind.KEEP_IN_TOUCH, "en", freelancer_id).body.startswith("Hello Léa,")
    edited = {(t.kind, t.language): t.edited for t in list_templates(db)}
    assert edited[(MessageKind.KEEP_IN_TOUCH, "fr")] and not edited[(MessageKind.KEEP_IN_TOUCH, "en")]
    assert len(edited) == len(MessageKind) * len(LANGUAGES)
    reset_template(db, MessageKind.KEEP_IN_TOUCH, "fr")
    assert draft_message(db, MessageKind.KEEP_IN_TOUCH, "fr", freelancer_id).body.startswith("Bonjour Léa,")


def test_a_preview_fills_an_unsaved_template(db: Database, make: Factory) -> None:
    freelancer_id = make.freelancer("Nina")
    unsaved = Template(MessageKind.AVAILABILITY_REQUEST, "en", "Free, {first_name}?", "Dear {full_name}")
    draft = draft_message(db, MessageKind.AVAILABILITY_REQUEST, "en", freelancer_id, template=unsaved)
    assert draft.subject == "Free, Nina?"
    assert draft.body.startswith("Dear Nina Martin")
    assert get_template(db, MessageKind.AVAILABILITY_REQUEST, "en").edited is False


def test_the_mailto_link_percent_encodes_subject_and_body() -> None:
    url = mailto_url("léa@example.com", "Mission «\u00a0Data & IA\u00a0» ?", "Bonjour Léa,\n\n100 % sûr & certain")
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert " " not in url and "\n" not in url and "+" not in url
    query = dict(item.split("=", 1) for item in parts.query.split("&"))
    assert unquote(query["subject"]) == "Mission «\u00a0Data & IA\u00a0» ?"
    assert unquote(query["body"]) == "Bonjour Léa,\r\n\r\n100 % sûr & certain"
    assert "%26" in query["body"]  # a bare & would end the body early


def test_each_message_sent_is_logged_in_the_persons_history(db: Database, make: Factory) -> None:
    freelancer_id, application_id = person_on_mission(db, make)
    draft = draft_message(db, MessageKind.INTERVIEW_THANKS, "en", freelancer_id, application_id)
    record_message_sent(db, freelancer_id, MessageKind.INTERVIEW_THANKS, draft.subject, application_id)
    with db.reading() as session:
        entry = session.scalars(select(ActivityEntry).where(ActivityEntry.action == "message_sent")).one()
    assert (entry.entity_type, entry.entity_id, entry.freelancer_id) == ("application", application_id, freelancer_id)
    history = get_file(db, freelancer_id).history
    assert history[0].action == "message_sent"
    assert history[0].details == f"interview_thanks: {draft.subject}"
