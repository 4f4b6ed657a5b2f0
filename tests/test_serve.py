"""Browsing the store: Datasette's own test client over a tiny store."""

import asyncio
from pathlib import Path

import pytest

datasette = pytest.importorskip("datasette")


@pytest.fixture()
def store_path(tmp_path: Path) -> Path:
    from store_data import build_store

    return build_store(tmp_path / "facts.sqlite")


def _get(db: Path, path: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    from extractor.serve import make_datasette

    async def fetch() -> tuple[int, dict]:  # type: ignore[type-arg]
        response = await make_datasette(db).client.get(path)
        return response.status_code, response.json()

    return asyncio.run(fetch())


def test_tables_are_described_and_faceted(store_path: Path) -> None:
    status, data = _get(store_path, "/facts/positions.json?_shape=objects&_extra=facet_results")
    assert status == 200
    assert "Bí thư" in {row["title"] for row in data["rows"]}
    facets = data.get("facet_results", {})
    assert "title" in facets.get("results", facets)


def test_canned_queries_answer(store_path: Path) -> None:
    status, data = _get(store_path, "/facts/top_organizations.json?_shape=objects")
    assert status == 200 and data["rows"] and "name" in data["rows"][0]


def test_store_is_read_only_when_browsed(store_path: Path) -> None:
    status, _ = _get(store_path, "/facts.json?sql=DELETE+FROM+articles")
    assert status >= 400


def test_every_column_of_every_table_is_described(store_path: Path) -> None:
    from extractor.serve import TABLES, metadata

    tables = metadata(store_path)["databases"]["facts"]["tables"]
    assert set(tables) == set(TABLES)
    assert all(spec["description"] and all(spec["columns"].values()) for spec in tables.values())
    assert "article_id" in tables["positions"]["columns"]
