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
    # a fraction of a noun is two counts (SPEC "95/96 đại biểu")
    ("Nghị quyết được 88/92 đại biểu tán thành.", [(88, None, "đại biểu", False, None),
                                                   (92, None, "đại biểu", False, None)]),
    # compound measures: each number counts its own unit
    ("Bị cáo lĩnh 3 năm 9 tháng tù.", [(3, None, "năm", False, None), (9, None, "tháng", False, None)]),
    ("Vận động viên về đích với thời gian 2 giờ 15 phút.",
     [(2, None, "giờ", False, None), (15, None, "phút", False, None)]),
    # officials counted by their title
    ("Tỉnh hiện có 4 Phó Chủ tịch UBND và hai Phó Giám đốc Sở.",
     [(4, None, "Phó Chủ tịch", False, None), (2, None, "Phó Giám đốc", False, None)]),
    # a range whose low end shares the high end's thousands
    ("Giá vé dao động 25-30.000 đồng.", [(25000, 30000, "đồng", False, None)]),
    # bodies counted by their capitalised head
    ("Tỉnh hiện có 3 Sở thừa biên chế.", [(3, None, "Sở", False, None)]),
    # coordinated percentages share the measure named before the first; the rate noun opens the phrase
    ("Tỷ lệ hộ nghèo và cận nghèo lần lượt là 3,2% và 5,1%.",
     [(3.2, None, "Tỷ lệ hộ nghèo và cận nghèo lần lượt", True, None),
      (5.1, None, "Tỷ lệ hộ nghèo và cận nghèo lần lượt", True, None)]),
    # a growth after a comma is the growth of what the clause before it measured
    ("Doanh thu của công ty đạt 120 tỷ đồng, tăng 12% so với năm trước.",
     [(120, None, "tỷ đồng", False, "đạt"), (12, None, "Doanh thu của công ty", True, None)]),
    ("Tòa tuyên phạt bị cáo 4 năm rưỡi tù.", [(4.5, None, "năm", False, None)]),
    ("Chương trình đã hỗ trợ 1.200 đối tượng chính sách.", [(1200, None, "đối tượng", False, None)]),
    # the refusing label word must be the whole word before the number: "thu hồi", "khởi điểm" are verbs/nouns
    ("Cục đã thu hồi 12 giấy phép, giá khởi điểm 40 tỷ đồng.",
     [(12, None, "giấy phép", False, None), (40, None, "tỷ đồng", False, None)]),
    # a number ending a capitalised name labels it; after a place or a title it counts what follows
    ("Hội nghị bàn về thực hiện Nghị quyết Trung ương 5 khóa IX.", []),
    ("Từ năm 1988, Lữ đoàn 28 sử dụng khu đất này.", []),
    ("Đại biểu gửi đến Bộ trưởng 3 kiến nghị của cử tri.", [(3, None, "kiến nghị", False, None)]),
    ("Mỗi tháng chị lên Sài Gòn 1-2 lần.", [(1, 2, "lần", False, None)]),
    ("Bà nộp cho Đài Quán Tre 55,2 triệu đồng.", [(55.2, None, "triệu đồng", False, None)]),
    # an acronym after the number is what it counts
    ("Toàn tỉnh có 50 CCN, chi phí hậu cần chiếm gần 21% GDP.",
     [(50, None, "CCN", False, None), (21, None, "GDP", True, "gần")]),
    # one count told again with a clipped unit or the other spelling of "tỷ" is one count
    ("Vụ cháy làm 4 người dân bị thương, 4 người đã xuất viện.", [(4, None, "người dân", False, None)]),
    ("Ông Trung nhận 8,2 tỉ đồng của 24 hộ dân, tổng cộng hơn 8,2 tỷ đồng.",
     [(8.2, None, "tỉ đồng", False, None), (24, None, "hộ dân", False, None)]),
    # a percentage whose clause names only a time shares the measure of the one before, or is dropped
    ("Số hộ nghèo năm 2010 chiếm 8,2% dân số, năm 2011 chiếm 7,5%.",
     [(8.2, None, "dân số", True, None), (7.5, None, "dân số", True, None)]),
    ("Năm 2011 đạt 50,3%.", []),
    # a kin pair after "hai" and named persons after "ông/bà" are not counted; other nouns after a name still are
    ("Hai bà cháu sống trong căn nhà dột nát.", []),
    ("Kết quả bỏ phiếu kín, 2 ông Nguyễn Văn Thành và Phạm Văn Hà đều trúng cử.", []),
    ("Có 2 ông già ngồi uống trà, 1.500 em được phẫu thuật.",
     [(2, None, "ông già", False, None), (1500, None, "em", False, None)]),
    # two neighbouring digit words are an approximate range, not their sum
    ("Nước biển ngập thì ba bốn năm nữa đất vẫn bị ảnh hưởng.", [(3, 4, "năm", False, None)]),
    # a thousands separator makes "2.000" a count, never a year
    ("Tỉnh có 2.000km đê biển và hơn 2.000ha lúa bị mất trắng.",
     [(2000, None, "km", False, None), (2000, None, "ha", False, "hơn")]),
    # a number glued to its unit measures even where it looks like a year or follows a label word
    ("Chủ hồ tôm rộng 2000m2 làm tuyến đường 5km.", [(2000, None, "m2", False, None), (5, None, "km", False, None)]),
    ("Bốn dự án có tổng công suất 78,8MW.", [(4, None, "dự án", False, None), (78.8, None, "MW", False, None)]),
    # "năm" is five before what it counts; "trong vòng" is a span, not a round
    ("Chương trình thực hiện trong vòng năm năm.", [(5, None, "năm", False, None)]),
    ("Phiên tòa chỉ diễn ra trong vòng 45 phút.", [(45, None, "phút", False, None)]),
    # a number after a document kind word that counts: a duration, an amount, documents of a kind
    ("Quốc hội cần quyết định 2 kế hoạch phát triển.", [(2, None, "kế hoạch", False, None)]),
    ("Huyện mua xe vượt quy định 133 triệu đồng.", [(133, None, "triệu đồng", False, None)]),
    # a range whose ends each carry the unit is one count; ends of two units stay two (GUIDELINES)
    ("Mức phạt tiền từ 30 triệu đến 40 triệu đồng.", [(30, 40, "triệu đồng", False, None)]),
    ("Mỗi bao có giá từ 30.000đ đến 50.000đ.", [(30000, 50000, "đ", False, None)]),
    ("Cao ốc được xây từ 10 tầng đến tối đa 40 tầng.", [(10, 40, "tầng", False, None)]),
    ("Nền được nâng từ 50 cm đến 1,2 m.", [(50, None, "cm", False, None), (1.2, None, "m", False, None)]),
    # a minus sign after a word is a negative value; a negative range starts at its lower end
    ("Lòng sông sâu từ -35 m đến -36 m, nhiệt độ -5 độ C.",
     [(-36, -35, "m", False, None), (-5, None, "độ", False, None)]),
    # after a number the dash links a range; after a name it is part of the name
    ("Hiệp hội xuất khẩu khoảng 1 triệu -1,1 triệu tấn gạo.", [(1, 1.1, "triệu tấn", False, "khoảng")]),
    ("Người dân đăng ký xét nghiệm Covid -19 tự nguyện.", []),
    # "trong số" is "among": the number after it counts; so does a score after "số điểm"
    ("Anh đứng thứ 2 trong số 48 nước tham gia.", [(48, None, "nước", False, None)]),
    # a part before "trong (tổng) số" counts the whole's unit, a tally like "95/96 đại biểu"
    ("Huyện đã có 77 trong tổng số 108 trưởng thôn là đảng viên.",
     [(77, None, "trưởng thôn", False, None), (108, None, "trưởng thôn", False, None)]),
    ("Thí sinh trúng tuyển với số điểm 87,81/100 điểm.",
     [(87.81, None, "điểm", False, None), (100, None, "điểm", False, None)]),
    # a tally with decimals or thousands is two counts like "95/96 đại biểu"
    ("Kinh phí bố trí là 1.434,8/3.232 tỉ đồng.", [(1434.8, None, "tỉ đồng", False, None),
                                                  (3232, None, "tỉ đồng", False, None)]),
    # numbers listed before the one that names the unit count that unit too (GUIDELINES seventh round)
    ("Ông cho thuê dài hạn (10, 20 năm) rồi xây nhà.",
     [(10, None, "năm", False, None), (20, None, "năm", False, None)]),
    ("Hai anh em sáng tạo ra nó lúc 15 và 13 tuổi.",
     [(15, None, "tuổi", False, None), (13, None, "tuổi", False, None)]),
    ("Tại tuyến đê 1 và 2, 500 cán bộ đã có mặt.", [(500, None, "cán bộ", False, None)]),
    # a bare hundred or thousand before a scale word is an amount with a qualifier or a currency, not in an idiom
    ("Công ty có ngàn tỷ đồng gửi ngân hàng.", [(1000, None, "tỷ đồng", False, None)]),
    ("Vay hơn trăm nghìn tỷ chỉ để trả nợ.", [(100, None, "nghìn tỷ", False, "hơn")]),
    ("Các dự án nghìn tỷ thua lỗ, hàng trăm tỷ đồng bị lãng phí.", []),
    # five days; a currency written with a capital
    ("Lễ hội diễn ra trong năm ngày.", [(5, None, "ngày", False, None)]),
    ("Giải thưởng 90.000 Kronor thuộc về tay đua Thụy Điển.", [(90000, None, "Kronor", False, None)]),
    # "chục" is ten in number words; a scale word may follow another; "ngàn" and "nghìn" are one spelling
    ("Xã có hai chục hộ nghèo.", [(20, None, "hộ nghèo", False, None)]),
    ("Nợ xấu xấp xỉ 600 ngàn tỷ đồng. Trong 600 nghìn tỷ đồng đó, phần lớn là tiền của dân.",
     [(600, None, "ngàn tỷ đồng", False, "xấp xỉ")]),
    # a verb fused with its passive or place word is no unit; the parties to a case are
    ("Cháy lớn, 2 công nhân chết và 4 bị thương.", [(2, None, "công nhân", False, None)]),
    ("Cơ quan điều tra khởi tố 14 bị can.", [(14, None, "bị can", False, None)]),
    # a number after "lớp" is a grade, but classes counted before the word are counts; "cả ba" still counts
    ("Trường mở thêm 3 lớp học, tai nạn tăng cả 3 mặt.",
     [(3, None, "lớp học", False, None), (3, None, "mặt", False, None)]),
    # one value and unit twice in a sentence are parallel facts told apart by the next word, not one repeated
    ("Tỉnh có 2 cửa khẩu quốc tế, 2 cửa khẩu quốc gia và nhiều đường mòn.",
     [(2, None, "cửa khẩu quốc tế", False, None), (2, None, "cửa khẩu quốc gia", False, None)]),
    ("Trong 5 dự án này, 5 dự án đã bị thu hồi.", [(5, None, "dự án", False, None)]),
    # a prize's rank after "giải" is a label, the times it was won count
    ("Việt Nam 3 lần đoạt giải Ba quốc tế.", [(3, None, "lần", False, None)]),
    # days and nights of a tour are two counts like "4 giờ 34 phút"
    ("Tour Sa Pa 6 ngày 5 đêm giá rẻ.", [(6, None, "ngày", False, None), (5, None, "đêm", False, None)]),
    # a share of a plural: the noun after "các"/"những" is what the share is of
    ("Đến nay, 100% các xã trong tỉnh đạt chuẩn.", [(100, None, "xã", True, None)]),
    # a speech particle after a percentage is no noun the share is of
    ("Giá thu mua tờ trái phiếu là 90% thôi.", [(90, None, "Giá thu mua tờ trái phiếu", True, None)]),
    # a distributive opens a phrase of its own, no complement of the counted noun
    ("Có 83 người mỗi năm chết vì tai nạn.", [(83, None, "người", False, None)]),
    # "năm" is five before a count noun ("năm dự án"), the year after a plural ("những năm dự án ...")
    ("Năm dự án đã hoàn thành; tỉnh có năm doanh nghiệp vi phạm.",
     [(5, None, "dự án", False, None), (5, None, "doanh nghiệp", False, None)]),
])
def test_counts(sentence: str, expected: list[tuple[float, float | None, str, bool, str | None]]) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Thực hiện Chỉ thị số 05 của Bộ Chính trị.",
    "Năm 2017 là năm bản lề.",
    "Chương trình bồi dưỡng đối tượng 3 đã hoàn thành.",
    "Đại hội khóa XII, lần thứ 2 đã bế mạc.",
    "Vào lúc 11h30 ngày 29/4, xe tải lưu thông.",
    "Lúc 9 giờ 30 phút, đoàn đến nơi; đến 10 giờ 45 phút ngọn lửa được dập tắt.",
    "Khoảng 20 giờ 15 phút tối qua, vụ cháy xảy ra.",
    "Giai đoạn 2 tiếp tục triển khai. Sau Đại hội 13 vẫn giữ nguyên.",
    "Doanh nghiệp chiếm 1/3 thị trường và 2/3 số lao động, trực 24/24 giờ.",
    "Ông Lê Văn Hòa (72,5%)",  # a vote share next to a name: the text does not name its measure
    "Doanh thu quý 2 tăng mạnh ở cơ sở 3 của công ty.",  # quarters and numbered facilities are labels
    "Hai bên đã ký kết thỏa thuận.",
    "Một người đàn ông đi qua.",
    "Hàng chục người dân tập trung.",
    "Gọi số 0912345678 để được hỗ trợ.",
    "Thu phí từ 5 giờ đến trước 21 giờ hằng ngày.",
    "xuất phát hồi 20 giờ 30 ngày 21/4",
    "mức phạt của Nghị định 159 còn khá nhẹ",
    "ngõ 83 đường Dục Nội được phong tỏa",
    "Năm nay, những năm người dân khó khăn đã qua.",
    "Những năm dự án chậm tiến độ đã qua.",  # "năm" the noun, not five
    "Lễ kỷ niệm năm ngày sinh của Bác.",  # "năm ngày sinh": the anniversary, no count of days
    "Khoảnh khắc 2 cha con gặp nhau.",  # a parent and child, the pair
    "Nghị định có thể ban hành trong một, hai tháng tới.",  # a month or two: vague (GUIDELINES seventh round)
    "Bà lên thăm con cháu nhưng chỉ một hai hôm rồi về.",
    "Lễ hội kéo dài đến mùng 6 Tết.",  # a day of the lunar new year
    "Tai nạn ở km 1939+400m quốc lộ 1.",  # a milestone
    "Xe đến km 25+100 bất ngờ lấn sang lề trái.",
    "Em là học sinh lớp 8/9 trường Tây Sơn; học sinh lớp 4 trả lại tiền.",  # school grades
    "Địa phương thực hiện phương châm “4 tại chỗ” và nguyên tắc 4 đúng.",  # mottos
    "Cả 2 lần mua bán đều trái luật; cả hai lĩnh vực đều khó.",  # "both" (SPEC)
    "Dăm ba người đi đường tạt vào, ngày được vài ba chục.",  # "a few"
    "Đoàn khởi hành ngày 28 tháng chạp và mồng 2, 4 Tết.",  # days of the lunar calendar
    "Cách mạng tháng Tám năm 1945 thành công.",  # a month's name
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


def test_rate_with_its_subject_before_has_the_number_as_text() -> None:
    # regression: a percentage whose unit is read before it was stored with empty text and end 0
    text = "Tỷ lệ tiêm chủng đầy đủ đạt 96,5%."
    (count,) = run(text).counts
    assert count.text == "đạt 96,5%" and ("Tin\n" + text)[count.start:count.end] == count.text


def test_dates_in_a_holiday_range_count_nothing() -> None:
    values = [c.value for c in run("Dịp lễ 30/4 - 1/5 gần 600 nghìn lượt khách.").counts]
    assert values == [600]


@pytest.mark.parametrize(("sentence", "units"), [
    ("Mức ủy thác bình quân của vùng còn thấp (72 tỷ so với 127 tỷ của cả nước).", ["tỷ", "tỷ"]),
    ("Doanh thu tăng từ 660 tỷ năm 2007 lên gần 12.000 tỷ đồng năm 2013.", ["tỷ", "tỷ đồng"]),
    ("Công ty góp thêm 3 triệu USD vào dự án.", ["triệu USD"]),
])
def test_a_bare_scale_word_takes_no_function_word_or_year_as_unit(sentence: str, units: list[str]) -> None:
    assert [c.unit for c in run(sentence).counts] == units


@pytest.mark.parametrize(("sentence", "values"), [
    ("Các quận gửi danh mục chậm nhất 2/6 trình UBND thành phố phê duyệt.", []),
    ("Đến nay đã thông xe 4/8 nút giao thông.", [4, 8]),
])
def test_a_day_and_month_after_a_deadline_word_is_no_fraction(sentence: str, values: list[float]) -> None:
    assert [c.value for c in run(sentence).counts] == values


@pytest.mark.parametrize(("sentence", "units"), [
    # a clause with no subject of its own ("và sẽ ...") shares the rate named before it
    ("Tỷ lệ bao phủ đã đạt 79% và sẽ phấn đấu đến năm 2020 đạt trên 90%.", ["Tỷ lệ bao phủ", "Tỷ lệ bao phủ"]),
    # adverbs and verbs of forecast end the subject: two statements of one rate are one count
    ("Tốc độ tăng trưởng dự báo khoảng 8,4%. Tốc độ tăng trưởng kinh tế dự kiến đạt 8,4%.",
     ["Tốc độ tăng trưởng kinh tế"]),
    # an adverb before a verb of change after a comma: the rate of what the clause before measured
    ("Tổng vốn ngân sách giải ngân là 64 nghìn tỷ, chỉ tăng 3,6% so với cùng kỳ.",
     ["nghìn tỷ", "Tổng vốn ngân sách giải ngân"]),
    # a bracket "(từ X% xuống Y%)" changes the measure before it; its second end shares the first's measure
    ("Tỉnh giảm tỷ trọng nông nghiệp (từ 47,6% xuống còn 44,6%) trong 5 năm.",
     ["tỷ trọng nông nghiệp", "tỷ trọng nông nghiệp", "năm"]),
    # an acronym in brackets does not end the rate's subject
    ("Chỉ số giá tiêu dùng (CPI) tháng 4 tăng 0,9%.", ["Chỉ số giá tiêu dùng (CPI) tháng 4 tăng"]),
    # a verb after a bare percentage is what the share does, not what it is of
    ("Hội nghị nhất trí 100% cử ông Trần Văn Nam làm Chủ tịch.", ["Hội nghị nhất trí"]),
    ("Giá bán lẻ điện tăng 7% đồng nghĩa với việc chi phí tăng.", ["Giá bán lẻ điện tăng"]),
    ("Có 98,6% cử tri tham gia bỏ phiếu.", ["cử tri"]),
])
def test_a_percentage_takes_the_subject_of_its_clause(sentence: str, units: list[str]) -> None:
    assert [c.unit for c in run(sentence).counts] == units


def test_a_percentage_after_a_bare_preposition_has_no_unit_of_its_own() -> None:
    # "(từ mức 1,6%)" with no rate before it in the sentence is dropped, not counted under "từ"
    assert [c.unit for c in run("Tỷ lệ bao phủ đã tăng nhanh, từ 60% (tương ứng 52 triệu người).").counts
            if c.percent] == []


@pytest.mark.parametrize(("sentence", "shares"), [
    # a rate per period is a percentage ("%/năm"); a place in a list of rates takes the rate named before it
    ("Lãi suất cho vay ở Myanmar là 13%/năm, Indonesia là 11,9%/năm.",
     [(13, "Lãi suất cho vay ở Myanmar"), (11.9, "Lãi suất cho vay ở Myanmar")]),
    # a clause with no subject of its own ("sau đó giảm tiếp") is of the measure named before it
    # what follows the number is what it is a share of, whatever the clause before names; a restatement, a manner
    # or a rate per period after it is not
    ("Các dự án giải ngân vốn năm nay dưới 30% kế hoạch.", [(30, "kế hoạch")]),
    ("Nhiều phường có diện tích nhỏ (dưới 50% tiêu chuẩn).", [(50, "tiêu chuẩn")]),
    ("Trong đó, đầu tư cho giao thông khoảng 32,7% tương đương gần 59.000 tỉ đồng.", [(32.7, "đầu tư cho giao thông")]),
    ("Ban chấp hành thống nhất 100% bằng phiếu kín.", [(100, "Ban chấp hành thống nhất")]),
    ("Tỉnh phấn đấu tổng sản phẩm tăng bình quân 12% một năm.", [(12, "tổng sản phẩm tăng bình quân")]),
    # the base after "so với" a verb of share, after "trên" a quantity, or after a slash is what the share is of
    ("Vốn giải ngân ước đạt 89,8% so với kế hoạch vốn.", [(89.8, "kế hoạch vốn")]),
    ("Diện tích rừng giảm 1.800 ha, tương đương 41% so với diện tích ban đầu.", [(41, "diện tích ban đầu")]),
    ("Doanh thu tăng 12% so với kế hoạch năm.", [(12, "Doanh thu tăng")]),
    ("Vốn đầu tư công mới đạt 19% trên vốn đầu tư xây dựng cơ bản.", [(19, "vốn đầu tư xây dựng cơ bản")]),
    ("Nợ xấu chưa xử lý chiếm 5,8%/tổng dư nợ cho vay.", [(5.8, "tổng dư nợ")]),
    # a conjunction before a noun opens a clause with its own subject; "hàng hóa" is a noun, "hàng năm" a time
    ("Tăng tỷ trọng công nghiệp (từ 16,7% lên 18,3%) và khu vực dịch vụ (từ 31,1% lên 33,3%).",
     [(16.7, "tỷ trọng công nghiệp"), (18.3, "tỷ trọng công nghiệp"), (31.1, "khu vực dịch vụ"),
      (33.3, "khu vực dịch vụ")]),
    ("Biển Đông là tuyến đường vận tải 40% hàng hóa của châu Âu.", [(40, "hàng hóa")]),
    # a span of years is a time, no subject: the share is of the measure before it
    ("Tỷ lệ chi đầu tư chiếm khoảng 28% trong giai đoạn 2006-2010, giai đoạn 2011 – 2013 là 28,7%.",
     [(28, "Tỷ lệ chi đầu tư"), (28.7, "Tỷ lệ chi đầu tư")]),
    # a measure noun opens the unit even far back in a long clause
    ("Mặc dù tăng trưởng kinh tế 6 tháng đầu năm của thành phố Hà Nội đạt khá (7,37%), song chưa đạt.",
     [(7.37, "tăng trưởng kinh tế 6 tháng đầu năm của thành phố Hà Nội đạt khá")]),
    # a reference back to the figure ("con số này") is of the measure named before
    ("Nhà nước giữ cổ phần chi phối (từ trên 50% đến dưới 65%) tại các công ty này.", [(50, "cổ phần chi phối")]),
    ("Trong khi nguồn vốn cho vay lại chỉ chiếm 7%-8%.", [(7, "vốn cho vay")]),
    ("Vốn mới đạt 19% trên vốn đầu tư cơ bản. Con số này đã tăng lên 23% đến tháng 4.",
     [(19, "vốn đầu tư cơ bản"), (23, "vốn đầu tư cơ bản")]),
    ("Tăng trưởng GDP năm 2014 đạt 5,5%, sau đó giảm tiếp 4%.",
     [(5.5, "Tăng trưởng GDP năm 2014"), (4, "Tăng trưởng GDP năm 2014")]),
    ("Đại biểu cho rằng tăng trưởng GDP quý I ở mức 5,1% thấp hơn mức 5,5% của cùng kỳ.",
     [(5.1, "tăng trưởng GDP quý I"), (5.5, "tăng trưởng GDP quý I")]),
    # a target restated with its value is the measure stated with that value: one count
    ("Mục tiêu tăng trưởng GDP năm nay là 6,7%. Nếu không đạt được mục tiêu 6,7%, kinh tế sẽ khó.",
     [(6.7, "tăng trưởng GDP năm nay")]),
    # a time word after the number is no noun the share is of
    ("Tốc độ tăng trưởng tín dụng 5,76% cuối tháng 4 là cao nhất.", [(5.76, "Tốc độ tăng trưởng tín dụng")]),
    # "số" takes the noun phrase after it; a name's share in brackets takes the measure named before
    ("Ứng viên A chỉ còn 20% số phiếu ủng hộ, xếp sau bà Lê Thị B (27%).",
     [(20, "số phiếu ủng hộ"), (27, "số phiếu ủng hộ")]),
    ("Trong năm, quận cắt giảm 16% số bà mẹ nhận trợ cấp vì chuyển đi.", [(16, "số bà mẹ nhận trợ cấp")]),
    # "cụ thể" is no honorific: its clause is no person's share
    ("Cụ thể rau quả đạt 27,7%/năm, hạt điều đạt 12,9%/năm.", [(27.7, "Cụ thể rau quả"), (12.9, "hạt điều")]),
    # a share in brackets, or after a verb of share, is of the noun after it even with a measure named before
    ("Đây là liên doanh của Công ty Cổ phần Kinh Đô (50% vốn điều lệ).", [(50, "vốn điều lệ")]),
    ("Khảo sát với khối FDI cho thấy có 45% doanh nghiệp đưa quà.", [(45, "doanh nghiệp")]),
    # a ratio written with "/" is the measure, not its divisor; a rate's tail after "/năm" shares the rate
    ("Đặc biệt, chỉ tiêu nợ Chính phủ/GDP năm 2015 là 50,3% đã vượt trần.", [(50.3, "nợ Chính phủ/GDP năm 2015")]),
    ("Với mức tăng trưởng 3,9%/năm về chiều dài và 0,25%/năm về diện tích.",
     [(3.9, "tăng trưởng"), (0.25, "tăng trưởng")]),
])
def test_a_percentage_is_of_the_measure_the_text_names_for_it(sentence: str, shares: list[tuple[float, str]]) -> None:
    assert [(c.value, c.unit) for c in run(sentence).counts if c.percent] == shares
