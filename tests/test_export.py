from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest
from store_data import EXPECTED_ROWS, build_store

from extractor.export import EXPORT_FORMATS, ExportError, export_store
from extractor.store import DATA_TABLES


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("export") / "facts.db")


def _read(path: Path, fmt: str) -> list[dict[str, object]]:
    if fmt == "csv":
        with path.open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    pq = pytest.importorskip("pyarrow.parquet")
    return list(pq.read_table(path).to_pylist())


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_one_file_per_table_with_all_rows(db: Path, tmp_path: Path, fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    written = export_store(db, tmp_path / "out", fmt)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f"{t}.{fmt}" for t in DATA_TABLES)
    for table, (path, rows) in written.items():
        assert rows == EXPECTED_ROWS[table]
        assert len(_read(path, fmt)) == EXPECTED_ROWS[table]


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_values_survive(db: Path, tmp_path: Path, fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    path, _ = export_store(db, tmp_path, fmt, tables=["officials"])["officials"]
    names = {str(row["name"]) for row in _read(path, fmt)}
    assert names == {"Trần Thế Vương", "Nguyễn Thị Đào"}


def test_parquet_keeps_column_types_of_empty_tables(db: Path, tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path, rows = export_store(db, tmp_path, "parquet", tables=["errors"])["errors"]
    schema = pq.read_schema(path)
    assert rows == 0 and schema.field("id").type == pa.int64() and schema.field("message").type == pa.string()


def test_parquet_without_pyarrow_says_how_to_install(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(ExportError, match="pip install pyarrow"):
        export_store(db, tmp_path / "out", "parquet")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("fmt", "tables", "message"), [
    ("xml", None, "unknown export format"),
    ("csv", ["officials", "search_names"], "unknown table"),
])
def test_bad_arguments(db: Path, tmp_path: Path, fmt: str, tables: list[str] | None, message: str) -> None:
    with pytest.raises(ExportError, match=message):
        export_store(db, tmp_path, fmt, tables=tables)
