"""The fact store: extracted records in one embedded SQLite file that researchers can query with SQL.

Why SQLite: a corpus of tens of thousands of articles becomes a single file that needs no server, is
readable from any language, and survives crashes (WAL journal, one transaction per article). Why these
choices:

- **One transaction per article.** :meth:`FactStore.write_article` deletes the article's earlier rows (the
  child tables cascade) and writes the new ones atomically, so a crash or a kill never leaves half an
  article, and re-running a batch never duplicates rows.
- **Skip by content hash.** :meth:`FactStore.has_article` is true only for the same id *and* the same
  sha256 of the NFC text, so an edited article is extracted again while an unchanged one is skipped.
- **Many processes.** WAL lets readers work while a writer writes; a second writer waits (busy timeout)
  instead of failing, and writes start with ``BEGIN IMMEDIATE`` so two writers never deadlock upgrading
  a read lock.
- **Folded keys.** Each name column has a ``*_key`` twin made by :func:`search_key` (lower case, no
  diacritics, "đ" → "d", single spaces). Filters and full-text search compare keys, so "tran the vuong"
  finds "Trần Thế Vương". SQLite's own ``remove_diacritics`` leaves "đ" alone, hence the folded copies.
- **Migrations.** ``PRAGMA user_version`` is the schema version; :data:`MIGRATIONS` is applied in order on
  open, each step in its own transaction, so a store written by an older release is upgraded in place.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from .canonical import strip_diacritics
from .records import (
    Abbreviation,
    ArticleRecords,
    Award,
    Count,
    Document,
    Entity,
    Mention,
    Official,
    Organization,
    Period,
    Position,
)

__all__ = [
    "DATA_TABLES", "MIGRATIONS", "SCHEMA_VERSION", "ArticleError", "FactStore", "Migration", "StoreError",
    "StoreItem", "content_hash", "migrate", "search_key",
]


class StoreError(RuntimeError):
    """The store cannot be used as asked (a newer schema than this release knows, a bad path, ...)."""


def content_hash(text: str) -> str:
    """sha256 (hex) of the NFC text: the same article decoded any way hashes the same."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


def search_key(text: str | None) -> str:
    """The folded form names and queries are compared in: lower case, no diacritics, 'đ' → 'd', one space."""
    if not text:
        return ""
    if len(text) <= 200:  # names repeat across articles: their keys are cached (article texts are not)
        return _short_search_key(text)
    return " ".join(strip_diacritics(unicodedata.normalize("NFC", text)).split())


@lru_cache(maxsize=1 << 16)
def _short_search_key(text: str) -> str:
    return " ".join(strip_diacritics(unicodedata.normalize("NFC", text)).split())


# ---------------------------------------------------------------------------------------------------- schema

_SCHEMA_V1 = [
    """CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT,
        source TEXT,
        path TEXT,
        content_hash TEXT NOT NULL,
        text TEXT NOT NULL,
        words INTEGER NOT NULL,
        extracted_at TEXT NOT NULL
    )""",
    "CREATE INDEX articles_source ON articles(source)",
    "CREATE INDEX articles_content_hash ON articles(content_hash)",
    """CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        text TEXT NOT NULL,
        text_key TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL
    )""",
    "CREATE INDEX entities_article ON entities(article_id)",
    "CREATE INDEX entities_label_text ON entities(label, text)",
    """CREATE TABLE organizations (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        mentions TEXT NOT NULL DEFAULT '[]'
    )""",
    "CREATE INDEX organizations_article ON organizations(article_id)",
    "CREATE INDEX organizations_name ON organizations(name)",
    """CREATE TABLE organization_aliases (
        id INTEGER PRIMARY KEY,
        organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        alias_key TEXT NOT NULL
    )""",
    "CREATE INDEX organization_aliases_organization ON organization_aliases(organization_id)",
    "CREATE INDEX organization_aliases_article ON organization_aliases(article_id)",
    "CREATE INDEX organization_aliases_alias ON organization_aliases(alias)",
    """CREATE TABLE officials (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        mentions TEXT NOT NULL DEFAULT '[]'
    )""",
    "CREATE INDEX officials_article ON officials(article_id)",
    "CREATE INDEX officials_name ON officials(name)",
    """CREATE TABLE positions (
        id INTEGER PRIMARY KEY,
        official_id INTEGER NOT NULL REFERENCES officials(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        title_key TEXT NOT NULL,
        organization TEXT,
        organization_key TEXT
    )""",
    "CREATE INDEX positions_official ON positions(official_id)",
    "CREATE INDEX positions_article ON positions(article_id)",
    "CREATE INDEX positions_title ON positions(title)",
    "CREATE INDEX positions_organization ON positions(organization)",
    """CREATE TABLE counts (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        value REAL NOT NULL,
        value_max REAL,
        unit TEXT NOT NULL,
        unit_key TEXT NOT NULL,
        percent INTEGER NOT NULL CHECK (percent IN (0, 1)),
        qualifier TEXT,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL
    )""",
    "CREATE INDEX counts_article ON counts(article_id)",
    "CREATE INDEX counts_unit ON counts(unit)",
    """CREATE TABLE periods (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start_year INTEGER,
        end_year INTEGER,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL
    )""",
    "CREATE INDEX periods_article ON periods(article_id)",
    "CREATE INDEX periods_years ON periods(start_year, end_year)",
    """CREATE TABLE awards (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        award TEXT NOT NULL,
        grantor TEXT,
        grantor_key TEXT,
        reason TEXT,
        start_year INTEGER,
        end_year INTEGER,
        text TEXT NOT NULL
    )""",
    "CREATE INDEX awards_article ON awards(article_id)",
    "CREATE INDEX awards_award ON awards(award)",
    "CREATE INDEX awards_grantor ON awards(grantor)",
    "CREATE INDEX awards_years ON awards(start_year, end_year)",
    """CREATE TABLE award_recipients (
        id INTEGER PRIMARY KEY,
        award_id INTEGER NOT NULL REFERENCES awards(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        recipient TEXT NOT NULL,
        recipient_key TEXT NOT NULL
    )""",
    "CREATE INDEX award_recipients_award ON award_recipients(award_id)",
    "CREATE INDEX award_recipients_article ON award_recipients(article_id)",
    "CREATE INDEX award_recipients_recipient ON award_recipients(recipient)",
    """CREATE TABLE abbreviations (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        short TEXT NOT NULL,
        long TEXT NOT NULL
    )""",
    "CREATE INDEX abbreviations_article ON abbreviations(article_id)",
    "CREATE INDEX abbreviations_short ON abbreviations(short)",
    """CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        number TEXT,
        name TEXT,
        issuer TEXT,
        text TEXT NOT NULL
    )""",
    "CREATE INDEX documents_article ON documents(article_id)",
    "CREATE INDEX documents_kind_number ON documents(kind, number)",
    "CREATE INDEX documents_issuer ON documents(issuer)",
    # No foreign key: a failed article usually has no row in `articles`, and its id may be a path:line.
    """CREATE TABLE errors (
        id INTEGER PRIMARY KEY,
        article_id TEXT,
        path TEXT,
        message TEXT NOT NULL,
        at TEXT NOT NULL
    )""",
    "CREATE INDEX errors_article ON errors(article_id)",
]

# Full text search over *folded* copies (see `search_key`). External-content FTS5 tables over two plain
# tables that cascade from `articles`; triggers keep the indexes in step, including on cascaded deletes.
_SCHEMA_V2 = [
    """CREATE TABLE search_articles (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
        title_key TEXT NOT NULL,
        text_key TEXT NOT NULL
    )""",
    """CREATE VIRTUAL TABLE search_articles_fts USING fts5(
        title_key, text_key, content='search_articles', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER search_articles_ai AFTER INSERT ON search_articles BEGIN
        INSERT INTO search_articles_fts(rowid, title_key, text_key) VALUES (new.id, new.title_key, new.text_key);
    END""",
    """CREATE TRIGGER search_articles_ad AFTER DELETE ON search_articles BEGIN
        INSERT INTO search_articles_fts(search_articles_fts, rowid, title_key, text_key)
        VALUES ('delete', old.id, old.title_key, old.text_key);
    END""",
    """CREATE TABLE search_names (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL
    )""",
    "CREATE INDEX search_names_article ON search_names(article_id)",
    """CREATE VIRTUAL TABLE search_names_fts USING fts5(
        name_key, content='search_names', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER search_names_ai AFTER INSERT ON search_names BEGIN
        INSERT INTO search_names_fts(rowid, name_key) VALUES (new.id, new.name_key);
    END""",
    """CREATE TRIGGER search_names_ad AFTER DELETE ON search_names BEGIN
        INSERT INTO search_names_fts(search_names_fts, rowid, name_key) VALUES ('delete', old.id, old.name_key);
    END""",
]

# Which tables feed the name index, and under which `kind`.
_NAME_SOURCES = (
    ("organization", "SELECT article_id, name FROM organizations"),
    ("alias", "SELECT article_id, alias FROM organization_aliases"),
    ("official", "SELECT article_id, name FROM officials"),
    ("entity", "SELECT article_id, text FROM entities"),
)


def _backfill_search(conn: sqlite3.Connection) -> None:
    """Index the articles a version-1 store already holds (fresh stores have none)."""
    for article_id, title, text in conn.execute("SELECT id, title, text FROM articles").fetchall():
        _index_article_text(conn, article_id, title, text)
    for kind, select in _NAME_SOURCES:
        pairs = {(article_id, name) for article_id, name in conn.execute(select).fetchall()}
        conn.executemany(
            "INSERT INTO search_names(article_id, kind, name, name_key) VALUES (?, ?, ?, ?)",
            [(article_id, kind, name, search_key(name)) for article_id, name in sorted(pairs)],
        )


@dataclass(frozen=True)
class Migration:
    """One schema step: statements, then an optional Python step (for data that needs our folding)."""

    version: int
    description: str
    statements: tuple[str, ...]
    backfill: Callable[[sqlite3.Connection], None] | None = None


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, one table per record type, errors", tuple(_SCHEMA_V1)),
    Migration(2, "diacritic-insensitive full-text search (FTS5)", tuple(_SCHEMA_V2), _backfill_search),
)
SCHEMA_VERSION = MIGRATIONS[-1].version

DATA_TABLES: tuple[str, ...] = (
    "articles", "entities", "organizations", "organization_aliases", "officials", "positions", "counts",
    "periods", "awards", "award_recipients", "abbreviations", "documents", "errors",
)
"""The tables that hold facts (exported, counted); the search_* tables are derived indexes."""


def _user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int | None = None,
            migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    """Apply the migrations above the store's version up to `target` (default: all); return the version.

    Each step runs in its own ``BEGIN IMMEDIATE`` transaction and re-reads the version inside it, so two
    processes opening an old store at once migrate it once. `conn` must be in autocommit mode.
    """
    known = migrations[-1].version
    target = known if target is None else target

    def check(version: int) -> None:
        if version > known:
            raise StoreError(
                f"the store has schema version {version}, newer than this release knows ({known}); "
                "upgrade vn-news-extractor"
            )

    check(_user_version(conn))
    for migration in migrations:
        if migration.version > target:
            break
        if _user_version(conn) >= migration.version:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = _user_version(conn)  # another process may have migrated meanwhile
            check(version)
            if version < migration.version:
                for statement in migration.statements:
                    conn.execute(statement)
                if migration.backfill is not None:
                    migration.backfill(conn)
                conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return _user_version(conn)


# ----------------------------------------------------------------------------------------------- writing


class StoreItem(NamedTuple):
    """One extracted article for :meth:`FactStore.write_many`."""

    records: ArticleRecords
    text: str
    path: str | None = None
    content_hash: str | None = None


class ArticleError(NamedTuple):
    """One failed article for :meth:`FactStore.write_many` (recorded in `errors`)."""

    article_id: str | None
    path: str | None
    message: str


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _mentions(mentions: list[Mention]) -> str:
    return json.dumps([[m.start, m.end] for m in mentions])


def _index_article_text(conn: sqlite3.Connection, article_id: str, title: str | None, text: str) -> None:
    conn.execute(
        "INSERT INTO search_articles(article_id, title_key, text_key) VALUES (?, ?, ?)",
        (article_id, search_key(title), search_key(text)),
    )


def _insert_records(conn: sqlite3.Connection, records: ArticleRecords) -> None:
    """Write every child row of one article (its `articles` row exists, older rows are gone)."""
    aid = records.id
    names: set[tuple[str, str]] = set()
    conn.executemany(
        "INSERT INTO entities(article_id, label, text, text_key, start, end) VALUES (?, ?, ?, ?, ?, ?)",
        [(aid, e.label, e.text, search_key(e.text), e.start, e.end) for e in records.entities],
    )
    names.update(("entity", e.text) for e in records.entities)
    for org in records.organizations:
        org_id = conn.execute(
            "INSERT INTO organizations(article_id, name, name_key, mentions) VALUES (?, ?, ?, ?)",
            (aid, org.name, search_key(org.name), _mentions(org.mentions)),
        ).lastrowid
        conn.executemany(
            "INSERT INTO organization_aliases(organization_id, article_id, alias, alias_key) VALUES (?, ?, ?, ?)",
            [(org_id, aid, alias, search_key(alias)) for alias in org.aliases],
        )
        names.add(("organization", org.name))
        names.update(("alias", alias) for alias in org.aliases)
    for official in records.officials:
        official_id = conn.execute(
            "INSERT INTO officials(article_id, name, name_key, mentions) VALUES (?, ?, ?, ?)",
            (aid, official.name, search_key(official.name), _mentions(official.mentions)),
        ).lastrowid
        conn.executemany(
            "INSERT INTO positions(official_id, article_id, title, title_key, organization, organization_key) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (official_id, aid, p.title, search_key(p.title), p.organization,
                 search_key(p.organization) if p.organization is not None else None)
                for p in official.positions
            ],
        )
        names.add(("official", official.name))
    conn.executemany(
        "INSERT INTO counts(article_id, value, value_max, unit, unit_key, percent, qualifier, text, start, end) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (aid, c.value, c.value_max, c.unit, search_key(c.unit), int(c.percent), c.qualifier, c.text,
             c.start, c.end)
            for c in records.counts
        ],
    )
    conn.executemany(
        "INSERT INTO periods(article_id, start_year, end_year, text, start, end) VALUES (?, ?, ?, ?, ?, ?)",
        [(aid, p.start_year, p.end_year, p.text, p.start, p.end) for p in records.periods],
    )
    for award in records.awards:
        award_id = conn.execute(
            "INSERT INTO awards(article_id, award, grantor, grantor_key, reason, start_year, end_year, text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (aid, award.award, award.grantor, search_key(award.grantor) if award.grantor is not None else None,
             award.reason, award.start_year, award.end_year, award.text),
        ).lastrowid
        conn.executemany(
            "INSERT INTO award_recipients(award_id, article_id, recipient, recipient_key) VALUES (?, ?, ?, ?)",
            [(award_id, aid, r, search_key(r)) for r in award.recipients],
        )
    conn.executemany(
        "INSERT INTO abbreviations(article_id, short, long) VALUES (?, ?, ?)",
        [(aid, a.short, a.long) for a in records.abbreviations],
    )
    conn.executemany(
        "INSERT INTO documents(article_id, kind, number, name, issuer, text) VALUES (?, ?, ?, ?, ?, ?)",
        [(aid, d.kind, d.number, d.name, d.issuer, d.text) for d in records.documents],
    )
    conn.executemany(
        "INSERT INTO search_names(article_id, kind, name, name_key) VALUES (?, ?, ?, ?)",
        [(aid, kind, name, search_key(name)) for kind, name in sorted(names)],
    )


class FactStore:
    """Read-write access to a fact store file (created, or migrated to the current schema, on open)::

        with FactStore("facts.db") as store:
            digest = content_hash(text)
            if not store.has_article(article_id, digest):
                store.write_article(extract(text, article_id=article_id), text=text, path=p, content_hash=digest)
    """

    def __init__(self, path: str | Path, *, timeout: float = 60.0) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise StoreError(f"{self.path} is a directory, not a store file")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Autocommit mode: transactions are ours (BEGIN IMMEDIATE ... COMMIT), never implicit.
        # `timeout` is SQLite's busy timeout: a second writer waits this long for the lock.
        try:
            self._conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the fact store {self.path}: {exc}") from exc
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self._set_up(timeout)
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise StoreError(f"cannot open the fact store {self.path}: {exc}") from exc
        except BaseException:
            self._conn.close()
            raise

    def _set_up(self, timeout: float) -> None:
        """WAL mode, pragmas and migrations, retried while another process is creating the same store.

        SQLite answers "database is locked" at once, without waiting for the busy timeout, when two
        connections race to switch a new file to WAL or to take the write lock from a read: we wait here.
        """
        deadline = time.monotonic() + timeout
        while True:
            try:
                mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise StoreError(f"{self.path}: cannot switch to WAL journal mode (got {mode!r})")
                # NORMAL is crash-safe in WAL mode: a process crash never loses a committed article.
                self._conn.execute("PRAGMA synchronous = NORMAL")
                self._conn.execute("PRAGMA foreign_keys = ON")
                self.schema_version = migrate(self._conn)
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    # -- lifecycle

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> FactStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection (autocommit mode), for tests and maintenance."""
        return self._conn

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            if self._conn.in_transaction:  # SQLite may have rolled back already (disk full, ...)
                self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- writing

    def write_article(self, records: ArticleRecords, *, text: str, path: str | None = None,
                      content_hash: str | None = None) -> None:
        """Replace everything stored for ``records.id`` with these records, in one transaction.

        `text` is the article text the offsets index (stored NFC); `content_hash` defaults to
        :func:`content_hash` of it. A success clears the article's earlier errors.
        """
        with self._transaction() as conn:
            self._write(conn, records, text=text, path=path, digest=content_hash)

    def write_many(self, items: Iterable[StoreItem | ArticleError | tuple[Any, ...]], *,
                   batch_size: int = 200) -> int:
        """Write a stream of articles (and failures), `batch_size` per transaction; return how many were written.

        Items are :class:`StoreItem` (or ``(records, text[, path[, content_hash]])`` tuples) and
        :class:`ArticleError`. Each article is still all-or-nothing: one that cannot be written (a
        constraint fails) is rolled back to its savepoint and recorded in `errors`, and the batch goes on.
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        written = 0
        batch: list[StoreItem | ArticleError] = []
        for item in items:
            if not isinstance(item, ArticleError | StoreItem):
                item = StoreItem(*item)
            batch.append(item)
            if len(batch) >= batch_size:
                written += self._write_batch(batch)
                batch = []
        if batch:
            written += self._write_batch(batch)
        return written

    def _write_batch(self, batch: list[StoreItem | ArticleError]) -> int:
        written = 0
        with self._transaction() as conn:
            for item in batch:
                if isinstance(item, ArticleError):
                    self._record_error(conn, item.article_id, item.path, item.message)
                    continue
                conn.execute("SAVEPOINT article")
                try:
                    self._write(conn, item.records, text=item.text, path=item.path, digest=item.content_hash)
                except sqlite3.IntegrityError as exc:
                    conn.execute("ROLLBACK TO article")
                    conn.execute("RELEASE article")
                    self._record_error(conn, item.records.id, item.path, f"cannot store: {exc}")
                    continue
                conn.execute("RELEASE article")
                written += 1
        return written

    @staticmethod
    def _write(conn: sqlite3.Connection, records: ArticleRecords, *, text: str, path: str | None,
               digest: str | None) -> None:
        text = unicodedata.normalize("NFC", text)
        digest = digest if digest is not None else content_hash(text)
        conn.execute("DELETE FROM articles WHERE id = ?", (records.id,))  # children and search rows cascade
        conn.execute("DELETE FROM errors WHERE article_id = ?", (records.id,))
        conn.execute(
            "INSERT INTO articles(id, title, source, path, content_hash, text, words, extracted_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (records.id, records.title, records.source, path, digest, text, len(text.split()), _now()),
        )
        _index_article_text(conn, records.id, records.title, text)
        _insert_records(conn, records)

    def record_error(self, article_id: str | None, path: str | None, message: str) -> None:
        """Note that an article failed (its earlier error, if any, is replaced; stored rows are kept)."""
        with self._transaction() as conn:
            self._record_error(conn, article_id, path, message)

    @staticmethod
    def _record_error(conn: sqlite3.Connection, article_id: str | None, path: str | None, message: str) -> None:
        if article_id is not None:
            conn.execute("DELETE FROM errors WHERE article_id = ?", (article_id,))
        else:
            conn.execute("DELETE FROM errors WHERE article_id IS NULL AND path IS ?", (path,))
        conn.execute(
            "INSERT INTO errors(article_id, path, message, at) VALUES (?, ?, ?, ?)",
            (article_id, path, message, _now()),
        )

    def delete_article(self, article_id: str) -> bool:
        """Remove an article and all its rows; return whether it was there."""
        with self._transaction() as conn:
            return conn.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount > 0

    # -- reading

    def has_article(self, article_id: str, content_hash: str) -> bool:
        """True when this id is stored with this content hash: the article can be skipped."""
        row = self._conn.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None and row[0] == content_hash

    def table_counts(self) -> dict[str, int]:
        """Rows per data table, in :data:`DATA_TABLES` order."""
        return {t: self._conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in DATA_TABLES}

    def errors(self) -> list[dict[str, Any]]:
        """The failed articles, oldest first."""
        cursor = self._conn.execute("SELECT article_id, path, message, at FROM errors ORDER BY id")
        return [dict(zip(("article_id", "path", "message", "at"), row, strict=True)) for row in cursor]

    def read_article(self, article_id: str) -> ArticleRecords | None:
        """The records stored for an article, as the extractor produced them (None if absent)."""
        conn = self._conn
        head = conn.execute("SELECT id, title, source FROM articles WHERE id = ?", (article_id,)).fetchone()
        if head is None:
            return None

        def rows(sql: str, *params: Any) -> list[tuple[Any, ...]]:
            return conn.execute(sql, params or (article_id,)).fetchall()

        def mentions(raw: str) -> list[Mention]:
            return [Mention(start=s, end=e) for s, e in json.loads(raw)]

        organizations = [
            Organization(
                name=name,
                aliases=[a for (a,) in rows("SELECT alias FROM organization_aliases WHERE organization_id = ? "
                                            "ORDER BY id", org_id)],
                mentions=mentions(raw),
            )
            for org_id, name, raw in rows("SELECT id, name, mentions FROM organizations WHERE article_id = ? "
                                          "ORDER BY id")
        ]
        officials = [
            Official(
                name=name,
                positions=[
                    Position(title=t, organization=o)
                    for t, o in rows("SELECT title, organization FROM positions WHERE official_id = ? ORDER BY id",
                                     off_id)
                ],
                mentions=mentions(raw),
            )
            for off_id, name, raw in rows("SELECT id, name, mentions FROM officials WHERE article_id = ? "
                                          "ORDER BY id")
        ]
        awards = [
            Award(
                award=award, grantor=grantor, reason=reason, start_year=sy, end_year=ey, text=text,
                recipients=[r for (r,) in rows("SELECT recipient FROM award_recipients WHERE award_id = ? "
                                               "ORDER BY id", award_id)],
            )
            for award_id, award, grantor, reason, sy, ey, text in rows(
                "SELECT id, award, grantor, reason, start_year, end_year, text FROM awards WHERE article_id = ? "
                "ORDER BY id"
            )
        ]
        return ArticleRecords(
            id=head[0], title=head[1], source=head[2],
            entities=[
                Entity(label=label, text=text, start=start, end=end)
                for label, text, start, end in rows(
                    "SELECT label, text, start, end FROM entities WHERE article_id = ? ORDER BY id")
            ],
            organizations=organizations,
            officials=officials,
            counts=[
                Count(value=v, value_max=vm, unit=u, percent=bool(p), qualifier=q, text=t, start=s, end=e)
                for v, vm, u, p, q, t, s, e in rows(
                    "SELECT value, value_max, unit, percent, qualifier, text, start, end FROM counts "
                    "WHERE article_id = ? ORDER BY id")
            ],
            periods=[
                Period(start_year=sy, end_year=ey, text=t, start=s, end=e)
                for sy, ey, t, s, e in rows(
                    "SELECT start_year, end_year, text, start, end FROM periods WHERE article_id = ? ORDER BY id")
            ],
            awards=awards,
            abbreviations=[
                Abbreviation(short=s, long=lg)
                for s, lg in rows("SELECT short, long FROM abbreviations WHERE article_id = ? ORDER BY id")
            ],
            documents=[
                Document(kind=k, number=n, name=nm, issuer=i, text=t)
                for k, n, nm, i, t in rows(
                    "SELECT kind, number, name, issuer, text FROM documents WHERE article_id = ? ORDER BY id")
            ],
        )

