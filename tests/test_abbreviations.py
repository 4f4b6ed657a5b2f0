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
])
def test_acronym_forms_and_parent_bodies(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.short, a.long) for a in run(sentence).abbreviations] == expected
