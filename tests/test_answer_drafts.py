"""The answer's draft as a pure function of plain facts: constructive, in one language, never internal notes."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from fms.core.enums import DeclineReason, FailureCause, InterviewKind, InterviewResult, Outcome
from fms.services.pipeline.feedback import (
    STRENGTHS,
    TEXTS,
    WEIGHED,
    AnswerFacts,
    InterviewFacts,
    draft_answer,
    strengths_and_weights,
)
from fms.values.mail import mailto_url

TECHNICAL_PASSED = InterviewFacts(InterviewKind.TECHNICAL, InterviewResult.PASSED, scores=((5, 3),))
CLIENT_FAILED = InterviewFacts(
    InterviewKind.CLIENT,
    InterviewResult.FAILED,
    causes=(FailureCause.SENIORITY, FailureCause.RATE, FailureCause.OTHER),
    scores=((4, 2), (5, 1)),
)
REJECTION = AnswerFacts(
    outcome=Outcome.REJECTED_BY_CLIENT,
    first_name="Camille",
    full_name="Camille Martin",
    client="Banque Lumière",
    mission="SAP S/4HANA migration",
    justification="We chose a profile who has led a migration   of this size before.",
    interviews=(TECHNICAL_PASSED, CLIENT_FAILED),
)


def test_strengths_come_from_high_scores_and_passed_interviews_and_weights_from_low_scores_and_causes() -> None:
    strengths, weighed = strengths_and_weights(REJECTION.interviews)
    # hard: 5, 4, 5 -> strength; soft: 3, 2, 1 -> weighed; "other" has no words for the candidate.
    assert strengths == ["hard", "technical_test"]
    assert weighed == [FailureCause.SOFT_SKILLS, FailureCause.SENIORITY, FailureCause.RATE]


@pytest.mark.parametrize(
    ("interviews", "strengths", "weighed"),
    [
        ((InterviewFacts(InterviewKind.CLIENT, InterviewResult.PENDING, scores=((5, None), (2, None))),), [], []),
        (
            (
                InterviewFacts(
                    InterviewKind.CLIENT, InterviewResult.FAILED, (FailureCause.HARD_SKILLS,), scores=((4, 4),)
                ),
            ),
            ["soft"],
            [FailureCause.HARD_SKILLS],
        ),
        ((InterviewFacts(InterviewKind.CLIENT, InterviewResult.PASSED),), ["client_interview"], []),
        ((), [], []),
    ],
    ids=["evaluators-disagree", "a-ticked-cause-outranks-the-score", "passed-without-scores", "no-interview"],
)
def test_only_what_the_evaluators_agree_on_is_said(
    interviews: tuple[InterviewFacts, ...], strengths: list[str], weighed: list[FailureCause]
) -> None:
    assert strengths_and_weights(interviews) == (strengths, weighed)


def test_the_rejection_holds_strengths_what_weighed_and_the_clients_words() -> None:
    draft = draft_answer(REJECTION, "en")
    assert not draft.to_client
    assert draft.subject == "Your application for “SAP S/4HANA migration” (Banque Lumière)"
    assert draft.body.startswith("Hello Camille,\n\n")
    assert (
        "What the client appreciated:\n- your technical skills\n- your results in the technical test\n\n"
        "What weighed in the decision:\n"
        "- how you would communicate with the team and its stakeholders\n"
        "- the level of seniority the client was looking for\n"
        "- the daily rate, compared with the mission's budget\n"
        "In the client's words: “We chose a profile who has led a migration of this size before.”"
    ) in draft.body


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_draft_speaks_one_language_only(language: str) -> None:
    other = "fr" if language == "en" else "en"
    body = draft_answer(REJECTION, language).body
    for phrase in [*TEXTS[other].values(), *STRENGTHS[other].values(), *WEIGHED[other].values()]:
        fixed = phrase.split("{")[0].strip()
        if len(fixed) > 6 and fixed not in TEXTS[language].values():
            assert fixed not in body, fixed
    greeting = {"en": "Hello Camille,", "fr": "Bonjour Camille,"}[language]
    assert body.startswith(greeting)


def test_the_french_draft_follows_french_typography() -> None:
    draft = draft_answer(REJECTION, "fr")
    assert "Ce qui a pesé dans la décision\u00a0:" in draft.body
    assert "«\u00a0SAP S/4HANA migration\u00a0»" in draft.subject
    assert "- le taux journalier, au regard du budget de la mission" in draft.body


def test_a_rejection_without_anything_structured_still_answers() -> None:
    bare = AnswerFacts(Outcome.REJECTED_BY_CLIENT, "Léa", "Léa Petit", "Acme", "Data platform", justification="")
    body = draft_answer(bare, "en").body
    assert "What weighed" not in body and "appreciated" not in body
    assert "We will keep you in mind" in body


def test_a_decline_is_explained_to_the_client_with_the_reason_and_details() -> None:
    facts = AnswerFacts(
        outcome=Outcome.DECLINED_BY_FREELANCER,
        first_name="Camille",
        full_name="Camille Martin",
        client="Banque Lumière",
        mission="Data platform",
        contact_name="Claire Dubois",
        decline_reason=DeclineReason.RATE,
        details="Asked for 750 € a day.",
    )
    draft = draft_answer(facts, "en")
    assert draft.to_client
    assert draft.subject == "“Data platform”: Camille Martin's answer"
    assert draft.body.startswith("Hello Claire Dubois,\n\n")
    assert "The reason: the daily rate on offer did not match Camille Martin's expectations." in draft.body
    assert "In more detail: Asked for 750 € a day." in draft.body
    french = draft_answer(facts, "fr").body
    assert "La raison\u00a0: le taux journalier proposé ne correspondait pas aux attentes de Camille Martin." in french


def test_a_withdrawal_keeps_the_door_open_without_quoting_why() -> None:
    facts = AnswerFacts(Outcome.WITHDRAWN, "Hugo", "Hugo Roux", "Acme", "API", details="Stopped answering calls")
    draft = draft_answer(facts, "en")
    assert not draft.to_client and "Stopped answering" not in draft.body
    assert "glad to hear from you" in draft.body


def test_a_mailto_address_is_percent_encoded_with_crlf_line_breaks() -> None:
    url = mailto_url(" camille@example.com ", "Your application: “API” & more", "Hello Camille,\n\nSee you?\n")
    parts = urlsplit(url)
    assert (parts.scheme, parts.path) == ("mailto", "camille@example.com")
    assert " " not in url and "&more" not in url and "\n" not in url
    assert "%0D%0A%0D%0A" in url
    query = parse_qs(parts.query)
    assert query["subject"] == ["Your application: “API” & more"]
    assert query["body"] == ["Hello Camille,\r\n\r\nSee you?\r\n"]
