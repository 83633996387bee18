"""Drafts of the answer every candidate is owed, built from what the client said."""

from __future__ import annotations

_REJECTION = {
    "en": (
        "Hello {first_name},\n\n"
        "Thank you for the time you gave to {client} for the mission \u201c{mission}\u201d. "
        "The client has decided not to go further with your application.\n\n"
        "{strengths_block}"
        "What weighed in the decision: {justification}\n\n"
        "We will keep you in mind for the next missions that fit your profile.\n"
    ),
    "fr": (
        "Bonjour {first_name},\n\n"
        "Merci pour le temps consacr\u00e9 \u00e0 {client} pour la mission \u00ab {mission} \u00bb. "
        "Le client a d\u00e9cid\u00e9 de ne pas donner suite \u00e0 votre candidature.\n\n"
        "{strengths_block}"
        "Ce qui a pes\u00e9 dans la d\u00e9cision : {justification}\n\n"
        "Nous pensons \u00e0 vous pour les prochaines missions qui correspondent \u00e0 votre profil.\n"
    ),
}
_STRENGTHS = {
    "en": "Your strengths, as seen in the interviews: {strengths}\n\n",
    "fr": "Vos points forts vus en entretien : {strengths}\n\n",
}


def draft_rejection_feedback(
    first_name: str, client: str, mission: str, justification: str, strengths: str, language: str = "en"
) -> str:
    language = language if language in _REJECTION else "en"
    strengths_block = _STRENGTHS[language].format(strengths=strengths.strip()) if strengths.strip() else ""
    return _REJECTION[language].format(
        first_name=first_name,
        client=client,
        mission=mission,
        justification=justification.strip(),
        strengths_block=strengths_block,
    )
