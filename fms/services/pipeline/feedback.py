"""Drafts of the answer owed when an application closes, as pure functions of plain facts.

A rejection is answered to the candidate with constructive feedback built from structured
parts only: strengths from passed interviews and high scores, what weighed in the decision
from low scores and the interviews' causes of failure, each phrased for the candidate. The
client's justification is the one text written *for* the candidate (the outcome dialog says
so), so it is quoted, attributed to the client; interview notes, the client's comments during
the interviews, evaluators' reasons and our words on a failure are internal and never copied.
A decline is explained to the client (reason and details); a withdrawal gets a short note that
keeps the door open. Everything is in one language, the one asked for ("en" or "fr").
"""

from __future__ import annotations

from dataclasses import dataclass

from fms.core.enums import DeclineReason, FailureCause, InterviewKind, InterviewResult, Outcome

HIGH_SCORE = 4
LOW_SCORE = 2
LANGUAGES = ("en", "fr")
NBSP = "\u00a0"  # French typography: before a colon and inside « »


@dataclass(frozen=True)
class InterviewFacts:
    """What an interview tells the draft: its kind and result, causes of failure, scores (hard, soft)."""

    kind: InterviewKind
    result: InterviewResult
    causes: tuple[FailureCause, ...] = ()
    scores: tuple[tuple[int | None, int | None], ...] = ()


@dataclass(frozen=True)
class AnswerFacts:
    """Everything a draft may use, read from the database by the caller."""

    outcome: Outcome
    first_name: str
    full_name: str
    client: str
    mission: str
    contact_name: str = ""
    justification: str = ""
    decline_reason: DeclineReason | None = None
    details: str = ""
    interviews: tuple[InterviewFacts, ...] = ()


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str
    to_client: bool


def owed_to_client(outcome: Outcome | None) -> bool:
    """A freelancer's decline is explained to the client; every other closing answers the candidate."""
    return outcome == Outcome.DECLINED_BY_FREELANCER


def draft_answer(facts: AnswerFacts, language: str = "en") -> Draft:
    language = language if language in LANGUAGES else "en"
    if facts.outcome == Outcome.DECLINED_BY_FREELANCER:
        return _decline_note(facts, language)
    if facts.outcome == Outcome.REJECTED_BY_CLIENT:
        return _rejection(facts, language)
    return _withdrawal(facts, language)


# Feedback parts -------------------------------------------------------------------------------


def strengths_and_weights(interviews: tuple[InterviewFacts, ...]) -> tuple[list[str], list[FailureCause]]:
    """Strength keys, and the causes that weighed, in a stable order and without repeats.

    Scores are averaged per dimension over every evaluator: one 5 and one 2 make neither a
    strength nor a weakness, so the draft says only what the evaluators agree on. A cause the
    recruiter ticked outranks the scores: "technical skills" is not praised when they weighed.
    """
    hard = _mean([hard for interview in interviews for hard, _ in interview.scores])
    soft = _mean([soft for interview in interviews for _, soft in interview.scores])
    weighed: list[FailureCause] = []
    if hard is not None and hard <= LOW_SCORE:
        weighed.append(FailureCause.HARD_SKILLS)
    if soft is not None and soft <= LOW_SCORE:
        weighed.append(FailureCause.SOFT_SKILLS)
    weighed += [cause for interview in interviews for cause in interview.causes if cause != FailureCause.OTHER]
    weighed = list(dict.fromkeys(weighed))
    strengths: list[str] = []
    if hard is not None and hard >= HIGH_SCORE and FailureCause.HARD_SKILLS not in weighed:
        strengths.append("hard")
    if soft is not None and soft >= HIGH_SCORE and FailureCause.SOFT_SKILLS not in weighed:
        strengths.append("soft")
    passed = {interview.kind for interview in interviews if interview.result == InterviewResult.PASSED}
    if InterviewKind.TECHNICAL in passed:
        strengths.append("technical_test")
    if InterviewKind.CLIENT in passed:
        strengths.append("client_interview")
    return strengths, weighed


def _mean(scores: list[int | None]) -> float | None:
    present = [score for score in scores if score is not None]
    return sum(present) / len(present) if present else None  # not statistics: its import costs the board's start


STRENGTHS = {
    "en": {
        "hard": "your technical skills",
        "soft": "your communication and the way you work with others",
        "technical_test": "your results in the technical test",
        "client_interview": "your first exchanges with the client",
    },
    "fr": {
        "hard": "vos compétences techniques",
        "soft": "votre communication et votre façon de travailler avec les autres",
        "technical_test": "vos résultats au test technique",
        "client_interview": "vos premiers échanges avec le client",
    },
}
WEIGHED = {
    "en": {
        FailureCause.HARD_SKILLS: "the technical depth this mission needs",
        FailureCause.SOFT_SKILLS: "how you would communicate with the team and its stakeholders",
        FailureCause.DOMAIN_EXPERIENCE: "experience of the client's business domain",
        FailureCause.SENIORITY: "the level of seniority the client was looking for",
        FailureCause.RATE: "the daily rate, compared with the mission's budget",
        FailureCause.AVAILABILITY: "your availability, compared with the start of the mission",
        FailureCause.TEAM_FIT: "the fit with the team's way of working",
    },
    "fr": {
        FailureCause.HARD_SKILLS: "le niveau technique que demande cette mission",
        FailureCause.SOFT_SKILLS: "la communication avec l'équipe et ses interlocuteurs",
        FailureCause.DOMAIN_EXPERIENCE: "l'expérience du métier du client",
        FailureCause.SENIORITY: "le niveau de séniorité recherché par le client",
        FailureCause.RATE: "le taux journalier, au regard du budget de la mission",
        FailureCause.AVAILABILITY: "votre disponibilité, au regard du démarrage de la mission",
        FailureCause.TEAM_FIT: "l'adéquation avec le fonctionnement de l'équipe",
    },
}

# The drafts ------------------------------------------------------------------------------------

TEXTS = {
    "en": {
        "candidate_subject": "Your application for “{mission}” ({client})",
        "client_subject": "“{mission}”: {name}'s answer",
        "hello": "Hello {name},",
        "hello_anyone": "Hello,",
        "rejected": (
            "Thank you for the time you gave to {client} for the mission “{mission}”. "
            "The client has decided not to go further with your application."
        ),
        "appreciated": "What the client appreciated:",
        "weighed": "What weighed in the decision:",
        "client_words": "In the client's words: “{text}”",
        "next": "We will keep you in mind for the next missions that fit your profile.",
        "withdrawn": (
            "We understand that you are no longer available for the mission “{mission}” with {client}, "
            "so we have closed your application. Thank you for the time you gave to it."
        ),
        "withdrawn_next": "We would be glad to hear from you for the next missions that fit your profile.",
        "declined": (
            "Thank you for the time your team gave to {name}'s application for the mission “{mission}”. "
            "{name} has decided not to take it further."
        ),
        "details": "In more detail: {text}",
        "declined_next": "We will come back to you shortly with other profiles.",
        "regards": "Best regards,",
    },
    "fr": {
        "candidate_subject": "Votre candidature pour la mission «\u00a0{mission}\u00a0» ({client})",
        "client_subject": "Mission «\u00a0{mission}\u00a0»\u00a0: la réponse de {name}",
        "hello": "Bonjour {name},",
        "hello_anyone": "Bonjour,",
        "rejected": (
            "Merci pour le temps consacré à {client} pour la mission «\u00a0{mission}\u00a0». "
            "Le client a décidé de ne pas donner suite à votre candidature."
        ),
        "appreciated": "Ce que le client a apprécié\u00a0:",
        "weighed": "Ce qui a pesé dans la décision\u00a0:",
        "client_words": "Selon les mots du client\u00a0: «\u00a0{text}\u00a0»",
        "next": "Nous pensons à vous pour les prochaines missions qui correspondent à votre profil.",
        "withdrawn": (
            "Nous comprenons que vous n'êtes plus disponible pour la mission «\u00a0{mission}\u00a0» "
            "chez {client}\u00a0: nous avons donc clos votre candidature. Merci pour le temps que vous y avez consacré."
        ),
        "withdrawn_next": (
            "Nous serons heureux d'avoir de vos nouvelles pour les prochaines missions qui vous correspondent."
        ),
        "declined": (
            "Merci pour le temps que votre équipe a consacré à la candidature de {name} pour la mission "
            "«\u00a0{mission}\u00a0». {name} a décidé de ne pas y donner suite."
        ),
        "details": "Plus précisément\u00a0: {text}",
        "declined_next": "Nous revenons vers vous très vite avec d'autres profils.",
        "regards": "Bien cordialement,",
    },
}
DECLINE_REASONS = {
    "en": {
        DeclineReason.RATE: "The reason: the daily rate on offer did not match {name}'s expectations.",
        DeclineReason.CONDITIONS: (
            "The reason: the conditions of the mission (location, remote work, hours) did not suit {name}."
        ),
        DeclineReason.CULTURE: "The reason: the team's way of working did not feel right to {name}.",
        DeclineReason.OTHER_MISSION: "The reason: {name} has accepted another mission.",
        DeclineReason.TIMING: "The reason: {name}'s availability no longer matched the start of the mission.",
    },
    "fr": {
        DeclineReason.RATE: "La raison\u00a0: le taux journalier proposé ne correspondait pas aux attentes de {name}.",
        DeclineReason.CONDITIONS: (
            "La raison\u00a0: les conditions de la mission (lieu, télétravail, horaires) ne convenaient pas à {name}."
        ),
        DeclineReason.CULTURE: (
            "La raison\u00a0: le fonctionnement de l'équipe ne correspondait pas aux attentes de {name}."
        ),
        DeclineReason.OTHER_MISSION: "La raison\u00a0: {name} a accepté une autre mission.",
        DeclineReason.TIMING: (
            "La raison\u00a0: les disponibilités de {name} ne correspondaient plus au démarrage de la mission."
        ),
    },
}


def rejection_feedback(facts: AnswerFacts, language: str) -> str:
    """The constructive part of a rejection: what was appreciated, what weighed (a message template's `{feedback}`)."""
    language = language if language in LANGUAGES else "en"
    return "\n\n".join(_feedback_blocks(facts, language))


def _feedback_blocks(facts: AnswerFacts, language: str) -> list[str]:
    text = TEXTS[language]
    strengths, weighed = strengths_and_weights(facts.interviews)
    blocks = []
    if strengths:
        blocks.append(_bullets(text["appreciated"], [STRENGTHS[language][key] for key in strengths]))
    phrases = [WEIGHED[language][cause] for cause in weighed]
    justification = " ".join(facts.justification.split())
    if phrases or justification:
        block = _bullets(text["weighed"], phrases) if phrases else text["weighed"]
        if justification:
            block += "\n" + text["client_words"].format(text=justification)
        blocks.append(block)
    return blocks


def _rejection(facts: AnswerFacts, language: str) -> Draft:
    text = TEXTS[language]
    paragraphs = [
        text["hello"].format(name=facts.first_name),
        text["rejected"].format(client=facts.client, mission=facts.mission),
        *_feedback_blocks(facts, language),
    ]
    paragraphs += [text["next"], text["regards"]]
    subject = text["candidate_subject"].format(mission=facts.mission, client=facts.client)
    return Draft(subject, "\n\n".join(paragraphs) + "\n", to_client=False)


def _withdrawal(facts: AnswerFacts, language: str) -> Draft:
    text = TEXTS[language]
    paragraphs = [
        text["hello"].format(name=facts.first_name),
        text["withdrawn"].format(client=facts.client, mission=facts.mission),
        text["withdrawn_next"],
        text["regards"],
    ]
    subject = text["candidate_subject"].format(mission=facts.mission, client=facts.client)
    return Draft(subject, "\n\n".join(paragraphs) + "\n", to_client=False)


def decline_explanation(facts: AnswerFacts, language: str) -> str:
    """Why the freelancer declined, told to the client (a message template's `{feedback}`)."""
    language = language if language in LANGUAGES else "en"
    name = facts.full_name
    reason = DECLINE_REASONS[language].get(facts.decline_reason) if facts.decline_reason else None
    details = " ".join(facts.details.split())
    explained = [reason.format(name=name)] if reason else []
    if details:
        explained.append(TEXTS[language]["details"].format(text=details))
    return "\n".join(explained)


def _decline_note(facts: AnswerFacts, language: str) -> Draft:
    text = TEXTS[language]
    name = facts.full_name
    hello = text["hello"].format(name=facts.contact_name) if facts.contact_name else text["hello_anyone"]
    paragraphs = [hello, text["declined"].format(name=name, mission=facts.mission)]
    explained = decline_explanation(facts, language)
    if explained:
        paragraphs.append(explained)
    paragraphs += [text["declined_next"], text["regards"]]
    subject = text["client_subject"].format(mission=facts.mission, name=name)
    return Draft(subject, "\n\n".join(paragraphs) + "\n", to_client=True)


def _bullets(heading: str, items: list[str]) -> str:
    return "\n".join([heading, *(f"- {item}" for item in items)])
