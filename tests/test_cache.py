"""The on-disk cache of derived tables: built once, read back, rebuilt when broken, harmless when unwritable."""

from pathlib import Path

import pytest

from extractor import cache, lexicon


def test_built_once_then_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path))
    source = tmp_path / "source.txt"
    source.write_text("a")
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"x": 1}

    path = cache.entry_path("table", 1, [source])
    assert cache.cached(path, dict, build) == {"x": 1}
    assert cache.cached(path, dict, build) == {"x": 1}
    assert len(calls) == 1


def test_a_changed_source_replaces_the_old_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "source.txt"
    source.write_text("a")
    cache.cached(cache.entry_path("table", 1, [source]), list, lambda: [1])
    source.write_text("ab")
    assert cache.cached(cache.entry_path("table", 1, [source]), list, lambda: [2]) == [2]
    assert len(list((tmp_path / "cache").glob("table-*.pickle"))) == 1


@pytest.mark.parametrize("content", [b"", b"\x80\x05 truncated", b"not a pickle"])
def test_a_broken_entry_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes) -> None:
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path))
    path = cache.entry_path("table", 1, [])
    path.write_bytes(content)
    assert cache.cached(path, list, lambda: [3]) == [3]


def test_an_unwritable_cache_still_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(blocker / "cache"))
    assert cache.cached(cache.entry_path("table", 1, []), list, lambda: [4]) == [4]


def test_cached_gazetteer_equals_a_fresh_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path))
    lexicon.gazetteer.cache_clear()
    try:
        first = lexicon.gazetteer()  # built and stored
        lexicon.gazetteer.cache_clear()
        second = lexicon.gazetteer()  # read back
    finally:
        lexicon.gazetteer.cache_clear()
    assert list(tmp_path.glob("gazetteer-*.pickle"))
    assert second == first == lexicon._build_gazetteer()
