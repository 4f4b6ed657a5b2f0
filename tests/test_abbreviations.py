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
    # an acronym opening the clause heads no spelled-out name: the rendered name before the bracket is the long form
    ("IMF cho biết tốc độ tăng trưởng Tổng sản phẩm quốc nội (GDP) sẽ giảm.", [("GDP", "Tổng sản phẩm quốc nội")]),
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


@pytest.mark.parametrize(("text", "expected"), [
    ("Trường ĐH Khoa học Xã hội &amp; Nhân văn (KHXH&amp;NV) mở ngành mới.",
     [("KHXH&amp;NV", "Khoa học Xã hội &amp; Nhân văn")]),
    ("Bộ Nông nghiệp và Phát triển nông thôn (NN&amp;PTNT) cho biết.",
     [("NN&amp;PTNT", "Nông nghiệp và Phát triển nông thôn")]),
])
def test_an_html_ampersand_inside_a_short_form_spells_nothing(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.short, a.long) for a in run(text).abbreviations] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a foreign initialism takes the whole rendered name before its bracket, "đảng" when written right before it,
    # not a description (GUIDELINES fifth round)
    ("Ông Hollande của đảng Xã hội (PS) cánh tả thất bại.", [("PS", "đảng Xã hội")]),
    ("Đại diện của đảng cực hữu Mặt trận Quốc gia (FN) phát biểu.", [("FN", "Mặt trận Quốc gia")]),
    ("Ngay trong đảng Những người cộng hòa (LR) cũng chia rẽ.", [("LR", "đảng Những người cộng hòa")]),
    ("Bà bị cáo buộc làm giả ở Nghị viện châu Âu (EP).", [("EP", "Nghị viện châu Âu")]),
    # a lower-case rendering: back to a function word, a verb of the clause, a number or a capital
    ("Năm nay, chỉ số giá tiêu dùng (CPI) bình quân tăng 4%.", [("CPI", "chỉ số giá tiêu dùng")]),
    ("Ba chỉ số thành phần thuộc chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) giảm điểm.",
     [("PAPI", "chỉ số hiệu quả quản trị và hành chính công cấp tỉnh")]),
    ("Các doanh nghiệp đã phát hành cổ phiếu ra công chúng lần đầu (IPO) phải niêm yết.",
     [("IPO", "phát hành cổ phiếu ra công chúng lần đầu")]),
    ("Tháng 1 có gần 300 triệu USD vốn đầu tư nước ngoài (FDI) đổ vào.", [("FDI", "vốn đầu tư nước ngoài")]),
    # not definitions: a person and their paper; the lower-case tail of a capitalised body
    ("Ông Nguyễn Văn An (PV) cho biết thêm.", []),
    ("Theo bà Marine Le Pen (FN), điều này sai.", []),
    ("Trưởng Ban Công tác đại biểu (UBTVQH) sẽ báo cáo.", []),
])
def test_foreign_initialisms_take_the_rendered_name(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.short, a.long) for a in run(sentence).abbreviations] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a descriptor in front of a lower-case term is not part of it
    ("Dự án đầu tư theo hình thức đối tác công tư (PPP) được ưu tiên.", [("PPP", "đối tác công tư")]),
    # a place alone before the bracket is the end of a longer name, not the name
    ("Sở làm việc với Cơ quan Hợp tác quốc tế Nhật Bản (JICA) về quy hoạch.",
     [("JICA", "Cơ quan Hợp tác quốc tế Nhật Bản")]),
    # a declaration is named whole, its place included
    ("Hai bên tuân thủ Tuyên bố về ứng xử ở Biển Đông (DOC).", [("DOC", "Tuyên bố về ứng xử ở Biển Đông")]),
    # the first definition stands: a later bracket after a post repeats the short form
    ("Phòng Thương mại và Công nghiệp Việt Nam (VCCI) công bố báo cáo. Ông A, Trưởng ban Pháp chế (VCCI), cho biết.",
     [("VCCI", "Phòng Thương mại và Công nghiệp Việt Nam")]),
])
def test_foreign_initialisms_leave_out_descriptions_places_and_posts(sentence: str,
                                                                      expected: list[tuple[str, str]]) -> None:
    assert [(a.short, a.long) for a in run(sentence).abbreviations] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # foreign initialisms whose first letters are also the initials of a Vietnamese head ("CP" Chính phủ, "TT" Trung
    # tâm): two letters alone do not make them Vietnamese acronyms
    ("Thông tin từ Trung tâm Kiểm soát bệnh tật (CDC) cho biết thêm.", [("CDC", "Trung tâm Kiểm soát bệnh tật")]),
    ("Tiến trình chậm. Chỉ số giá tiêu dùng (CPI) tháng 4 tăng nhẹ.", [("CPI", "Chỉ số giá tiêu dùng")]),
    ("Ông phụ trách Ban Tuyên giáo (TU) nhiều năm.", []),
    # a lower-case term opening its sentence keeps its first word; "tự do", "trong nước" are words, not breaks
    ("Tăng 40%. Vốn đầu tư trực tiếp nước ngoài (FDI) đăng ký mới đạt 10 tỷ USD.",
     [("FDI", "Vốn đầu tư trực tiếp nước ngoài")]),
    ("Doanh nghiệp tận dụng cơ hội từ các hiệp định thương mại tự do (FTA) đã ký.",
     [("FTA", "hiệp định thương mại tự do")]),
    # a run much longer than the acronym starts at the term's head noun, not at the verb before it
    ("Đại biểu đồng ý mức tăng trưởng tổng sản phẩm trong nước (GDP) năm nay.", [("GDP", "tổng sản phẩm trong nước")]),
    ("Các biến gồm thu nhập trên vốn cổ phần (ROE) và quy mô.", [("ROE", "thu nhập trên vốn cổ phần")]),
    # one term a letter: the list is the long form
    ("Bảo lãnh đối với hợp đồng thiết kế, mua sắm, xây dựng (EPC) là bắt buộc.",
     [("EPC", "thiết kế, mua sắm, xây dựng")]),
    # "và" between two parts of one name; not after an acronym closing the name before
    ("Đại biểu của Tiểu ban Tiêu chuẩn và Hợp chuẩn (SCSC) đã họp.", [("SCSC", "Tiểu ban Tiêu chuẩn và Hợp chuẩn")]),
    ("Tổ chức Y tế thế giới (WHO) và Nông lương thế giới (FAO) hứa giúp.",
     [("WHO", "Tổ chức Y tế thế giới"), ("FAO", "Nông lương thế giới")]),
])
def test_foreign_terms_and_lists(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.short, a.long) for a in run(sentence).abbreviations] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # brand and short names after a company are its abbreviations (GUIDELINES "(EVN)")
    ("Ngân hàng TMCP An Bình (ABBank) cho vay mua nhà.", [("ABBank", "Ngân hàng TMCP An Bình")]),
    ("Hiệp hội Bất động sản TP.HCM (HoREA) kiến nghị.", [("HoREA", "Hiệp hội Bất động sản TP.HCM")]),
    ("Cty CP Tập đoàn Mặt Trời (Sun Group) đầu tư khu du lịch.", [("Sun Group", "Cty CP Tập đoàn Mặt Trời")]),
    ("Ngân hàng TMCP Sài Gòn Thương Tín ( Sacombank ) họp cổ đông.",
     [("Sacombank", "Ngân hàng TMCP Sài Gòn Thương Tín")]),
    # a number in the short form is the company's own number
    ("Ngày 27/6, Cty CP Cơ giới và Xây lắp số 9 (LICOGI 9) kỷ niệm 40 năm.",
     [("LICOGI 9", "Cty CP Cơ giới và Xây lắp số 9")]),
    ("Sai phạm ở Ban quản lý các dự án 18 (PMU18) bị điều tra.", [("PMU18", "Ban quản lý các dự án 18")]),
    ("Liên danh với Công ty 889 (CIENCO 8) thi công.", []),
    # not brands: a place, a unit and a place, a credit, a club after a player
    ("Ngày 15/5, Huyện ủy Chư Păh (Gia Lai) đã họp.", []),
    ("Công nhân Cty TNHH Sơn Việt Nam (KCN Quang Minh) được thăm hỏi.", []),
    ("Vì sao các ngôi sao ở Tây Ban Nha hay trốn thuế (Theo VTV)", []),
    ("Thủ môn Beto (Sporting), José Sa (Porto).", []),
])
def test_brand_names_after_companies(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.short, a.long) for a in run(sentence).abbreviations] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "Đảng" or a place after the body's own name is not spelled by its acronym
    ("Ngày 7/5, Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng (BCH TƯ) khóa XII đã họp.",
     [("BCH TƯ", "Ban Chấp hành Trung ương")]),
    ("Ông là Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam (UBTƯ MTTQ) từ năm 2017.",
     [("UBTƯ MTTQ", "Ủy ban Trung ương Mặt trận Tổ quốc")]),
    # the body the bracket names comes after "thuộc", "của", "ở", or after an organ of it
    ("Các tổng công ty phát điện thuộc Tập đoàn Điện lực Việt Nam (EVN) tái cơ cấu.",
     [("EVN", "Tập đoàn Điện lực Việt Nam")]),
    ("Theo Ban Thường vụ Đảng ủy Tập đoàn Dầu khí quốc gia Việt Nam (PVN), việc này đúng.",
     [("PVN", "Tập đoàn Dầu khí quốc gia Việt Nam")]),
    ("Nhóm công tác Thuế thuộc Diễn đàn Doanh nghiệp Việt Nam (VBF) kiến nghị.",
     [("VBF", "Diễn đàn Doanh nghiệp Việt Nam")]),
    # foreign agencies and mechanisms
    ("Chủ tịch Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) sẽ tham dự.", [("KOICA", "Cơ quan Hợp tác quốc tế Hàn Quốc")]),
    ("Việt Nam báo cáo theo Cơ chế rà soát định kỳ phổ quát (UPR) năm nay.",
     [("UPR", "Cơ chế rà soát định kỳ phổ quát")]),
])
def test_where_an_organisation_long_form_starts_and_ends(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.short, a.long) for a in run(sentence).abbreviations] == expected


def test_an_organisation_keeps_the_place_its_acronym_leaves_out() -> None:
    records = run("Ông là Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam (UBTƯ MTTQ) từ năm 2017.")
    assert "Ủy ban Trung ương Mặt trận Tổ quốc" not in [o.name for o in records.organizations]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a numbered meeting: the short form's number is the meeting's "lần thứ", in words or digits
    ("Trong khuôn khổ Hội nghị lần thứ ba các quan chức cao cấp (SOM3) của Diễn đàn, đoàn đã họp.",
     [("SOM3", "Hội nghị lần thứ ba các quan chức cao cấp")]),
    ("Hội nghị Bộ trưởng Kinh tế lần thứ 4 (AEM4) diễn ra tại Đà Nẵng.",
     [("AEM4", "Hội nghị Bộ trưởng Kinh tế lần thứ 4")]),
    # another number, or no meeting head: nothing defined
    ("Hội nghị lần thứ hai các quan chức cao cấp (SOM3) diễn ra hôm qua.", []),
    ("Tàu tuần tra (HQ5) cập cảng lần thứ năm.", []),
])
def test_numbered_meetings(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.short, a.long) for a in run(sentence).abbreviations] == expected


def test_a_numbered_meeting_is_not_propagated_as_an_organisation() -> None:
    result = run("Hội nghị lần thứ hai các quan chức cao cấp (SOM2) khai mạc. SOM2 kéo dài ba ngày.")
    assert "SOM2" not in [e.text for e in result.entities if e.label == "ORG"]
    assert not [o.name for o in result.organizations if o.name.startswith("Hội nghị")]
