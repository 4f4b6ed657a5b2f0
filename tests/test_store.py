from __future__ import annotations

import sqlite3
import threading
import time
import unicodedata
from pathlib import Path

import pytest
from store_data import EXPECTED_ROWS, HN_TEXT, QB_TEXT, build_store, hn_article, qb_article

from extractor.records import ArticleRecords, Count
from extractor.store import (
    DATA_TABLES,
    SCHEMA_VERSION,
    ArticleError,
    FactStore,
    StoreError,
    StoreItem,
    content_hash,
    migrate,
    search_key,
)


@pytest.fixture
def store(tmp_path: Path):
    with FactStore(build_store(tmp_path / "facts.db")) as s:
        yield s


def _count(store: FactStore, sql: str, *params: object) -> int:
    return int(store.connection.execute(sql, params).fetchone()[0])


def _bad_article(article_id: str = "bad") -> ArticleRecords:
    """Records whose second count breaks a NOT NULL column, so the write fails half-way through."""
    bad = Count.model_construct(value=1.0, value_max=None, unit=None, percent=False, qualifier=None, text="x",
                                start=0, end=1)
    return qb_article().model_copy(update={"id": article_id, "counts": [*qb_article().counts, bad]})


@pytest.mark.parametrize(("table", "rows"), sorted(EXPECTED_ROWS.items()))
def test_rows_per_table(store: FactStore, table: str, rows: int) -> None:
    assert store.table_counts()[table] == rows


def test_table_counts_cover_data_tables(store: FactStore) -> None:
    assert tuple(store.table_counts()) == DATA_TABLES == tuple(EXPECTED_ROWS)


@pytest.mark.parametrize("times", [1, 3])
def test_rewriting_replaces_rows(store: FactStore, times: int) -> None:
    for _ in range(times):
        store.write_article(qb_article(), text=QB_TEXT)
    assert store.table_counts() == EXPECTED_ROWS
    assert _count(store, "SELECT count(*) FROM search_articles") == 2
    assert _count(store, "SELECT count(*) FROM search_names_fts WHERE search_names_fts MATCH 'vuong'") == 2


def test_rewriting_with_fewer_records_drops_the_old_ones(store: FactStore) -> None:
    store.write_article(qb_article().model_copy(update={"officials": [], "awards": []}), text=QB_TEXT)
    counts = store.table_counts()
    assert (counts["officials"], counts["positions"], counts["awards"], counts["award_recipients"]) == (1, 2, 1, 1)


def test_read_article_round_trips(store: FactStore) -> None:
    assert store.read_article("qb1") == qb_article()
    assert store.read_article("hn1") == hn_article()
    assert store.read_article("missing") is None


def test_article_row(store: FactStore) -> None:
    row = store.connection.execute(
        "SELECT title, source, path, content_hash, text, words FROM articles WHERE id = 'qb1'").fetchone()
    assert row == ("Đại hội Đảng bộ Sở Nội vụ", "QBĐT", "qb1.txt", content_hash(QB_TEXT), QB_TEXT, len(QB_TEXT.split()))


@pytest.mark.parametrize(("article_id", "text", "expected"), [
    ("qb1", QB_TEXT, True),
    ("qb1", unicodedata.normalize("NFD", QB_TEXT), True),  # same text, other normal form
    ("qb1", QB_TEXT + " Thêm.", False),  # edited article: extract again
    ("hn1", QB_TEXT, False),  # another article's text
    ("new", QB_TEXT, False),
])
def test_has_article_by_id_and_hash(store: FactStore, article_id: str, text: str, expected: bool) -> None:
    assert store.has_article(article_id, content_hash(text)) is expected


@pytest.mark.parametrize(("text", "key"), [
    ("Trần Thế Vương", "tran the vuong"),
    ("ĐẢNG BỘ  Sở Nội vụ", "dang bo so noi vu"),
    ("Uỷ ban / Ủy ban", "uy ban / uy ban"),
    (None, ""),
])
def test_search_key(text: str | None, key: str) -> None:
    assert search_key(text) == key


def test_error_is_recorded_then_cleared(store: FactStore) -> None:
    store.record_error("x1", "x1.txt", "empty article")
    store.record_error("x1", "x1.txt", "undecodable")  # replaces, not appends
    assert [(e["article_id"], e["path"], e["message"]) for e in store.errors()] == [("x1", "x1.txt", "undecodable")]
    store.write_article(qb_article().model_copy(update={"id": "x1"}), text=QB_TEXT, path="x1.txt")
    assert store.errors() == []


def test_failed_write_keeps_the_previous_version(store: FactStore) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.write_article(_bad_article("qb1"), text=QB_TEXT)
    assert store.table_counts() == EXPECTED_ROWS
    assert store.read_article("qb1") == qb_article()


def test_write_many_batches_and_isolates_failures(tmp_path: Path) -> None:
    items = [
        StoreItem(qb_article(), QB_TEXT, "qb1.txt"),
        (hn_article(), HN_TEXT),
        ArticleError("broken", "broken.jsonl:3", "invalid JSON"),
        StoreItem(_bad_article(), QB_TEXT, "bad.txt"),
    ]
    with FactStore(tmp_path / "facts.db") as store:
        assert store.write_many(items, batch_size=2) == 2
        assert store.table_counts() == {**EXPECTED_ROWS, "errors": 2}
        assert {e["article_id"] for e in store.errors()} == {"broken", "bad"}
        assert not store.has_article("bad", content_hash(QB_TEXT))


def test_delete_cascades_to_every_table(store: FactStore) -> None:
    assert store.delete_article("qb1") and store.delete_article("hn1")
    assert set(store.table_counts().values()) == {0}
    assert _count(store, "SELECT count(*) FROM search_names") == 0
    assert _count(store, "SELECT count(*) FROM search_articles_fts WHERE search_articles_fts MATCH 'noi'") == 0


@pytest.mark.parametrize(("pragma", "value"), [
    ("user_version", SCHEMA_VERSION), ("journal_mode", "wal"), ("foreign_keys", 1),
])
def test_connection_settings(store: FactStore, pragma: str, value: object) -> None:
    assert store.connection.execute(f"PRAGMA {pragma}").fetchone()[0] == value
    assert store.schema_version == SCHEMA_VERSION


@pytest.mark.parametrize(("table", "query", "article"), [
    ("search_names", "tran the vuong", "qb1"),
    ("search_names", "dang bo so noi vu", "qb1"),
    ("search_names", "nguyen thi dao", "hn1"),  # 'Đ' folds to 'd'
    ("search_articles", "thu tuong chinh phu", "qb1"),
    ("search_articles", "18 nq tw", "hn1"),
])
def test_full_text_index_is_folded(store: FactStore, table: str, query: str, article: str) -> None:
    rows = store.connection.execute(
        f"SELECT DISTINCT t.article_id FROM {table}_fts f JOIN {table} t ON t.id = f.rowid "
        f"WHERE {table}_fts MATCH ?", (f'"{query}"',)).fetchall()
    assert rows == [(article,)]


def test_old_store_is_migrated_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=1) == 1
    conn.execute("INSERT INTO articles VALUES ('old', 'Tin cũ', NULL, NULL, 'h', 'Ông Trần Thế Vương phát biểu.', 5, "
                 "'2020-01-01T00:00:00+00:00')")
    conn.execute("INSERT INTO officials(article_id, name, name_key) VALUES ('old', 'Trần Thế Vương', 'tran the vuong')")
    conn.close()
    with FactStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert _count(store, "SELECT count(*) FROM search_names_fts WHERE search_names_fts MATCH '\"the vuong\"'") == 1
        assert _count(store, "SELECT count(*) FROM search_articles_fts WHERE search_articles_fts MATCH 'phat'") == 1


def test_newer_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    sqlite3.connect(path).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer"):
        FactStore(path)


@pytest.mark.parametrize("content", [b"not a database, just text" * 100, b"\x00\xff" * 4096])
def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="cannot open"):
        FactStore(path)


def test_parent_folders_are_created(tmp_path: Path) -> None:
    with FactStore(tmp_path / "a" / "b" / "facts.db") as store:
        assert store.table_counts()["articles"] == 0


def test_second_writer_waits_for_the_first(tmp_path: Path) -> None:
    path = build_store(tmp_path / "facts.db")
    locked, committing = threading.Event(), threading.Event()

    def hold_lock() -> None:
        with FactStore(path) as first:
            first.connection.execute("BEGIN IMMEDIATE")
            locked.set()
            time.sleep(0.3)
            committing.set()  # before COMMIT: the second writer cannot get in earlier
            first.connection.execute("COMMIT")

    thread = threading.Thread(target=hold_lock)
    thread.start()
    locked.wait(5)
    with FactStore(path, timeout=10) as second:
        second.write_article(qb_article(), text=QB_TEXT)  # blocks until the first commits, does not fail
        assert committing.is_set()
        assert second.table_counts() == EXPECTED_ROWS
    thread.join()
