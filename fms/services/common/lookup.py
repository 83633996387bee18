"""Fetching the row an action is about, or telling the user it was removed meanwhile."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from fms.core.errors import NotFoundError
from fms.core.i18n import QT_TRANSLATE_NOOP

T = TypeVar("T")

# One message per kind of record, by model class name; marked here so lupdate finds each.
GONE: dict[str, str] = {
    "Application": QT_TRANSLATE_NOOP("errors", "This application no longer exists."),
    "Client": QT_TRANSLATE_NOOP("errors", "This client no longer exists."),
    "Document": QT_TRANSLATE_NOOP("errors", "This document no longer exists."),
    "Engagement": QT_TRANSLATE_NOOP("errors", "This engagement no longer exists."),
    "FollowUp": QT_TRANSLATE_NOOP("errors", "This follow-up no longer exists."),
    "Freelancer": QT_TRANSLATE_NOOP("errors", "This freelancer no longer exists."),
    "Interview": QT_TRANSLATE_NOOP("errors", "This interview no longer exists."),
    "Mission": QT_TRANSLATE_NOOP("errors", "This mission no longer exists."),
    "SavedList": QT_TRANSLATE_NOOP("errors", "This list no longer exists."),
}
SOMETHING_GONE = QT_TRANSLATE_NOOP("errors", "This record no longer exists.")
_LOCKED_ROWS = "fms.locked_rows"


def get_or_not_found(session: Session, model: type[T], identity: int, options: Sequence[Any] = ()) -> T:
    """The row with this id, or `NotFoundError` with the record kind's own message."""
    row = session.get(model, identity, options=list(options) or None)
    if row is None:
        raise NotFoundError(GONE.get(model.__name__, SOMETHING_GONE))
    return row


def gone(model: type[object]) -> NotFoundError:
    """The error for a record found missing by a query other than `session.get`."""
    return NotFoundError(GONE.get(model.__name__, SOMETHING_GONE))


def get_for_update(session: Session, model: type[T], identity: int) -> T:
    """`get_or_not_found`, row-locked until the transaction ends and read afresh.

    A rule that reads this row (or what hangs off it) before writing holds on a server only if a
    colleague's same action waits here for this one to commit. SQLite emits no FOR UPDATE: its
    BEGIN IMMEDIATE already serialises writers.
    """
    locked = _locked_rows(session)
    if (model, identity) in locked:
        # Held since this transaction's first read of it: nobody else has changed it since, and the
        # session's object carries this transaction's own changes (a move's rules and its undo ask twice).
        row = session.get(model, identity)
    else:
        row = session.get(model, identity, with_for_update=True, populate_existing=True)
    if row is None:
        raise NotFoundError(GONE.get(model.__name__, SOMETHING_GONE))
    locked.add((model, identity))
    return row


def _locked_rows(session: Session) -> set[tuple[type[object], int]]:
    """The rows `get_for_update` has locked in the session's current transaction (a lock ends with it)."""
    transaction = session.get_transaction()
    held = session.info.get(_LOCKED_ROWS)
    if held is None or held[0] is not transaction:
        held = session.info[_LOCKED_ROWS] = (transaction, set())
    rows: set[tuple[type[object], int]] = held[1]
    return rows
