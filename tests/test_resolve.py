"""Resolving written forms of one body to one organisation record."""

from __future__ import annotations

import pytest

from extractor.api import extract
from extractor.resolve import expand_key


@pytest.mark.parametrize(("a", "b"), [
    ("Hiệp hội Bất động sản TP.HCM", "Hiệp hội Bất động sản Tp.HCM"),  # the press capitalises "Tp" either way
    ("Hiệp hội Bất động sản TP.HCM", "Hiệp hội Bất động sản TP HCM"),
    ("Hiệp hội Bất động sản TPHCM", "Hiệp hội Bất động sản thành phố Hồ Chí Minh"),
    ("Công an Tp Đà Nẵng", "Công an thành phố Đà Nẵng"),
    ("UBTƯ MTTQ Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    # a place written twice by a slip of the press
    ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
])
def test_spellings_of_one_name_share_a_key(a: str, b: str) -> None:
    assert expand_key(a) == expand_key(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"),
    ("Sở Tư pháp", "Sở Tài chính"),
])
def test_other_names_keep_other_keys(a: str, b: str) -> None:
    assert expand_key(a) != expand_key(b)


def test_a_capitalised_word_is_not_read_as_an_acronym_unless_listed() -> None:
    assert expand_key("Ban Mai") == "ban mai"


def test_two_capitalisations_give_one_organisation() -> None:
    text = ("Hiệp hội Bất động sản Tp.HCM tổ chức hội thảo.\n"
            "Ông Lê Hoàng Châu, Chủ tịch Hiệp hội Bất động sản TP.HCM, cho biết thị trường đang ấm lên.")
    names = [o.name for o in extract(text, article_id="t").organizations]
    assert len([n for n in names if n.startswith("Hiệp hội")]) == 1, names


def test_a_defined_short_form_with_the_place_after_it_is_the_long_name() -> None:
    text = ("Ông A, Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam (UBTƯ MTTQ), phát biểu.\n"
            "Ông A được hiệp thương giữ chức Chủ tịch UBTƯ MTTQ Việt Nam.")
    names = [o.name for o in extract(text, article_id="t").organizations]
    assert names == ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"], names


@pytest.mark.parametrize(("a", "b"), [
    ("UBND TP.Hà Nội", "UBND thành phố Hà Nội"),  # a unit abbreviation glued to the place
    ("Ban chỉ đạo phòng, chống dịch Covid-19", "Ban chỉ đạo Phòng chống dịch Covid-19"),
    ("Bộ Lao động - Thương binh và Xã hội", "Bộ Lao động Thương binh và Xã hội"),
    # "và" joins two fields as a dash does
    ("Sở Tài nguyên và Môi trường", "Sở Tài nguyên - Môi trường"),
    ("Ủy ban Quốc phòng và An ninh", "Ủy ban Quốc phòng An ninh"),
])
def test_spellings_with_joints_share_a_key(a: str, b: str) -> None:
    assert expand_key(a) == expand_key(b)


def test_a_comma_before_a_capital_parts_two_names() -> None:
    assert not expand_key("Bộ Chính trị, Thường trực Ban Bí thư").startswith(expand_key("Bộ Chính trị") + " ")


def _posts(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {o.name: [(p.title, p.organization) for p in o.positions]
            for o in extract("Tin\n" + text, article_id="t").officials}


def test_one_body_spelled_two_ways_is_one_post() -> None:
    got = _posts("Ông Nguyễn Văn Chung, Chủ tịch UBND thành phố Hà Nội, cho biết. Chủ tịch UBND TP.Hà Nội "
                 "Nguyễn Văn Chung nói thêm.")
    assert got == {"Nguyễn Văn Chung": [("Chủ tịch", "UBND thành phố Hà Nội")]}


def test_a_vietnamese_place_holding_a_country_name_is_not_foreign() -> None:
    # "Đức" alone is Germany; "huyện Đức Thọ" is a district
    got = _posts("UBND huyện Đức Thọ họp. Ông Lê Văn Phan, Chủ tịch UBND huyện, cho biết.")
    assert got == {"Lê Văn Phan": [("Chủ tịch", "UBND huyện Đức Thọ")]}


def test_a_central_body_is_not_a_provinces() -> None:
    got = _posts("Ông Trần Văn Hữu, Chủ tịch UBTƯ MTTQ Việt Nam tỉnh Quảng Trị, dự họp. "
                 "Ông Trần Văn Mẫn, Chủ tịch UBTƯ MTTQ Việt Nam, phát biểu.")
    assert got["Trần Văn Mẫn"] == [("Chủ tịch", "UBTƯ MTTQ Việt Nam")]


def test_a_short_form_refers_to_a_body_named_inside_a_longer_name() -> None:
    text = ("Tin\nĐảng ủy Văn phòng UBND tỉnh Cần Thơ họp. Ông Trần Văn Mạnh, Phó Chủ tịch UBND tỉnh, phát "
            "biểu. Ủy ban Trung ương MTTQ Việt Nam tổ chức lễ. Trung ương đã gửi thư khen.")
    records = extract(text, article_id="t")
    assert ("Phó Chủ tịch", "UBND tỉnh Cần Thơ") in [(p.title, p.organization) for o in records.officials
                                                         for p in o.positions]
    names = [o.name for o in records.organizations]
    assert "UBND tỉnh Cần Thơ" in names and "Trung ương" in names, names
