"""Read-only queries over a fact store, for researchers: filters, full-text search and raw SQL.

Why it cannot change the store, three ways over: the file is opened with a ``mode=ro`` URI, the
connection runs ``PRAGMA query_only=ON``, and an authorizer allows only reading (SELECT, reads, functions,
recursive CTEs and a few informational pragmas). ATTACH is refused too: it would let a query open or
create other files. Filter values are always bound parameters, never formatted into SQL.

Name filters are case- and diacritic-insensitive substrings: the value is folded with
:func:`extractor.store.search_key` and matched against the store's ``*_key`` columns, so "vuong",
"VƯƠNG" and "Vương" find the same officials. The same folding is available in raw SQL as ``fold(x)``.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .canonical import strip_diacritics
from .store import SCHEMA_VERSION, search_key

__all__ = [
    "FORMATS", "QueryError", "Row", "awards", "connect", "counts", "format_rows", "officials", "search", "sql",
]

Row = dict[str, Any]
FORMATS = ("table", "csv", "json", "jsonl")


class QueryError(ValueError):
    """A query that cannot run: a write or ATTACH attempt, bad SQL, a missing or outdated store."""


_ALLOWED_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}
# Pragmas that only report; the first set may name a table or index, the second must take no value.
_INFO_PRAGMAS = {"table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list"}
_READ_PRAGMAS = {"table_list", "database_list", "compile_options", "user_version", "schema_version", "data_version"}
_SCHEMA_TABLES = {"sqlite_master", "sqlite_schema", "sqlite_temp_master", "sqlite_temp_schema"}
_DENIED_FUNCTIONS = {"load_extension", "readfile", "writefile", "edit", "fts3_tokenizer"}


def _authorize(action: int, arg1: str | None, arg2: str | None, _db: str | None, _trigger: str | None) -> int:
    if action == sqlite3.SQLITE_UPDATE and (arg1 or "").lower() in _SCHEMA_TABLES:
        # Connecting any virtual table (FTS5, json_each, pragma_*) makes SQLite authorize an internal
        # UPDATE of the schema table; denying it fails with "vtable constructor failed". A user's UPDATE
        # of the schema table never gets this far: SQLite refuses it while preparing ("may not be
        # modified"), and query_only and mode=ro stand behind that.
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_FUNCTION:
        return sqlite3.SQLITE_DENY if (arg2 or "").lower() in _DENIED_FUNCTIONS else sqlite3.SQLITE_OK
    if action in _ALLOWED_ACTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA:
        name = (arg1 or "").lower()
        if name in _INFO_PRAGMAS or (name in _READ_PRAGMAS and arg2 is None):
            return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def connect(db_path: str | Path) -> sqlite3.Connection:
    """Open a store read-only (mode=ro, query_only, an authorizer that refuses writes and ATTACH)."""
    path = Path(db_path)
    if not path.is_file():
        raise QueryError(f"no fact store at {path}")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, timeout=30.0)
    except sqlite3.Error as exc:
        raise QueryError(f"cannot open {path}: {exc}") from exc
    try:
        conn.execute("PRAGMA query_only = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise QueryError(f"{path} is not a readable fact store: {exc}") from exc
    if version != SCHEMA_VERSION:
        conn.close()
        if version > SCHEMA_VERSION:
            raise QueryError(f"{path} has schema version {version}, newer than this release ({SCHEMA_VERSION})")
        raise QueryError(
            f"{path} has schema version {version}, older than this release ({SCHEMA_VERSION}); "
            "open it once for writing (extractor.store.FactStore) to migrate it"
        )
    conn.create_function("fold", 1, search_key, deterministic=True)
    conn.set_authorizer(_authorize)
    return conn


@contextmanager
def _opened(db: sqlite3.Connection | str | Path) -> Iterator[sqlite3.Connection]:
    """Use a connection as given, or open (and afterwards close) the store at a path."""
    if isinstance(db, sqlite3.Connection):
        yield db
        return
    conn = connect(db)
    try:
        yield conn
    finally:
        conn.close()


# What SQLite says when the authorizer, query_only, mode=ro or the schema table's protection refuses.
_REFUSALS = ("not authorized", "authorization denied", "readonly", "read-only", "may not be modified")


def _execute(conn: sqlite3.Connection, statement: str, params: Sequence[Any] | dict[str, Any]) -> list[Row]:
    cursor = conn.execute(statement, params)
    columns = [d[0] for d in cursor.description or ()]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def _run(conn: sqlite3.Connection, statement: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Row]:
    try:
        return _execute(conn, statement, params)
    except sqlite3.DatabaseError as exc:
        message = str(exc)
        if any(sign in message for sign in _REFUSALS):
            raise QueryError(
                "the fact store is read-only here: only SELECT queries run (writes, schema changes, ATTACH "
                f"and setting pragmas are refused) [{message}]"
            ) from exc
        raise QueryError(f"SQL error: {message}") from exc
    except (sqlite3.Error, sqlite3.Warning) as exc:  # e.g. more than one statement
        raise QueryError(f"SQL error: {exc}") from exc


def _like(value: str) -> str:
    """A LIKE pattern matching the folded value anywhere (its % and _ taken literally)."""
    key = search_key(value).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{key}%"


def _where(clauses: list[str]) -> str:
    return (" WHERE " + " AND ".join(clauses)) if clauses else ""


def _limit(limit: int | None) -> int:
    return -1 if limit is None else max(int(limit), 0)


def sql(db: sqlite3.Connection | str | Path, statement: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Row]:
    """Run one read-only SQL statement (``?`` or ``:name`` parameters); rows as dicts in column order."""
    with _opened(db) as conn:
        return _run(conn, statement, params)


def officials(db: sqlite3.Connection | str | Path, *, name: str | None = None, title: str | None = None,
              organization: str | None = None, limit: int | None = None) -> list[Row]:
    """One row per official and position: name, title, organization, article_id, article_title."""
    clauses, params = [], []
    for column, value in (("o.name_key", name), ("p.title_key", title), ("p.organization_key", organization)):
        if value is not None:
            clauses.append(f"{column} LIKE ? ESCAPE '\\'")
            params.append(_like(value))
    statement = (
        "SELECT o.name AS name, p.title AS title, p.organization AS organization, o.article_id AS article_id, "
        "a.title AS article_title FROM officials o JOIN articles a ON a.id = o.article_id "
        "LEFT JOIN positions p ON p.official_id = o.id"
        + _where(clauses) + " ORDER BY o.name_key, o.article_id, o.id, p.id LIMIT ?"
    )
    with _opened(db) as conn:
        return _run(conn, statement, [*params, _limit(limit)])


def awards(db: sqlite3.Connection | str | Path, *, grantor: str | None = None, recipient: str | None = None,
           year: int | None = None, limit: int | None = None) -> list[Row]:
    """One row per award: award, grantor, recipients ('; '-joined), reason, years, article_id, article_title.

    `year` keeps awards whose period covers it (a single year when only one end is known).
    """
    clauses: list[str] = []
    params: list[Any] = []
    if grantor is not None:
        clauses.append("w.grantor_key LIKE ? ESCAPE '\\'")
        params.append(_like(grantor))
    if recipient is not None:
        clauses.append("EXISTS (SELECT 1 FROM award_recipients r WHERE r.award_id = w.id "
                       "AND r.recipient_key LIKE ? ESCAPE '\\')")
        params.append(_like(recipient))
    if year is not None:
        clauses.append("coalesce(w.start_year, w.end_year) <= ? AND coalesce(w.end_year, w.start_year) >= ?")
        params.extend([int(year), int(year)])
    statement = (
        "SELECT w.id AS award_id, w.award AS award, w.grantor AS grantor, w.reason AS reason, "
        "w.start_year AS start_year, w.end_year AS end_year, w.article_id AS article_id, a.title AS article_title "
        "FROM awards w JOIN articles a ON a.id = w.article_id"
        + _where(clauses) + " ORDER BY w.article_id, w.id LIMIT ?"
    )
    with _opened(db) as conn:
        rows = _run(conn, statement, [*params, _limit(limit)])
        recipients: dict[int, list[str]] = {}
        ids = json.dumps([w["award_id"] for w in rows])
        for r in _run(conn, "SELECT award_id, recipient FROM award_recipients "
                            "WHERE award_id IN (SELECT value FROM json_each(?)) ORDER BY id", [ids]):
            recipients.setdefault(r["award_id"], []).append(r["recipient"])
    columns = ("award", "grantor", "recipients", "reason", "start_year", "end_year", "article_id", "article_title")
    return [
        {c: ("; ".join(recipients.get(w["award_id"], [])) if c == "recipients" else w[c]) for c in columns}
        for w in rows
    ]


def counts(db: sqlite3.Connection | str | Path, *, unit: str | None = None, limit: int | None = None) -> list[Row]:
    """One row per count: value, value_max, percent, qualifier, unit, text, article_id, article_title."""
    clauses, params = [], []
    if unit is not None:
        clauses.append("c.unit_key LIKE ? ESCAPE '\\'")
        params.append(_like(unit))
    statement = (
        "SELECT c.value AS value, c.value_max AS value_max, c.percent AS percent, c.qualifier AS qualifier, "
        "c.unit AS unit, c.text AS text, c.article_id AS article_id, a.title AS article_title "
        "FROM counts c JOIN articles a ON a.id = c.article_id"
        + _where(clauses) + " ORDER BY c.unit_key, c.article_id, c.id LIMIT ?"
    )
    with _opened(db) as conn:
        rows = _run(conn, statement, [*params, _limit(limit)])
    for row in rows:
        row["percent"] = bool(row["percent"])
    return rows


_TOKEN = re.compile(r"\w+")


def _snippet(text: str, tokens: list[str], width: int = 60) -> str:
    """The article text around the first match of the phrase, in its own spelling when offsets allow."""
    folded = strip_diacritics(text)
    source = text if len(folded) == len(text) else folded  # folding kept offsets for Vietnamese text
    match = re.search(r"\b" + r"\W+".join(map(re.escape, tokens)) + r"\b", folded)
    if match is None:
        return " ".join(source[: 2 * width].split())
    start, end = max(match.start() - width, 0), min(match.end() + width, len(source))
    return ("…" if start else "") + " ".join(source[start:end].split()) + ("…" if end < len(source) else "")


def search(db: sqlite3.Connection | str | Path, text: str, *, limit: int = 50) -> list[Row]:
    """Full-text search, ignoring case and diacritics: names first, then articles (best first).

    Rows: kind ('organization', 'alias', 'official', 'entity' or 'article'), match (the name, or a snippet
    of the article), article_id, article_title. The words must appear together, in order.
    """
    tokens = _TOKEN.findall(search_key(text))
    if not tokens:
        return []
    phrase = '"' + " ".join(tokens) + '"'  # only \w tokens, so no FTS syntax can get in
    with _opened(db) as conn:
        names = _run(
            conn,
            "SELECT n.kind AS kind, n.name AS match, n.article_id AS article_id, a.title AS article_title "
            "FROM search_names_fts f JOIN search_names n ON n.id = f.rowid JOIN articles a ON a.id = n.article_id "
            "WHERE search_names_fts MATCH ? ORDER BY f.rank, n.id LIMIT ?",
            [phrase, limit],
        )
        hits = _run(
            conn,
            "SELECT a.id AS article_id, a.title AS article_title, a.text AS text "
            "FROM search_articles_fts f JOIN search_articles s ON s.id = f.rowid "
            "JOIN articles a ON a.id = s.article_id "
            "WHERE search_articles_fts MATCH ? ORDER BY f.rank, s.id LIMIT ?",
            [phrase, limit],
        )
    articles = [
        {"kind": "article", "match": _snippet(h["text"], tokens), "article_id": h["article_id"],
         "article_title": h["article_title"]}
        for h in hits
    ]
    return names + articles


# ---------------------------------------------------------------------------------------------- formatting


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def format_rows(rows: Sequence[Row], fmt: str = "table", *, columns: Sequence[str] | None = None,
                width: int = 160) -> str:
    """Rows as text: 'table' (rich, plain text), 'csv' (with a header), 'json' (an array) or 'jsonl'.

    `columns` names the columns when `rows` is empty (else they come from the first row).
    """
    cols = list(columns) if columns is not None else (list(rows[0]) if rows else [])
    if fmt == "json":
        return json.dumps([dict(r) for r in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(dict(r), ensure_ascii=False) + "\n" for r in rows)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        if cols:
            writer.writerow(cols)
        writer.writerows([[_cell(r.get(c)) for c in cols] for r in rows])
        return buffer.getvalue()
    if fmt == "table":
        from rich.console import Console
        from rich.table import Table

        table = Table(*cols, show_lines=False, caption=f"{len(rows)} row{'s' if len(rows) != 1 else ''}")
        for r in rows:
            table.add_row(*(_cell(r.get(c)) for c in cols))
        buffer = io.StringIO()
        Console(file=buffer, width=width, color_system=None, force_terminal=False, soft_wrap=False).print(table)
        return buffer.getvalue()
    raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
