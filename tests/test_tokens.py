import pytest
from spacy.vocab import Vocab

from extractor.tokens import make_doc

TEXTS = [
    "Đảng bộ Sở Nội vụ: Chú trọng xây dựng \u00a0\n\n (QBĐT) - Thực hiện các chỉ thị.",
    "Ông Trần Thế Vương, Bí thư Đảng ủy, Giám đốc Sở Nội vụ cho biết.  Hai câu.\n\nBa câu!",
    "  leading spaces and trailing  ",
    "TP.HCM có 12,5% dân số; 1.200 người… “ngoặc kép”",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_doc_text_is_canonical_text(text: str) -> None:
    doc = make_doc(text, Vocab())
    assert doc.text == text
    for token in doc:
        assert text[token.idx:token.idx + len(token.text)] == token.text


def test_words_are_segmented_on_old_tone_view() -> None:
    doc = make_doc("Ngay từ đầu nhiệm kỳ, Đảng ủy sở đã quan tâm.", Vocab())
    assert "Đảng ủy" in [t.text for t in doc]


def test_sentences_split_on_lines() -> None:
    doc = make_doc("Câu một.\nCâu hai. Câu ba.", Vocab())
    assert len(list(doc.sents)) == 3
