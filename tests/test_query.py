from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from store_data import EXPECTED_ROWS, build_store

from extractor import query
from extractor.query import QueryError
from extractor.store import FactStore, migrate


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("query") / "facts.db")


def _unchanged(db: Path) -> bool:
    with FactStore(db) as store:
        return store.table_counts() == EXPECTED_ROWS


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, [("Nguyễn Thị Đào", "Phó Giám đốc"), ("Nguyễn Thị Đào", "đại biểu"), ("Trần Thế Vương", "Bí thư")]),
    ({"name": "tran the vuong"}, [("Trần Thế Vương", "Bí thư")]),
    ({"name": "TRẦN THẾ"}, [("Trần Thế Vương", "Bí thư")]),
    ({"name": "vuong"}, [("Trần Thế Vương", "Bí thư")]),
    ({"name": "  thi   dao "}, [("Nguyễn Thị Đào", "Phó Giám đốc"), ("Nguyễn Thị Đào", "đại biểu")]),  # Đ → d
    ({"title": "phó giám đốc"}, [("Nguyễn Thị Đào", "Phó Giám đốc")]),
    ({"title": "BI THU", "organization": "sở nội vụ"}, [("Trần Thế Vương", "Bí thư")]),
    ({"organization": "tai chinh", "name": "vuong"}, []),
    ({"name": "x' OR 1=1 --"}, []),
    ({"name": "%"}, []),  # LIKE wildcards are literal
    ({"name": "_"}, []),
])
def test_officials_filters(db: Path, filters: dict[str, str], expected: list[tuple[str, str]]) -> None:
    assert [(r["name"], r["title"]) for r in query.officials(db, **filters)] == expected


def test_officials_columns_and_limit(db: Path) -> None:
    rows = query.officials(db, limit=1)
    assert len(rows) == 1
    assert list(rows[0]) == ["name", "title", "organization", "article_id", "article_title"]


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, ["huân chương lao động hạng ba", "bằng khen"]),
    ({"grantor": "thu tuong"}, ["bằng khen"]),
    ({"grantor": "CHỦ TỊCH NƯỚC"}, ["huân chương lao động hạng ba"]),
    ({"recipient": "dien luc"}, ["huân chương lao động hạng ba"]),
    ({"recipient": "Đảng bộ"}, ["bằng khen"]),
    ({"year": 2020}, ["bằng khen"]),
    ({"year": 2022}, []),
    ({"grantor": "x' OR 1=1 --"}, []),
])
def test_awards_filters(db: Path, filters: dict[str, object], expected: list[str]) -> None:
    assert [r["award"] for r in query.awards(db, **filters)] == expected


def test_awards_rows(db: Path) -> None:
    row = query.awards(db, grantor="thủ tướng")[0]
    assert row == {
        "award": "bằng khen", "grantor": "Thủ tướng Chính phủ", "recipients": "Đảng bộ Sở Nội vụ",
        "reason": "thành tích giai đoạn 2019-2021", "start_year": 2019, "end_year": 2021, "article_id": "qb1",
        "article_title": "Đại hội Đảng bộ Sở Nội vụ",
    }


@pytest.mark.parametrize(("unit", "expected"), [
    (None, ["đảng viên", "tỷ đồng"]), ("ty dong", ["tỷ đồng"]), ("ĐẢNG", ["đảng viên"]), ("x' OR 1=1 --", []),
])
def test_counts_filter(db: Path, unit: str | None, expected: list[str]) -> None:
    rows = query.counts(db, unit=unit)
    assert [r["unit"] for r in rows] == expected
    assert all(r["percent"] is False for r in rows)


@pytest.mark.parametrize(("text", "expected"), [
    ("tran the vuong", [("official", "Trần Thế Vương", "qb1"), ("entity", "Trần Thế Vương", "qb1")]),
    ("TRẦN thế VƯƠNG", [("official", "Trần Thế Vương", "qb1"), ("entity", "Trần Thế Vương", "qb1")]),
    ("dang bo so noi vu", [("organization", "Đảng bộ Sở Nội vụ", "qb1"), ("entity", "Đảng bộ Sở Nội vụ", "qb1")]),
    ("nguyen thi dao", [("official", "Nguyễn Thị Đào", "hn1"), ("entity", "Nguyễn Thị Đào", "hn1")]),
    ("stc", [("alias", "STC", "hn1")]),
    ("vuong the tran", []),  # words in order
])
def test_search_names(db: Path, text: str, expected: list[tuple[str, str, str]]) -> None:
    hits = [(r["kind"], r["match"], r["article_id"]) for r in query.search(db, text) if r["kind"] != "article"]
    assert sorted(hits) == sorted(expected)


@pytest.mark.parametrize(("text", "article", "snippet"), [
    ("tran the vuong", "qb1", "Trần Thế Vương"),
    ("dang bo so noi vu", "qb1", "Đảng bộ Sở Nội vụ"),
    ("thu tuong chinh phu", "qb1", "Thủ tướng Chính phủ"),
    ("18 NQ TW", "hn1", "18-NQ/TW"),
])
def test_search_articles(db: Path, text: str, article: str, snippet: str) -> None:
    hits = [r for r in query.search(db, text) if r["kind"] == "article"]
    assert [h["article_id"] for h in hits] == [article]
    assert snippet in hits[0]["match"]


@pytest.mark.parametrize("text", ["", "   ", '"', "NEAR(a b)", "vuong*", "x' OR 1=1 --", "AND OR NOT"])
def test_search_ignores_query_syntax(db: Path, text: str) -> None:
    assert isinstance(query.search(db, text), list)


@pytest.mark.parametrize("statement", [
    "INSERT INTO errors(message, at) VALUES ('x', 'y')",
    "UPDATE officials SET name = 'x'",
    "DELETE FROM articles",
    "DROP TABLE articles",
    "ATTACH DATABASE 'other.db' AS other",
    "CREATE TABLE t(a)",
    "PRAGMA query_only = OFF",
    "UPDATE sqlite_master SET sql = ''",
    "INSERT INTO search_names_fts(search_names_fts) VALUES ('delete-all')",
])
def test_sql_cannot_change_the_store(db: Path, statement: str) -> None:
    with pytest.raises(QueryError, match="read-only"):
        query.sql(db, statement)
    assert _unchanged(db)


@pytest.mark.parametrize("statement", ["SELEC 1", "SELECT 1; DELETE FROM articles", "SELECT * FROM nowhere"])
def test_sql_errors_are_clear(db: Path, statement: str) -> None:
    with pytest.raises(QueryError, match="SQL error"):
        query.sql(db, statement)
    assert _unchanged(db)


def test_sql_binds_parameters(db: Path) -> None:
    assert query.sql(db, "SELECT name FROM officials WHERE name = ?", ["x' OR 1=1 --"]) == []
    assert query.sql(db, "SELECT name FROM officials WHERE name_key LIKE '%' || fold(:q) || '%'", {"q": "Vương"}) == [
        {"name": "Trần Thế Vương"}
    ]
    assert query.sql(db, "SELECT value FROM json_each('[1, 2]')") == [{"value": 1}, {"value": 2}]


def test_one_connection_for_many_queries(db: Path) -> None:
    conn = query.connect(db)
    try:
        assert len(query.officials(conn)) == 3 and len(query.search(conn, "vuong")) == 3
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("DELETE FROM articles")  # the raw connection is guarded as well
    finally:
        conn.close()


def test_connect_refuses_missing_and_old_stores(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="no fact store"):
        query.connect(tmp_path / "missing.db")
    (tmp_path / "notes.db").write_bytes(b"not a database" * 100)
    with pytest.raises(QueryError, match="not a readable fact store"):
        query.connect(tmp_path / "notes.db")
    old = tmp_path / "old.db"
    migrate(sqlite3.connect(old, isolation_level=None), target=1)
    with pytest.raises(QueryError, match="migrate"):
        query.connect(old)


ROWS = [{"name": "Trần Thế Vương", "year": 2020, "note": None}, {"name": "Đào, \"B\"", "year": 2021.0, "note": "x"}]


def test_format_csv() -> None:
    assert list(csv.reader(io.StringIO(query.format_rows(ROWS, "csv")))) == [
        ["name", "year", "note"], ["Trần Thế Vương", "2020", ""], ['Đào, "B"', "2021", "x"],
    ]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_format_json(fmt: str) -> None:
    text = query.format_rows(ROWS, fmt)
    parsed = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]
    assert parsed == ROWS


def test_format_table() -> None:
    text = query.format_rows(ROWS, "table")
    assert "Trần Thế Vương" in text and "name" in text and "2 rows" in text


@pytest.mark.parametrize(("fmt", "expected"), [("csv", "a,b\n"), ("json", "[]\n"), ("jsonl", "")])
def test_format_empty(fmt: str, expected: str) -> None:
    assert query.format_rows([], fmt, columns=["a", "b"]) == expected


def test_format_unknown() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        query.format_rows(ROWS, "xml")
