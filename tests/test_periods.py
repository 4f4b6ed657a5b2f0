import pytest

from conftest import run


@pytest.mark.parametrize(("sentence", "years"), [
    ("trong xây dựng tổ chức đảng giai đoạn 2016-2020.", (2016, 2020)),
    ("Kế hoạch giai đoạn 2017 – 2020 của thành phố.", (2017, 2020)),
    ("lâm nghiệp quốc gia giai đoạn 2006–2020 diễn ra", (2006, 2020)),
    ("Đại hội nhiệm kỳ 2020-2025 thành công.", (2020, 2025)),
    ("Kết quả năm học 2018-2019 rất tốt.", (2018, 2019)),
    ("Từ năm 2015 đến nay, đơn vị đã cử đi đào tạo.", (2015, None)),
    ("Từ năm 2015-2020, Đảng bộ liên tục được xếp loại.", (2015, 2020)),
    ("từ tháng 8-2001 đến tháng 1-2002 ông công tác tại đây", (2001, 2002)),
    ("Quy hoạch đến năm 2025, tầm nhìn đến năm 2030.", None),
    ("Kể từ năm 2015, giá đã tăng.", (2015, None)),
    ("sau năm 2025 sẽ không còn xe công", (2025, None)),
    ("Ông giữ chức Bí thư từ 2/2016-5/2017.", (2016, 2017)),
    ("+ Tháng 7.1979 – 6.1994: Cán bộ Huyện đoàn", (1979, 1994)),
    ("kỷ niệm ngày thành lập Đảng (3.2.1930 - 3.2.2006)", (1930, 2006)),
    ("chậm trễ từ đầu năm 2016 là do", (2016, None)),
])
def test_periods(sentence: str, years: tuple[int | None, int | None] | None) -> None:
    got = [(p.start_year, p.end_year) for p in run(sentence).periods]
    if years is None:
        assert got == [(None, 2025), (None, 2030)]
    else:
        assert got == [years]


@pytest.mark.parametrize("sentence", ["Năm 2017 là năm bản lề.", "Những năm qua, hàng năm đều tăng.",
                                      "Ngay từ đầu nhiệm kỳ, Đảng ủy đã chỉ đạo."])
def test_not_periods(sentence: str) -> None:
    assert run(sentence).periods == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # a range of days ending in a full date is a date, not a period (not even "đến 28/4/2021" alone)
    ("Từ ngày 26 đến 28/4/2021, nhóm chuyên gia ở tại Công ty Vinatop.", []),
    ("Trong những ngày Tết (từ ngày 8 đến 13-2-2005), báo vẫn lên mạng.", []),
    # "đến trước năm 2017" still closes the span
    ("Từ tháng 12/2013 đến trước năm 2017, công dân tố cáo 47 nội dung.", [(2013, 2017)]),
    # "đến đầu/cuối năm Y" ends a span like "đến hết năm Y"
    ("Đến đầu năm 2012, ông được bổ nhiệm.", [(None, 2012)]),
    ("Tổng nợ tính đến cuối năm 2016 là 200 tỷ won.", [(None, 2016)]),
    ("Ông công tác từ năm 2008 đến cuối năm 2014.", [(2008, 2014)]),
])
def test_day_ranges_and_closed_spans(sentence: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert [(p.start_year, p.end_year) for p in run(sentence).periods] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a plan's horizon written without "đến" is still the open-start span it names
    ("Đồ án điều chỉnh quy hoạch chung đến năm 2030, tầm nhìn 2050 đã được duyệt.", [(None, 2030), (None, 2050)]),
    ("Chiến lược phát triển giai đoạn 2017-2020 tầm nhìn năm 2035.", [(2017, 2020), (None, 2035)]),
    # "đến hết" closes the span as "đến" does
    ("Thu thuế theo giá cũ đến hết ngày 31-12-2005 cho các trường hợp này.", [(None, 2005)]),
    ("Chương trình kéo dài đến hết năm 2020.", [(None, 2020)]),
    # a horizon with no year is no period
    ("Cần có tầm nhìn xa và dài hạn.", []),
])
def test_horizons_and_spans_to_the_end(sentence: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert [(p.start_year, p.end_year) for p in run(sentence).periods] == expected
