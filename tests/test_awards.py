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


@pytest.mark.parametrize(("sentence", "award"), [
    # a name runs over lower-case words up to a word that cannot be in one
    ("Ông Nguyễn Văn Hải được phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân năm 2005.",
     "danh hiệu anh hùng lực lượng vũ trang nhân dân"),
    ("Bà Lê Thị Mai được tặng Huy chương Vì sự nghiệp giáo dục.", "huy chương vì sự nghiệp giáo dục"),
    ("Ông Trần Văn Nam nhận Huân chương Kháng chiến chống Mỹ cứu nước hạng Nhất.",
     "huân chương kháng chiến chống mỹ cứu nước hạng nhất"),
    ("Chị Nguyễn Thị Hoa được tặng Huân chương Hồ Chí Minh của Chủ tịch nước.", "huân chương hồ chí minh"),
    ("Ông Trần Văn Nam nhận danh hiệu Doanh nhân trẻ khởi nghiệp xuất sắc trong năm.",
     "danh hiệu doanh nhân trẻ khởi nghiệp xuất sắc"),
    # a metal closes a medal's name; a quoted name is the quotation; "vinh dự Nhà nước" is no part of it
    ("Vận động viên Hoàng Xuân Vinh giành Huy chương Vàng tại Thế vận hội.", "huy chương vàng"),
    ("Ông Trần Văn Nam nhận danh hiệu “Công dân Thủ đô ưu tú” năm nay.", "danh hiệu công dân thủ đô ưu tú"),
    ("Bà Lê Thị Mai được truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam Anh hùng”.",
     "danh hiệu bà mẹ việt nam anh hùng"),
    # lower case names: after a verb of giving or receiving for "danh hiệu"; "nhân dịp" ends one
    ("Chị Nguyễn Thị Hoa đạt danh hiệu chiến sĩ thi đua cơ sở.", "danh hiệu chiến sĩ thi đua cơ sở"),
    ("Công ty Điện lực Quảng Bình nhận huân chương lao động nhân dịp kỷ niệm 40 năm thành lập.",
     "huân chương lao động"),
    ("Chị Nguyễn Thị Hoa nhận Kỷ niệm chương Vì sự nghiệp phụ nữ Việt Nam.",
     "kỷ niệm chương vì sự nghiệp phụ nữ việt nam"),
    ("Đạo diễn Lương Đình Dũng giành được giải thưởng Phim truyện hay nhất.", "giải thưởng phim truyện hay nhất"),
])
def test_award_name_ends_where_the_honour_name_ends(sentence: str, award: str) -> None:
    assert [a.award for a in run(sentence).awards] == [award]


@pytest.mark.parametrize(("sentence", "awards"), [
    ("Huân chương này là sự ghi nhận những đóng góp của ông.", []),  # the honour told before, referred back to
    ("Federer giành danh hiệu Grand Slam thứ 19 tại Wimbledon.", []),  # a championship is no award
    ("Mỗi đoàn viên hãy sống xứng đáng với danh hiệu cao quý.", []),  # no honour named
    ("Hội đồng thi đua xét danh hiệu thi đua cho các tập thể.", []),  # lower case, no verb of giving
    ("Sở Y tế công bố Giải thưởng Chất lượng khám chữa bệnh năm nay.", []),  # a prize as an event, given to none
    ("Công ty đã trao giải thưởng khuyến mãi không đúng cam kết.", []),  # no one named receives it
    ("Chủ tịch nước gắn Huân chương lên lá cờ truyền thống của đơn vị.", []),  # the flag; a bare medal, no one
    ("Suốt thời gian đi học, Nguyễn Văn Bằng đều đạt danh hiệu khá, giỏi.", []),  # a school grade
    ("Đội tuyển Việt Nam có 7 thí sinh giành huy chương tại kỳ thi.", []),  # a bare medal no one is named for
    ("Thanh tra Bộ Lao động đang xét tặng bằng khen cho ông Nguyễn Văn Hải.", []),  # proposed, not given
    ("Thủ tướng yêu cầu thu hồi Bằng khen đối với ông Trịnh Xuân Thanh; Huân chương Lao động hạng Ba đối với "
     "Tổng công ty PVC.", []),  # every honour after a revoking verb in the sentence
    # no verb of giving, receiving or winning in the clause: a category or a thing, no honour given
    ("Phần thưởng dành cho huy chương vàng là 15 triệu đồng, huy chương bạc: 10 triệu đồng.", []),
    ("Hàng trăm bằng khen, huân chương bị xếp xó trong tủ của một công chức xã.", []),
    ("Hàng trăm bằng khen, Huy chương Kháng chiến bị xếp xó trong tủ.", []),  # "khen" of "bằng khen" is no verb
    ("Hàng ngàn cán bộ được tặng thưởng Huân huy chương kháng chiến cao quý.", []),  # orders and medals as a class
    # the verb before a list of honours tells them all
    ("Nhiều cán bộ được tặng thưởng Huân chương Độc lập, Huân chương Quân công.",
     ["huân chương độc lập", "huân chương quân công"]),
])
def test_words_that_tell_no_award(sentence: str, awards: list[str]) -> None:
    assert [a.award for a in run(sentence).awards] == awards


def test_every_honour_of_a_revoked_list_is_taken_away() -> None:
    sentence = ("Chủ tịch nước quyết định hủy bỏ danh hiệu Anh hùng Lao động, Huân chương Lao động hạng Nhất, "
                "Huân chương Lao động hạng Nhì đối với Tổng công ty PVC.")
    assert run(sentence).awards == []


@pytest.mark.parametrize(("sentence", "grantor", "recipients"), [
    # "của GRANTOR" names the honour's giver, whoever hands it over; "tặng X" after it names the receiver
    ("Bộ trưởng Mai Tiến Dũng trao Bằng khen của Thủ tướng Chính phủ tặng ông Nguyễn Quốc Cường.",
     "Thủ tướng Chính phủ", ["Nguyễn Quốc Cường"]),
    # a post gives: alone, or written before the person who holds it
    ("Thủ tướng tặng bằng khen cho ông Toni Ruttimann.", "Thủ tướng", ["Toni Ruttimann"]),
    ("Chủ tịch nước Trần Đại Quang trao Huân chương Lao động hạng Nhất cho Công ty Điện lực Quảng Bình.",
     "Chủ tịch nước", ["Công ty Điện lực Quảng Bình"]),
    # "cho X" after the award beats the subject of the clause
    ("Văn phòng Quốc hội tổ chức lễ truy tặng Huân chương Hồ Chí Minh của Chủ tịch nước cho nhạc sĩ Văn Cao.",
     "Chủ tịch nước", ["Văn Cao"]),
    # names listed together receive together
    ("Hoàng Trọng Hiệp và Trần Đức Thắng được UBND tỉnh Đắk Nông tặng bằng khen.", "UBND tỉnh Đắk Nông",
     ["Hoàng Trọng Hiệp", "Trần Đức Thắng"]),
    # a photo credit glued before the caption acts in no sentence
    ("Ảnh: Nhan Sáng/TTXVN Chủ tịch nước trao bằng khen cho Công ty Điện lực Quảng Bình.", "Chủ tịch nước",
     ["Công ty Điện lực Quảng Bình"]),
    # an honour pinned on a unit's flag is the unit's
    ("Chủ tịch nước gắn Huân chương Quân công hạng Nhất lên lá cờ truyền thống của Công ty Điện lực Quảng Bình.",
     "Chủ tịch nước", ["Công ty Điện lực Quảng Bình"]),
    # "Lễ đón nhận" names a ceremony: its speaker receives nothing
    ("Ông Trần Văn Nam phát biểu tại Lễ đón nhận Huân chương Lao động hạng Ba.", None, []),
    # a country gives ("nước Pháp")
    ("Gia đình ông Tôn Thất Bách đón nhận huân chương Cành cọ hàn lâm do nước Pháp tặng.", "Pháp",
     ["Tôn Thất Bách"]),
    # the State gives as written ("được Nhà nước phong tặng"), not the country "nước"
    ("Năm 2000, Công ty Điện lực Quảng Bình được Nhà nước phong tặng danh hiệu Anh hùng Lao động.", "Nhà nước",
     ["Công ty Điện lực Quảng Bình"]),
    ("Huyện Định Hóa đã được Đảng, Nhà nước phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.",
     "Đảng, Nhà nước", ["Định Hóa"]),
    # the state written after the post is part of the giver's name
    ("Công ty Điện lực Quảng Bình đón nhận bằng khen của Thủ tướng Chính phủ nước CHXHCN Việt Nam.",
     "Thủ tướng Chính phủ nước CHXHCN Việt Nam", ["Công ty Điện lực Quảng Bình"]),
    # a prize "thuộc về" its winner
    ("Năm nay giải thưởng 90.000 Kronor thuộc về tay đua Daniel Tynell.", None, ["Daniel Tynell"]),
])
def test_grantor_and_recipients(sentence: str, grantor: str | None, recipients: list[str]) -> None:
    [a] = run(sentence).awards
    assert (a.grantor, a.recipients) == (grantor, recipients)


def test_honours_listed_after_one_verb_share_its_receiver() -> None:
    awards = run("Ông Lê Quang Lộc được tặng Huân chương Lao động hạng Ba, Huy chương Chiến sĩ vẻ vang.").awards
    assert [(a.award, a.recipients) for a in awards] == [
        ("huân chương lao động hạng ba", ["Lê Quang Lộc"]), ("huy chương chiến sĩ vẻ vang", ["Lê Quang Lộc"])]


@pytest.mark.parametrize(("sentence", "recipients"), [
    # the names of a reported clause's speaker and of a bracketed aside are not its subject
    ("Ông Trần Văn Nam cho biết Công ty Điện lực Quảng Bình đã nhận Huân chương Lao động hạng Ba.",
     ["Công ty Điện lực Quảng Bình"]),
    ("Thông tin từ Cục Khảo thí (Bộ Giáo dục và Đào tạo) cho biết em Đinh Anh Dũng giành huy chương vàng.",
     ["Đinh Anh Dũng"]),
    # "được tặng thưởng nhiều bằng khen": received, the subject gives nothing
    ("Bị cáo Nguyễn Ngọc Minh đã được tặng thưởng nhiều bằng khen.", ["Nguyễn Ngọc Minh"]),
])
def test_recipient_is_the_subject_of_the_award_clause(sentence: str, recipients: list[str]) -> None:
    [a] = run(sentence).awards
    assert (a.grantor, a.recipients) == (None, recipients)


@pytest.mark.parametrize(("sentence", "given"), [
    # a plain honour's giver written right behind it, with no "của"
    ("Ông Trần Văn Nam nhiều năm liền nhận Giấy khen Tổng cục Thuế, Bằng khen Bộ Tài chính.",
     [("giấy khen", "Tổng cục Thuế", ["Trần Văn Nam"]), ("bằng khen", "Bộ Tài chính", ["Trần Văn Nam"])]),
    ("Trường THCS Lê Lợi được tặng bằng khen UBND tỉnh Quảng Trị.",
     [("bằng khen", "UBND tỉnh Quảng Trị", ["Trường THCS Lê Lợi"])]),
    # a named honour's capitalised words are its name, not a giver
    ("Công ty Điện lực Quảng Bình được tặng Huân chương Lao động hạng Ba.",
     [("huân chương lao động hạng ba", None, ["Công ty Điện lực Quảng Bình"])]),
])
def test_giver_written_behind_a_plain_honour(sentence: str, given: list[tuple[str, str | None, list[str]]]) -> None:
    assert [(a.award, a.grantor, a.recipients) for a in run(sentence).awards] == given


def test_theo_de_nghi_is_the_route_of_an_award_given() -> None:
    [a] = run("Theo đề nghị của Bộ Nội vụ, Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Sở Nội vụ.").awards
    assert (a.award, a.grantor) == ("huân chương lao động hạng ba", "Chủ tịch nước")


def test_reason_keeps_a_thousands_dot() -> None:
    [a] = run("UBND tỉnh Điện Biên tặng bằng khen cho Đồn Biên phòng A Pa Chải vì đã thu giữ 160.000 viên ma "
              "túy.").awards
    assert a.reason == "thu giữ 160.000 viên ma túy"


@pytest.mark.parametrize(("text", "award", "grantor", "recipients"), [
    # the headline's bare telling and the body's full one are one award
    ("Thủ tướng tặng bằng khen cho chị Trần Thị Anh. Chị Trần Thị Anh được Thủ tướng Chính phủ tặng Bằng khen.",
     "bằng khen", "Thủ tướng Chính phủ", ["Trần Thị Anh"]),
    ("Pháp tặng huân chương cho ông Tôn Thất Bách. Ông Bách nhận huân chương Cành cọ hàn lâm do nước Pháp tặng.",
     "huân chương cành cọ hàn lâm", "Pháp", ["Tôn Thất Bách"]),
    # a telling with neither grantor nor recipient adds nothing to a record of its kind
    ("Chủ tịch nước trao Huân chương Lao động hạng Nhất cho Bộ Tư pháp. Huân chương Lao động hạng Nhất được trao "
     "sáng nay.", "huân chương lao động hạng nhất", "Chủ tịch nước", ["Bộ Tư pháp"]),
])
def test_one_award_told_several_ways_is_one_record(text: str, award: str, grantor: str,
                                                   recipients: list[str]) -> None:
    [a] = run(text).awards
    assert (a.award, a.grantor, a.recipients) == (award, grantor, recipients)


@pytest.mark.parametrize(("sentence", "recipients"), [
    # a place opening the clause receives when no body or person is named
    ("Huyện Cần Giờ vinh dự đón nhận danh hiệu Anh hùng Lao động.", ["Cần Giờ"]),
    # a place elsewhere in the clause is where things happen
    ("Tại Hà Nội, các em học sinh giành Huy chương Vàng.", []),
])
def test_a_place_receives_only_as_the_clause_subject(sentence: str, recipients: list[str]) -> None:
    assert [a.recipients for a in run(sentence).awards] == [recipients]


def test_a_bare_prize_goes_to_the_name_right_before_its_verb() -> None:
    [a] = run("Nhiều nghệ sĩ bị cấm, trong đó có nhà văn Han Kang và đạo diễn Park Chan-wook từng đoạt giải thưởng "
              "lớn tại Cannes.").awards
    assert (a.award, a.recipients) == ("giải thưởng", ["Park Chan-wook"])


def test_a_listed_honour_keeps_its_own_grantor() -> None:
    awards = run("Lực lượng Quản lý thị trường được tặng Cờ thi đua, Bằng khen của Thủ tướng Chính phủ.").awards
    assert [(a.award, a.grantor) for a in awards] == [("cờ thi đua", None), ("bằng khen", "Thủ tướng Chính phủ")]


def test_the_organiser_of_a_ceremony_listing_honours_receives_none() -> None:
    awards = run("Đảng ủy Văn phòng Chính phủ tổ chức lễ trao huy hiệu Đảng, huân chương, bằng khen cho các "
                 "nguyên lãnh đạo.").awards
    assert [(a.award, a.recipients) for a in awards] == [("bằng khen", [])]


@pytest.mark.parametrize(("sentence", "award", "grantor", "recipients"), [
    # the "được" nearest the verb names the giver
    ("Công ty Điện lực Quảng Bình 3 lần được Chủ tịch nước tặng Huân chương Lao động, 4 lần được Thủ tướng Chính "
     "phủ tặng Cờ thi đua.", "cờ thi đua", "Thủ tướng Chính phủ", ["Công ty Điện lực Quảng Bình"]),
    # one who hands over on behalf of another is not the grantor
    ("Thừa ủy quyền của Chủ tịch nước, ông Hoàng Dân Mạc trao tặng Huân chương Lao động hạng Nhất cho Công ty "
     "Điện lực Quảng Bình.", "huân chương lao động hạng nhất", "Chủ tịch nước", ["Công ty Điện lực Quảng Bình"]),
    # a degree written with a comma before the name ("PGS,TS") is no list break
    ("Bộ Y tế trao Huân chương Lao động hạng Nhì tặng PGS,TS Phạm Viết Nhung.", "huân chương lao động hạng nhì",
     "Bộ Y tế", ["Phạm Viết Nhung"]),
])
def test_giver_and_receiver_in_longer_sentences(sentence: str, award: str, grantor: str,
                                                recipients: list[str]) -> None:
    matching = [a for a in run(sentence).awards if a.award == award]
    assert [(a.grantor, a.recipients) for a in matching] == [(grantor, recipients)]


@pytest.mark.parametrize("sentence", [
    "Bà Bùi Lệ Oanh sẽ được thưởng nếu được chủ tịch tỉnh tặng bằng khen.",  # a condition
    "Sở Nội vụ đã có hồ sơ đề xuất chủ tịch tỉnh tặng bằng khen cho bà Bùi Lệ Oanh.",  # a proposal
    "Ngày mai, Bộ trưởng sẽ trao bằng khen cho ông Nguyễn Văn Hải.",  # to come
    "Thủ tướng hy vọng sang năm, khi đến thăm các đại sứ quán, ông có dịp trao Bằng khen cho ông Nguyễn Văn Hải.",
])
def test_an_honour_not_yet_given_is_no_award(sentence: str) -> None:
    assert run(sentence).awards == []


def test_a_place_before_the_verb_is_no_grantor_when_a_person_gives() -> None:
    [a] = run("Bí thư Thành ủy Nguyễn Thiện Nhân đến nhà riêng tại phường 12, quận 5 trao huy hiệu 70 năm tuổi Đảng "
              "cho ông Trần Thăng Phúc.").awards
    assert (a.grantor, a.recipients) == ("Bí thư Thành ủy", ["Trần Thăng Phúc"])


def test_a_recipient_named_by_given_name_gets_the_full_name_the_article_gives() -> None:
    [a] = run("Hai sinh viên Hoàng Trọng Hiệp và Trần Đức Thắng cứu người đuối nước. Hiệp và Thắng được UBND tỉnh "
              "Đắk Nông tặng bằng khen.").awards
    assert a.recipients == ["Hoàng Trọng Hiệp", "Trần Đức Thắng"]


def test_tellings_naming_the_grantor_more_fully_are_one_award() -> None:
    text = ("Bộ Văn hóa tặng bằng khen cho ba đơn vị. Thứ trưởng Đỗ Quí Doãn trao bằng khen cho ba đơn vị. Sáng nay, "
            "Thứ trưởng Bộ Văn hóa Đỗ Quí Doãn đã trao bằng khen cho ba đơn vị.")
    assert [(a.award, a.grantor) for a in run(text).awards] == [("bằng khen", "Thứ trưởng Bộ Văn hóa")]


def test_the_holder_of_a_granting_post_is_no_recipient() -> None:
    [a] = run("Đại diện Bộ Giáo dục trao bằng khen của Bộ trưởng Phùng Xuân Nhạ cho em Trần Đức Đông.").awards
    assert (a.grantor, a.recipients) == ("Bộ trưởng", ["Trần Đức Đông"])


@pytest.mark.parametrize(("text", "recipients"), [
    ("Ông Lê Quang Lộc từ trần ngày 2-3. Đồng chí đã được tặng thưởng Huy hiệu TP.HCM, Huân chương Lao động hạng "
     "Ba.", ["Lê Quang Lộc"]),
    ("Chị Nguyễn Thị Hoa là công nhân. Năm 2010, chị được nhận bằng khen của Thủ tướng.", ["Nguyễn Thị Hoa"]),
    # any lower-case word may follow the pronoun
    ("Ông Nguyễn Xuân Tạo ở Vĩnh Phúc. Ông không mặc cảm, cố gắng học và được tặng bằng khen.",
     ["Nguyễn Xuân Tạo"]),
    # a named subject is no pronoun
    ("Ông Lê Quang Lộc từ trần. Ông Trần Văn Nam đã được tặng Huân chương Lao động hạng Ba.", ["Trần Văn Nam"]),
])
def test_a_pronoun_subject_receives_for_the_person_just_named(text: str, recipients: list[str]) -> None:
    assert [a.recipients for a in run(text).awards] == [recipients]


@pytest.mark.parametrize(("sentence", "awards"), [
    # grades listed after one order are one honour each
    ("Công ty Điện lực Quảng Bình 3 lần được Chủ tịch nước tặng Huân chương Lao động (hạng Nhất, Nhì, Ba).",
     [("huân chương lao động hạng ba", "Chủ tịch nước"), ("huân chương lao động hạng nhì", "Chủ tịch nước"),
      ("huân chương lao động hạng nhất", "Chủ tịch nước")]),
    # two givers joined by "và" give one award each (GUIDELINES, sixth round), passive or active
    ("Công ty Điện lực Quảng Bình được Bộ Xây dựng và Công đoàn Xây dựng Việt Nam tặng bằng khen.",
     [("bằng khen", "Bộ Xây dựng"), ("bằng khen", "Công đoàn Xây dựng Việt Nam")]),
    ("Bộ Xây dựng và Công đoàn Xây dựng Việt Nam tặng bằng khen cho Công ty Điện lực Quảng Bình.",
     [("bằng khen", "Bộ Xây dựng"), ("bằng khen", "Công đoàn Xây dựng Việt Nam")]),
    # honours counted in a list share the voice of the list's verb
    ("Chủ tịch nước trao 11 Huân chương Độc lập hạng Nhì, 74 Huân chương Độc lập hạng Ba tặng Công ty Điện lực "
     "Quảng Bình.", [("huân chương độc lập hạng ba", "Chủ tịch nước"),
                     ("huân chương độc lập hạng nhì", "Chủ tịch nước")]),
    # "Cờ thi đua xuất sắc" is an honour of its own
    ("Công ty Điện lực Quảng Bình được Thủ tướng Chính phủ tặng Cờ thi đua xuất sắc.",
     [("cờ thi đua xuất sắc", "Thủ tướng Chính phủ")]),
])
def test_one_telling_of_several_awards(sentence: str, awards: list[tuple[str, str]]) -> None:
    assert sorted((a.award, a.grantor) for a in run(sentence).awards) == awards


@pytest.mark.parametrize(("sentence", "reason"), [
    # "do X trao tặng" names who gives, not why
    ("Công ty Điện lực Quảng Bình nhận bằng khen do UBND tỉnh Bình Dương trao tặng.", None),
    # "về" after a verb of transfer is a direction
    ("Ông Nguyễn Văn An được UBND tỉnh tặng bằng khen, tiền thưởng được chuyển về tài khoản của ông.", None),
    # the word that introduced the period stays with the period
    ("Công ty Điện lực Quảng Bình nhận bằng khen vì thành tích xuất sắc năm 2016-2017.", "thành tích xuất sắc"),
])
def test_reason_is_a_cause_not_an_agent_or_a_direction(sentence: str, reason: str | None) -> None:
    [a] = run(sentence).awards
    assert a.reason == reason


@pytest.mark.parametrize(("sentence", "grantor", "recipients"), [
    # one who gives for a body hands over the body's honour
    ("Thay mặt lãnh đạo Đảng và Nhà nước, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân trao Huân chương Lao động hạng "
     "Nhất cho Công ty Điện lực Quảng Bình.", "Đảng và Nhà nước", ["Công ty Điện lực Quảng Bình"]),
    # one who receives for a body receives the body's honour
    ("Thay mặt Công ty Điện lực Quảng Bình, ông Trần Văn Nam đón nhận Huân chương Lao động hạng Ba.", None,
     ["Công ty Điện lực Quảng Bình"]),
])
def test_one_acting_for_a_body_gives_or_receives_its_honour(sentence: str, grantor: str | None,
                                                            recipients: list[str]) -> None:
    [a] = run(sentence).awards
    assert (a.grantor, a.recipients) == (grantor, recipients)


def test_the_hander_told_as_giver_elsewhere_is_the_same_award() -> None:
    text = ("Sáng 1/11, thay mặt lãnh đạo Đảng và Nhà nước, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã trao Huân chương "
            "Lao động hạng Nhất cho Công ty Điện lực Quảng Bình. Chủ tịch Quốc hội Nguyễn Thị Kim Ngân trao Huân "
            "chương Lao động hạng Nhất cho Công ty Điện lực Quảng Bình.")
    assert [(a.grantor, a.recipients) for a in run(text).awards] == [
        ("Đảng và Nhà nước", ["Công ty Điện lực Quảng Bình"])]


@pytest.mark.parametrize(("sentence", "grantor", "recipients"), [
    # a generic receiver named after "là" / "còn có"
    ("Bốn học sinh được nhận bằng khen của Thủ tướng là Lê Hùng Việt Bảo, Lê Trọng Cảnh và Cao Thị Phương Anh.",
     "Thủ tướng", ["Lê Hùng Việt Bảo", "Lê Trọng Cảnh", "Cao Thị Phương Anh"]),
    ("Các cá nhân khác được tặng danh hiệu Chiến sĩ thi đua năm 2020 còn có GS. Lê Ngọc Canh.", None,
     ["Lê Ngọc Canh"]),
    # one giver named after two gifts gives both
    ("Ông Sanjeev Chowdhury được trao bằng khen và huy hiệu của Hiệp hội UNESCO Việt Nam.",
     "Hiệp hội UNESCO Việt Nam", ["Sanjeev Chowdhury"]),
])
def test_receivers_named_after_the_award(sentence: str, grantor: str | None, recipients: list[str]) -> None:
    [a] = run(sentence).awards
    assert (a.grantor, a.recipients) == (grantor, recipients)


@pytest.mark.parametrize(("text", "grantor"), [
    # the holder's position names the post's body
    ("Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến dự lễ. Bộ trưởng Nguyễn Thị Kim Tiến trao bằng khen cho ông Trần Văn Nam.",
     "Bộ trưởng Bộ Y tế"),
    # a bare post in a headline: the one body the article gives that title
    ("Bộ trưởng trao bằng khen cho ông Trần Văn Nam. Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến dự lễ.",
     "Bộ trưởng Bộ Y tế"),
])
def test_a_bare_post_gives_with_the_body_its_holder_holds_it_in(text: str, grantor: str) -> None:
    [a] = run(text).awards
    assert a.grantor == grantor


def test_the_receiver_after_a_list_receives_every_honour_in_it() -> None:
    awards = run("Thay mặt Nhà nước, ông Trần Văn Nam trao 11 Huân chương Độc lập hạng Nhì, 74 Huân chương Độc lập "
                 "hạng Ba tặng Công ty Điện lực Quảng Bình.").awards
    assert [(a.award, a.grantor, a.recipients) for a in awards] == [
        ("huân chương độc lập hạng nhì", "Nhà nước", ["Công ty Điện lực Quảng Bình"]),
        ("huân chương độc lập hạng ba", "Nhà nước", ["Công ty Điện lực Quảng Bình"])]


def test_receivers_named_as_members_of_a_group_join_its_award() -> None:
    text = ("Bác sĩ Nguyễn Trung Cấp được Chủ tịch UBND TP Hà Nội tặng danh hiệu Công dân Thủ đô ưu tú. Các cá nhân "
            "khác được tặng danh hiệu Công dân Thủ đô ưu tú còn có GS. Lê Ngọc Canh.")
    assert [(a.grantor, a.recipients) for a in run(text).awards] == [
        ("Chủ tịch UBND TP Hà Nội", ["Nguyễn Trung Cấp", "Lê Ngọc Canh"])]


def test_a_counted_group_of_the_subject_receives_not_the_subject() -> None:
    [a] = run("Năm nay Công ty Điện lực Quảng Bình có gần 190 công nhân đạt danh hiệu Chiến sĩ thi đua.").awards
    assert a.recipients == []


def test_a_badge_listed_after_honours_shares_their_giver() -> None:
    awards = run("Ông Võ Trần Chí được Đảng và Nhà nước tặng thưởng Huân chương Độc lập hạng nhất, Huy hiệu 65 năm "
                 "tuổi Đảng.").awards
    assert [(a.award, a.grantor, a.recipients) for a in awards] == [
        ("huân chương độc lập hạng nhất", "Đảng và Nhà nước", ["Võ Trần Chí"]),
        ("huy hiệu 65 năm tuổi đảng", "Đảng và Nhà nước", ["Võ Trần Chí"])]
