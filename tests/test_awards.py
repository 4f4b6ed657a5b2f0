import pytest

from conftest import run


@pytest.mark.parametrize(("sentence", "award", "grantor", "recipients", "reason", "years"), [
    ("Đảng bộ Sở Nội vụ nhận bằng khen của Ban Thường vụ Tỉnh ủy vì đã có thành tích tiêu biểu trong xây dựng "
     "tổ chức đảng giai đoạn 2016-2020.", "bằng khen", "Ban Thường vụ Tỉnh ủy", ["Đảng bộ Sở Nội vụ"],
     "thành tích tiêu biểu trong xây dựng tổ chức đảng", (2016, 2020)),
    ("Đảng bộ Sở Nội vụ đã vinh dự được Ban Thường vụ Tỉnh ủy tặng bằng khen vì thành tích xuất sắc.",
     "bằng khen", "Ban Thường vụ Tỉnh ủy", ["Đảng bộ Sở Nội vụ"], "thành tích xuất sắc", (None, None)),
    ("Ngoài ra, 17 hội thẩm được UBND TP HCM trao tặng bằng khen do có nhiều thành tích trong công tác xét xử.",
     "bằng khen", "UBND TP HCM", [], "nhiều thành tích trong công tác xét xử", (None, None)),
    ("Công ty Điện lực Quảng Bình được tặng Huân chương Lao động hạng Ba.",
     "huân chương lao động hạng ba", None, ["Công ty Điện lực Quảng Bình"], None, (None, None)),
    ("Công ty Tài chính Prudential Việt Nam vừa nhận bằng khen của Thống đốc NHNN vì đã có thành tích xuất sắc.",
     "bằng khen", "Thống đốc NHNN", ["Công ty Tài chính Prudential Việt Nam"], "thành tích xuất sắc", (None, None)),
    ("Trường THPT Chu Văn An đón nhận Huân chương Lao động hạng Nhì do Chủ tịch nước trao tặng vì thành tích "
     "xuất sắc.", "huân chương lao động hạng nhì", "Chủ tịch nước", ["Trường THPT Chu Văn An"],
     "thành tích xuất sắc", (None, None)),
    ("Đợt này, bà Nga được nhận bằng khen của Ban Chấp hành Trung ương Hội Chữ thập đỏ vì thành tích 30 lần hiến máu.",
     "bằng khen", "Ban Chấp hành Trung ương Hội Chữ thập đỏ", ["Nga"], "thành tích 30 lần hiến máu", (None, None)),
])
def test_awards(sentence: str, award: str, grantor: str | None, recipients: list[str], reason: str | None,
                years: tuple[int | None, int | None]) -> None:
    [a] = run(sentence).awards
    assert (a.award, a.grantor, a.recipients, a.reason, (a.start_year, a.end_year)) == (
        award, grantor, recipients, reason, years)


def test_same_award_told_twice_is_one() -> None:
    text = ("Đảng bộ Sở Nội vụ nhận bằng khen của Ban Thường vụ Tỉnh ủy. "
            "Đảng bộ Sở Nội vụ được Ban Thường vụ Tỉnh ủy tặng bằng khen.")
    assert len(run(text).awards) == 1


@pytest.mark.parametrize(("sentence", "awards"), [
    ("Dịp này, Huyện ủy Lệ Thủy trao tặng huy hiệu 40, 50 và 55 tuổi Đảng cho 31 đảng viên.",
     ["huy hiệu 40 tuổi đảng", "huy hiệu 50 tuổi đảng", "huy hiệu 55 tuổi đảng"]),
    ("Đồng chí Lê Văn Tám vinh dự nhận Huy hiệu 60 năm tuổi Đảng.", ["huy hiệu 60 năm tuổi đảng"]),
])
def test_party_badges_listed_together_are_one_award_each(sentence: str, awards: list[str]) -> None:
    assert [a.award for a in run(sentence).awards] == awards


@pytest.mark.parametrize(("sentence", "recipient"), [
    ("Nhờ sự giúp đỡ của ông Trần Văn Hải, chị Lê Thị Mai đã giành danh hiệu Chiến sĩ thi đua cấp tỉnh.",
     "Lê Thị Mai"),
    ("Cùng với Công ty Cấp nước Quảng Bình, Công ty Điện lực Quảng Bình được tặng Huân chương Lao động hạng Ba.",
     "Công ty Điện lực Quảng Bình"),
])
def test_recipient_is_the_subject_not_a_name_after_a_preposition(sentence: str, recipient: str) -> None:
    [a] = run(sentence).awards
    assert a.recipients == [recipient]


@pytest.mark.parametrize("sentence", [
    "Chủ tịch nước quyết định hủy bỏ danh hiệu Anh hùng Lao động đã tặng cho công ty.",
    "Hội đồng đề nghị thu hồi Huân chương Lao động hạng Ba của ông A.",
])
def test_an_honour_taken_away_is_not_an_award(sentence: str) -> None:
    assert run(sentence).awards == []
