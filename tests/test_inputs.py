"""Messy archives: the same article in every encoding, NFD, old tone placement or HTML gives the same records."""

import unicodedata
from pathlib import Path

import pytest

from conftest import CORPUS
from extractor.canonical import old_tone_view
from extractor.encodings import encode_legacy
from extractor.evaluate import SCORED_TYPES, evaluate
from extractor.runner import Failure, run

SEED = CORPUS / "seed" / "000_67d6dfd70fd0a3c3.txt"


def _records(path: Path, encoding: str | None = None) -> dict:  # type: ignore[type-arg]
    [result] = list(run([path], encoding=encoding))
    assert not isinstance(result, Failure), result
    return result.model_dump(mode="json")


@pytest.fixture(scope="module")
def reference() -> dict:  # type: ignore[type-arg]
    return _records(SEED)


def _same_facts(reference: dict, got: dict) -> None:  # type: ignore[type-arg]
    report = evaluate({"a": reference}, {"a": got})
    bad = {t: (s.fp, s.fn) for t, s in report.scores.items() if t in SCORED_TYPES and (s.fp or s.fn)}
    assert not bad, bad


VARIANTS = {
    "utf-8-bom": lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
    "utf-16": lambda text: text.encode("utf-16"),
    "utf-16-be": lambda text: b"\xfe\xff" + text.encode("utf-16-be"),
    "nfd": lambda text: unicodedata.normalize("NFD", text).encode("utf-8"),
    "old-tones": lambda text: old_tone_view(text).encode("utf-8"),
    "cp1258": lambda text: encode_legacy(text.replace("\u00a0", " "), "cp1258"),
    "tcvn3": lambda text: encode_legacy(text.replace("\u00a0", " "), "tcvn3"),
    "vni": lambda text: encode_legacy(text.replace("\u00a0", " "), "vni"),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_every_encoding_gives_the_same_records(variant: str, reference: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    text = SEED.read_text(encoding="utf-8").replace("…", "...")
    path = tmp_path / SEED.name
    path.write_bytes(VARIANTS[variant](text))
    _same_facts(reference, _records(path))


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "cp1258"])
def test_forced_encoding(encoding: str, reference: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    text = SEED.read_text(encoding="utf-8").replace("…", "...").replace("\u00a0", " ")
    path = tmp_path / SEED.name
    path.write_bytes(encode_legacy(text, encoding))
    _same_facts(reference, _records(path, encoding))


def test_html_page_gives_the_article_records(reference: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    body = "".join(f"<p>{line}</p>" for line in lines[1:])
    page = (f"<html><head><title>{lines[0]}</title><script>var x = 'Bộ Quốc phòng';</script></head><body>"
            f"<nav><a href='/'>Trang chủ</a> | <a>Thời sự</a></nav><article><h1>{lines[0]}</h1>{body}</article>"
            f"<footer>Báo Quảng Bình điện tử</footer></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    got = _records(path)
    assert got["id"] == "page" and got["title"] == lines[0]
    _same_facts(reference, got)
