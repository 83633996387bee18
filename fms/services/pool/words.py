"""Words in the talent pool: the person's document matched by the engine's full-text index (FTS5 on
SQLite, a `tsvector` on PostgreSQL) with the matching passage, or by LIKE where there is none."""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, Integer, and_, column, false, func, or_, select, text, true
from sqlalchemy.orm import Session

from fms.models import Application, CollaborationNote, Document, Freelancer, Interview
from fms.services.common.driver import driver_rows
from fms.storage.pool_index import TEXT_TABLE
from fms.storage.pool_index_postgres import CONFIGURATION, tsquery_expression

SNIPPET_WORDS = 12


def words_condition(words: str, indexed: bool, engine: str) -> ColumnElement[bool]:
    """Every word of `words` (as a prefix) in the person's document."""
    f = Freelancer
    if not indexed:
        return and_(true(), *_portable_text_conditions(words))
    if engine == "postgresql":
        tokens = _tokens(words)
        if not tokens:
            return false()
        found = text(
            f"SELECT freelancer_id FROM {TEXT_TABLE} WHERE words @@ to_tsquery('{CONFIGURATION}', :q)"
        ).bindparams(q=tsquery_expression(tokens))
        return f.id.in_(found.columns(column("freelancer_id", Integer)))
    matches = fts_expression(words)
    if not matches:
        return false()
    found = text(f"SELECT rowid FROM {TEXT_TABLE} WHERE {TEXT_TABLE} MATCH :q").bindparams(q=matches)
    return f.id.in_(found.columns(column("rowid", Integer)))


def indexed_words(words: str, engine: str) -> str:
    """What `words_condition` binds as `:q` on an indexed database; empty when nothing can match."""
    if engine == "postgresql":
        tokens = _tokens(words)
        return tsquery_expression(tokens) if tokens else ""
    return fts_expression(words)


def passages(session: Session, words: str, freelancer_ids: list[int]) -> dict[int, tuple[str, float]]:
    """Each shown person's best-matching passage (marked with « ») and relevance (lower is better)."""
    if session.get_bind().dialect.name == "postgresql":
        return _server_passages(session, words, freelancer_ids)
    return _passages(session, words, freelancer_ids)


def fts_expression(words: str) -> str:
    """'dévelop python' -> '"dévelop"* AND "python"*': every word, as a prefix, quotes made harmless."""
    tokens = re.findall(r"\w+", words, flags=re.UNICODE)
    return " AND ".join(f'"{token}"*' for token in tokens)


def _portable_text_conditions(words: str) -> list[ColumnElement[bool]]:
    """Each word somewhere in the person's notes, interviews, headline or attached texts (any database)."""
    f = Freelancer
    conditions = []
    for word in re.findall(r"\w+", words.lower(), flags=re.UNICODE):
        pattern = f"%{word}%"
        conditions.append(
            or_(
                func.lower(f.headline).like(pattern),
                select(CollaborationNote.id)
                .where(
                    CollaborationNote.freelancer_id == f.id,
                    or_(
                        func.lower(CollaborationNote.text).like(pattern),
                        func.lower(CollaborationNote.strengths).like(pattern),
                    ),
                )
                .exists(),
                select(Interview.id)
                .join(Application, Application.id == Interview.application_id)
                .where(
                    Application.freelancer_id == f.id,
                    or_(
                        func.lower(Interview.notes).like(pattern),
                        func.lower(Interview.client_feedback).like(pattern),
                        func.lower(Interview.failure_causes).like(pattern),
                    ),
                )
                .exists(),
                select(Document.id)
                .where(
                    Document.freelancer_id == f.id,
                    or_(func.lower(Document.title).like(pattern), func.lower(Document.text_content).like(pattern)),
                )
                .exists(),
            )
        )
    return conditions


def _passages(session: Session, words: str, freelancer_ids: list[int]) -> dict[int, tuple[str, float]]:
    """Each shown person's best-matching passage (marked with « ») and relevance (lower is better)."""
    if not freelancer_ids:
        return {}
    # Through the driver's cursor, all rows at once: the statement is new at each search (its ids), and
    # SQLAlchemy's parsing, result set-up and row-by-row fetching cost about half of FTS5's own time.
    rows = driver_rows(
        session,
        f"SELECT rowid, snippet({TEXT_TABLE}, 0, '«', '»', '…', {SNIPPET_WORDS}), rank FROM {TEXT_TABLE} "
        # "+rowid": a plain filter; as an index constraint FTS5 would run the match once per person.
        f"WHERE {TEXT_TABLE} MATCH ? AND +rowid IN ({', '.join(str(int(person)) for person in freelancer_ids)})",
        (fts_expression(words),),
    )
    return {int(person): (_tidy(str(snippet)), float(rank)) for person, snippet, rank in rows}


def _tokens(words: str) -> list[str]:
    return re.findall(r"\w+", words, flags=re.UNICODE)


def _server_passages(session: Session, words: str, freelancer_ids: list[int]) -> dict[int, tuple[str, float]]:
    """As `_passages`, on PostgreSQL: `ts_headline` over the stored document, ranked by `ts_rank`."""
    if not freelancer_ids:
        return {}
    options = f"StartSel=«, StopSel=», MaxWords={SNIPPET_WORDS}, MinWords={SNIPPET_WORDS // 2}, MaxFragments=1"
    rows = session.execute(
        text(
            f"SELECT t.freelancer_id, ts_headline('{CONFIGURATION}', t.body, q.query, :options),"
            f" ts_rank(t.words, q.query) FROM {TEXT_TABLE} t, to_tsquery('{CONFIGURATION}', :q) AS q(query)"
            " WHERE t.freelancer_id = ANY(:ids) AND t.words @@ q.query"
        ),
        {"q": tsquery_expression(_tokens(words)), "options": options, "ids": freelancer_ids},
    )
    return {int(person): (_tidy(str(passage)), -float(rank)) for person, passage, rank in rows}


def _tidy(passage: str) -> str:
    """One '…' between the pieces of a person's document (empty pieces leave several)."""
    # Split and joined rather than a regular expression: half the time, for each of the 200 shown.
    pieces = (piece.strip() for piece in " ".join(passage.split()).split("…"))
    return " … ".join(piece for piece in pieces if piece)
