import codecs
import json
from pathlib import Path

from extractor.reading import Article, ReadError, read_articles


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_text_file_id_is_stem_and_title_first_line(tmp_path: Path) -> None:
    p = _write(tmp_path / "a1.txt", "\n Tiêu đề \nNội dung.".encode())
    [article] = list(read_articles([p]))
    assert isinstance(article, Article)
    assert (article.id, article.title) == ("a1", "Tiêu đề")


def test_utf8_bom_and_utf16_are_decoded(tmp_path: Path) -> None:
    a = _write(tmp_path / "bom.txt", codecs.BOM_UTF8 + "Đảng bộ".encode())
    b = _write(tmp_path / "u16.txt", "Đảng bộ".encode("utf-16"))
    texts = [x.text for x in read_articles([a, b]) if isinstance(x, Article)]
    assert texts == ["Đảng bộ", "Đảng bộ"]


def test_nfd_input_is_normalised(tmp_path: Path) -> None:
    import unicodedata

    p = _write(tmp_path / "nfd.txt", unicodedata.normalize("NFD", "Ủy ban").encode())
    [article] = list(read_articles([p]))
    assert isinstance(article, Article) and article.text == "Ủy ban"


def test_jsonl_lines_and_their_errors(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "x", "text": "Một bài"}, ensure_ascii=False), "{broken", json.dumps({"id": "y"}),
             json.dumps({"id": "z", "title": "T", "text": "Thân bài"}, ensure_ascii=False)]
    p = _write(tmp_path / "b.jsonl", "\n".join(lines).encode())
    items = list(read_articles([p]))
    assert [type(i).__name__ for i in items] == ["Article", "ReadError", "ReadError", "Article"]
    assert isinstance(items[1], ReadError) and items[1].where.endswith("b.jsonl:2")
    assert isinstance(items[3], Article) and items[3].text == "T\nThân bài" and items[3].title == "T"


def test_directory_is_recursive_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub" / "b.txt", b"B")
    _write(tmp_path / "a.txt", b"A")
    _write(tmp_path / "skip.csv", b"x")
    assert [a.id for a in read_articles([tmp_path])] == ["a", "b"]


def test_bad_inputs_become_errors(tmp_path: Path) -> None:
    empty = _write(tmp_path / "empty.txt", b"  \n ")
    binary = _write(tmp_path / "bin.txt", b"\x00\x01\x02abc")
    latin = _write(tmp_path / "latin.txt", "Hà Nội".encode("cp1258", errors="replace") + b"\xff")
    items = list(read_articles([empty, binary, latin, tmp_path / "missing.txt"]))
    assert all(isinstance(i, ReadError) for i in items)
    assert [i.id for i in items] == ["empty", "bin", "latin", "missing"]


def test_oversized_file_is_refused_with_its_size(tmp_path: Path) -> None:
    from extractor.reading import MAX_ARTICLE_BYTES

    big = tmp_path / "dump.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES * 10)  # 50 MB, sparse
    [error] = list(read_articles([big]))
    assert isinstance(error, ReadError) and "50.0 MB" in error.message


def test_text_in_another_language_is_refused() -> None:
    from extractor.reading import InputError, article_from_text

    english = "The quick brown fox jumps over the lazy dog. " * 10
    try:
        article_from_text("en", "Title\n" + english)
    except InputError as exc:
        assert "Vietnamese" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("English text should be refused")


def test_jsonl_bad_utf8_line_and_path_fields_are_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Bí mật\nKhông được đọc tệp này.", encoding="utf-8")
    good = json.dumps({"id": "x", "text": "Một bài có 5 người.", "path": str(secret), "file": str(secret)},
                      ensure_ascii=False).encode()
    p = _write(tmp_path / "c.jsonl", good + b"\n" + b'{"id": "y", "text": "\xff\xfe"}\n')
    items = list(read_articles([p]))
    assert isinstance(items[0], Article) and "Bí mật" not in items[0].text
    assert isinstance(items[1], ReadError) and items[1].where.endswith("c.jsonl:2")


def test_unreadable_file_is_an_error(tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        import pytest

        pytest.skip("root reads files whatever their permissions")
    p = _write(tmp_path / "locked.txt", "Tiêu đề\nNội dung.".encode())
    p.chmod(0)
    [error] = list(read_articles([p]))
    assert isinstance(error, ReadError) and "ermission" in error.message


def test_a_megabyte_line_is_cut_into_bounded_sentences() -> None:
    from spacy.vocab import Vocab

    from extractor.tokens import MAX_SENTENCE_CHARS, make_doc

    text = " ".join(["Ông Trần Văn An là Giám đốc Sở Y tế"] * 600)
    doc = make_doc(text, Vocab())
    assert doc.text == text
    assert max(len(s.text) for s in doc.sents) <= MAX_SENTENCE_CHARS
