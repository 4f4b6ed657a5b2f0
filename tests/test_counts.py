"""Counts: numbers that count a named noun, with qualifiers, percentages, ranges and number words."""

import pytest

from conftest import run
from extractor.components.counts import parse_number


def counts(text: str) -> list[tuple[float, float | None, str, bool, str | None]]:
    return [(c.value, c.value_max, c.unit, c.percent, c.qualifier) for c in run(text).counts]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Đảng bộ Sở Nội vụ có 76 đảng viên, sinh hoạt ở 4 chi bộ trực thuộc.",
     [(76, None, "đảng viên", False, None), (4, None, "chi bộ", False, None)]),
    ("hàng năm có trên 98% đảng viên xếp loại hoàn thành tốt",
     [(98, None, "đảng viên", True, "trên")]),
    ("Tổng thiệt hại ước tính hơn 22 tỷ đồng.", [(22, None, "tỷ đồng", False, "hơn")]),
    ("Gia đình được hỗ trợ khoảng 2,5 triệu đồng.", [(2.5, None, "triệu đồng", False, "khoảng")]),
    ("Có gần 1.200 hộ dân bị ảnh hưởng.", [(1200, None, "hộ dân", False, "gần")]),
    ("Chi bộ có bảy mươi sáu đảng viên.", [(76, None, "đảng viên", False, None)]),
    ("Mỗi lớp học từ 2-3 năm tùy ngành.", [(2, 3, "năm", False, None)]),
    ("Ông đã có hơn 40 năm tuổi đảng.", [(40, None, "năm", False, "hơn")]),
    ("Căn phòng rộng 15m2.", [(15, None, "m2", False, None)]),
    ("Kinh tế tăng 7,9% so với cùng kỳ.", [(7.9, None, "Kinh tế tăng", True, None)]),
    ("tỉ lệ khám phá án tăng 6,2% so với nghị quyết", [(6.2, None, "tỉ lệ khám phá án tăng", True, None)]),
    ("chưa đạt chỉ tiêu đề ra (90% trở lên).", [(90, None, "chưa đạt chỉ tiêu đề ra", True, "trở lên")]),
    ("Hai năm sau, cậu bé 10 tuổi được cấp đất.", [(2, None, "năm", False, None), (10, None, "tuổi", False, None)]),
    ("vỉa hè có mặt cắt ngang từ 2,5 – 3,5m", [(2.5, 3.5, "m", False, None)]),
])
def test_counts(sentence: str, expected: list[tuple[float, float | None, str, bool, str | None]]) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Thực hiện Chỉ thị số 05 của Bộ Chính trị.",
    "Năm 2017 là năm bản lề.",
    "Chương trình bồi dưỡng đối tượng 3 đã hoàn thành.",
    "Đại hội khóa XII, lần thứ 2 đã bế mạc.",
    "Vào lúc 11h30 ngày 29/4, xe tải lưu thông.",
    "Hai bên đã ký kết thỏa thuận.",
    "Một người đàn ông đi qua.",
    "Hàng chục người dân tập trung.",
    "Gọi số 0912345678 để được hỗ trợ.",
    "Thu phí từ 5 giờ đến trước 21 giờ hằng ngày.",
    "xuất phát hồi 20 giờ 30 ngày 21/4",
    "mức phạt của Nghị định 159 còn khá nhẹ",
    "ngõ 83 đường Dục Nội được phong tỏa",
])
def test_not_counts(sentence: str) -> None:
    assert counts(sentence) == []


def test_same_count_stated_twice_is_one() -> None:
    assert len(counts("Có 76 đảng viên. Trong số 76 đảng viên đó, nhiều người trẻ.")) == 1


@pytest.mark.parametrize(("raw", "value"), [
    ("1.200", 1200), ("2,5", 2.5), ("bảy mươi sáu", 76), ("mười lăm", 15), ("hai trăm", 200),
    ("ba nghìn", 3000), ("một trăm linh năm", 105),
])
def test_parse_number(raw: str, value: float) -> None:
    assert parse_number(raw) == value
