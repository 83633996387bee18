"""The offboarding checklist's items per page: a default ships, the settings keep the team's own."""

from __future__ import annotations

import json

from fms.errors import ValidationError
from fms.i18n import QT_TRANSLATE_NOOP
from fms.services import settings
from fms.services.database import Database

CHECKLIST_PAGES = ("objectives", "handover", "admin")
TEMPLATE_KEY = "offboarding_template"
DEFAULT_TEMPLATE: dict[str, tuple[str, ...]] = {
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
}
MAX_ITEMS = 30


def read_template(db: Database) -> dict[str, tuple[str, ...]]:
    raw = settings.get_texts(db, (TEMPLATE_KEY,))[TEMPLATE_KEY]
    if not raw:
        return dict(DEFAULT_TEMPLATE)
    try:
        stored = json.loads(raw)
        return {page: tuple(str(item) for item in stored.get(page, ())) for page in CHECKLIST_PAGES}
    except (ValueError, AttributeError):
        return dict(DEFAULT_TEMPLATE)  # a damaged setting must not block an offboarding


def save_template(db: Database, template: dict[str, tuple[str, ...]]) -> None:
    cleaned = {
        page: tuple(" ".join(item.split()) for item in template.get(page, ()) if item.strip())
        for page in CHECKLIST_PAGES
    }
    errors = {}
    for page, items in cleaned.items():
        if not items:
            errors[page] = QT_TRANSLATE_NOOP("errors", "Keep at least one item on each page.")
        elif len(items) > MAX_ITEMS or any(len(item) > 300 for item in items):
            errors[page] = QT_TRANSLATE_NOOP("errors", "At most 30 items of 300 characters each.")
    if errors:
        raise ValidationError(errors)
    settings.set_texts(db, {TEMPLATE_KEY: json.dumps({page: list(items) for page, items in cleaned.items()})})
