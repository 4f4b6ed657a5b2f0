"""Officials: a person, every title they hold, and the body of each."""

import pytest

from conftest import run


def positions(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {o.name: [(p.title, p.organization) for p in o.positions] for o in run(text).officials}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ông Trần Thế Vương, Bí thư Đảng ủy, Giám đốc Sở Nội vụ cho biết.",
     {"Trần Thế Vương": [("Bí thư", "Đảng ủy Sở Nội vụ"), ("Giám đốc", "Sở Nội vụ")]}),
    ("Ông Nguyễn Thiện Nhân, Phó Chủ tịch Thường trực UBND TPHCM, đề nghị.",
     {"Nguyễn Thiện Nhân": [("Phó Chủ tịch Thường trực", "UBND TPHCM")]}),
    ("Tổng Bí thư Nguyễn Phú Trọng thăm và làm việc tại Bắc Kạn.",
     {"Nguyễn Phú Trọng": [("Tổng Bí thư", None)]}),
    ("Chủ tịch nước Trần Đại Quang và Phu nhân thăm Ấn Độ.", {"Trần Đại Quang": [("Chủ tịch nước", None)]}),
    ("Bộ trưởng Ngoại giao Phạm Bình Minh tiếp Đại sứ.", {"Phạm Bình Minh": [("Bộ trưởng", "Bộ Ngoại giao")]}),
    ("Ông Nguyễn Văn Lạng, Chủ tịch UBND tỉnh Đăk Lăk cho biết.",
     {"Nguyễn Văn Lạng": [("Chủ tịch", "UBND tỉnh Đăk Lăk")]}),
    ("Tổng thống Mỹ Donald Trump phát biểu.", {"Donald Trump": [("Tổng thống", "Mỹ")]}),
    ("Ông Trần Văn A, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Quảng Nam phát biểu.",
     {"Trần Văn A": [("Ủy viên", "Ban Thường vụ Tỉnh ủy"), ("Phó Chủ tịch", "UBND tỉnh Quảng Nam")]}),
    ("Tham dự có các đồng chí: Phạm Minh Chính, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương; "
     "Nguyễn Văn Nên, Ủy viên Trung ương Đảng, Chánh Văn phòng Trung ương Đảng.",
     {"Phạm Minh Chính": [("Ủy viên", "Bộ Chính trị"), ("Trưởng Ban", "Ban Tổ chức")],
      "Nguyễn Văn Nên": [("Ủy viên", "Trung ương Đảng"), ("Chánh Văn phòng", "Trung ương Đảng")]}),
    ("Thủ tướng Nguyễn Xuân Phúc tiếp Bộ trưởng Quốc phòng Sylvie Goulard.",
     {"Nguyễn Xuân Phúc": [("Thủ tướng", None)], "Sylvie Goulard": [("Bộ trưởng", "Bộ Quốc phòng")]}),
    ("Ông Huỳnh Văn Be được bầu làm Bí thư Tỉnh ủy.", {"Huỳnh Văn Be": [("Bí thư", "Tỉnh ủy")]}),
    ("Ông Trịnh Tuấn Thành, Chủ tịch UBND Thị xã Bỉm Sơn đồng thời là Chủ tịch Ủy ban bầu cử thị xã Bỉm Sơn cho biết.",
     {"Trịnh Tuấn Thành": [("Chủ tịch", "UBND Thị xã Bỉm Sơn"), ("Chủ tịch", "Ủy ban bầu cử thị xã Bỉm Sơn")]}),
    ("Ông Nguyễn Văn Sơn - Chủ tịch TP Hội An thông tin.", {"Nguyễn Văn Sơn": [("Chủ tịch", "TP Hội An")]}),
    ("Vua Đan Mạch Kristian II đã cai trị.", {"Kristian II": [("Vua", "Đan Mạch")]}),
    ("Hội nghị quyết định cho thôi giữ chức Ủy viên Bộ Chính trị khóa XII đối với ông Đinh La Thăng.",
     {"Đinh La Thăng": [("Ủy viên", "Bộ Chính trị")]}),
    # a term after a post ("khóa XI, XII", "nhiệm kỳ ...") does not end the list of posts
    ("Ông Lê Văn Tám là Ủy viên Trung ương Đảng khóa XI, XII; Đại biểu Quốc hội khóa XIII.",
     {"Lê Văn Tám": [("Ủy viên", "Trung ương Đảng"), ("Đại biểu", "Quốc hội")]}),
    ("Bà Phạm Thị Hoa, Chủ tịch HĐND tỉnh nhiệm kỳ 2016 - 2021, Trưởng đoàn ĐBQH tỉnh phát biểu.",
     {"Phạm Thị Hoa": [("Chủ tịch", "HĐND tỉnh"), ("Trưởng đoàn", "ĐBQH tỉnh")]}),
])
def test_positions(sentence: str, expected: dict[str, list[tuple[str, str | None]]]) -> None:
    assert positions(sentence) == expected


def test_person_without_a_title_is_not_an_official() -> None:
    assert positions("Ông Nguyễn Văn Nam đi chợ về.") == {}


def test_comma_after_a_title_in_a_prepositional_phrase_is_not_an_apposition() -> None:
    got = positions("Báo cáo với Bí thư Thành ủy, bà Trần Kim Yến cho biết LĐLĐ TP hiện quản lý nhiều đơn vị.")
    assert got == {}


def test_short_name_is_merged_into_the_full_name() -> None:
    got = positions("Ông Trần Thế Vương, Giám đốc Sở Nội vụ, cho biết. Theo ông Vương, cần làm tốt hơn.")
    assert list(got) == ["Trần Thế Vương"]
