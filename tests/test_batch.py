"""Batch extraction into the store: skips, errors, reruns, process pool and Dask give the same facts."""

from pathlib import Path

import pytest

from extractor.batch import DaskRunner, LocalRunner, run_batch
from extractor.store import FactStore

ARTICLES = {
    "a": "Tin một\nÔng Trần Văn An, Giám đốc Sở Y tế tỉnh Quảng Nam, cho biết có 76 đảng viên.",
    "b": "Tin hai\nĐảng bộ Sở Nội vụ nhận bằng khen của Ban Thường vụ Tỉnh ủy giai đoạn 2016-2020.",
    "c": "Tin ba\nThực hiện Chỉ thị số 05 của Bộ Chính trị, tổ chức cơ sở đảng (TCCSĐ) được củng cố.",
}


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("  ", encoding="utf-8")
    return folder


def facts(db: Path) -> dict[str, int]:
    with FactStore(db) as store:
        return store.table_counts()


def test_batch_stores_every_article_and_records_errors(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "f.sqlite"
    with FactStore(db) as store:
        summary = run_batch([inputs], store, runner=LocalRunner(1))
        assert (summary.done, summary.skipped, summary.failed) == (3, 0, 1)
        assert [e["article_id"] for e in store.errors()] == ["empty"]
        assert store.read_article("a") is not None
    counts = facts(db)
    assert counts["articles"] == 3 and counts["officials"] == 1 and counts["documents"] == 1


def test_rerun_skips_same_content_and_force_redoes(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "f.sqlite"
    with FactStore(db) as store:
        run_batch([inputs], store, runner=LocalRunner(1))
        before = store.table_counts()
        again = run_batch([inputs], store, runner=LocalRunner(1))
        assert (again.done, again.skipped) == (0, 3)
        (inputs / "a.txt").write_text(ARTICLES["a"] + " Thêm 5 người.", encoding="utf-8")
        changed = run_batch([inputs], store, runner=LocalRunner(1))
        assert (changed.done, changed.skipped) == (1, 2)
        forced = run_batch([inputs], store, runner=LocalRunner(1), force=True)
        assert forced.done == 3
        assert store.table_counts()["articles"] == before["articles"]


def test_duplicate_ids_are_reported_not_lost(inputs: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text("Khác\nMột bài khác có 3 người.", encoding="utf-8")
    with FactStore(tmp_path / "f.sqlite") as store:
        summary = run_batch([inputs, other], store, runner=LocalRunner(1))
        assert summary.failed == 2 and any("duplicate" in e["message"] for e in store.errors())


@pytest.mark.slow
def test_process_pool_stores_the_same_facts(inputs: Path, tmp_path: Path) -> None:
    with FactStore(tmp_path / "one.sqlite") as store:
        run_batch([inputs], store, runner=LocalRunner(1))
    with FactStore(tmp_path / "two.sqlite") as store:
        run_batch([inputs], store, runner=LocalRunner(2))
    assert facts(tmp_path / "one.sqlite") == facts(tmp_path / "two.sqlite")


@pytest.mark.slow
def test_dask_local_cluster_stores_the_same_facts(inputs: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    with FactStore(tmp_path / "local.sqlite") as store:
        run_batch([inputs], store, runner=LocalRunner(1))
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp",
                                       host="127.0.0.1", dashboard_address=None)
    with cluster, distributed.Client(cluster) as client, FactStore(tmp_path / "dask.sqlite") as store:
        summary = run_batch([inputs], store, runner=DaskRunner(client))
        assert summary.done == 3
    assert facts(tmp_path / "local.sqlite") == facts(tmp_path / "dask.sqlite")
