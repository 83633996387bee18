"""The talent pool's indexes in SQLite, kept up to date by triggers so every write path (services,
bulk sample data, merges) leaves them right:

- `pool_text`, an FTS5 table with one document per freelancer of the talent pool (rowid =
  freelancer id): headline, collaboration notes, interview notes and the text of attached files,
  accent-blind ("developpeuse" finds "développeuse");
- `pool_stats`, one row per freelancer: whether they are in the talent pool and the figures the
  pool filters and sorts on (average rating, rehire in notes, missions, last mission end, last
  follow-up done).

PostgreSQL keeps the same two (`fms.storage.pool_index_postgres`): the functions below hand it over.
SQLite drops a table's triggers with it: a migration that rebuilds a source table (Alembic batch
mode) must call `create_pool_index` again.
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, Date, Float, Integer, MetaData, Table, text

from fms.models.base import UtcDateTime

TEXT_TABLE = "pool_text"
STATS_TABLE = "pool_stats"
TABLES = (
    TEXT_TABLE,
    *(f"{TEXT_TABLE}_{suffix}" for suffix in ("data", "idx", "content", "docsize", "config")),  # FTS5's own
    STATS_TABLE,
)
NEAR_HIRE = "('client_interview', 'technical_interview', 'final_answer')"

# For queries only: the table is created by `create_pool_index`, not by the ORM's metadata.
pool_stats = Table(
    STATS_TABLE,
    MetaData(),
    Column("freelancer_id", Integer, primary_key=True),
    Column("in_pool", Integer),
    Column("rating", Float),
    Column("rehire", Integer),
    Column("missions", Integer),
    Column("last_end", Date),
    Column("last_follow_up", UtcDateTime),
)

_DOCUMENT = """
coalesce(f.headline, '')
|| ' … ' || coalesce((SELECT group_concat(n.text || ' ' || n.strengths, ' … ') FROM collaboration_notes n
                      WHERE n.freelancer_id = f.id), '')
|| ' … ' || coalesce((SELECT group_concat(i.notes || ' ' || i.client_feedback || ' ' || i.failure_causes, ' … ')
                      FROM interviews i JOIN applications a ON a.id = i.application_id
                      WHERE a.freelancer_id = f.id), '')
|| ' … ' || coalesce((SELECT group_concat(d.title || ' ' || d.text_content, ' … ') FROM documents d
                      WHERE d.freelancer_id = f.id), '')
"""
_STATS = f"""
f.talent_pool_consent = 1 AND f.archived_at IS NULL AND (
    EXISTS (SELECT 1 FROM engagements e JOIN applications a ON a.id = e.application_id WHERE a.freelancer_id = f.id)
    OR EXISTS (SELECT 1 FROM stage_changes s JOIN applications a ON a.id = s.application_id
               WHERE a.freelancer_id = f.id AND s.to_stage IN {NEAR_HIRE} AND s.note <> 'undone')),
(SELECT avg(n.rating) FROM collaboration_notes n WHERE n.freelancer_id = f.id),
(SELECT min(n.would_rehire) FROM collaboration_notes n WHERE n.freelancer_id = f.id),
(SELECT count(*) FROM engagements e JOIN applications a ON a.id = e.application_id WHERE a.freelancer_id = f.id),
(SELECT max(coalesce(e.real_end_date, e.planned_end_date)) FROM engagements e
 JOIN applications a ON a.id = e.application_id WHERE a.freelancer_id = f.id),
(SELECT max(u.done_at) FROM follow_ups u WHERE u.freelancer_id = f.id)
"""


def _refresh(person: str) -> str:
    """Statements that recompute one freelancer's figures, then their document if they are in the pool
    (only the pool is searched by words: a smaller index answers faster)."""
    return (
        f"INSERT OR REPLACE INTO {STATS_TABLE} SELECT f.id, {_STATS} FROM freelancers f WHERE f.id = {person}; "
        f"DELETE FROM {TEXT_TABLE} WHERE rowid = {person}; "
        f"INSERT INTO {TEXT_TABLE}(rowid, body) SELECT f.id, {_DOCUMENT} FROM freelancers f "
        f"JOIN {STATS_TABLE} s ON s.freelancer_id = f.id WHERE f.id = {person} AND s.in_pool = 1;"
    )


def _of_application(row: str) -> str:
    return f"(SELECT freelancer_id FROM applications WHERE id = {row}.application_id)"


# table -> the freelancer(s) a change of one of its rows concerns, for NEW and OLD rows.
_WATCHED = {
    "collaboration_notes": "{row}.freelancer_id",
    "follow_ups": "{row}.freelancer_id",
    "documents": "{row}.freelancer_id",
    "engagements": None,  # through the application
    "interviews": None,
    "stage_changes": None,
}


def _person(table: str, row: str) -> str:
    template = _WATCHED[table]
    return template.format(row=row) if template else _of_application(row)


def fts5_available(connection: Connection) -> bool:
    return "ENABLE_FTS5" in {row[0] for row in connection.execute(text("PRAGMA compile_options"))}


def create_pool_index(connection: Connection) -> None:
    """Creates (or re-creates) both indexes and their triggers, then fills them."""
    if connection.dialect.name == "postgresql":
        from fms.storage import pool_index_postgres

        pool_index_postgres.create_pool_index(connection)
        return
    drop_pool_index(connection)
    connection.execute(
        text(f"CREATE VIRTUAL TABLE {TEXT_TABLE} USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')")
    )
    connection.execute(
        text(
            f"CREATE TABLE {STATS_TABLE} ("
            "freelancer_id INTEGER PRIMARY KEY REFERENCES freelancers(id) ON DELETE CASCADE,"
            " in_pool INTEGER NOT NULL, rating REAL, rehire INTEGER, missions INTEGER NOT NULL, last_end DATE,"
            " last_follow_up DATETIME)"
        )
    )
    connection.execute(text(f"CREATE INDEX ix_{STATS_TABLE}_in_pool ON {STATS_TABLE} (in_pool, rating)"))
    statements = []
    for table in _WATCHED:
        name, new_row, old_row = f"{STATS_TABLE}_{table}", _person(table, "NEW"), _person(table, "OLD")
        statements += [
            f"CREATE TRIGGER {name}_ai AFTER INSERT ON {table} BEGIN {_refresh(new_row)} END",
            f"CREATE TRIGGER {name}_au AFTER UPDATE ON {table} BEGIN {_refresh(old_row)} {_refresh(new_row)} END",
            f"CREATE TRIGGER {name}_ad AFTER DELETE ON {table} BEGIN {_refresh(old_row)} END",
        ]
    statements += [
        f"CREATE TRIGGER {STATS_TABLE}_freelancers_ai AFTER INSERT ON freelancers BEGIN {_refresh('NEW.id')} END",
        f"CREATE TRIGGER {STATS_TABLE}_freelancers_au AFTER UPDATE ON freelancers BEGIN {_refresh('NEW.id')} END",
        f"CREATE TRIGGER {STATS_TABLE}_freelancers_ad AFTER DELETE ON freelancers BEGIN "
        f"DELETE FROM {TEXT_TABLE} WHERE rowid = OLD.id; DELETE FROM {STATS_TABLE} WHERE freelancer_id = OLD.id; END",
        # A merge moves applications (and what hangs on them) from one freelancer to another.
        f"CREATE TRIGGER {STATS_TABLE}_applications_au AFTER UPDATE OF freelancer_id ON applications BEGIN "
        f"{_refresh('OLD.freelancer_id')} {_refresh('NEW.freelancer_id')} END",
        f"CREATE TRIGGER {STATS_TABLE}_applications_ad AFTER DELETE ON applications BEGIN "
        f"{_refresh('OLD.freelancer_id')} END",
    ]
    for statement in statements:
        connection.execute(text(statement))
    rebuild_pool_index(connection)


def trigger_names(connection: Connection) -> list[str]:
    if connection.dialect.name == "postgresql":
        from fms.storage import pool_index_postgres

        return pool_index_postgres.trigger_names(connection)
    rows = connection.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE :prefix"),
        {"prefix": f"{STATS_TABLE}_%"},
    )
    return [row[0] for row in rows]


def rebuild_pool_index(connection: Connection) -> None:
    """Every freelancer's document and figures from scratch (after a bulk load without triggers)."""
    if connection.dialect.name == "postgresql":
        from fms.storage import pool_index_postgres

        pool_index_postgres.rebuild_pool_index(connection)
        return
    connection.execute(text(f"DELETE FROM {TEXT_TABLE}"))
    connection.execute(text(f"DELETE FROM {STATS_TABLE}"))
    connection.execute(text(f"INSERT INTO {STATS_TABLE} SELECT f.id, {_STATS} FROM freelancers f"))
    connection.execute(
        text(
            f"INSERT INTO {TEXT_TABLE}(rowid, body) SELECT f.id, {_DOCUMENT} FROM freelancers f "
            f"JOIN {STATS_TABLE} s ON s.freelancer_id = f.id WHERE s.in_pool = 1"
        )
    )


def drop_pool_index(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        from fms.storage import pool_index_postgres

        pool_index_postgres.drop_pool_index(connection)
        return
    for name in trigger_names(connection):
        connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    connection.execute(text(f"DROP TABLE IF EXISTS {STATS_TABLE}"))
    connection.execute(text(f"DROP TABLE IF EXISTS {TEXT_TABLE}"))
