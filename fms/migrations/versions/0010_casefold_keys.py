"""casefold keys: clients and saved lists are unique by `name_key` (NFC, casefold, spaces collapsed)

SQLite's `lower()` folds ASCII only, so "élan" and "Élan" were two clients and "Élan" twice
passed the check and failed on the constraint. Each name now has a key made in Python
(`fms.core.text.name_key`) with the unique index on it; skills' keys, already case-folded, are
made the same way (NFC too).

Existing rows whose keys collide are all kept: the oldest (lowest id) keeps its name, each later
one is renamed "<name> (2)", "(3)"… (the first number whose key is free), and the rename is
written in the activity log as done by "upgrade", so nothing is merged or lost behind the user's
back. Skills (a decomposed "É" against a composed one) keep their names and their people; a later
one that collides gets the key "<key> #<id>", so the tag typed next goes to the oldest.

Revision ID: 0010_casefold_keys
Revises: 0008_talent_pool_search
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from fms.core.text import name_key

revision: str = "0010_casefold_keys"
down_revision: str | None = "0009_record_versions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, key column length, the activity log's entity type)
NAMED_TABLES = (("clients", 600, "client"), ("saved_lists", 360, "saved_list"))


def upgrade() -> None:
    connection = op.get_bind()
    for table, length, entity in NAMED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("name_key", sa.String(length=length), nullable=True))
        _fill_name_keys(connection, table, entity)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column("name_key", existing_type=sa.String(length=length), nullable=False)
            batch_op.drop_constraint(f"uq_{table}_name", type_="unique")
            batch_op.create_unique_constraint(f"uq_{table}_name_key", ["name_key"])
    _refold_skill_keys(connection)


def downgrade() -> None:
    for table, _length, _entity in NAMED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(f"uq_{table}_name_key", type_="unique")
            batch_op.create_unique_constraint(f"uq_{table}_name", ["name"])
            batch_op.drop_column("name_key")


def _fill_name_keys(connection: sa.Connection, table: str, entity: str) -> None:
    rows = connection.execute(sa.text(f"SELECT id, name FROM {table} ORDER BY id")).all()
    taken: set[str] = set()
    later: list[tuple[int, str]] = []
    for row_id, name in rows:
        key = name_key(name)
        if key in taken:
            later.append((row_id, name))
            continue
        taken.add(key)
        connection.execute(sa.text(f"UPDATE {table} SET name_key = :key WHERE id = :id"), {"key": key, "id": row_id})
    # Every first holder's key is reserved above, so a new name never takes one of theirs.
    for row_id, name in later:
        number = 2
        while name_key(f"{name} ({number})") in taken:
            number += 1
        renamed = f"{name} ({number})"
        taken.add(name_key(renamed))
        connection.execute(
            sa.text(f"UPDATE {table} SET name = :name, name_key = :key WHERE id = :id"),
            {"name": renamed, "key": name_key(renamed), "id": row_id},
        )
        connection.execute(
            sa.text(
                "INSERT INTO activity_log (occurred_at, actor, entity_type, entity_id, action, details)"
                " VALUES (:at, 'upgrade', :entity, :id, 'renamed', :details)"
            ),
            {
                "at": datetime.now(UTC).replace(tzinfo=None),
                "entity": entity,
                "id": row_id,
                "details": f"{name} → {renamed}",
            },
        )


def _refold_skill_keys(connection: sa.Connection) -> None:
    rows = connection.execute(sa.text("SELECT id, name, key FROM skills ORDER BY id")).all()
    final: dict[int, str] = {}
    taken: set[str] = set()
    for row_id, name, _old in rows:
        key = name_key(name)
        if key in taken:
            key = f"{key} #{row_id}"
        taken.add(key)
        final[row_id] = key
    changed = [(row_id, key) for (row_id, _name, old), key in zip(rows, final.values(), strict=True) if key != old]
    # Two steps, so that no row takes a key another still holds before it moves.
    for row_id, _key in changed:
        connection.execute(
            sa.text("UPDATE skills SET key = :key WHERE id = :id"), {"key": f"\x00{row_id}", "id": row_id}
        )
    for row_id, key in changed:
        connection.execute(sa.text("UPDATE skills SET key = :key WHERE id = :id"), {"key": key, "id": row_id})
