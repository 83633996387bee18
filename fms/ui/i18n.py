"""The user's language: translators, enum labels and messages from the Qt-free layers."""

from __future__ import annotations

import logging
from enum import Enum

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from fms.core.errors import TRANSLATION_CONTEXT, KnownError, Message
from fms.core.labels import CONTEXT as LABELS_CONTEXT
from fms.core.labels import source_label
from fms.core.resources import resource_path

log = logging.getLogger(__name__)
SUPPORTED_LANGUAGES = ("en", "fr")


def install_translations(app: QCoreApplication, language: str | None) -> str:
    """Loads Vivier's and Qt's own translations; returns the language in use."""
    language = (language or QLocale.system().name().split("_")[0]).lower()
    if language not in SUPPORTED_LANGUAGES:
        language = "en"
    # British English, as fms.values.formatting writes English: day before month in date fields too.
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France) if language == "fr" else english)
    catalogues = [(f"vivier_{language}", str(resource_path("i18n")))]
    if language != "en":  # English needs only Vivier's plural forms ("1 row", "3 rows"); Qt speaks it already
        catalogues.append((f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
        else:
            log.warning("no translation %s in %s", name, folder)
    return language


def default_language() -> str:
    """The language the interface speaks ("en" or "fr"): the default for letters and new checklists."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def label(value: Enum | None) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate(LABELS_CONTEXT, source_label(value))


def error_text(error: KnownError) -> str:
    """The error's message in the user's language, its values (enums included) in place."""
    params = {key: label(value) if isinstance(value, Enum) else value for key, value in error.params.items()}
    return QCoreApplication.translate(TRANSLATION_CONTEXT, error.template).format(**params)


def field_error_texts(field_errors: dict[str, str]) -> dict[str, str]:
    return {name: field_error_text(text) for name, text in field_errors.items()}


def field_error_text(text: str) -> str:
    """One field's message in the user's language, with its values (a limit, a range) in place."""
    if isinstance(text, Message):
        return QCoreApplication.translate(TRANSLATION_CONTEXT, text.template).format(**text.params)
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


def arg(text: str, *values: object) -> str:
    """Fills %1, %2, … in a translated string (Python strings have no QString.arg)."""
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text
