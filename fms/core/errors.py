"""Expected problems, told to the user in plain words, as opposed to bugs.

A `KnownError` is shown in a message box where it happens; anything else reaches the
exception hook and opens the crash dialog. Its message is an English template marked for
translation and the values to put in it, so the UI can show it in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from fms.core.i18n import QT_TRANSLATE_NOOP

TRANSLATION_CONTEXT = "errors"


class KnownError(Exception):
    """An expected problem with a message meant for the user."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The message in English, as logs and tests read it."""
        from fms.core.labels import source_label

        values = {key: source_label(v) if isinstance(v, Enum) else v for key, v in self.params.items()}
        return self.template.format(**values)


class ValidationError(KnownError):
    """Input refused; `field_errors` maps a field name to what is wrong with it."""

    def __init__(self, field_errors: dict[str, str]) -> None:
        self.field_errors = field_errors
        summary = "; ".join(f"{name}: {text}" for name, text in field_errors.items())
        super().__init__("{summary}", summary=summary)


class NotFoundError(KnownError):
    pass


@dataclass(frozen=True)
class FieldChange:
    """One field of a record as saved by someone else (theirs) and as in the user's form (yours)."""

    field: str
    theirs: Any
    yours: Any


class ChangedElsewhere(KnownError):
    """A save from a form opened before someone else saved the same record; nothing was written.

    `changes` are the fields that saving the form would change from what is saved now;
    `version` is the record's version now: passed back with the save, it saves over theirs.
    """

    def __init__(self, changes: tuple[FieldChange, ...], version: Any = None, who: str = "") -> None:
        self.changes = changes
        self.version = version
        self.who = who
        if who:
            super().__init__(QT_TRANSLATE_NOOP("errors", "{who} saved this record after you opened it."), who=who)
        else:
            super().__init__(QT_TRANSLATE_NOOP("errors", "This record was saved elsewhere after you opened it."))
