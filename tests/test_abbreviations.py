import pytest

from conftest import run


@pytest.mark.parametrize(("sentence", "expected"), [
    ("chú trọng công tác xây dựng tổ chức cơ sở đảng (TCCSĐ) trong sạch vững mạnh (TSVM).",
     [("TCCSĐ", "tổ chức cơ sở đảng"), ("TSVM", "trong sạch vững mạnh")]),
    ("Ủy ban nhân dân (UBND) tỉnh đã họp.", [("UBND", "Ủy ban nhân dân")]),
    ("Theo Cục Y tế dự phòng, bệnh cúm gia cầm (CGC) đã được kiểm soát.", [("CGC", "cúm gia cầm")]),
    ("Các thành viên cam kết thực hiện COC (Code of Conduct) trên biển.", [("COC", "Code of Conduct")]),
])
def test_defined_abbreviations(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.short, a.long) for a in run(sentence).abbreviations] == expected


def test_well_known_abbreviation_used_without_definition_is_not_listed() -> None:
    assert run("UBND tỉnh Quảng Nam đã họp với HĐND tỉnh.").abbreviations == []


def test_short_form_with_a_marked_capital_is_read() -> None:
    from conftest import run
    records = run("Ủy ban Trung ương Mặt trận Tổ quốc (UBTƯ MTTQ) vừa họp phiên thường kỳ.")
    assert [(a.short, a.long) for a in records.abbreviations] == [("UBTƯ MTTQ", "Ủy ban Trung ương Mặt trận Tổ quốc")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Cuộc họp của Ủy ban Kiểm tra Trung ương (UBKT Trung ương) đề nghị kỷ luật.",
     [("UBKT Trung ương", "Ủy ban Kiểm tra Trung ương")]),
    ("Đại diện Diễn đàn Kinh tế thế giới (WEF) phát biểu.", [("WEF", "Diễn đàn Kinh tế thế giới")]),
    # not definitions: a code that is not a name, and the body the one before belongs to
    ("Bộ Y tế ban hành cẩm nang phòng chống cúm A (H5N1) ở người.", []),
    ("Trưởng Ban Công tác đại biểu (UBTVQH) sẽ báo cáo.", []),
    ("Ông Cương, Trưởng Ban Văn hóa - Xã hội (HĐND TP) chất vấn.", []),
    # spaces inside the bracket, as some archives write it
    ("Nguyên nhân khiến Quỹ Tiền tệ quốc tế ( IMF ) hạ dự báo.", [("IMF", "Quỹ Tiền tệ quốc tế")]),
    # an acronym opening the clause heads no spelled-out name
    ("IMF cho biết tốc độ tăng trưởng Tổng sản phẩm quốc nội (GDP) sẽ giảm.", []),
])
def test_acronym_forms_and_parent_bodies(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.short, a.long) for a in run(sentence).abbreviations] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # translated names of international bodies and treaties: the acronym follows the foreign words
    ("Việt Nam chuẩn bị gia nhập Tổ chức Thương mại Thế giới (WTO) trong năm nay.",
     [("WTO", "Tổ chức Thương mại Thế giới")]),
    ("Điển hình là Hiệp định Đối tác Xuyên Thái Bình Dương (TPP) và các cam kết khác.",
     [("TPP", "Hiệp định Đối tác Xuyên Thái Bình Dương")]),
    ("EU cũng cam kết đàm phán các Hiệp định thương mại tự do (FTA) với các thành viên ASEAN.",
     [("FTA", "Hiệp định thương mại tự do")]),
    # the body, not the meeting of it; a one-letter acronym spells no single word
    ("Thủ tướng dự Hội nghị cấp cao Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới (G20) tại Đức.",
     [("G20", "Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới")]),
    # a title before the body is not part of its name
    ("Theo TS Nguyễn Đình Cung, Viện trưởng Viện Nghiên cứu Quản lý kinh tế trung ương (CIEM), cải cách còn chậm.",
     [("CIEM", "Viện Nghiên cứu Quản lý kinh tế trung ương")]),
])
def test_translated_international_names(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.short, a.long) for a in run(sentence).abbreviations] == expected


def test_dateline_under_the_title_defines_nothing() -> None:
    text = "Hội nghị các phân ban châu Á của APF tại Huế\n(NLĐ) - Sáng 23-3, hội nghị đã khai mạc."
    from extractor.api import extract
    assert extract(text, article_id="t").abbreviations == []


def test_a_translated_name_starts_after_the_verb_of_its_clause() -> None:
    text = "Chương trình hợp tác kinh tế GMS được Ngân hàng Phát triển Châu Á (ADB) viện trợ từ năm 1992."
    assert [(a.short, a.long) for a in run(text).abbreviations] == [("ADB", "Ngân hàng Phát triển Châu Á")]


def test_an_html_entity_inside_a_name_does_not_cut_it() -> None:
    text = "Hội Tư vấn Khoa học - Công nghệ &amp; Quản lý TPHCM (Hastemac) đã ra mắt."
    assert [(a.short, a.long) for a in run(text).abbreviations] == [
        ("Hastemac", "Hội Tư vấn Khoa học - Công nghệ &amp; Quản lý TPHCM")]
