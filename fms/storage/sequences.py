"""After a bulk load with explicit ids, the server's id counters must catch up with the rows.

SQLite takes the next id from the table itself; PostgreSQL draws it from a sequence that an
INSERT with explicit ids does not advance, so the first ordinary insert after the load would
collide with a loaded row (`duplicate key … pk_activity_log`).
"""

from __future__ import annotations

from sqlalchemy import Connection, Integer, text

from fms.models.base import Base


def resync_id_sequences(connection: Connection) -> None:
    """Moves every table's id sequence past its largest id (PostgreSQL; nothing to do elsewhere)."""
    if connection.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        id_column = table.columns.get("id")
        if id_column is None or not isinstance(id_column.type, Integer) or not id_column.primary_key:
            continue
        name = table.name
        # setval(…, false) on an empty table makes the next id 1 again.
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"
            )
        )
