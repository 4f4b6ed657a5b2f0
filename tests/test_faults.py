"""Faults: a batch killed with SIGKILL and run again stores every article exactly once with the same facts;
two batches on one store both finish; readers see whole articles while a batch writes."""

import multiprocessing
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import CORPUS

pytestmark = pytest.mark.slow


def _copy_articles(dest: Path, count: int) -> list[Path]:
    dest.mkdir()
    sources = sorted((CORPUS / "gold").rglob("*.txt"))[:count]
    return [Path(shutil.copy(src, dest / src.name)) for src in sources]


def _batch(inputs: Path, db: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "extractor.cli", "batch", str(inputs), "--db", str(db),
                             "--workers", "1", "--quiet", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def _facts(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db) as conn:
        tables = ["articles", "entities", "organizations", "officials", "positions", "counts", "periods",
                  "awards", "abbreviations", "documents"]
        out = {}
        for table in tables:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in ("id", "extracted_at")
                    and not r[1].endswith("_id") or r[1] == "article_id"]
            out[table] = sorted(conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall(), key=repr)
        return out


def test_sigkill_then_rerun_stores_every_article_once(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    files = _copy_articles(inputs, 24)
    reference = tmp_path / "reference.sqlite"
    assert _batch(inputs, reference).wait(timeout=600) == 0

    db = tmp_path / "killed.sqlite"
    proc = _batch(inputs, db)
    deadline = time.time() + 300
    while _stored(db) < 5 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < _stored(db) < len(files), "the kill should land mid-run"
    assert _batch(inputs, db).wait(timeout=600) == 0
    assert _stored(db) == len(files)
    assert _facts(db) == _facts(reference)


def test_two_batches_on_one_store_both_finish(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    files = _copy_articles(first, 10)
    second.mkdir()
    for path in files[5:]:
        path.rename(second / path.name)
    db = tmp_path / "shared.sqlite"
    one, two = _batch(first, db), _batch(second, db)
    assert one.wait(timeout=600) == 0 and two.wait(timeout=600) == 0
    assert _stored(db) == 10


def test_reader_during_a_batch_sees_whole_articles(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    _copy_articles(inputs, 12)
    db = tmp_path / "f.sqlite"
    proc = _batch(inputs, db)
    seen = []
    while proc.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
                    # every stored article has its text indexed for search: both written in one transaction
                    row = conn.execute("SELECT (SELECT count(*) FROM articles), "
                                       "(SELECT count(*) FROM search_articles)").fetchone()
                    seen.append(row)
            except sqlite3.OperationalError:
                pass
        time.sleep(0.02)
    assert proc.returncode == 0
    assert seen and all(articles == indexed for articles, indexed in seen)


def _open_store(path: str, results: "multiprocessing.Queue[str]") -> None:
    from extractor.store import FactStore

    try:
        with FactStore(path):
            results.put("ok")
    except Exception as exc:  # reported to the parent, which asserts on it
        results.put(f"{type(exc).__name__}: {exc}")


def test_two_processes_creating_one_store_both_succeed(tmp_path: Path) -> None:
    """Regression: SQLite answers "database is locked" at once when two connections race to make a new file
    WAL; the second `extractor batch` on a fresh store used to exit 2."""
    context = multiprocessing.get_context("fork")
    for attempt in range(15):
        results: multiprocessing.Queue[str] = context.Queue()
        db = str(tmp_path / f"race{attempt}.sqlite")
        workers = [context.Process(target=_open_store, args=(db, results)) for _ in range(3)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=60)
        assert [results.get(timeout=10) for _ in workers] == ["ok"] * 3
