"""Which unique constraint a failed write broke, named as the models name it.

PostgreSQL reports the constraint's name; SQLite only its columns ("UNIQUE constraint failed:
clients.name_key"), from which the naming convention of fms/models/base.py gives the same name.
"""

from __future__ import annotations

import re

from sqlalchemy.exc import IntegrityError

_SQLITE_UNIQUE = re.compile(r"UNIQUE constraint failed: (?P<columns>[\w.]+(?:, [\w.]+)*)")


def violated_unique_constraint(error: IntegrityError) -> str | None:
    """ "uq_clients_name_key" for a duplicate client name; None for another kind of integrity error."""
    diagnostics = getattr(error.orig, "diag", None)
    name = getattr(diagnostics, "constraint_name", None)
    if name:
        return str(name)
    found = _SQLITE_UNIQUE.search(str(error.orig))
    if found is None:
        return None
    columns = [column.split(".") for column in found["columns"].split(", ")]
    table = columns[0][0]
    return f"uq_{table}_" + "_".join(column for _, column in columns)
