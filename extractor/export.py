"""Export a fact store as one file per table (CSV, JSON Lines or Parquet) for tools that do not speak SQLite.

Why per table: the store is relational (positions point at officials, recipients at awards), and every
analysis tool joins tables happily; flattening would repeat or lose rows. Column types come from the
schema, so an empty table still exports a typed Parquet file. Rows are streamed in batches and each file
is written under a temporary name and renamed, so a large store never sits in memory and a crash never
leaves a half-written file behind a finished name. The store is opened read-only (:func:`query.connect`).
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from .query import connect
from .store import DATA_TABLES

__all__ = ["EXPORT_FORMATS", "ExportError", "export_store"]

EXPORT_FORMATS = ("csv", "jsonl", "parquet")
_BATCH = 5000


class ExportError(RuntimeError):
    """The export cannot run: an unknown format or table, or pyarrow missing for Parquet."""


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """(name, declared type) of each column, in table order."""
    return [(row[1], str(row[2]).upper()) for row in conn.execute(f"PRAGMA table_info({table})")]


def _batches(conn: sqlite3.Connection, table: str, names: Sequence[str]) -> Iterator[list[tuple[Any, ...]]]:
    columns = ", ".join(f'"{n}"' for n in names)
    cursor = conn.execute(f"SELECT {columns} FROM {table} ORDER BY rowid")  # names come from the schema
    while batch := cursor.fetchmany(_BATCH):
        yield batch


def _write_csv(conn: sqlite3.Connection, table: str, names: list[str], out: Path) -> int:
    rows = 0
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(names)
        for batch in _batches(conn, table, names):
            writer.writerows(batch)
            rows += len(batch)
    return rows


def _write_jsonl(conn: sqlite3.Connection, table: str, names: list[str], out: Path) -> int:
    rows = 0
    with out.open("w", encoding="utf-8") as f:
        for batch in _batches(conn, table, names):
            f.writelines(json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False) + "\n" for row in batch)
            rows += len(batch)
    return rows


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:
        raise ExportError(
            "Parquet export needs pyarrow: pip install pyarrow (or pip install 'vn-news-extractor[export]')"
        ) from exc
    return pyarrow, pyarrow.parquet


def _write_parquet(conn: sqlite3.Connection, table: str, columns: list[tuple[str, str]], out: Path) -> int:
    pa, pq = _pyarrow()
    types = {"INTEGER": pa.int64(), "REAL": pa.float64()}
    schema = pa.schema([(name, types.get(declared, pa.string())) for name, declared in columns])
    names = [name for name, _ in columns]
    rows = 0
    with pq.ParquetWriter(out, schema) as writer:
        for batch in _batches(conn, table, names):
            arrays = [pa.array([row[i] for row in batch], type=schema.field(i).type) for i in range(len(names))]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            rows += len(batch)
        if rows == 0:
            writer.write_table(schema.empty_table())
    return rows


def export_store(db_path: str | Path, out_dir: str | Path, fmt: str, *,
                 tables: Sequence[str] | None = None) -> dict[str, tuple[Path, int]]:
    """Write `<out_dir>/<table>.<fmt>` for each data table; return {table: (path, rows written)}.

    `fmt` is 'csv' (UTF-8, header row, empty cell for null), 'jsonl' (one object per row) or 'parquet'
    (needs pyarrow). `tables` picks a subset of :data:`extractor.store.DATA_TABLES` (default: all).
    """
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: choose one of {', '.join(EXPORT_FORMATS)}")
    chosen = list(DATA_TABLES if tables is None else tables)
    unknown = [t for t in chosen if t not in DATA_TABLES]
    if unknown:
        raise ExportError(f"unknown table(s) {', '.join(unknown)}: choose from {', '.join(DATA_TABLES)}")
    if fmt == "parquet":
        _pyarrow()  # fail before writing anything
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, tuple[Path, int]] = {}
    conn = connect(db_path)
    try:
        for table in chosen:
            columns = _columns(conn, table)
            names = [name for name, _ in columns]
            target = out / f"{table}.{fmt}"
            partial = target.with_name(target.name + ".partial")
            try:
                if fmt == "csv":
                    rows = _write_csv(conn, table, names, partial)
                elif fmt == "jsonl":
                    rows = _write_jsonl(conn, table, names, partial)
                else:
                    rows = _write_parquet(conn, table, columns, partial)
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
            partial.replace(target)
            written[table] = (target, rows)
    finally:
        conn.close()
    return written
