import pytest

from extractor.sentences import sentence_spans


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Câu một. Câu hai.", ["Câu một.", "Câu hai."]),
    ("Dòng một\nDòng hai", ["Dòng một", "Dòng hai"]),
    ("Có thật không? Có! Vậy thì…  Tốt lắm", ["Có thật không?", "Có!", "Vậy thì…", "Tốt lắm"]),
    # closing quotes and brackets stay with the sentence they end
    ("Ông nói: “Phải làm ngay.” Bà đồng ý.", ["Ông nói: “Phải làm ngay.”", "Bà đồng ý."]),
    ("Hội nghị kết thúc (theo lịch.) Sau đó về.", ["Hội nghị kết thúc (theo lịch.)", "Sau đó về."]),
    # abbreviations and initials take a full stop without ending the sentence
    ("Đoàn về TP. Huế và gặp ThS. Lê Văn An.", ["Đoàn về TP. Huế và gặp ThS. Lê Văn An."]),
    ("Tác giả Nguyễn T. Hà viết. Xong.", ["Tác giả Nguyễn T. Hà viết.", "Xong."]),
    # no split inside numbers or dotted abbreviations, nor before a lower-case word
    ("Tổng cộng 1.500.000 đồng tại TP.HCM. Hết.", ["Tổng cộng 1.500.000 đồng tại TP.HCM.", "Hết."]),
    ("Các loại rau, quả v.v. được bày bán.", ["Các loại rau, quả v.v. được bày bán."]),
    ("Năm 2020. Năm 2021.", ["Năm 2020.", "Năm 2021."]),
    ("   ", []),
    ("", []),
])
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize("text", [
    "  Một câu.   Hai câu!\n\n\tBa câu?  \n",
    "Không dấu chấm cuối câu",
    "…. ?! ..",
])
def test_spans_are_stripped_offsets_in_order(text: str) -> None:
    spans = sentence_spans(text)
    assert spans == sorted(spans)
    for start, end in spans:
        piece = text[start:end]
        assert piece == piece.strip() and piece


def test_long_line_of_many_sentences_is_split_in_linear_time() -> None:
    # regression: the word before each full stop was searched from the start of the line (quadratic)
    text = "Xong việc. " * 20_000
    assert len(sentence_spans(text)) == 20_000


@pytest.mark.parametrize(("text", "expected"), [
    ("Hải Phòng có thêm 2 Phó Chủ tịch Sáng 13-7, HĐND thành phố họp.",
     ["Hải Phòng có thêm 2 Phó Chủ tịch", "Sáng 13-7, HĐND thành phố họp."]),
    ("Khánh thành cầu mới (ảnh) Chiều qua 5/9, tỉnh tổ chức lễ.",
     ["Khánh thành cầu mới (ảnh)", "Chiều qua 5/9, tỉnh tổ chức lễ."]),
    # a capitalised given name "Sáng" or a date inside a sentence stays
    ("Ông Nguyễn Văn Sáng, 45 tuổi, đến ngày 13-7 vẫn chưa về.",
     ["Ông Nguyễn Văn Sáng, 45 tuổi, đến ngày 13-7 vẫn chưa về."]),
])
def test_a_headline_run_into_the_body_is_its_own_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
