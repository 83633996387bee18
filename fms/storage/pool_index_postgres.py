"""The talent pool's indexes on PostgreSQL, the same two as SQLite's (`fms.storage.pool_index`), kept
up to date by plpgsql triggers on the same source tables:

- `pool_text`, one document per freelancer of the talent pool with its `tsvector` under a GIN index.
  The `vivier_search` text search configuration is `simple` with `unaccent` in front, so
  "developpeuse" finds "développeuse" and `ts_headline` marks the accented word in the passage;
- `pool_stats`, one row per freelancer: in the pool or not, and the figures the pool filters on.

`unaccent` is a trusted extension since PostgreSQL 13: the database's owner may create it.
Refreshes are upserts, not delete-then-insert: two transactions touching one person at once would
otherwise collide on the primary key.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from fms.storage.pool_index import NEAR_HIRE, STATS_TABLE, TEXT_TABLE

CONFIGURATION = "vivier_search"
REFRESH = "vivier_pool_refresh"
TOUCH = "vivier_pool_touch"

_DOCUMENT = """
coalesce(f.headline, '')
|| ' … ' || coalesce((SELECT string_agg(n.text || ' ' || n.strengths, ' … ') FROM collaboration_notes n
                      WHERE n.freelancer_id = f.id), '')
|| ' … ' || coalesce((SELECT string_agg(i.notes || ' ' || i.client_feedback || ' ' || i.failure_causes, ' … ')
                      FROM interviews i JOIN applications a ON a.id = i.application_id
                      WHERE a.freelancer_id = f.id), '')
|| ' … ' || coalesce((SELECT string_agg(d.title || ' ' || d.text_content, ' … ') FROM documents d
                      WHERE d.freelancer_id = f.id), '')
"""
_STATS = f"""
(f.talent_pool_consent AND f.archived_at IS NULL AND (
    EXISTS (SELECT 1 FROM engagements e JOIN applications a ON a.id = e.application_id WHERE a.freelancer_id = f.id)
    OR EXISTS (SELECT 1 FROM stage_changes s JOIN applications a ON a.id = s.application_id
               WHERE a.freelancer_id = f.id AND s.to_stage IN {NEAR_HIRE} AND s.note <> 'undone')))::integer,
(SELECT avg(n.rating) FROM collaboration_notes n WHERE n.freelancer_id = f.id),
(SELECT min(n.would_rehire::integer) FROM collaboration_notes n WHERE n.freelancer_id = f.id),
(SELECT count(*) FROM engagements e JOIN applications a ON a.id = e.application_id WHERE a.freelancer_id = f.id),
(SELECT max(coalesce(e.real_end_date, e.planned_end_date)) FROM engagements e
 JOIN applications a ON a.id = e.application_id WHERE a.freelancer_id = f.id),
(SELECT max(u.done_at) FROM follow_ups u WHERE u.freelancer_id = f.id)
"""
_FIGURES = "in_pool, rating, rehire, missions, last_end, last_follow_up"

_REFRESH_FUNCTION = f"""
CREATE FUNCTION {REFRESH}(person integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF person IS NULL THEN
        RETURN;
    END IF;
    INSERT INTO {STATS_TABLE} (freelancer_id, {_FIGURES}) SELECT f.id, {_STATS} FROM freelancers f WHERE f.id = person
    ON CONFLICT (freelancer_id) DO UPDATE SET
        {", ".join(f"{name} = EXCLUDED.{name}" for name in _FIGURES.split(", "))};
    IF EXISTS (SELECT 1 FROM {STATS_TABLE} WHERE freelancer_id = person AND in_pool = 1) THEN
        INSERT INTO {TEXT_TABLE} (freelancer_id, body, words)
        SELECT found.id, found.body, to_tsvector('{CONFIGURATION}', found.body)
        FROM (SELECT f.id, {_DOCUMENT} AS body FROM freelancers f WHERE f.id = person) found
        ON CONFLICT (freelancer_id) DO UPDATE SET body = EXCLUDED.body, words = EXCLUDED.words;
    ELSE
        DELETE FROM {TEXT_TABLE} WHERE freelancer_id = person;
    END IF;
END $$
"""

# The trigger's arguments: the column naming the person, and whether it names an application.
_TOUCH_FUNCTION = f"""
CREATE FUNCTION {TOUCH}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_value jsonb;
BEGIN
    FOREACH row_value IN ARRAY CASE TG_OP
        WHEN 'INSERT' THEN ARRAY[to_jsonb(NEW)]
        WHEN 'DELETE' THEN ARRAY[to_jsonb(OLD)]
        ELSE ARRAY[to_jsonb(OLD), to_jsonb(NEW)] END
    LOOP
        IF TG_ARGV[1] = 'application' THEN
            PERFORM {REFRESH}((SELECT freelancer_id FROM applications
                               WHERE id = (row_value ->> TG_ARGV[0])::integer));
        ELSE
            PERFORM {REFRESH}((row_value ->> TG_ARGV[0])::integer);
        END IF;
    END LOOP;
    RETURN NULL;
END $$
"""

# table -> (events, the column naming the person, "application" when it names an application).
_WATCHED = {
    "collaboration_notes": ("INSERT OR UPDATE OR DELETE", "freelancer_id", "direct"),
    "follow_ups": ("INSERT OR UPDATE OR DELETE", "freelancer_id", "direct"),
    "documents": ("INSERT OR UPDATE OR DELETE", "freelancer_id", "direct"),
    "engagements": ("INSERT OR UPDATE OR DELETE", "application_id", "application"),
    "interviews": ("INSERT OR UPDATE OR DELETE", "application_id", "application"),
    "stage_changes": ("INSERT OR UPDATE OR DELETE", "application_id", "application"),
    "freelancers": ("INSERT OR UPDATE", "id", "direct"),  # a deletion cascades to both tables
    # A merge moves applications (and what hangs on them) from one freelancer to another.
    "applications": ("UPDATE OF freelancer_id OR DELETE", "freelancer_id", "direct"),
}


def create_pool_index(connection: Connection) -> None:
    """Creates (or re-creates) both indexes, their configuration, functions and triggers, then fills them."""
    drop_pool_index(connection)
    connection.execute(text("CREATE EXTENSION IF NOT EXISTS unaccent"))
    connection.execute(text(f"CREATE TEXT SEARCH CONFIGURATION {CONFIGURATION} (COPY = simple)"))
    connection.execute(
        text(
            f"ALTER TEXT SEARCH CONFIGURATION {CONFIGURATION} "
            "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple"
        )
    )
    connection.execute(
        text(
            f"CREATE TABLE {STATS_TABLE} ("
            "freelancer_id integer PRIMARY KEY REFERENCES freelancers(id) ON DELETE CASCADE,"
            " in_pool integer NOT NULL, rating double precision, rehire integer, missions integer NOT NULL,"
            " last_end date, last_follow_up timestamp without time zone)"
        )
    )
    connection.execute(text(f"CREATE INDEX ix_{STATS_TABLE}_in_pool ON {STATS_TABLE} (in_pool, rating)"))
    connection.execute(
        text(
            f"CREATE TABLE {TEXT_TABLE} ("
            "freelancer_id integer PRIMARY KEY REFERENCES freelancers(id) ON DELETE CASCADE,"
            " body text NOT NULL, words tsvector NOT NULL)"
        )
    )
    connection.execute(text(f"CREATE INDEX ix_{TEXT_TABLE}_words ON {TEXT_TABLE} USING gin (words)"))
    connection.execute(text(_REFRESH_FUNCTION))
    connection.execute(text(_TOUCH_FUNCTION))
    for table, (events, person, kind) in _WATCHED.items():
        connection.execute(
            text(
                f"CREATE TRIGGER {STATS_TABLE}_{table} AFTER {events} ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {TOUCH}('{person}', '{kind}')"
            )
        )
    rebuild_pool_index(connection)


def rebuild_pool_index(connection: Connection) -> None:
    """Every freelancer's document and figures from scratch (after a bulk load without triggers)."""
    connection.execute(text(f"DELETE FROM {TEXT_TABLE}"))
    connection.execute(text(f"DELETE FROM {STATS_TABLE}"))
    connection.execute(
        text(f"INSERT INTO {STATS_TABLE} (freelancer_id, {_FIGURES}) SELECT f.id, {_STATS} FROM freelancers f")
    )
    connection.execute(
        text(
            f"INSERT INTO {TEXT_TABLE} (freelancer_id, body, words) "
            f"SELECT found.id, found.body, to_tsvector('{CONFIGURATION}', found.body) FROM "
            f"(SELECT f.id, {_DOCUMENT} AS body FROM freelancers f "
            f"JOIN {STATS_TABLE} s ON s.freelancer_id = f.id WHERE s.in_pool = 1) found"
        )
    )
    connection.execute(text(f"ANALYZE {STATS_TABLE}"))
    connection.execute(text(f"ANALYZE {TEXT_TABLE}"))


def trigger_names(connection: Connection) -> list[str]:
    rows = connection.execute(
        text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE :prefix"),
        {"prefix": f"{STATS_TABLE}_%"},
    )
    return [row[0] for row in rows]


def drop_pool_index(connection: Connection) -> None:
    """Drops both tables, the triggers (with their function), and the configuration; `unaccent` stays."""
    connection.execute(text(f"DROP FUNCTION IF EXISTS {TOUCH}() CASCADE"))  # the triggers go with it
    connection.execute(text(f"DROP FUNCTION IF EXISTS {REFRESH}(integer)"))
    connection.execute(text(f"DROP TABLE IF EXISTS {TEXT_TABLE}"))
    connection.execute(text(f"DROP TABLE IF EXISTS {STATS_TABLE}"))
    connection.execute(text(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIGURATION}"))


def tsquery_expression(tokens: list[str]) -> str:
    """['dévelop', 'python'] -> 'dévelop:* & python:*': every word, as a prefix (tokens are `\\w+`)."""
    return " & ".join(f"{token}:*" for token in tokens)
