"""The talent pool's full-text index (SQLite FTS5): notes, interviews, headlines and attached texts,
kept up to date by triggers, accent-blind ("developpeuse" finds "développeuse").

Each row's rowid is the source row's id * 8 + its kind, so a trigger finds it again without a lookup.
SQLite drops a table's triggers with the table: a later migration that rebuilds one of the source
tables (Alembic batch mode) must call `create_search_index` again.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

TABLE = "pool_text"
# FTS5 keeps its data in shadow tables named after the index.
TABLES = (TABLE, f"{TABLE}_data", f"{TABLE}_idx", f"{TABLE}_content", f"{TABLE}_docsize", f"{TABLE}_config")
NOTE, INTERVIEW, HEADLINE, DOCUMENT = 1, 2, 3, 4

_SOURCES = {
    # table: (kind, freelancer id expression on NEW/OLD, text expression, condition)
    "collaboration_notes": (NOTE, "{row}.freelancer_id", "{row}.text || ' ' || {row}.strengths", "1"),
    "interviews": (
        INTERVIEW,
        "(SELECT freelancer_id FROM applications WHERE id = {row}.application_id)",
        "{row}.notes || ' ' || {row}.client_feedback || ' ' || {row}.failure_causes",
        "1",
    ),
    "freelancers": (HEADLINE, "{row}.id", "{row}.headline", "1"),
    "documents": (
        DOCUMENT,
        "{row}.freelancer_id",
        "{row}.title || ' ' || {row}.text_content",
        "{row}.freelancer_id IS NOT NULL",
    ),
}


def fts5_available(connection: Connection) -> bool:
    options = {row[0] for row in connection.execute(text("PRAGMA compile_options"))}
    return "ENABLE_FTS5" in options


def _insert(table: str, row: str, from_table: bool = False) -> str:
    """The INSERT of `table`'s words: of one row (NEW in a trigger) or of every row (`from_table`)."""
    kind, freelancer, body, condition = _SOURCES[table]
    fill = {"row": row}
    source = f" FROM {table} AS {row}" if from_table else ""
    return (
        f"INSERT INTO {TABLE}(rowid, freelancer_id, kind, body) "
        f"SELECT {row}.id * 8 + {kind}, {freelancer.format(**fill)}, {kind}, {body.format(**fill)}{source} "
        f"WHERE {condition.format(**fill)};"
    )


def _delete(table: str, row: str) -> str:
    return f"DELETE FROM {TABLE} WHERE rowid = {row}.id * 8 + {_SOURCES[table][0]};"


def create_search_index(connection: Connection) -> None:
    """Creates (or re-creates) the index and its triggers, then fills it from the source tables."""
    drop_search_index(connection)
    connection.execute(
        text(
            f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
            "freelancer_id UNINDEXED, kind UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')"
        )
    )
    for table in _SOURCES:
        connection.execute(
            text(f"CREATE TRIGGER {TABLE}_{table}_ai AFTER INSERT ON {table} BEGIN {_insert(table, 'NEW')} END")
        )
        connection.execute(
            text(f"CREATE TRIGGER {TABLE}_{table}_au AFTER UPDATE ON {table} BEGIN "
                 f"{_delete(table, 'OLD')} {_insert(table, 'NEW')} END")
        )  # fmt: skip
        connection.execute(
            text(f"CREATE TRIGGER {TABLE}_{table}_ad AFTER DELETE ON {table} BEGIN {_delete(table, 'OLD')} END")
        )
    # A merge moves applications between freelancers: their interviews' words follow.
    connection.execute(
        text(
            f"CREATE TRIGGER {TABLE}_applications_au AFTER UPDATE OF freelancer_id ON applications BEGIN "
            f"UPDATE {TABLE} SET freelancer_id = NEW.freelancer_id "
            f"WHERE rowid IN (SELECT id * 8 + {INTERVIEW} FROM interviews WHERE application_id = NEW.id); END"
        )
    )
    rebuild_search_index(connection)


def rebuild_search_index(connection: Connection) -> None:
    connection.execute(text(f"DELETE FROM {TABLE}"))
    for table in _SOURCES:
        connection.execute(text(_insert(table, "source", from_table=True)))


def drop_search_index(connection: Connection) -> None:
    for table in (*_SOURCES, "applications"):
        for suffix in ("ai", "au", "ad"):
            connection.execute(text(f"DROP TRIGGER IF EXISTS {TABLE}_{table}_{suffix}"))
    connection.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))
