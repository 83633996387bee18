"""The offboarding checklist's items per page: a default ships, the settings keep the team's own."""

from __future__ import annotations

import json

from fms.core import limits
from fms.core.errors import ValidationError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.services import settings
from fms.storage.database import Database

CHECKLIST_PAGES = ("objectives", "handover", "admin")
TEMPLATE_KEY = "offboarding_template"
# The checklist is stored data (each offboarding keeps its own copy): the default comes in the
# language of whoever first uses it, until the team saves its own.
DEFAULT_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "objectives": (
            "Objectives of the mission reviewed with the client",
            "Every deliverable returned and accepted",
            "Open issues listed for whoever takes over",
        ),
        "handover": (
            "Documentation up to date and shared",
            "Knowledge handed over in a session with the internal team",
            "Code, files and credentials transferred",
        ),
        "admin": (
            "Accesses revoked (accounts, badges, VPN)",
            "Equipment returned",
            "Intellectual property and NDA obligations reminded",
            "Final invoice received",
        ),
    },
    "fr": {
        "objectives": (
            "Objectifs de la mission revus avec le client",
            "Chaque livrable remis et accepté",
            "Points ouverts listés pour la personne qui reprend",
        ),
        "handover": (
            "Documentation à jour et partagée",
            "Connaissances transmises lors d'une séance avec l'équipe interne",
            "Code, fichiers et identifiants transférés",
        ),
        "admin": (
            "Accès révoqués (comptes, badges, VPN)",
            "Matériel restitué",
            "Obligations de propriété intellectuelle et de confidentialité rappelées",
            "Facture finale reçue",
        ),
    },
}
DEFAULT_TEMPLATE = DEFAULT_TEMPLATES["en"]


def default_template(language: str) -> dict[str, tuple[str, ...]]:
    return DEFAULT_TEMPLATES.get(language, DEFAULT_TEMPLATE)


MAX_ITEMS = limits.CHECKLIST_ITEMS


def read_template(db: Database, language: str = "en") -> dict[str, tuple[str, ...]]:
    raw = settings.get_texts(db, (TEMPLATE_KEY,))[TEMPLATE_KEY]
    if not raw:
        return dict(default_template(language))
    try:
        stored = json.loads(raw)
        return {page: tuple(str(item) for item in stored.get(page, ())) for page in CHECKLIST_PAGES}
    except (ValueError, AttributeError):
        return dict(default_template(language))  # a damaged setting must not block an offboarding


def save_template(db: Database, template: dict[str, tuple[str, ...]]) -> None:
    cleaned = {
        page: tuple(" ".join(item.split()) for item in template.get(page, ()) if item.strip())
        for page in CHECKLIST_PAGES
    }
    errors = {}
    for page, items in cleaned.items():
        if not items:
            errors[page] = QT_TRANSLATE_NOOP("errors", "Keep at least one item on each page.")
        elif len(items) > MAX_ITEMS or any(len(item) > limits.CHECKLIST_ITEM for item in items):
            errors[page] = QT_TRANSLATE_NOOP("errors", "At most 30 items of 300 characters each.")
    if errors:
        raise ValidationError(errors)
    settings.set_texts(db, {TEMPLATE_KEY: json.dumps({page: list(items) for page, items in cleaned.items()})})
