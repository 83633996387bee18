"""Counted phrases ("3 rows", "1 day late") with real plural forms in each language.

They live on one QObject because ``pyside6-lupdate`` 6.11 records a plural form only for
``self.tr(text, "", n)``: ``QCoreApplication.translate(context, text, "", n)`` with a variable
count is extracted as a plain string. And ``self.tr`` on a subclass looks up the subclass's
context, so a base class (``TableScreen``) cannot hold its own plurals either.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Plurals(QObject):
    """One method per counted phrase; the translation context is "Plurals"."""

    def rows(self, n: int) -> str:
        return self.tr("%n row(s)", "", n)

    def people(self, n: int) -> str:
        return self.tr("%n person(s)", "", n)

    def interviews(self, n: int) -> str:
        return self.tr("%n interview(s)", "", n)

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def days_late(self, n: int) -> str:
        return self.tr("%n day(s) late", "", n)

    def freelancers(self, n: int) -> str:
        return self.tr("%n freelancer(s)", "", n)

    def documents(self, n: int) -> str:
        return self.tr("%n document(s)", "", n)

    def limit_reached(self, n: int) -> str:
        return self.tr("%n character(s) at most: the limit is reached.", "", n)

    def documents_to_sign(self, n: int) -> str:
        return self.tr("%n document(s) still to sign.", "", n)

    def files_not_put_back(self, n: int) -> str:
        return self.tr("%n attached file(s) of this backup could not be put back: their copies are missing.", "", n)


_plurals: Plurals | None = None


def plurals() -> Plurals:
    """The shared instance, made on first use (after the QApplication exists)."""
    global _plurals
    if _plurals is None:
        _plurals = Plurals()
    return _plurals
