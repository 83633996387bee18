"""The interface's and the documents' languages and the CLDR locale each is written in (no Babel import here)."""

from __future__ import annotations

LANGUAGES = ("en", "fr")
# British English: day before month ('6 Dec 2026') and the euro sign before the amount, for a
# European company's English-speaking staff and clients.
LOCALES = {"en": "en_GB", "fr": "fr_FR"}
