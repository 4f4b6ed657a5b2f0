"""The segmenter must tag exactly as underthesea's own featurizer and tagger do on the same syllables."""

from pathlib import Path

import pytest

from extractor.crfsuite import ModelFormatError, read_model
from extractor.segmenter import WordSegmenter, load_segmenter, syllable_spans

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "corpus" / "sample").glob("*.txt")) + sorted((ROOT / "corpus" / "seed").glob("*.txt"))


def _lines() -> list[str]:
    return [line for path in ARTICLES for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_tags_match_underthesea_on_sample_articles() -> None:
    from underthesea.pipeline.word_tokenize import word_tokenize
    from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

    word_tokenize("khởi động")  # loads underthesea's model
    import underthesea.pipeline.word_tokenize as reference

    segmenter = load_segmenter()
    lines = _lines()
    assert len(lines) > 50
    for line in lines:
        syllables = tokenize(line, use_token_normalize=False)
        expected = [tag == "B-W" for tag in reference.word_tokenize_model.predict([[s] for s in syllables])]
        assert segmenter.tags(syllables) == expected, line


@pytest.mark.parametrize(("text", "unit"), [
    ("Người dân TP.HCM đi bầu", "TP.HCM"),
    ("Tổng số 1.500.000 đồng", "1.500.000"),
    ("tăng 12,5% so với", "12,5"),
    ("Ngày 12/3/2020, tại", "12/3/2020"),
    ("đồng bào H'Mông ở", "H'Mông"),
    ("xem https://baoquangbinh.vn/tin-tuc.html.", "https://baoquangbinh.vn/tin-tuc.html"),
    ("thư gửi toasoan@baoquangbinh.vn", "toasoan@baoquangbinh.vn"),
    ("Huyện ủy Bố Trạch-Quảng Bình", "Trạch-Quảng"),
    ("Bộ NN&amp;PTNT cho biết", "&amp;"),  # archived text keeps the HTML entity of "&"
])
def test_syllables_keep_units_whole(text: str, unit: str) -> None:
    assert unit in [text[s:e] for s, e in syllable_spans(text, 0, len(text))]


@pytest.mark.parametrize("text", [
    "Đảng bộ Sở Nội vụ tổ chức Hội nghị Ban Thường vụ.",
    "  “Ông Hoàng Văn Hà (Phó Chủ tịch UBND tỉnh) phát biểu…”  ",
    "Ngày 5-9, Thường trực HĐND huyện họp; 76 đảng viên dự.",
])
def test_word_spans_cover_the_syllables_in_order(text: str) -> None:
    segmenter = load_segmenter()
    words = segmenter.word_spans(text, 0, len(text))
    syllables = syllable_spans(text, 0, len(text))
    assert words[0][0] == syllables[0][0] and words[-1][1] == syllables[-1][1]
    assert all(a[1] <= b[0] for a, b in zip(words, words[1:], strict=False))
    assert {s for s, _ in words} <= {s for s, _ in syllables}


def test_joins_compound_words() -> None:
    text = "Đảng bộ Sở Nội vụ tổ chức hội nghị."
    words = [text[s:e] for s, e in load_segmenter().word_spans(text, 0, len(text))]
    assert "Nội vụ" in words and "hội nghị" in words


@pytest.mark.parametrize("blob", [b"", b"not a model at all, just some bytes" * 3, b"lCRF" + b"\0" * 60])
def test_unreadable_model_is_a_clear_error(tmp_path: Path, blob: bytes) -> None:
    path = tmp_path / "models.bin"
    path.write_bytes(blob)
    with pytest.raises(ModelFormatError):
        read_model(path)


def _fresh_load(monkeypatch: pytest.MonkeyPatch, cache: Path) -> WordSegmenter:
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(cache))
    load_segmenter.cache_clear()
    try:
        return load_segmenter()
    finally:
        load_segmenter.cache_clear()


SENTENCE = ["Đảng", "bộ", "Sở", "Nội", "vụ", "tổ", "chức", "hội", "nghị", "."]


def test_cached_tables_tag_like_fresh_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = _fresh_load(monkeypatch, tmp_path)
    assert len(list(tmp_path.glob("segmenter-*.pickle"))) == 1
    reloaded = _fresh_load(monkeypatch, tmp_path)
    assert reloaded is not built and reloaded.tags(SENTENCE) == built.tags(SENTENCE)
    assert not list(tmp_path.glob(".partial-*"))


def test_broken_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fresh_load(monkeypatch, tmp_path)
    (cached,) = tmp_path.glob("segmenter-*.pickle")
    cached.write_bytes(b"\x80\x05 truncated")
    assert _fresh_load(monkeypatch, tmp_path).tags(SENTENCE)[:3] == [True, False, True]


def test_unwritable_cache_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    assert _fresh_load(monkeypatch, blocker / "cache").tags(SENTENCE)[:3] == [True, False, True]


@pytest.mark.parametrize(("text", "word"), [
    ("Phát biểu tại hội nghị, Bí thư Thăng yêu cầu các ngành vào cuộc.", "Thăng"),
    ("Trước đó, Chủ tịch Quân đã ký quyết định.", "Quân"),
    # nor a number: the model glues a date to the name after it
    ("Dự kiến tháng 9-2006 TP.HCM sẽ thực hiện thí điểm.", "TP.HCM"),
    ("Có 48/54 HS đỗ tốt nghiệp.", "HS"),
])
def test_a_capitalised_syllable_never_continues_a_lower_case_word(text: str, word: str) -> None:
    words = [text[s:e] for s, e in load_segmenter().word_spans(text, 0, len(text))]
    assert word in words


def test_remembered_syllable_weights_never_change_the_tags(monkeypatch: pytest.MonkeyPatch) -> None:
    """The segmenter remembers what each syllable weighs; an empty, a warm and a just-emptied memory tag alike."""
    import extractor.segmenter as module

    segmenter = load_segmenter()
    sentences = [line.split() for line in _lines()[:40]]
    segmenter._syllable_rows.clear()
    cold = [segmenter.tags(s) for s in sentences]
    warm = [segmenter.tags(s) for s in sentences]
    monkeypatch.setattr(module, "_MEMO_LIMIT", 5)
    emptied = [segmenter.tags(s) for s in sentences]
    assert cold == warm == emptied
    assert len(segmenter._syllable_rows) <= 5 + max(map(len, sentences))
