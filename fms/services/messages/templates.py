"""Message templates: the kinds, the defaults shipped in English and French, and filling them in.

Pure functions of plain text. A template names what it needs with `str.format` placeholders
(`{first_name}`, `{mission}`, …); one the app does not know is refused by name, found with
`string.Formatter().parse` so `{{` escapes and format specs read as Python reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from string import Formatter

from fms.core.errors import Message, ValidationError
from fms.core.i18n import QT_TRANSLATE_NOOP

LANGUAGES = ("en", "fr")
NBSP = "\u00a0"


class MessageKind(StrEnum):
    INTERVIEW_THANKS = "interview_thanks"
    DECLINE_ACKNOWLEDGEMENT = "decline_acknowledgement"
    REJECTION_FEEDBACK = "rejection_feedback"
    CLIENT_DECLINE_NOTE = "client_decline_note"
    KEEP_IN_TOUCH = "keep_in_touch"
    AVAILABILITY_REQUEST = "availability_request"


KIND_LABELS: dict[MessageKind, str] = {
    MessageKind.INTERVIEW_THANKS: QT_TRANSLATE_NOOP("labels", "Thank-you after an interview"),
    MessageKind.DECLINE_ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP("labels", "Decline acknowledged, door kept open"),
    MessageKind.REJECTION_FEEDBACK: QT_TRANSLATE_NOOP("labels", "Rejection with feedback"),
    MessageKind.CLIENT_DECLINE_NOTE: QT_TRANSLATE_NOOP("labels", "Note to the client on a decline"),
    MessageKind.KEEP_IN_TOUCH: QT_TRANSLATE_NOOP("labels", "Keep-in-touch news (alumni)"),
    MessageKind.AVAILABILITY_REQUEST: QT_TRANSLATE_NOOP("labels", "Availability request"),
}
# Addressed to the client's manager rather than to the freelancer.
TO_CLIENT = frozenset({MessageKind.CLIENT_DECLINE_NOTE})
PLACEHOLDERS = ("first_name", "last_name", "full_name", "mission", "client", "manager", "feedback", "sender")


@dataclass(frozen=True)
class Template:
    kind: MessageKind
    language: str
    subject: str
    body: str
    edited: bool = False  # the team's text, not the default shipped


@dataclass(frozen=True)
class Filled:
    subject: str
    body: str


def unknown_placeholders(text: str) -> list[str]:
    """The placeholders in `text` that the app cannot fill, in order of appearance, without repeats."""
    names = []
    for _literal, field, _spec, _conversion in Formatter().parse(text):
        if field is None:
            continue
        # `{client.name}` or `{mission[0]}` would reach into Python objects: only bare names are filled.
        if field not in PLACEHOLDERS:
            names.append(field)
    return list(dict.fromkeys(names))


def check_template(subject: str, body: str) -> None:
    """Refuses a template with an unknown placeholder (naming it), a stray brace or an empty text."""
    errors: dict[str, str] = {}
    for name, text in (("subject", subject), ("body", body)):
        if not text.strip():
            errors[name] = QT_TRANSLATE_NOOP("errors", "Write the text of the message.")
            continue
        try:
            unknown = unknown_placeholders(text)
        except ValueError:
            errors[name] = QT_TRANSLATE_NOOP(
                "errors", "A brace is not closed: write a placeholder as {first_name}, a brace itself as {{ or }}."
            )
            continue
        if unknown:
            errors[name] = Message(
                QT_TRANSLATE_NOOP("errors", "Unknown placeholder {name}: use one of {known}."),
                name=", ".join("{" + item + "}" for item in unknown),
                known=", ".join("{" + item + "}" for item in PLACEHOLDERS),
            )
    if errors:
        raise ValidationError(errors)


def fill(template: Template, values: dict[str, str]) -> Filled:
    """The template with `values` in place; checked first, so a bad template never half-fills."""
    check_template(template.subject, template.body)
    complete = {name: values.get(name, "") for name in PLACEHOLDERS}
    body = template.body.format(**complete)
    # An empty {feedback} or {manager} should not leave a gap of blank lines or "Hello ,".
    body = "\n\n".join(part.strip("\n") for part in body.split("\n\n") if part.strip())
    return Filled(" ".join(template.subject.format(**complete).split()), body.replace(" ,", ",") + "\n")


def default_template(kind: MessageKind, language: str) -> Template:
    language = language if language in LANGUAGES else "en"
    subject, body = DEFAULTS[language][kind]
    return Template(kind, language, subject, body)


_FQ = ("«" + NBSP, NBSP + "»")

DEFAULTS: dict[str, dict[MessageKind, tuple[str, str]]] = {
    "en": {
        MessageKind.INTERVIEW_THANKS: (
            "Thank you for your interview: “{mission}”",
            "Hello {first_name},\n\nThank you for the time you gave to {client} for the mission “{mission}”. "
            "We will come back to you as soon as the client has decided.\n\nBest regards,\n{sender}",
        ),
        MessageKind.DECLINE_ACKNOWLEDGEMENT: (
            "Your answer about “{mission}”",
            "Hello {first_name},\n\nThank you for letting us know that you will not take the mission “{mission}” "
            "with {client}: we understand your choice.\n\nOur door stays open: tell us when the time is right "
            "and we will think of you for the next missions that fit your profile.\n\nBest regards,\n{sender}",
        ),
        MessageKind.REJECTION_FEEDBACK: (
            "Your application for “{mission}” ({client})",
            "Hello {first_name},\n\nThank you for the time you gave to {client} for the mission “{mission}”. "
            "The client has decided not to go further with your application.\n\n{feedback}\n\n"
            "We will keep you in mind for the next missions that fit your profile.\n\nBest regards,\n{sender}",
        ),
        MessageKind.CLIENT_DECLINE_NOTE: (
            "“{mission}”: {full_name}'s answer",
            "Hello {manager},\n\nThank you for the time your team gave to {full_name}'s application for the "
            "mission “{mission}”. {full_name} has decided not to take it further.\n\n{feedback}\n\n"
            "We will come back to you shortly with other profiles.\n\nBest regards,\n{sender}",
        ),
        MessageKind.KEEP_IN_TOUCH: (
            "News from us",
            "Hello {first_name},\n\nIt has been a while since your mission “{mission}” with {client}: "
            "how are you, and what are you working on these days?\n\nWe have new missions coming up; "
            "tell us what would interest you next.\n\nBest regards,\n{sender}",
        ),
        MessageKind.AVAILABILITY_REQUEST: (
            "Your availability",
            "Hello {first_name},\n\nWe have a mission that may interest you. Could you tell us when you are "
            "available, and at what daily rate?\n\nBest regards,\n{sender}",
        ),
    },
    "fr": {
        MessageKind.INTERVIEW_THANKS: (
            f"Merci pour votre entretien{NBSP}: {_FQ[0]}{{mission}}{_FQ[1]}",
            f"Bonjour {{first_name}},\n\nMerci pour le temps consacré à {{client}} pour la mission "
            f"{_FQ[0]}{{mission}}{_FQ[1]}. Nous revenons vers vous dès que le client aura décidé.\n\n"
            "Bien cordialement,\n{sender}",
        ),
        MessageKind.DECLINE_ACKNOWLEDGEMENT: (
            f"Votre réponse pour la mission {_FQ[0]}{{mission}}{_FQ[1]}",
            f"Bonjour {{first_name}},\n\nMerci de nous avoir fait savoir que vous ne donnerez pas suite à la "
            f"mission {_FQ[0]}{{mission}}{_FQ[1]} chez {{client}}{NBSP}: nous comprenons votre choix.\n\n"
            "Notre porte reste ouverte\u00a0: dites-nous quand le moment sera venu, nous penserons à vous pour les "
            "prochaines missions qui correspondent à votre profil.\n\nBien cordialement,\n{sender}",
        ),
        MessageKind.REJECTION_FEEDBACK: (
            f"Votre candidature pour la mission {_FQ[0]}{{mission}}{_FQ[1]} ({{client}})",
            f"Bonjour {{first_name}},\n\nMerci pour le temps consacré à {{client}} pour la mission "
            f"{_FQ[0]}{{mission}}{_FQ[1]}. Le client a décidé de ne pas donner suite à votre candidature.\n\n"
            "{feedback}\n\nNous pensons à vous pour les prochaines missions qui correspondent à votre profil.\n\n"
            "Bien cordialement,\n{sender}",
        ),
        MessageKind.CLIENT_DECLINE_NOTE: (
            f"Mission {_FQ[0]}{{mission}}{_FQ[1]}{NBSP}: la réponse de {{full_name}}",
            f"Bonjour {{manager}},\n\nMerci pour le temps que votre équipe a consacré à la candidature de "
            f"{{full_name}} pour la mission {_FQ[0]}{{mission}}{_FQ[1]}. {{full_name}} a décidé de ne pas y "
            "donner suite.\n\n{feedback}\n\nNous revenons vers vous très vite avec d'autres profils.\n\n"
            "Bien cordialement,\n{sender}",
        ),
        MessageKind.KEEP_IN_TOUCH: (
            "Des nouvelles",
            f"Bonjour {{first_name}},\n\nVotre mission {_FQ[0]}{{mission}}{_FQ[1]} chez {{client}} remonte à "
            "quelque temps déjà\u00a0: comment allez-vous, et sur quoi travaillez-vous en ce moment\u00a0?\n\n"
            "De nouvelles missions arrivent\u00a0: dites-nous ce qui vous intéresserait.\n\n"
            "Bien cordialement,\n{sender}",
        ),
        MessageKind.AVAILABILITY_REQUEST: (
            "Vos disponibilités",
            "Bonjour {first_name},\n\nNous avons une mission qui pourrait vous intéresser. Pourriez-vous nous "
            "indiquer vos disponibilités, et à quel taux journalier\u00a0?\n\nBien cordialement,\n{sender}",
        ),
    },
}
