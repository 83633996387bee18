"""A unique name lost to a race (the check passed, another window's row got in first) is told
as the field's own message, not as a crash."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import IntegrityError

from fms.core.errors import ValidationError
from fms.storage.integrity import violated_unique_constraint


@contextmanager
def unique_fields(fields: dict[str, tuple[str, str]]) -> Iterator[None]:
    """Around a transaction: a broken constraint named in `fields` (name -> (field, message))
    becomes `ValidationError({field: message})`; any other integrity error goes on as it is."""
    try:
        yield
    except IntegrityError as error:
        broken = violated_unique_constraint(error)
        if broken not in fields:
            raise
        field, message = fields[broken]
        raise ValidationError({field: message}) from error
