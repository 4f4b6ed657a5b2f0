import pytest

from conftest import run


@pytest.mark.parametrize(("sentence", "expected"), [
    ("gắn với thực hiện Chỉ thị số 05 của Bộ Chính trị về học tập", ("Chỉ thị", "05", None, "Bộ Chính trị")),
    ("Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương", ("Nghị quyết", "18-NQ/TW", None,
                                                                        "Ban Chấp hành Trung ương")),
    ("Theo Quyết định 1722/QĐ-TTg, chương trình được triển khai.", ("Quyết định", "1722/QĐ-TTg", None, None)),
    ("Nghị định số 05/2000/NĐ-CP ngày 03/03/2000 của Chính phủ về xuất cảnh",
     ("Nghị định", "05/2000/NĐ-CP", None, "Chính phủ")),
    ("Luật Đất đai quy định rõ việc thu hồi.", ("Luật", None, "Đất đai", None)),
    # a number suffix with digits ("QH13") is part of the number
    ("theo Nghị quyết số 85/2014/QH13 của Quốc hội", ("Nghị quyết", "85/2014/QH13", None, "Quốc hội")),
    # a lower-case kind with a bare number citing, then a verb
    ("Cục ban hành quyết định 153 thu hồi quyết định thi hành án.", ("Quyết định", "153", None, None)),
    # a name cut short where the article also writes it longer is the same document
    ("QH thông qua Luật hỗ trợ doanh nghiệp nhỏ. Luật Hỗ trợ có 4 chương.", ("Luật", None, "hỗ trợ doanh nghiệp nhỏ",
                                                                             None)),
    # a kind written by its abbreviation, alone or in brackets after the kind, is read in full
    ("Người dân chờ hướng dẫn thi hành NĐ 60 về cấp sổ.", ("Nghị định", "60", None, None)),
    ("Sau một tháng thực hiện nghị định (NĐ) 72, thủ tục đã nhanh hơn.", ("Nghị định", "72", None, None)),
    # a modifier between the kind and a suffixed number
    ("Xã bị xử lý theo Quyết định hành chính 166/QĐ-UBND ngày 3/5.", ("Quyết định", "166/QĐ-UBND", None, None)),
    # a lower-case "Pháp lệnh" subject; a name cut at a dash before the verb
    ("Tỉnh thực hiện Pháp lệnh phòng chống ma túy trong năm qua.", ("Pháp lệnh", None, "phòng chống ma túy", None)),
    ("Tỉnh thực hiện Luật phòng chống ma túy - được Quốc hội thông qua.", ("Luật", None, "phòng chống ma túy", None)),
    # a list number glued to the name where the line breaks were lost
    ("Quốc hội đã thông qua: 1. Luật hối phiếu3. Ngân hàng sẽ áp dụng.", ("Luật", None, "hối phiếu", None)),
    # the same number written once with a space is one document
    ("Đoàn công bố Quyết định số 47-QĐ/TW. Thực hiện Quyết định số 47- QĐ/TW, đoàn làm việc.",
     ("Quyết định", "47-QĐ/TW", None, None)),
    # a long programme name with its span
    ("Tỉnh triển khai Chương trình phát triển kinh tế - xã hội các xã đặc biệt khó khăn vùng đồng bào dân tộc và "
     "miền núi giai đoạn 2021-2025.", ("Chương trình", None, "Chương trình phát triển kinh tế - xã hội các xã đặc "
                                       "biệt khó khăn vùng đồng bào dân tộc và miền núi giai đoạn 2021-2025", None)),
])
def test_documents(sentence: str, expected: tuple[str, str | None, str | None, str | None]) -> None:
    [d] = run(sentence).documents
    assert (d.kind, d.number, d.name, d.issuer) == expected


@pytest.mark.parametrize("sentence", [
    "Thực hiện các chỉ thị, nghị quyết của Trung ương.",
    "Cơ quan chức năng đã có văn bản, công văn gửi các đơn vị.",
    # the number after the kind word counts what follows it
    "Quốc hội cần quyết định 2 kế hoạch phát triển và các kế hoạch 5 năm.",
    "Huyện mua xe vượt quy định 133 triệu đồng.",
    # "luật" ending another word ("kỷ luật", "pháp luật") cites nothing
    "Kỷ luật 3 cán bộ xã vì đánh bạc.",
    # a number followed by a counted noun counts it; "6 ngày 5 đêm" is a duration, not a date
    "Nghị định mới quy định 12 đối tượng được hỗ trợ.",
    "Công ty mở chương trình 6 ngày 5 đêm đi Phú Quốc.",
    # a body's name holding a kind word is no plan; "Báo cáo về ..." opening a sentence cites nothing
    "Bộ Kế hoạch và Đầu tư quyết định giảm vốn trái phiếu giai đoạn 2014-2016 của các dự án.",
    "Báo cáo về tình hình cháy nổ trên địa bàn, Đại tá Bửu cho biết số vụ giảm.",
    # a plural opening the sentence makes the kind generic
    "Nhiều đề án quy hoạch còn hình thức, thiếu tính khả thi.",
    # a lower-case unnumbered "quyết định" followed by what it does is the act, not a text (GUIDELINES, eighth round)
    "Bộ Chính trị quyết định cách chức ông Nguyễn Văn A.",
    "UBND tỉnh đã có quyết định điều động ông B về Sở Y tế.",
])
def test_generic_mentions_are_not_documents(sentence: str) -> None:
    assert run(sentence).documents == []


@pytest.mark.parametrize(("sentence", "name"), [
    ("HĐND thông qua Nghị quyết về việc miễn nhiệm chức danh Phó Chủ tịch UBND huyện đối với ông Lê Văn Bình.",
     "việc miễn nhiệm chức danh Phó Chủ tịch UBND huyện"),
    ("Sở trình Tờ trình về việc bổ nhiệm Giám đốc Trung tâm với bà Trần Thị Hoa.",
     "việc bổ nhiệm Giám đốc Trung tâm"),
])
def test_subject_stops_before_the_person_it_concerns(sentence: str, name: str) -> None:
    assert [d.name for d in run(sentence).documents] == [name]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Huyện dành 20 tỷ đồng cho “Chương trình nước sạch nông thôn giai đoạn 2021-2025”.",
     [("Chương trình", "Chương trình nước sạch nông thôn giai đoạn 2021-2025")]),
    ("Việc bổ nhiệm không đúng Quy chế làm việc của Ban Thường vụ Huyện ủy.",
     [("Quy chế", "làm việc của Ban Thường vụ Huyện ủy")]),
    # a quoted remark that starts with a verb spelled like a kind is not a document
    ("Ông nói: “Quyết định này của tập thể là đúng”.", []),
])
def test_titles_quoted_or_capitalised_mid_sentence(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.kind, d.name) for d in run(sentence).documents] == expected


@pytest.mark.parametrize("sentence", ["Mọi người phải tôn trọng luật pháp.", "Bị cáo mời Luật sư bào chữa."])
def test_words_that_start_like_a_kind_are_not_documents(sentence: str) -> None:
    assert run(sentence).documents == []


@pytest.mark.parametrize("sentence", [
    "Trước khi có Pháp lệnh, có Luật thì Đảng đã có Điều lệ như một thứ luật của Đảng.",
    "Ông nói: “Quy định của Luật đất đai đã nêu rất rõ. Riêng giá đất thì tra trên cổng thông tin”.",
])
def test_a_clause_or_a_remark_after_a_kind_word_is_no_document_name(sentence: str) -> None:
    # "Luật đất đai" inside the remark is a document; the remark itself is not a "Quy định"
    assert [d.name for d in run(sentence).documents if d.name and not d.name.lower().endswith("đất đai")] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # a plan or programme named by its subject and the span it covers, in any case
    ("Đại biểu thảo luận kế hoạch phát triển kinh tế - xã hội và ngân sách nhà nước năm 2016.",
     [("Kế hoạch", None, "kế hoạch phát triển kinh tế - xã hội và ngân sách nhà nước năm 2016")]),
    ("HĐND quyết nghị Kế hoạch đầu tư công trung hạn của thành phố giai đoạn 2017-2020.",
     [("Kế hoạch", None, "Kế hoạch đầu tư công trung hạn của thành phố giai đoạn 2017-2020")]),
    ("Tỉnh làm chương trình xây dựng cụm tuyến dân cư giai đoạn 2016 - 2020 cho vùng lũ.",
     [("Chương trình", None, "chương trình xây dựng cụm tuyến dân cư giai đoạn 2016 - 2020")]),
    # the number of a plan's years counts them; the plan is named with its span
    ("Mục tiêu của kế hoạch 5 năm 2016-2020 rất quan trọng.", [("Kế hoạch", None, "kế hoạch 5 năm 2016-2020")]),
    # a programme cited by kind and number (GUIDELINES fifth round)
    ("Nhiều xã đã hoàn thành Chương trình 135 giai đoạn 2.", [("Chương trình", "135", None)]),
    # not plans: a clause, a plural, a budget figure, a share of a target, an agenda, a cooperation between countries
    ("Đơn vị hoàn thành kế hoạch đã đề ra năm 2016.", []),
    ("Các kế hoạch năm 2017 được duyệt sớm.", []),
    ("Bộ đã giải ngân kế hoạch vốn năm 2016 chậm.", []),
    ("Tỉnh giải ngân đạt 90% kế hoạch đầu tư năm 2017.", []),
    ("Kỳ họp tiếp tục chương trình làm việc năm 2017.", []),
    ("Hai bên ký kế hoạch hợp tác giữa Chính phủ Việt Nam và Chính phủ Lào năm 2017.", []),
])
def test_plans_named_by_subject_and_span(sentence: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [(d.kind, d.number, d.name) for d in run(sentence).documents] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a text named by issuer and subject; the name is the subject, up to the verb of the sentence
    ("Ngành tiếp tục triển khai Nghị quyết của Tỉnh ủy về phát triển du lịch giai đoạn 2016 - 2020.",
     [("Nghị quyết", "phát triển du lịch giai đoạn 2016 - 2020")]),
    ("Bộ nhấn mạnh việc ban hành Nghị quyết về tổ chức chính quyền đô thị tại thành phố là có cơ sở.",
     [("Nghị quyết", "tổ chức chính quyền đô thị tại thành phố")]),
    ("Dự thảo nghị quyết của HĐND thành phố về tăng cường quản lý phương tiện nhằm giảm ùn tắc đã được góp ý.",
     [("Nghị quyết", "tăng cường quản lý phương tiện nhằm giảm ùn tắc")]),
    ("Thanh tra công bố Quyết định của Tổng Thanh tra Chính phủ tiến hành thanh tra về việc quản lý đất đai, xây dựng.",
     [("Quyết định", "quản lý đất đai")]),
    # a plan that is the subject of a resolution is not listed apart from it
    ("Bộ thực hiện Nghị quyết của Quốc hội về kế hoạch đầu tư công trung hạn giai đoạn 2016-2020.",
     [("Nghị quyết", "kế hoạch đầu tư công trung hạn giai đoạn 2016-2020")]),
    # not texts: a decision taken (lower-case "quyết định"), a rule of the State in a crime's name
    ("Ông Thăng được phân công theo quyết định của Bộ Chính trị về công tác cán bộ.", []),
    ("Bị can cố ý làm trái quy định của Nhà nước về quản lý kinh tế gây hậu quả nghiêm trọng.", []),
])
def test_texts_named_by_issuer_and_subject(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.kind, d.name) for d in run(sentence).documents] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # capitalised mid-sentence with a lower-case subject, the raw run reaching a cited number
    ("Giải thực hiện theo Đề án nâng cao chất lượng Giải báo chí theo Quyết định số 1694/QĐ-TTg.",
     [("Đề án", None, "nâng cao chất lượng Giải báo chí"), ("Quyết định", "1694/QĐ-TTg", None)]),
    ("Bộ xây dựng Chương trình quốc gia giáo dục cha mẹ trong chăm sóc trẻ thơ.",
     [("Chương trình", None, "quốc gia giáo dục cha mẹ")]),
    ("Văn bản liên quan như: Hướng dẫn quản lý vốn đầu tư xây dựng cơ bản, tăng cường kiểm tra.",
     [("Hướng dẫn", None, "quản lý vốn đầu tư xây dựng cơ bản")]),
    ("Chính phủ cho ý kiến về báo cáo ngân sách; Đề án dạy và học ngoại ngữ trong hệ thống giáo dục quốc dân.",
     [("Đề án", None, "dạy và học ngoại ngữ")]),
    # not texts: a body's name, a class of programmes, a show
    ("Theo Sở Kế hoạch và Đầu tư tỉnh, vốn tăng mạnh.", []),
    ("Giải ngân nguồn vốn Chương trình mục tiêu quốc gia đạt 60%.", []),
    ("Khán giả xem Chương trình nghệ thuật dân gian Tây Nguyên tối qua.", []),
    # "Bộ Luật" written with a capital is the kind "Bộ luật"
    ("Dự thảo Bộ Luật Lao động (sửa đổi) nâng tuổi hưu.", [("Bộ luật", None, "Lao động")]),
    # a kind word inside another word or name, or inside an international treaty's name
    ("Tọa đàm do báo Pháp Luật TP.HCM tổ chức.", []),
    ("Hai bên tôn trọng Công ước Liên hợp quốc về Luật Biển năm 1982.", []),
    # plural or counted kinds are generic
    ("Tỉnh thực hiện các đề án về phát triển du lịch như trùng tu di tích.", []),
    ("Bình Dương có 43 đề án nhà ở an sinh xã hội.", []),
])
def test_capitalised_subjects_and_words_that_are_no_kind(sentence: str,
                                                          expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [(d.kind, d.number, d.name) for d in run(sentence).documents] == expected


def test_a_plan_numbered_by_years_with_spaced_dash_is_no_number() -> None:
    documents = run("Các giải pháp thực hiện kế hoạch 5 năm 2006 - 2010 đã nêu.").documents
    assert [(d.number, d.name) for d in documents] == [(None, "kế hoạch 5 năm 2006 - 2010")]


@pytest.mark.parametrize(("sentence", "numbers"), [
    # numbers listed after one kind word are documents of that kind, of the first number's shape
    ("Bộ Chính trị có các Quyết định 217, 218 về công tác giám sát.", ["217", "218"]),
    ("Theo Nghị quyết số 18-NQ/TW và số 19-NQ/TW của Trung ương.", ["18-NQ/TW", "19-NQ/TW"]),
    # a number that goes on to count a noun, or a year, ends the list
    ("Theo Nghị định 60 và 2 thông tư hướng dẫn.", ["60"]),
    ("Theo Quyết định 1722, 2016 là năm bản lề.", ["1722"]),
    ("Qua 3 năm thực hiện Quyết định 217, 218 và 2 năm thực hiện Luật.", ["217", "218"]),
])
def test_numbers_listed_after_one_kind(sentence: str, numbers: list[str]) -> None:
    assert [d.number for d in run(sentence).documents] == numbers
