"""Browse a fact store in Datasette: described tables and columns, facets, and canned queries.

Researchers who would rather click than type get the store as web pages: every table and column explained,
facets on organisation, title, award and year, and ready queries for the questions people ask first. The
store is opened immutable (read-only), so browsing can never change it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

TABLES: dict[str, dict[str, Any]] = {
    "articles": {
        "description": "One row per article: its text (NFC) and where it came from.",
        "columns": {"id": "Article id (file stem, or the JSON Lines `id`)", "title": "First line of the article",
                    "source": "Outlet named in a dateline, e.g. QBĐT", "path": "File (and line) it was read from",
                    "content_hash": "sha256 of the text; a rerun skips articles whose hash is stored",
                    "text": "The canonical text: every offset in the store indexes it",
                    "words": "Whitespace-separated words", "extracted_at": "When it was extracted (UTC)"},
        "facets": ["source"],
    },
    "entities": {
        "description": "Every PER / ORG / LOC mention, with character offsets into articles.text.",
        "columns": {"label": "PER person, ORG organisation, LOC place", "text": "The mention as written",
                    "text_key": "Lower case, no diacritics (for matching)", "start": "Start offset",
                    "end": "End offset (exclusive)"},
        "facets": ["label"],
    },
    "organizations": {
        "description": "Each organisation an article names, once, under its fullest name in that article.",
        "columns": {"name": "Fullest name in the article", "mentions": "JSON list of [start, end] offsets"},
        "facets": ["name"],
    },
    "organization_aliases": {
        "description": "Short forms that refer back to an organisation (\"Đảng bộ sở\", \"UBND tỉnh\", \"EVN\").",
        "columns": {"alias": "The short form as written"},
    },
    "officials": {
        "description": "Named persons the article gives a position.",
        "columns": {"name": "The person's name, without honorifics or titles"},
    },
    "positions": {
        "description": "Each position of an official: title + the body it is held in.",
        "columns": {"title": "The role with its modifiers, as written (Phó Bí thư, nguyên Bộ trưởng)",
                    "organization": "The body, fullest name in the article, or empty"},
        "facets": ["title", "organization"],
    },
    "counts": {
        "description": "Numbers that count or measure a named thing (76 đảng viên, trên 98% đảng viên).",
        "columns": {"value": "The number (low end of a range)", "value_max": "High end of a range",
                    "unit": "What is counted", "percent": "1 for a percentage",
                    "qualifier": "trên, hơn, gần, khoảng, ...", "text": "The phrase as written"},
        "facets": ["unit", "percent", "qualifier"],
    },
    "periods": {
        "description": "Spans of years (giai đoạn 2016-2020, từ năm 2015 đến nay).",
        "columns": {"start_year": "First year, empty when open", "end_year": "Last year, empty when open"},
        "facets": ["start_year", "end_year"],
    },
    "awards": {
        "description": "Honours given: kind, grantor, reason and the period they are for.",
        "columns": {"award": "Kind of honour, lower case", "grantor": "Who gives it",
                    "reason": "The vì/do phrase", "start_year": "Start of the period it is for",
                    "end_year": "End of the period it is for"},
        "facets": ["award", "grantor", "start_year"],
    },
    "award_recipients": {"description": "Who received each award.", "columns": {"recipient": "Name"}},
    "abbreviations": {"description": "Abbreviations the article defines.",
                      "columns": {"short": "As written", "long": "Its expansion as written"}},
    "documents": {
        "description": "Legal, state and Party documents cited by number or name.",
        "columns": {"kind": "Chỉ thị, Nghị quyết, Quyết định, ...", "number": "As written, without 'số'",
                    "name": "Name or subject when there is no number", "issuer": "Who issued it"},
        "facets": ["kind", "issuer"],
    },
    "errors": {"description": "Articles that could not be read or extracted, and why.", "facets": []},
}

# Columns many tables share, described once.
COMMON_COLUMNS = {
    "id": "Row id", "article_id": "The article (articles.id) the record comes from",
    "official_id": "The official (officials.id) holding the position",
    "organization_id": "The organisation (organizations.id) the alias refers to",
    "award_id": "The award (awards.id) received", "start": "Start offset into articles.text",
    "end": "End offset into articles.text (exclusive)", "text": "The phrase as written in the article",
    "mentions": "JSON list of [start, end] offsets of its mentions", "path": "File (and line) it was read from",
    "message": "Why it failed", "at": "When it failed (UTC)",
}
KEY_COLUMN = "The value folded to lower case without diacritics, for matching (\"tran the vuong\")"

QUERIES: dict[str, dict[str, str]] = {
    "top_organizations": {
        "title": "Which organisations appear most",
        "sql": "SELECT name, count(DISTINCT article_id) AS articles FROM organizations "
               "GROUP BY name ORDER BY articles DESC LIMIT 100",
    },
    "officials_by_organization": {
        "title": "Officials and their titles per organisation",
        "sql": "SELECT p.organization, p.title, o.name, o.article_id FROM positions p "
               "JOIN officials o ON o.id = p.official_id WHERE p.organization_key LIKE '%' || :organization || '%' "
               "ORDER BY p.organization, p.title",
    },
    "awards_per_grantor_and_year": {
        "title": "Awards per grantor and year",
        "sql": "SELECT grantor, coalesce(end_year, start_year) AS year, award, count(*) AS awards FROM awards "
               "GROUP BY grantor, year, award ORDER BY awards DESC",
    },
    "counts_by_unit": {
        "title": "Distribution of counts by unit",
        "sql": "SELECT unit, count(*) AS counts, min(value) AS smallest, max(value) AS largest FROM counts "
               "GROUP BY unit ORDER BY counts DESC LIMIT 200",
    },
    "periods_timeline": {
        "title": "Timeline of periods",
        "sql": "SELECT start_year, end_year, count(*) AS mentions FROM periods "
               "GROUP BY start_year, end_year ORDER BY coalesce(start_year, end_year)",
    },
}


def _describe_columns(db_path: str | Path, table: str, own: dict[str, str]) -> dict[str, str]:
    """Every column of ``table`` described: its own text, else the shared one, else the key-column text."""
    import sqlite3

    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        names = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    return {c: own.get(c) or COMMON_COLUMNS.get(c) or (KEY_COLUMN if c.endswith("_key") else c.replace("_", " "))
            for c in names}


def metadata(db_path: str | Path) -> dict[str, Any]:
    """Datasette metadata for a store: titles, descriptions, facets and canned queries."""
    name = Path(db_path).stem
    return {
        "title": "Vietnamese press facts",
        "description": "Facts extracted from Vietnamese press articles by vn-news-extractor "
                       "(see ../shared/SPEC.md for what each record means).",
        "databases": {name: {
            "tables": {table: {"description": spec["description"], "facets": spec.get("facets", []),
                               "columns": _describe_columns(db_path, table, spec.get("columns", {}))}
                       for table, spec in TABLES.items()},
            "queries": QUERIES,
        }},
    }


def make_datasette(db_path: str | Path) -> Any:
    """A Datasette instance over the store, opened immutable (read-only)."""
    from datasette.app import Datasette

    return Datasette(immutables=[str(db_path)], metadata=metadata(db_path), settings={"default_facet_size": 15})


def serve(db_path: str | Path, *, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve the store over HTTP until interrupted."""
    import uvicorn

    uvicorn.run(make_datasette(db_path).app(), host=host, port=port, log_level="warning")
