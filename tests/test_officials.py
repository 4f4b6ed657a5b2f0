"""Officials: a person, every title they hold, and the body of each."""

import pytest

from conftest import run
from extractor.api import extract


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
    # a foreign name set off from its title by a dash
    ("Dự họp có Thủ tướng - Stefan Lofven và Bộ trưởng Tài chính - Magdalena Andersson.",
     {"Stefan Lofven": [("Thủ tướng", None)], "Magdalena Andersson": [("Bộ trưởng", "Bộ Tài chính")]}),
    # a year or a date run into the title (a caption or period with no full stop) is no count of posts
    ("Cuộc thi giai đoạn 2017 – 2020 Bộ trưởng Bộ Y tế Lê Thị Hoa đánh giá.",
     {"Lê Thị Hoa": [("Bộ trưởng", "Bộ Y tế")]}),
    ("Sáng 30/6 Giám đốc Sở Nội vụ Trần Văn Hải cho biết.", {"Trần Văn Hải": [("Giám đốc", "Sở Nội vụ")]}),
    # a ministry's field in capitals after the title, the name before it: the body, not another person
    ("Ông Trần Văn Tú, Ủy viên Trung ương, Bộ trưởng Công Thương; ông Lê Văn Bá dự.",
     {"Trần Văn Tú": [("Ủy viên", "Trung ương"), ("Bộ trưởng", "Bộ Công Thương")]}),
    ("Ông Nguyễn Văn Lạng, Chủ tịch UBND tỉnh Đăk Lăk cho biết.",
     {"Nguyễn Văn Lạng": [("Chủ tịch", "UBND tỉnh Đăk Lăk")]}),
    ("Tổng thống Mỹ Donald Trump phát biểu.", {"Donald Trump": [("Tổng thống", "Mỹ")]}),
    ("Ông Trần Văn A, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Quảng Nam phát biểu.",
     {"Trần Văn A": [("Ủy viên", "Ban Thường vụ Tỉnh ủy"), ("Phó Chủ tịch", "UBND tỉnh Quảng Nam")]}),
    ("Tham dự có các đồng chí: Phạm Minh Chính, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương; "
     "Nguyễn Văn Nên, Ủy viên Trung ương Đảng, Chánh Văn phòng Trung ương Đảng.",
     {"Phạm Minh Chính": [("Ủy viên", "Bộ Chính trị"), ("Trưởng Ban", "Ban Tổ chức Trung ương")],
      "Nguyễn Văn Nên": [("Ủy viên", "Trung ương Đảng"), ("Chánh Văn phòng", "Trung ương Đảng")]}),
    ("Thủ tướng Nguyễn Xuân Phúc tiếp Bộ trưởng Quốc phòng Sylvie Goulard.",
     {"Nguyễn Xuân Phúc": [("Thủ tướng", None)], "Sylvie Goulard": [("Bộ trưởng", "Bộ Quốc phòng")]}),
    ("Ông Huỳnh Văn Be được bầu làm Bí thư Tỉnh ủy.", {"Huỳnh Văn Be": [("Bí thư", "Tỉnh ủy")]}),
    ("Ông Trịnh Tuấn Thành, Chủ tịch UBND Thị xã Bỉm Sơn đồng thời là Chủ tịch Ủy ban bầu cử thị xã Bỉm Sơn cho biết.",
     {"Trịnh Tuấn Thành": [("Chủ tịch", "UBND Thị xã Bỉm Sơn"), ("Chủ tịch", "Ủy ban bầu cử thị xã Bỉm Sơn")]}),
    ("Ông Nguyễn Văn Sơn - Chủ tịch TP Hội An thông tin.", {"Nguyễn Văn Sơn": [("Chủ tịch", "TP Hội An")]}),
    ("Vua Đan Mạch Kristian II đã cai trị.", {"Kristian II": [("Vua", "Đan Mạch")]}),
    # the parent body after "của" sits between the committee and the name
    ("Chủ nhiệm Ủy ban Pháp luật của Quốc hội Trần Văn Tâm trình bày báo cáo thẩm tra.",
     {"Trần Văn Tâm": [("Chủ nhiệm", "Ủy ban Pháp luật")]}),
    # a counted title ("2 Thẩm phán") is no post of the name after the next title
    ("Về việc bổ nhiệm 2 Thẩm phán Tòa án nhân dân tối cao, Phó Chủ nhiệm Ủy ban Tư pháp Lê Văn Bình cho biết.",
     {"Lê Văn Bình": [("Phó Chủ nhiệm", "Ủy ban Tư pháp")]}),
    # a surname that is also a one-syllable place ("Phùng", "Vương", "Lâm") starts the name, not the body's place
    ("Phó Chủ tịch Quốc hội Phùng Văn Hòa điều hành phiên họp.", {"Phùng Văn Hòa": [("Phó Chủ tịch", "Quốc hội")]}),
    ("Chủ tịch Quốc hội Vương Văn Minh phát biểu bế mạc.", {"Vương Văn Minh": [("Chủ tịch", "Quốc hội")]}),
    ("Phó Trưởng Ban Tuyên giáo Trung ương Lâm Văn Hùng dự hội nghị.",
     {"Lâm Văn Hùng": [("Phó Trưởng Ban", "Ban Tuyên giáo Trung ương")]}),
    ("Hội nghị quyết định cho thôi giữ chức Ủy viên Bộ Chính trị khóa XII đối với ông Đinh La Thăng.",
     {"Đinh La Thăng": [("Ủy viên", "Bộ Chính trị")]}),
    # a term after a post ("khóa XI, XII", "nhiệm kỳ ...") does not end the list of posts
    ("Ông Lê Văn Tám là Ủy viên Trung ương Đảng khóa XI, XII; Đại biểu Quốc hội khóa XIII.",
     {"Lê Văn Tám": [("Ủy viên", "Trung ương Đảng"), ("Đại biểu", "Quốc hội")]}),
    ("Bà Phạm Thị Hoa, Chủ tịch HĐND tỉnh nhiệm kỳ 2016 - 2021, Trưởng đoàn ĐBQH tỉnh phát biểu.",
     {"Phạm Thị Hoa": [("Chủ tịch", "HĐND tỉnh"), ("Trưởng đoàn", "ĐBQH tỉnh")]}),
    # "tân" (newly appointed) names the holder, not another post: one post, written without it (GUIDELINES)
    ("Tân Tổng Lãnh sự Ấn Độ, ông Lah Thla Muana, đến chào xã giao.", {"Lah Thla Muana": [("Tổng Lãnh sự", "Ấn Độ")]}),
    ("Tân Phó Bí thư Tỉnh ủy Lạng Sơn Hồ Văn Tư phát biểu. Ông Hồ Văn Tư, Phó Bí thư Tỉnh ủy Lạng Sơn cảm ơn.",
     {"Hồ Văn Tư": [("Phó Bí thư", "Tỉnh ủy Lạng Sơn")]}),
    # "nguyên" glued by the segmenter to the verb before it ("cảnh cáo nguyên") still makes the title former
    ("Ban Bí thư quyết định kỷ luật cảnh cáo nguyên Bí thư Tỉnh ủy Phú Yên Trần Văn Hòa.",
     {"Trần Văn Hòa": [("nguyên Bí thư", "Tỉnh ủy Phú Yên")]}),
    # "ĐBQH" glued to the name after it, and read as the "Đại biểu" of the "Quốc hội"
    ("Phát biểu tại hội trường, ĐBQH Lê Văn Hưng, Phó Bí thư Tỉnh ủy Sóc Trăng cho rằng cần sửa luật.",
     {"Lê Văn Hưng": [("Đại biểu", "Quốc hội"), ("Phó Bí thư", "Tỉnh ủy Sóc Trăng")]}),
    ("Theo ĐBQH Nguyễn Thị Lan, dự thảo còn nhiều điểm chưa rõ. Đại biểu Nguyễn Thị Lan đề nghị bổ sung.",
     {"Nguyễn Thị Lan": [("Đại biểu", "Quốc hội")]}),
    # a birth year or an age before the post in the parenthesis after a name
    ("Hai bị can là Trần Văn Hải (sinh năm 1968, Giám đốc Công ty TNHH Thương mại Hải Long) và Lê Văn Bình "
     "(51 tuổi, Giám đốc Sở Tài chính).",
     {"Trần Văn Hải": [("Giám đốc", "Công ty TNHH Thương mại Hải Long")],
      "Lê Văn Bình": [("Giám đốc", "Sở Tài chính")]}),
    ("Bị cáo Phạm Văn Long (SN 1975, nguyên Chủ tịch UBND xã Tân Hòa) bị tuyên phạt 5 năm tù.",
     {"Phạm Văn Long": [("nguyên Chủ tịch", "UBND xã Tân Hòa")]}),
    # listed titles that start with a prefix word ("Phó phòng", not "Phó" + "phòng")
    ("Ông Lê Văn Ba, nguyên Phó phòng Nội vụ huyện Krông Pắc, bị kỷ luật.",
     {"Lê Văn Ba": [("nguyên Phó phòng", "Phòng Nội vụ huyện Krông Pắc")]}),
    ("Ông Lưu Văn Thành, Phó tỉnh trưởng tỉnh Quảng Đông, bị điều tra.",
     {"Lưu Văn Thành": [("Phó tỉnh trưởng", "tỉnh Quảng Đông")]}),
    # the post between two mentions of one person is an apposition to the first, not a title before the second
    ("Làm việc với bà Lê Thị Lan, Phó phòng Nội vụ thị xã Bỉm Sơn, bà Lan không cung cấp báo cáo.",
     {"Lê Thị Lan": [("Phó phòng", "Phòng Nội vụ thị xã Bỉm Sơn")]}),
    # TITLE BODY NAME: all between the title and the name is the body, also what the organisation finder missed
    ("Phát biểu tại hội nghị, Trưởng Ban Tổ chức Trung ương Phạm Minh Chính nhấn mạnh yêu cầu.",
     {"Phạm Minh Chính": [("Trưởng Ban", "Ban Tổ chức Trung ương")]}),
    ("Hiện Cục trưởng Cục khảo thí Nguyễn An Ninh đang bị cách ly.",
     {"Nguyễn An Ninh": [("Cục trưởng", "Cục khảo thí")]}),
    ("Theo Giám đốc Sở tài nguyên Môi trường Trần Thế Ngọc, thành phố đang lún.",
     {"Trần Thế Ngọc": [("Giám đốc", "Sở tài nguyên Môi trường")]}),
    # ... but not across a clause or a rank
    ("Nghe vậy, Trưởng Ban Tổ chức Trung ương bật cười ĐB Dương Văn Thống nói tiếp.",
     {"Dương Văn Thống": [("ĐB", None)]}),
    ("Gặp mặt các thế hệ đại biểu Quốc hội Đại tướng Võ Nguyên Giáp phát biểu.", {}),
    ("Sau đó, Thứ trưởng Bộ trưởng Bộ Y tế Nguyễn Trường Sơn đề nghị tỉnh chủ động.",
     {"Nguyễn Trường Sơn": [("Bộ trưởng", "Bộ Y tế")]}),
    # a short form defined after the body, or a word for the capacity, before the name
    ("Đoàn công tác do Ủy viên Bộ Chính trị, Chủ tịch Quốc hội (QH) Nguyễn Thị Kim Ngân dẫn đầu.",
     {"Nguyễn Thị Kim Ngân": [("Ủy viên", "Bộ Chính trị"), ("Chủ tịch", "Quốc hội")]}),
    ("Trên cương vị Phó Thủ tướng Chính phủ, đồng chí Phan Trọng Tuệ đã đóng góp nhiều.",
     {"Phan Trọng Tuệ": [("Phó Thủ tướng", "Chính phủ")]}),
    # "Chủ tịch của X": the body after "của", unless the title is part of a body's name
    ("Ông Dương Văn Minh là Chủ tịch của Công ty cổ phần Him Lam từ năm 1997.",
     {"Dương Văn Minh": [("Chủ tịch", "Công ty cổ phần Him Lam")]}),
    # ... and the title inside the body's name is no post of the name after it
    ("Theo Phó ban Công tác đại biểu của Quốc hội Bùi Ngọc Thanh, việc bầu cử đã sẵn sàng.",
     {"Bùi Ngọc Thanh": [("Phó ban", "Ban Công tác đại biểu")]}),
    ("GS-TS Nguyễn Văn Nhân, Phó Chủ tịch UBND TP HCM, phát biểu.",
     {"Nguyễn Văn Nhân": [("Phó Chủ tịch", "UBND TP HCM")]}),
    # a dash shares the body written last, but a Party secretary is in no People's Committee
    ("Các lãnh đạo gồm phó bí thư - chủ tịch UBND huyện Trần Văn Khỏe đã được kiểm điểm.",
     {"Trần Văn Khỏe": [("phó bí thư", None), ("chủ tịch", "UBND huyện")]}),
    ("Ông Lê Văn Bình, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam phát biểu.",
     {"Lê Văn Bình": [("Phó Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam"),
                      ("Tổng Thư ký", "Ủy ban Trung ương MTTQ Việt Nam")]}),
    ("Tổng thống Belarus Lukashenko chủ trì lễ đón.", {"Lukashenko": [("Tổng thống", "Belarus")]}),
    ("Chủ tịch Thượng viện Cộng hòa Haiti Youri Latortue phát biểu.",
     {"Youri Latortue": [("Chủ tịch", "Thượng viện Cộng hòa Haiti")]}),
    # a fronted clause with a verb of holding and no subject is about the person named after the comma
    ("Khi còn làm Giám đốc Trung tâm Y tế huyện Kim Bôi, ông Trương Văn Dương đã ký nhiều hợp đồng.",
     {"Trương Văn Dương": [("Giám đốc", "Trung tâm Y tế huyện Kim Bôi")]}),
    ("Khi ông Nguyễn Văn An làm Giám đốc Sở Y tế, ông Trần Văn Bình chỉ là nhân viên.",
     {"Nguyễn Văn An": [("Giám đốc", "Sở Y tế")]}),
    # the span a post was held in opens the fronted clause too, and a dated bracket does not end it
    ("Trong thời gian giữ chức vụ Giám đốc Công ty CP Sông Hồng (giai đoạn 2004-2010), ông Lê Văn Tám đã sai phạm.",
     {"Lê Văn Tám": [("Giám đốc", "Công ty CP Sông Hồng")]}),
    # a post told of a group ("các đại biểu Quốc hội") is not the post of the name after the next title
    ("Trả lời câu hỏi của các đại biểu Quốc hội, Phó Thủ tướng Lê Văn Tám cho biết thêm.",
     {"Lê Văn Tám": [("Phó Thủ tướng", None)]}),
    # a country in the hyphenated transliteration after a title is the body, not the first word of the name
    ("Tổng thống Phi-li-pin Rô-đờ-ri-gô Đu-téc-tê đã đến.",
     {"Rô-đờ-ri-gô Đu-téc-tê": [("Tổng thống", "Phi-li-pin")]}),
    ("Tổng thống Chi-lê Michelle Bachelet cho biết.", {"Michelle Bachelet": [("Tổng thống", "Chi-lê")]}),
    # a foreigner's bare national body is not resolved to Vietnam's body of the same kind
    ("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân hội đàm với Chủ tịch Quốc hội Pany Yathotou. Quốc hội Việt Nam ủng hộ.",
     {"Nguyễn Thị Kim Ngân": [("Chủ tịch", "Quốc hội Việt Nam")], "Pany Yathotou": [("Chủ tịch", "Quốc hội")]}),
    # a title the segmenter glued to a body's acronym ("Trưởng BQL") still ends before it; the board is named in
    # full, as "Ban Quản lý dự án" is
    ("Ông Trần Minh Tuệ, Trưởng BQL dự án cầu Móng Sến cho biết sẽ làm.",
     {"Trần Minh Tuệ": [("Trưởng", "BQL dự án cầu Móng Sến")]}),
    # a village head's title in an apposition is followed by the village's name, not a second person
    ("Ông Nguyễn Văn Bình, trưởng thôn Đông Hòa, cho biết nước đã rút.",
     {"Nguyễn Văn Bình": [("trưởng thôn", "thôn Đông Hòa")]}),
    ("Trưởng thôn Nguyễn Văn Ba cho biết.", {"Nguyễn Văn Ba": [("Trưởng thôn", None)]}),
    # a nationality or origin aside between the name and the post
    ("Ông Lê Văn Tám, người Singapore, giám đốc Công ty TNHH Sao Mai, cho biết.",
     {"Lê Văn Tám": [("giám đốc", "Công ty TNHH Sao Mai")]}),
    ("Ông Trần Văn Hải, Việt kiều Mỹ, Chủ tịch Hội doanh nhân Việt kiều, phát biểu.",
     {"Trần Văn Hải": [("Chủ tịch", "Hội doanh nhân Việt kiều")]}),
    ("Ông Lê Văn Tám, người phát ngôn Bộ Công Thương, cho biết.",
     {"Lê Văn Tám": [("người phát ngôn", "Bộ Công Thương")]}),
    # a list opened by ", gồm" after a counted post gives each name the post
    ("UBND tỉnh hiện có 3 phó chủ tịch, gồm các ông: Lê Văn Tám, Trần Văn Ba và Ngô Văn Bảy.",
     {"Lê Văn Tám": [("phó chủ tịch", "UBND tỉnh")], "Trần Văn Ba": [("phó chủ tịch", "UBND tỉnh")],
      "Ngô Văn Bảy": [("phó chủ tịch", "UBND tỉnh")]}),
    # the last words of a body's name are no holder after an apposition; a foreign name in a list of titles is
    ("Ông Nguyễn Văn Huy, Tổng Giám đốc Công ty CP Đầu tư hạ tầng giao thông Đèo Cả chia sẻ thêm.",
     {"Nguyễn Văn Huy": [("Tổng Giám đốc", "Công ty CP Đầu tư hạ tầng giao thông")]}),
    ("Tổng thống Mỹ Donald Trump, Thủ tướng Nhật Bản Shinzo Abe đã gặp nhau.",
     {"Donald Trump": [("Tổng thống", "Mỹ")], "Shinzo Abe": [("Thủ tướng", "Nhật Bản")]}),
    # an outlet after a title, written with the lower-case "báo"; an abbreviated title glued to the body's acronym
    ("Phó Tổng biên tập báo Tuổi Trẻ Huỳnh Văn Phước tặng hoa.",
     {"Huỳnh Văn Phước": [("Phó Tổng biên tập", "báo Tuổi Trẻ")]}),
    ("Ông Đỗ Văn Ngọc, GĐ TT Thông tin và Giáo dục Sức khỏe TP.HCM, sẽ trả lời.", {"Đỗ Văn Ngọc": [("GĐ", "TT")]}),
    # the Central Committee written short keeps the chain of posts going
    ("Thượng tướng Lương Văn Cường, Bí thư T.Ư Đảng, Chủ nhiệm Tổng cục Chính trị phát biểu.",
     {"Lương Văn Cường": [("Bí thư", "T.Ư Đảng"), ("Chủ nhiệm", "Tổng cục Chính trị")]}),
    ("Ông Phùng Văn Nhạ - Ủy viên TƯ Đảng, Bộ trưởng Bộ GD&ĐT đã làm việc.",
     {"Phùng Văn Nhạ": [("Ủy viên", "TƯ Đảng"), ("Bộ trưởng", "Bộ GD&ĐT")]}),
    # a bare Ban Thường vụ is the one of the Party committee named at the end of the next body
    ("Đồng chí Nguyễn Văn Luyện, nguyên Ủy viên Ban Thường vụ, Trưởng ban Tổ chức Thành ủy Hòa Bình bị kỷ luật.",
     {"Nguyễn Văn Luyện": [("nguyên Ủy viên", "Ban Thường vụ Thành ủy Hòa Bình"),
                           ("Trưởng ban", "Ban Tổ chức Thành ủy Hòa Bình")]}),
    # a degree between the post and the name is neither the body's nor the name's
    ("Phó Chủ tịch Hội đồng Quản lý chất lượng KCB Sở Y tế, PGS-TS-BS Tăng Văn Thượng cho rằng giải thưởng tốt.",
     {"Tăng Văn Thượng": [("Phó Chủ tịch", "Hội đồng Quản lý chất lượng KCB Sở Y tế")]}),
    ("Nguyên Thứ trưởng Bộ GD-ĐT, PGS.TS Trần Văn Nhĩ cho biết.",
     {"Trần Văn Nhĩ": [("Nguyên Thứ trưởng", "Bộ GD-ĐT")]}),
    # TITLE BODY NAME where the body's name has commas, "và", a dash or a bracketed short form; "tại" a place
    ("Bộ trưởng Bộ Lao động, Thương binh và Xã hội Đào Văn Bình dự lễ.",
     {"Đào Văn Bình": [("Bộ trưởng", "Bộ Lao động, Thương binh và Xã hội")]}),
    ("Thứ trưởng Bộ Văn hóa - Thông tin (VHTT) Trần Văn Thắng phát biểu.",
     {"Trần Văn Thắng": [("Thứ trưởng", "Bộ Văn hóa - Thông tin")]}),
    ("Sau đó, Bộ trưởng Kế hoạch và Đầu tư Nguyễn Văn Dũng trả lời.",
     {"Nguyễn Văn Dũng": [("Bộ trưởng", "Bộ Kế hoạch và Đầu tư")]}),
    ("Đại sứ Việt Nam tại Nhật Bản Nguyễn Văn Cường cho biết.", {"Nguyễn Văn Cường": [("Đại sứ", "Việt Nam")]}),
    ("Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội Nguyễn Văn Hải cho biết.",
     {"Nguyễn Văn Hải": [("Chủ nhiệm", "Ủy ban Tài chính, Ngân sách")]}),
    # ... but a verb after the body ends it: the name after the verb is its object
    ("Hôm qua, Bộ trưởng Bộ Y tế thăm hỏi Nguyễn Văn An tại bệnh viện.", {}),
    ("Hôm qua, Giám đốc Sở Y tế thăm Nguyễn Văn An tại bệnh viện.", {}),
    # "X do ông A làm giám đốc": the post is held in the body the clause is about
    ("Tiền được chuyển vào Công ty TNHH Minh Phát, trụ sở tại quận 3, do bà Hứa Thị Lan làm giám đốc.",
     {"Hứa Thị Lan": [("giám đốc", "Công ty TNHH Minh Phát")]}),
    ("Công ty Cổ phần Sông Hồng (do ông Trần Văn Sâm làm giám đốc) đã nhập hàng trăm container.",
     {"Trần Văn Sâm": [("giám đốc", "Công ty Cổ phần Sông Hồng")]}),
    # "kiêm" joins two posts: it ends the first body
    ("Anh Lê Văn Tám - Đội trưởng Đội Bảo vệ kiêm Đội trưởng Đội PCCC của chợ nói.",
     {"Lê Văn Tám": [("Đội trưởng", "Đội Bảo vệ"), ("Đội trưởng", "Đội PCCC")]}),
    ("Ông Lê Văn Tám, Giám đốc Trung tâm Bảo vệ thực vật kiêm Trưởng phòng Kỹ thuật, cho biết.",
     {"Lê Văn Tám": [("Giám đốc", "Trung tâm Bảo vệ thực vật"), ("Trưởng phòng", "Phòng Kỹ thuật")]}),
    # the post a task is delegated from is not the post of the one who carries it out
    ("Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Hà Giang Lê Văn Tám trao huân chương.",
     {"Lê Văn Tám": [("Bí thư", "Tỉnh ủy Hà Giang")]}),
    ("Thay mặt Thủ tướng, Bộ trưởng Bộ Y tế Lê Thị Hoa phát biểu.", {"Lê Thị Hoa": [("Bộ trưởng", "Bộ Y tế")]}),
    ("Thay mặt Bộ trưởng Bộ Y tế Lê Thị Hoa, ông Trần Văn Ba phát biểu.",
     {"Lê Thị Hoa": [("Bộ trưởng", "Bộ Y tế")]}),
    # a rank between two posts of one name does not end the apposition
    ("Ông Lê Văn Tám, Ủy viên Ban Thường vụ Tỉnh ủy, Thiếu tướng, Giám đốc Công an tỉnh, cho biết.",
     {"Lê Văn Tám": [("Ủy viên", "Ban Thường vụ Tỉnh ủy"), ("Giám đốc", "Công an tỉnh")]}),
    ("Đại tá Lê Văn Tám, Phó Tham mưu trưởng Quân khu 4, cho biết.",
     {"Lê Văn Tám": [("Phó Tham mưu trưởng", "Quân khu 4")]}),
    # bare "trưởng" is a post only before a body; after another noun it ends a compound job
    ("Ông Lê Văn Tám, Trưởng Công an quận 2, cho biết.", {"Lê Văn Tám": [("Trưởng", "Công an quận 2")]}),
    ("Nhờ vậy bếp trưởng Lê Văn Tám đoạt giải.", {}),
    ("Ông Trần Văn Ba, Phân đoạn trưởng Yên Viên, cho biết.", {}),
    # the body's head read as the end of the title still heads the body
    ("Chánh Thanh tra huyện Tân Phước Lê Văn Tám cho biết.",
     {"Lê Văn Tám": [("Chánh Thanh tra", "Thanh tra huyện Tân Phước")]}),
    # a post told of a person with "là" + an honorific after it
    ("Chủ tịch UBND huyện lúc đó là ông Lê Văn Tám.", {"Lê Văn Tám": [("Chủ tịch", "UBND huyện")]}),
    ("Hiệu trưởng trường này là ông Lê Văn Tám.", {"Lê Văn Tám": [("Hiệu trưởng", None)]}),
    ("Chủ tịch UBND tỉnh là người đứng đầu cơ quan hành chính.", {}),
    # an aide's post: the post written after it is the principal's, not the named aide's
    ("Dự có Trợ lý Chủ tịch Quốc hội Lê Văn Tám.", {"Lê Văn Tám": [("Trợ lý", None)]}),
    ("Cố vấn Thủ tướng Lê Văn Tám cho biết.", {"Lê Văn Tám": [("Cố vấn", None)]}),
    ("Ông Lê Văn Tám là Thư ký của Tổng Bí thư Trần Văn Ba.",
     {"Lê Văn Tám": [("Thư ký", None)], "Trần Văn Ba": [("Tổng Bí thư", None)]}),
    ("Tổng Thư ký Quốc hội Lê Văn Tám cho biết.", {"Lê Văn Tám": [("Tổng Thư ký", "Quốc hội")]}),
    # a post after "name -" is that name's, not the one after the next comma
    ("Dự có Thiếu tướng Lê Văn Tám - Tư lệnh Bộ Tư lệnh Thủ đô, bà Trần Thị Hoa.",
     {"Lê Văn Tám": [("Tư lệnh", "Bộ Tư lệnh Thủ đô")]}),
    ("Ứng cử có các ông, bà: Lê Văn Tám - Giám đốc Công an tỉnh, Trần Thị Hoa - Phó Chủ tịch Hội Nông dân.",
     {"Lê Văn Tám": [("Giám đốc", "Công an tỉnh")], "Trần Thị Hoa": [("Phó Chủ tịch", "Hội Nông dân")]}),
])
def test_positions(sentence: str, expected: dict[str, list[tuple[str, str | None]]]) -> None:
    assert positions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a transfer to a new post ("về làm", "nhận nhiệm vụ mới làm") gives it to the subject
    ("Năm 1979, ông Lê Văn Luân về làm Phó Tổng giám đốc Xí nghiệp Liên hiệp Dệt may.",
     {"Lê Văn Luân": [("Phó Tổng giám đốc", "Xí nghiệp Liên hiệp Dệt may")]}),
    ("Ông Lê Văn Quang thôi giữ chức Trưởng ban Tuyên giáo Thành ủy để nhận nhiệm vụ mới làm Bí thư Quận ủy Hải Châu.",
     {"Lê Văn Quang": [("Trưởng ban", "Ban Tuyên giáo Thành ủy"), ("Bí thư", "Quận ủy Hải Châu")]}),
    # the post is taken from the person named after "đối với", and from each one joined to them by "và"
    ("HĐND tỉnh đã miễn nhiệm chức vụ Ủy viên UBND tỉnh đối với ông Trần Văn Lợi (nguyên Giám đốc Sở Tư pháp) "
     "và ông Lê Minh Quang để nghỉ hưu.",
     {"Trần Văn Lợi": [("nguyên Giám đốc", "Sở Tư pháp"), ("Ủy viên", "UBND tỉnh")],
      "Lê Minh Quang": [("Ủy viên", "UBND tỉnh")]}),
    ("Chủ tịch nước trao quyết định bổ nhiệm làm Đại sứ Việt Nam tại Nhật Bản cho ông Vũ Hồng Nam.",
     {"Vũ Hồng Nam": [("Đại sứ", "Việt Nam")]}),
    # the subject of a passive or of a holding verb holds the post
    ("Ông Phan Văn Mãi, Giám đốc Sở Tài chính, vừa được HĐND tỉnh bầu giữ chức Phó Chủ tịch UBND tỉnh.",
     {"Phan Văn Mãi": [("Giám đốc", "Sở Tài chính"), ("Phó Chủ tịch", "UBND tỉnh")]}),
    ("Ông Hồ Văn Năm, Giám đốc Sở Tài chính, và ông Lý Văn Sáu, Giám đốc Sở Xây dựng, đã được bầu giữ chức "
     "Phó Chủ tịch UBND tỉnh.",
     {"Hồ Văn Năm": [("Giám đốc", "Sở Tài chính"), ("Phó Chủ tịch", "UBND tỉnh")],
      "Lý Văn Sáu": [("Giám đốc", "Sở Xây dựng"), ("Phó Chủ tịch", "UBND tỉnh")]}),
    ("Ông Trịnh Văn Chín thôi giữ chức Bí thư Thành ủy, Trưởng đoàn ĐBQH thành phố và được phân công giữ chức "
     "Phó trưởng Ban Kinh tế Trung ương.",
     {"Trịnh Văn Chín": [("Bí thư", "Thành ủy"), ("Trưởng đoàn", "ĐBQH thành phố"),
                         ("Phó trưởng Ban", "Ban Kinh tế Trung ương")]}),
    # a giving verb right after the object's name: "kỷ luật ông X, cách chức ..."
    ("Ban Bí thư đã kỷ luật ông Hà Văn Bảy, cách chức Ủy viên Ban Thường vụ Tỉnh ủy, Phó Bí thư Tỉnh ủy.",
     {"Hà Văn Bảy": [("Ủy viên", "Ban Thường vụ Tỉnh ủy"), ("Phó Bí thư", "Tỉnh ủy")]}),
    # the clause goes on from the name: "..., bao gồm cách chức cả các chức vụ ..."; the segmenter glues
    # "cách chức ủy viên" into one word
    ("Ban Bí thư kỷ luật ông Đào Văn Hưng, cách chức ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2010 - 2015, bao gồm "
     "cách chức cả các chức vụ Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.",
     {"Đào Văn Hưng": [("ủy viên", "Ban Thường vụ Tỉnh ủy"), ("Phó Bí thư", "Tỉnh ủy"), ("Chủ tịch", "UBND tỉnh")]}),
    # not the holder: the one who chairs the election, a speaker, a photo credit, a candidate
    ("Ông Nguyễn Văn Tư chủ trì kỳ họp bầu Chủ tịch UBND tỉnh.", {}),
    ("Ông Nguyễn Văn Tư cho biết, kỳ họp sẽ bầu giữ chức Chủ tịch UBND tỉnh.", {}),
    ("(Ảnh: Lê Minh Châu) Sáng 5-6, hội nghị đã thống nhất phân công giữ chức Chủ tịch Ủy ban MTTQ tỉnh.", {}),
    ("Ông Đỗ Văn Mười vẫn được giới thiệu tái cử đại biểu HĐND xã.", {}),
])
def test_posts_governed_by_a_verb(sentence: str, expected: dict[str, list[tuple[str, str | None]]]) -> None:
    assert positions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Như vậy, UBND tỉnh hiện có 3 Phó Chủ tịch UBND tỉnh gồm các ông: Lê Văn Hải, Trần Minh Đức và Vũ Văn Hùng.",
     {name: [("Phó Chủ tịch", "UBND tỉnh")] for name in ("Lê Văn Hải", "Trần Minh Đức", "Vũ Văn Hùng")}),
    ("Tới dự có các đồng chí Ủy viên Trung ương Đảng: Lê Văn Hải, Tổng Giám đốc Đài Truyền hình Việt Nam; "
     "Trần Minh Đức; các đồng chí: Vũ Văn Hùng, Phó Tổng Biên tập Báo Nhân Dân.",
     {"Lê Văn Hải": [("Tổng Giám đốc", "Đài Truyền hình Việt Nam"), ("Ủy viên", "Trung ương Đảng")],
      "Trần Minh Đức": [("Ủy viên", "Trung ương Đảng")],
      "Vũ Văn Hùng": [("Phó Tổng Biên tập", "Báo Nhân Dân")]}),
    # a counted post with no body of its own is the subject's
    ("UBND thành phố Hải Phòng hiện có 3 phó chủ tịch, gồm các ông: Lê Văn Hải, Trần Minh Đức.",
     {name: [("phó chủ tịch", "UBND thành phố Hải Phòng")] for name in ("Lê Văn Hải", "Trần Minh Đức")}),
    # a list opened after "các ông, bà:"
    ("Sở hiện có 3 Phó Giám đốc gồm các ông, bà: Lê Văn Hải, Trần Minh Đức và Vũ Thị Hoa.",
     {name: [("Phó Giám đốc", None)] for name in ("Lê Văn Hải", "Trần Minh Đức", "Vũ Thị Hoa")}),
    # a post with a colon after a name's apposition heads its own list
    ("Đến dự có Chủ tịch nước Lê Văn Hải, nguyên Chủ tịch nước: Trần Minh Đức, Vũ Văn Hùng.",
     {"Lê Văn Hải": [("Chủ tịch nước", None)], "Trần Minh Đức": [("nguyên Chủ tịch nước", None)],
      "Vũ Văn Hùng": [("nguyên Chủ tịch nước", None)]}),
    # "văn phòng" written in lower case inside the title "Chánh văn phòng" is no body of its own
    ("Các đồng chí Phó Chánh văn phòng Trung ương Đảng: Lê Văn Hải, Trần Minh Đức.",
     {name: [("Phó Chánh văn phòng", "Trung ương Đảng")] for name in ("Lê Văn Hải", "Trần Minh Đức")}),
    # a post followed by a comma and a name is an apposition of the sentence, not a list
    ("Chủ tịch UBND tỉnh, ông Lê Văn Hải cho biết.", {"Lê Văn Hải": [("Chủ tịch", "UBND tỉnh")]}),
    # the labour confederation in its abbreviated forms is a body
    ("Dự có các đồng chí Phó Chủ tịch Tổng LĐLĐVN: Lê Văn Hải, Trần Minh Đức.",
     {name: [("Phó Chủ tịch", "Tổng LĐLĐVN")] for name in ("Lê Văn Hải", "Trần Minh Đức")}),
    ("Chủ tịch Tổng LĐLĐ Việt Nam Lê Văn Hải phát biểu.", {"Lê Văn Hải": [("Chủ tịch", "Tổng LĐLĐ Việt Nam")]}),
])
def test_post_heading_a_list_of_people(sentence: str, expected: dict[str, list[tuple[str, str | None]]]) -> None:
    assert positions(sentence) == expected


def test_party_committee_of_a_unit_run_by_a_board() -> None:
    got = positions("Ông Lưu Văn Tám, Bí thư Đảng ủy, Chủ tịch HĐTV Tập đoàn Dầu khí Việt Nam phát biểu.")
    assert got == {"Lưu Văn Tám": [("Bí thư", "Đảng ủy Tập đoàn Dầu khí Việt Nam"),
                                   ("Chủ tịch", "HĐTV Tập đoàn Dầu khí Việt Nam")]}


def test_headline_run_into_the_next_sentence_does_not_give_its_post_away() -> None:
    got = positions("Ông Lê Văn An làm Phó trưởng Ban Nội chính Trung ương Ông Trần Văn Bình sau đó trao quyết định.")
    assert "Trần Văn Bình" not in got


def test_person_without_a_title_is_not_an_official() -> None:
    assert positions("Ông Nguyễn Văn Nam đi chợ về.") == {}


def test_comma_after_a_title_in_a_prepositional_phrase_is_not_an_apposition() -> None:
    got = positions("Báo cáo với Bí thư Thành ủy, bà Trần Kim Yến cho biết LĐLĐ TP hiện quản lý nhiều đơn vị.")
    assert got == {}


def test_short_name_is_merged_into_the_full_name() -> None:
    got = positions("Ông Trần Thế Vương, Giám đốc Sở Nội vụ, cho biết. Theo ông Vương, cần làm tốt hơn.")
    assert list(got) == ["Trần Thế Vương"]


def test_secretary_of_a_city_is_in_its_party_committee_not_the_whole_party_body() -> None:
    got = positions("Đảng bộ TP Cần Thơ có thêm lãnh đạo. Ông Lê Văn Mạnh, Bí thư Thành ủy TP Cần Thơ, phát biểu. "
                    "Ông Lê Văn Mạnh làm Bí thư TP Cần Thơ từ năm 2015.")
    assert got == {"Lê Văn Mạnh": [("Bí thư", "Thành ủy TP Cần Thơ")]}


def test_abbreviated_deputy_is_one_post_with_the_spelled_out_one() -> None:
    got = positions("Quốc hội cho thôi làm đại biểu Quốc hội đối với ông Lý Văn Tài. Ông Tài đã có đơn xin thôi ĐBQH.")
    assert got == {"Lý Văn Tài": [("đại biểu", "Quốc hội")]}


def test_deputy_written_short_is_the_spelled_out_post() -> None:
    got = positions("ĐB Lê Văn Thắng nói. Ông Thắng là đại biểu Quốc hội khóa XIV.")
    assert got == {"Lê Văn Thắng": [("đại biểu", "Quốc hội")]}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ông Đặng Văn Hải (nguyên Giám đốc sở Tư pháp) đã nghỉ hưu.",
     {"Đặng Văn Hải": [("nguyên Giám đốc", "sở Tư pháp")]}),
    ("Ông Lê Văn Trí, Cục trưởng cục Thuế TP Hải Phòng, nguyên Bí thư Quận ủy Lê Chân phát biểu.",
     {"Lê Văn Trí": [("Cục trưởng", "cục Thuế TP Hải Phòng"), ("nguyên Bí thư", "Quận ủy Lê Chân")]}),
    ("Bà Trần Thị Mai, Giám đốc sở Thông tin và Truyền thông cho biết.",
     {"Trần Thị Mai": [("Giám đốc", "sở Thông tin và Truyền thông")]}),
    ("Ông Lê Văn Tám, Giám đốc bộ phận kinh doanh, cho biết.", {"Lê Văn Tám": [("Giám đốc", None)]}),
    # a member of a Party committee is a post like "Tỉnh ủy viên"
    ("Ông Bùi Văn Sang, nguyên Đảng ủy viên Đảng ủy Kho bạc, bị kỷ luật.",
     {"Bùi Văn Sang": [("nguyên Đảng ủy viên", "Đảng ủy Kho bạc")]}),
    # the head of a workshop is a post like the head of a team
    ("Công nhân đòi thay xưởng trưởng Trần Văn Hùng.", {"Trần Văn Hùng": [("xưởng trưởng", None)]}),
    ("Ông Lê Văn Hai, quản đốc phân xưởng, cho biết.", {"Lê Văn Hai": [("quản đốc", None)]}),
    # a lower-case Party committee, school or team with its place or name after it
    ("Ông Hồ Văn Lợi - Bí thư tỉnh ủy tỉnh Quảng Trị - dự lễ.", {"Hồ Văn Lợi": [("Bí thư", "tỉnh ủy tỉnh Quảng Trị")]}),
    ("Ông Lý Văn Sơn, đội trưởng đội thu gom rác thành phố Rạch Giá, cho biết.",
     {"Lý Văn Sơn": [("đội trưởng", "đội thu gom rác thành phố Rạch Giá")]}),
])
def test_body_written_with_a_lower_case_head(sentence: str, expected: dict[str, list[tuple[str, str | None]]]) -> None:
    assert positions(sentence) == expected


def test_city_abbreviation_in_a_body_is_not_the_acronym_of_another_body() -> None:
    # "TP" (thành phố) in "sở Tài chính TP Hải Phòng" must not read as the acronym of "sở Tư pháp"
    got = positions("Ông Đoàn Văn Hòa (nguyên Giám đốc sở Tư pháp) nghỉ hưu. "
                    "Ông Lưu Văn Phúc, Giám đốc sở Tài chính TP Hải Phòng, phát biểu.")
    assert got["Lưu Văn Phúc"] == [("Giám đốc", "sở Tài chính TP Hải Phòng")]


def test_a_city_title_is_not_resolved_to_a_district_body() -> None:
    """"Phó Chủ tịch UBND TP" is in the city's committee even when the only full name is a district's."""
    records = run("Phó Chủ tịch UBND TP Lê Văn Tâm giao UBND quận 3 kiểm tra vụ việc.")
    positions = [(p.title, p.organization) for o in records.officials for p in o.positions]
    assert positions == [("Phó Chủ tịch", "UBND TP")]


def test_a_post_does_not_reach_across_a_line_to_the_name_above() -> None:
    """One person a line: the bullet dash opening a line is no apposition dash for the name ending the line
    above, so the posts of a line whose own name was missed are not given to the previous line's person."""
    got = positions("Ban Bí thư gồm:\n- Phó thủ tướng Vũ Văn Khiêm\n"
                    "- Thứ trưởng Bộ Quốc phòng, Tổng tham mưu trưởng Quân đội nhân dân VN Phùng Văn Thanh\n")
    assert got["Vũ Văn Khiêm"] == [("Phó thủ tướng", None)]


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    ("Tổng thư ký Quốc hội Trần Văn Phúc đón Chủ tịch Quốc hội Cuba Esteban Lazo.",
     "Trần Văn Phúc", [("Tổng thư ký", "Quốc hội")]),
    ("Thứ trưởng Bộ Y tế Nguyễn Văn Sơn làm việc với Bộ Y tế Campuchia.",
     "Nguyễn Văn Sơn", [("Thứ trưởng", "Bộ Y tế")]),
])
def test_a_bare_body_is_not_the_foreign_one_of_the_same_name(sentence: str, name: str,
                                                             expected: list[tuple[str, str | None]]) -> None:
    """A Vietnamese article writes its own bodies bare: "Quốc hội" is not the "Quốc hội Cuba" it also names."""
    assert positions(sentence)[name] == expected


def test_a_post_written_right_before_a_known_name_is_not_the_apposition_of_the_name_before() -> None:
    """The second "Hernández" is not tagged (glued to the body before it), yet the post before it is his."""
    got = positions("Đoàn do ông Esteban Lazo Hernández dẫn đầu thăm Việt Nam. Ông cảm ơn lời mời của Chủ tịch "
                    "Quốc hội Nguyễn Thị Hoa, Chủ tịch Quốc hội Cuba Esteban Lazo Hernández đề nghị tăng hợp tác.")
    assert got["Nguyễn Thị Hoa"] == [("Chủ tịch", "Quốc hội")]


def test_birth_year_in_closed_brackets_before_the_post() -> None:
    got = positions("Bà Phan Thị Hương (Sinh năm 1982), Phó chủ tịch Liên đoàn lao động huyện Hậu Lộc, tỉnh Thanh Hóa.")
    assert got == {"Phan Thị Hương": [("Phó chủ tịch", "Liên đoàn lao động huyện Hậu Lộc")]}


def test_body_repeating_the_title_kind_in_lower_case_up_to_its_place() -> None:
    got = positions("Ông Bùi Mạnh Khoa, Bí thư Đảng ủy, Cục trưởng Cục thi hành án dân sự tỉnh Thanh Hóa phát biểu.")
    assert got == {"Bùi Mạnh Khoa": [("Bí thư", "Đảng ủy Cục thi hành án dân sự tỉnh Thanh Hóa"),
                                     ("Cục trưởng", "Cục thi hành án dân sự tỉnh Thanh Hóa")]}


@pytest.mark.parametrize("sentence, expected", [
    ("Ông Trần Văn Bình, Phó Giám đốc phụ trách Sở Y tế tỉnh Nghệ An, cho biết.",
     {"Trần Văn Bình": [("Phó Giám đốc phụ trách", "Sở Y tế tỉnh Nghệ An")]}),
    ("Thượng tướng Phan Văn Giang, Tổng tư lệnh Quân đội nhân dân Việt Nam, phát biểu.",
     {"Phan Văn Giang": [("Tổng tư lệnh", "Quân đội nhân dân Việt Nam")]}),
    ("Bà Nguyễn Thị Lan, Phó Ban Tuyên giáo Tỉnh ủy Nghệ An, dự hội nghị.",
     {"Nguyễn Thị Lan": [("Phó Ban", "Ban Tuyên giáo Tỉnh ủy Nghệ An")]}),
    # "Phó" glued by the segmenter to the photo credit before it ("TTXVN Phó") still opens the title
    ("Ảnh: Văn Điệp -TTXVN Phó Thủ tướng Thường trực Trần Văn Bình cho biết.",
     {"Trần Văn Bình": [("Phó Thủ tướng Thường trực", None)]}),
    ("Ông Lê Hữu Tài, Phó Chủ tịch chuyên trách Hội Nông dân tỉnh, phát biểu.",
     {"Lê Hữu Tài": [("Phó Chủ tịch chuyên trách", "Hội Nông dân tỉnh")]}),
    # the same post told again without its suffix and body is not a second post
    ("Phó Thủ tướng Thường trực Chính phủ Trần Văn Bình dự họp. Phó Thủ tướng Trần Văn Bình yêu cầu các bộ làm rõ.",
     {"Trần Văn Bình": [("Phó Thủ tướng Thường trực", "Chính phủ")]}),
    # a function or grade word after its kind of role is part of the title; after "Trưởng phòng" it names the body
    ("Ông Ivan Petrov - Giám đốc tiếp thị công ty sản xuất máy bay Sukhoi nói.",
     {"Ivan Petrov": [("Giám đốc tiếp thị", "công ty sản xuất máy bay Sukhoi")]}),
    ("Bà Trần Thị Hà, Phó Tổng Giám đốc điều hành Vietjet, cho biết.",
     {"Trần Thị Hà": [("Phó Tổng Giám đốc điều hành", None)]}),
    ("Ông Phan Văn Cường, Thẩm phán trung cấp TAND TP Hà Nội, cho biết.",
     {"Phan Văn Cường": [("Thẩm phán trung cấp", "TAND TP Hà Nội")]}),
    ("Ông Lê Văn Tâm, Trưởng phòng kinh doanh Công ty ABC, cho biết.",
     {"Lê Văn Tâm": [("Trưởng phòng", "Phòng kinh doanh Công ty ABC")]}),
])
def test_title_forms_with_modifiers(sentence: str, expected: dict[str, list[tuple[str, str | None]]]) -> None:
    assert positions(sentence) == expected


def test_party_group_is_completed_with_the_next_non_party_body() -> None:
    got = positions("Ông Võ Mạnh Sơn, Bí thư Đảng đoàn, Bí thư Đảng ủy cơ quan, "
                    "Chủ tịch Liên đoàn lao động tỉnh Thanh Hóa.")
    assert ("Bí thư", "Đảng đoàn Liên đoàn lao động tỉnh Thanh Hóa") in got["Võ Mạnh Sơn"]


def test_short_lower_case_body_repeating_the_title_kind() -> None:
    got = positions("Ông Lê Thanh Hoàn (Sinh năm 1976), Phó vụ trưởng Vụ pháp luật, Văn phòng Quốc hội.")
    assert got["Lê Thanh Hoàn"][0] == ("Phó vụ trưởng", "Vụ pháp luật")


def test_a_speech_verb_after_a_bare_head_is_not_its_body() -> None:
    # regression: "Cục trưởng Cục cho biết, ..." took "Cục cho biết" as the body's name
    records = run("Ông Lê Văn Nam, Cục trưởng Cục cho biết, năm nay sẽ tăng cường kiểm tra.")
    assert all(p.organization != "Cục cho biết" for o in records.officials for p in o.positions)
    assert "Cục cho biết" not in [o.name for o in records.organizations]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a member of a company's board holds a post; a member of anything else does not
    ("Ông Phạm Văn Phong, thành viên HĐQT Sacombank, phát biểu tại đại hội.",
     {"Phạm Văn Phong": [("thành viên", "HĐQT Sacombank")]}),
    ("Bà Lê Thị Hoa, thành viên Ban Kiểm soát Vietcombank, cho biết.",
     {"Lê Thị Hoa": [("thành viên", "Ban Kiểm soát Vietcombank")]}),
    ("Ông Trần Văn Bình, thành viên đoàn công tác, cho biết.", {}),
    # a brand no Vietnamese syllable could spell is the body between the title and the name
    ("Chủ tịch Sacombank Kiều Hữu Dũng cho biết ngân hàng sẽ tăng vốn.",
     {"Kiều Hữu Dũng": [("Chủ tịch", "Sacombank")]}),
    ("Tổng giám đốc Saigontourist Trần Hùng Việt cho biết.",
     {"Trần Hùng Việt": [("Tổng giám đốc", "Saigontourist")]}),
    # a one-word brand after a home place is the company, not a foreign name; after a country it is a name
    ("Bà Lê Thị Hoa (phó giám đốc Vũng Tàu Sinhanco, phụ trách TPHCM) khai.",
     {"Lê Thị Hoa": [("phó giám đốc", "Vũng Tàu")]}),
    ("Thủ tướng Nhật Bản Abe phát biểu.", {"Abe": [("Thủ tướng", "Nhật Bản")]}),
    # an abbreviated title glued by the segmenter to an abbreviated body head ("TGĐ Cty")
    ("Ông Lê Văn Tám, TGĐ Cty Giống cây trồng Thái Bình, cho biết.",
     {"Lê Văn Tám": [("TGĐ", "Cty Giống cây trồng Thái Bình")]}),
])
def test_company_posts(sentence: str, expected: dict[str, list[tuple[str, str | None]]]) -> None:
    assert positions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a capitalised head whose name goes on in lower case, up to the comma, a place or the verb of the clause
    ("Ông Lê Văn Hòa, Giám đốc Trung tâm nghiên cứu đô thị và phát triển cộng đồng, cho biết.",
     {"Lê Văn Hòa": [("Giám đốc", "Trung tâm nghiên cứu đô thị và phát triển cộng đồng")]}),
    ("Ông Trần Văn Nghĩa, Chủ tịch Hội bảo trợ người khuyết tật xã Tân Phú cho biết.",
     {"Trần Văn Nghĩa": [("Chủ tịch", "Hội bảo trợ người khuyết tật xã Tân Phú")]}),
    # a function word inside a word of the name ("từ thiện") does not end it; standing alone it does
    ("Bà Lê Thị Hoa, Chủ tịch Hội từ thiện huyện Duy Xuyên cho biết, hội đã giúp nhiều người.",
     {"Lê Thị Hoa": [("Chủ tịch", "Hội từ thiện huyện Duy Xuyên")]}),
    ("Ông Lê Văn Nam, Chủ tịch Hội người cao tuổi từ năm 2010, cho biết.",
     {"Lê Văn Nam": [("Chủ tịch", "Hội người cao tuổi")]}),
    ("Ông Ngô Văn Hải, phó giám đốc Trung tâm điều độ hệ thống điện - khẳng định sẽ đủ điện.",
     {"Ngô Văn Hải": [("phó giám đốc", "Trung tâm điều độ hệ thống điện")]}),
    ("Ông Đỗ Văn Lâm, Đội trưởng Đội cảnh sát Điều tra tội phạm về ma túy, cho biết.",
     {"Đỗ Văn Lâm": [("Đội trưởng", "Đội cảnh sát Điều tra tội phạm")]}),
    # a title naming its body's kind and the name in lower case; the body it belongs to after a comma is another
    ("Bà Lê Thị Mai, Trưởng Ban phổ biến pháp luật, Hội Luật gia TPHCM, cho rằng cần sửa luật.",
     {"Lê Thị Mai": [("Trưởng Ban", "Ban phổ biến pháp luật")]}),
    ("Ông Lê Văn Hà, Trưởng ban chỉ đạo phòng, chống dịch tỉnh cho biết.",
     {"Lê Văn Hà": [("Trưởng ban", "Ban chỉ đạo phòng, chống dịch tỉnh")]}),
    ("Ông Phan Văn Tiến, Phó trưởng ban đô thị HĐND TP Đà Nẵng cho biết.",
     {"Phan Văn Tiến": [("Phó trưởng ban", "Ban đô thị HĐND TP Đà Nẵng")]}),
    ("Ông Võ Văn Kiên, Trưởng đoàn kiểm tra nêu rõ nhiều sai phạm.",
     {"Võ Văn Kiên": [("Trưởng đoàn", "Đoàn kiểm tra")]}),
    ("Ông Võ Văn Sáu, Chủ tịch Liên minh hợp tác xã tỉnh khóa IV phát biểu.",
     {"Võ Văn Sáu": [("Chủ tịch", "Liên minh hợp tác xã tỉnh")]}),
    # no word of a name after the head: the clause starts there
    ("Ông Lê Văn An, Giám đốc Trung tâm cho biết.", {"Lê Văn An": [("Giám đốc", None)]}),
    ("Ông Lê Văn Ba, Giám đốc Công ty đã ký hợp đồng.", {"Lê Văn Ba": [("Giám đốc", None)]}),
    # a body named after a person: the name is no holder of the post
    ("Theo ông Ngô Văn Xuân, Hiệu trưởng trường ĐH Y khoa Phạm Ngọc Thạch, trường đã gửi công văn.",
     {"Ngô Văn Xuân": [("Hiệu trưởng", None)]}),
])
def test_body_the_organisation_finder_left_untagged(sentence: str,
                                                    expected: dict[str, list[tuple[str, str | None]]]) -> None:
    assert positions(sentence) == expected


def test_a_post_after_a_semicolon_belongs_to_the_name_in_its_own_item() -> None:
    got = positions("Dự lễ có đồng chí Lê Văn Vinh - Phó Chủ tịch UBND tỉnh Hà Tĩnh, Trưởng ban công tác đặc biệt "
                    "tỉnh; Chính ủy Bộ chỉ huy quân sự tỉnh Attapư, Đại tá Kham Phăn.")
    assert got["Lê Văn Vinh"] == [("Phó Chủ tịch", "UBND tỉnh Hà Tĩnh"), ("Trưởng ban", "Ban công tác đặc biệt tỉnh")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the subject named at the start of a career sentence holds the posts listed after "như"
    ("Ông Lê Văn Nhân từng kinh qua nhiều vị trí công tác như giảng viên Đại học Cần Thơ; Phó bí thư Thành đoàn "
     "Cần Thơ; Giám đốc Sở Tư pháp TP Cần Thơ.",
     {"Lê Văn Nhân": [("Phó bí thư", "Thành đoàn Cần Thơ"), ("Giám đốc", "Sở Tư pháp TP Cần Thơ")]}),
    # "ông"/"đồng chí" opening a sentence stands for the last person named after the same word
    ("Ông Lê Văn Tám sinh năm 1960. Trước đó, ông từng giữ chức Phó Chủ tịch UBND tỉnh Nghệ An, Bí thư Huyện ủy "
     "Nam Đàn.", {"Lê Văn Tám": [("Phó Chủ tịch", "UBND tỉnh Nghệ An"), ("Bí thư", "Huyện ủy Nam Đàn")]}),
    ("Đồng chí Lê Văn Chín sinh năm 1950. Đồng chí là Ủy viên Trung ương Đảng, nguyên Bộ trưởng Bộ Y tế.",
     {"Lê Văn Chín": [("Ủy viên", "Trung ương Đảng"), ("nguyên Bộ trưởng", "Bộ Y tế")]}),
    # "bà" does not stand for a man named with "ông"; a post in another subject's clause is not the subject's
    ("Ông Lê Văn Mười dự lễ. Bà là Chủ tịch Hội Phụ nữ tỉnh.", {}),
    ("Ông Lê Văn Dũng cho biết sẽ làm rõ. Ông là người được Thủ tướng giao nhiệm vụ.", {}),
])
def test_posts_of_a_career_sentence(sentence: str, expected: dict[str, list[tuple[str, str | None]]]) -> None:
    assert positions(sentence) == expected


def test_birth_year_between_the_name_and_the_first_post_of_a_career_sentence() -> None:
    got = positions("Ông Lê Văn Hùng sinh năm 1957, năm 2001 là Phó Giám đốc Sở Xây dựng tỉnh Sơn La, năm 2002 là "
                    "Phó Chủ tịch UBND tỉnh Sơn La.")
    assert got == {"Lê Văn Hùng": [("Phó Giám đốc", "Sở Xây dựng tỉnh Sơn La"), ("Phó Chủ tịch", "UBND tỉnh Sơn La")]}


@pytest.mark.parametrize(("text", "expected"), [
    # the headline's post with its body is the one bare post of that title in the text
    ("Đại biểu Quốc hội: Cần sửa luật đất đai\nTheo đại biểu Lê Thị Hoa (Hà Tĩnh), luật cần sửa. Bà Hoa nói thêm.",
     {"Lê Thị Hoa": [("đại biểu", "Quốc hội")]}),
    # with two such speakers, which one the headline quotes is not known
    ("Đại biểu Quốc hội: Cần sửa luật\nĐại biểu Lê Văn An (Hà Tĩnh) nói. Đại biểu Trần Văn Bình (Nghệ An) đồng tình.",
     {"Lê Văn An": [("Đại biểu", None)], "Trần Văn Bình": [("Đại biểu", None)]}),
])
def test_headline_post_gives_its_body_to_the_bare_title(text: str,
                                                       expected: dict[str, list[tuple[str, str | None]]]) -> None:
    got = {o.name: [(p.title, p.organization) for p in o.positions] for o in extract(text, article_id="t").officials}
    assert got == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a former or plural title before names joined by "và" is each one's
    ("Dự lễ có nguyên Tổng Bí thư Lê Khả Phiêu và Nông Đức Mạnh.",
     {"Lê Khả Phiêu": [("nguyên Tổng Bí thư", None)], "Nông Đức Mạnh": [("nguyên Tổng Bí thư", None)]}),
    ("Có mặt các Phó Thủ tướng Vương Đình Huệ, Vũ Đức Đam và Trịnh Đình Dũng.",
     {"Vương Đình Huệ": [("Phó Thủ tướng", None)], "Vũ Đức Đam": [("Phó Thủ tướng", None)],
      "Trịnh Đình Dũng": [("Phó Thủ tướng", None)]}),
    # a post one person holds now is not shared with the name after "và"
    ("Thủ tướng Nguyễn Xuân Phúc và Phạm Bình Minh dự họp.", {"Nguyễn Xuân Phúc": [("Thủ tướng", None)]}),
    ("Thượng nghị sĩ John McCain phát biểu.", {"John McCain": [("Thượng nghị sĩ", None)]}),
    # ... or by "," in a list item closed by ";"; without it "A, B cho biết" is no list
    ("Dự có nguyên Tổng Bí thư Lê Văn Tám, Trần Văn Ba; Chủ tịch nước Vũ Văn Hai.",
     {"Lê Văn Tám": [("nguyên Tổng Bí thư", None)], "Trần Văn Ba": [("nguyên Tổng Bí thư", None)],
      "Vũ Văn Hai": [("Chủ tịch nước", None)]}),
    ("Theo nguyên Bộ trưởng Lê Văn Tám, Trần Văn Ba cho biết thêm.", {"Lê Văn Tám": [("nguyên Bộ trưởng", None)]}),
])
def test_title_shared_by_names_joined_after_it(sentence: str,
                                               expected: dict[str, list[tuple[str, str | None]]]) -> None:
    assert positions(sentence) == expected


def test_a_deputys_province_between_the_body_and_the_name() -> None:
    assert positions("Đại biểu Quốc hội tỉnh Lào Cai Lê Thu Hà phát biểu.") == {"Lê Thu Hà": [("Đại biểu", "Quốc hội")]}


@pytest.mark.parametrize(("sentence", "expected"), [
    # a lone capital after a title that is a word of something else is no holder: the post stays with the name
    # before it ("Tôn giáo" is a field word of the committee, "Về" opens the next sentence, "Đoàn 559" is a unit)
    ("Ông Huỳnh Văn Thắng, Phó giám đốc Sở Nội vụ kiêm Trưởng ban Tôn giáo tỉnh, nghỉ hưu.",
     {"Huỳnh Văn Thắng": [("Phó giám đốc", "Sở Nội vụ"), ("Trưởng ban", None)]}),
    ("Ông Lê Văn Hải, Tư lệnh kiêm Chính ủy Đoàn 559, sau đó về Bộ.",
     {"Lê Văn Hải": [("Tư lệnh", None), ("Chính ủy", None)]}),
    # the kind of a body whose name goes on in lower case ("Tòa hình sự") is no given name
    ("Ứng viên là ông Phan Văn Cường, Thẩm phán trung cấp; Thẩm phán Tòa hình sự, TAND TP Hà Nội.",
     {"Phan Văn Cường": [("Thẩm phán trung cấp", None)]}),
    ("Ông Trần Văn An, Trưởng ban Vận động Vì người nghèo tỉnh cho biết.",
     {"Trần Văn An": [("Trưởng ban", "Ban Vận động")]}),
    # a foreign or Vietnamese one-syllable name stays a holder
    ("Trong cuộc hội đàm với Tổng thống Bush ngày mai, hai bên bàn về thương mại.", {"Bush": [("Tổng thống", None)]}),
    ("Theo giám đốc Hùng, công ty đã lỗ.", {"Hùng": [("giám đốc", None)]}),
    # after "ông/bà NAME," a one-word "name" behind the title is the body the press writes bare; the post is NAME's
    ("Bà Lê Thị Bình, Phó Tổng giám đốc Vietjet cho biết: hãng đã hoàn tiền.",
     {"Lê Thị Bình": [("Phó Tổng giám đốc", None)]}),
    ("Chúng tôi gặp ông Trần Văn Mai (giám đốc Xưởng sửa chữa máy bay).", {"Trần Văn Mai": [("giám đốc", None)]}),
    # a full name after the title is a person of its own
    ("Tiếp ông Lê Văn Hòa, Thủ tướng Nguyễn Xuân Phúc đề nghị hai bên hợp tác.",
     {"Nguyễn Xuân Phúc": [("Thủ tướng", None)]}),
    # a bodiless title inside a capitalised name before it is no post ("Phủ Chủ tịch" is the palace)
    ("Chiều 26/5, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang gặp các em học sinh.",
     {"Trần Đại Quang": [("Chủ tịch nước", None)]}),
    # the deputy spokesperson is a post
    ("Phó phát ngôn Bộ Ngoại giao Đoàn Khắc Việt cho biết Bộ đang theo dõi.",
     {"Đoàn Khắc Việt": [("Phó phát ngôn", "Bộ Ngoại giao")]}),
])
def test_lone_capital_after_title(sentence: str, expected: dict[str, list[tuple[str, str | None]]]) -> None:
    assert positions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a title that holds its office's noun takes the body the office serves (GUIDELINES "Chánh Văn phòng UBND X")
    ("Ông Trần Văn Nam, Chánh Văn phòng UBND tỉnh Đắk Lắk, cho biết.",
     {"Trần Văn Nam": [("Chánh Văn phòng", "UBND tỉnh Đắk Lắk")]}),
    ("Chánh Thanh tra Bộ Y tế Nguyễn Văn Sơn cho biết.", {"Nguyễn Văn Sơn": [("Chánh Thanh tra", "Bộ Y tế")]}),
    # the body repeats the title's kind and goes on in lower case: no "Phòng Phòng" / "Ban Ban"
    ("Bà Lê Thị Hoa, Trưởng phòng Phòng, chống tệ nạn xã hội, Sở Lao động cho biết.",
     {"Lê Thị Hoa": [("Trưởng phòng", "Phòng Phòng, chống tệ nạn xã hội")]}),
    ("Ông Lê Văn An, Trưởng ban Ban chỉ đạo phòng chống tham nhũng tỉnh, cho biết.",
     {"Lê Văn An": [("Trưởng ban", "Ban chỉ đạo phòng chống tham nhũng tỉnh")]}),
    ("Ông Lê Văn Ba, Trưởng ban Ban quản lý dự án, cho biết.", {"Lê Văn Ba": [("Trưởng ban", "Ban quản lý dự án")]}),
    # two fields joined by a dash name one committee or division, when the second is no body of its own
    ("Ông Trần Văn Cương, Trưởng Ban Văn hóa - Xã hội cho biết.",
     {"Trần Văn Cương": [("Trưởng Ban", "Ban Văn hóa - Xã hội")]}),
    ("Ông Lê Văn Bốn, Phó trưởng phòng Tài chính - Kế hoạch huyện, cho biết.",
     {"Lê Văn Bốn": [("Phó trưởng phòng", "Phòng Tài chính - Kế hoạch")]}),
    # a body after a dash is another one (the parent), not more of the name
    ("Ông Lê Văn Canh, nguyên Phó Viện trưởng Viện nghiên cứu Văn hóa - Viện Hàn lâm Khoa học xã hội Việt Nam.",
     {"Lê Văn Canh": [("nguyên Phó Viện trưởng", "Viện nghiên cứu Văn hóa")]}),
    # "Đội trưởng" names its body's kind, as "Bộ trưởng" does
    ("Ông Trần Văn Giang, Đội trưởng thanh tra giao thông Hà Nội, cho biết.",
     {"Trần Văn Giang": [("Đội trưởng", "Đội thanh tra giao thông Hà Nội")]}),
    # a bare head of another kind after such a title is the body's name: the "Bộ Công an"
    ("Ông Lê Văn Dần, nguyên Bộ trưởng Công an, đã từ trần.", {"Lê Văn Dần": [("nguyên Bộ trưởng", "Bộ Công an")]}),
    # a level word in lower case ends the body's name
    ("Ông Phạm Văn Em - Trưởng ban Tổ chức trung ương đã đọc quyết định.",
     {"Phạm Văn Em": [("Trưởng ban", "Ban Tổ chức trung ương")]}),
    # modifiers of a title stay in it; "của" before the country the envoy serves
    ("Chủ tịch nước Trần Văn Phúc, Chủ tịch danh dự Hội Chữ thập đỏ Việt Nam, trao quà.",
     {"Trần Văn Phúc": [("Chủ tịch nước", None), ("Chủ tịch danh dự", "Hội Chữ thập đỏ Việt Nam")]}),
    ("Ông Nguyễn Văn Giáp, Đại sứ đặc mệnh toàn quyền của Việt Nam tại Albania, dự lễ.",
     {"Nguyễn Văn Giáp": [("Đại sứ đặc mệnh toàn quyền", "Việt Nam")]}),
])
def test_body_of_a_title_that_names_its_kind(sentence: str, expected: dict[str, list[tuple[str, str | None]]]) -> None:
    assert positions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # an obituary: birth date and hometown between the name and the posts, terms after each ("các khóa")
    ("Thượng tướng Lê Văn Hương sinh ngày 3/10/1936, quê quán xã Sơn Tân, huyện Hương Sơn, tỉnh Hà Tĩnh, ủy viên "
     "Trung ương Đảng các khóa VII, VIII; ủy viên Bộ Chính trị khóa VIII; Bộ trưởng Công an.",
     {"Lê Văn Hương": [("ủy viên", "Trung ương Đảng"), ("ủy viên", "Bộ Chính trị"), ("Bộ trưởng", "Bộ Công an")]}),
    ("Bị cáo Nguyễn Văn Ất (sinh năm 1970, trú tại phường 5, quận 3, TP.HCM, nguyên Giám đốc Công ty TNHH Hòa "
     "Bình) bị phạt tù.", {"Nguyễn Văn Ất": [("nguyên Giám đốc", "Công ty TNHH Hòa Bình")]}),
    ("Ông Trần Văn Bính, sinh năm 1960, quê ở Nghệ An, hiện là Phó Chủ tịch UBND tỉnh Nghệ An.",
     {"Trần Văn Bính": [("Phó Chủ tịch", "UBND tỉnh Nghệ An")]}),
])
def test_posts_after_birth_date_and_hometown(sentence: str, expected: dict[str, list[tuple[str, str | None]]]) -> None:
    assert positions(sentence) == expected


def test_office_noun_of_a_title_is_not_tagged_with_the_body_it_serves() -> None:
    records = run("Ông Trần Văn Nam, Chánh Văn phòng UBND tỉnh Đắk Lắk, cho biết.")
    assert [e.text for e in records.entities if e.label == "ORG"] == ["UBND tỉnh Đắk Lắk"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a title ending in a body kind the segmenter glued to the body's name ("Ban_Chỉ_đạo") is a second post
    ("Ông Nguyễn Văn Bình - Trưởng ban Kinh tế Trung ương - Trưởng Ban Chỉ đạo Tây Bắc, phát biểu.",
     {"Nguyễn Văn Bình": [("Trưởng ban", "Ban Kinh tế Trung ương"), ("Trưởng Ban", "Ban Chỉ đạo Tây Bắc")]}),
    # the body the organisation finder cut short ("UB Pháp", France) runs on to the name after it
    ("Theo báo cáo - Chủ nhiệm UB Pháp luật Hoàng Thanh Tùng nêu rõ.",
     {"Hoàng Thanh Tùng": [("Chủ nhiệm", "UB Pháp luật")]}),
    ("Bộ trưởng Kế hoạch-Đầu tư Nguyễn Chí Dũng cho biết.",
     {"Nguyễn Chí Dũng": [("Bộ trưởng", "Bộ Kế hoạch-Đầu tư")]}),
])
def test_posts_the_finders_cut_or_glued(sentence: str, expected: dict[str, list[tuple[str, str | None]]]) -> None:
    assert positions(sentence) == expected


def test_a_body_read_whole_between_title_and_name_leaves_no_cut_organisation() -> None:
    records = run("Theo báo cáo - Chủ nhiệm UB Pháp luật Hoàng Thanh Tùng nêu rõ.")
    assert [o.name for o in records.organizations] == ["UB Pháp luật"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ông Lê Văn Hòa (SN 1970) là Phó Chủ tịch UBND huyện Đức Cơ.",
     {"Lê Văn Hòa": [("Phó Chủ tịch", "UBND huyện Đức Cơ")]}),
    # the post held now after the former one
    ("Ông Nguyễn Văn Khải - nguyên Giám đốc Sở Tài chính tỉnh Đồng Nai, nay là Phó Chủ tịch UBND tỉnh - cho biết.",
     {"Nguyễn Văn Khải": [("nguyên Giám đốc", "Sở Tài chính tỉnh Đồng Nai"), ("Phó Chủ tịch", "UBND tỉnh")]}),
    # a career sentence goes on after "sau đó" with a verb of holding and no other subject
    ("Ông Lê Văn Giang từng giữ chức Phó Giám đốc Sở Xây dựng, sau đó được bổ nhiệm làm Giám đốc Sở Tài chính.",
     {"Lê Văn Giang": [("Phó Giám đốc", "Sở Xây dựng"), ("Giám đốc", "Sở Tài chính")]}),
    # a clause of the sentence tells a post of its one person by a pronoun
    ("Trung tướng Nguyễn Quốc Thái, nguyên Tư lệnh Quân khu 4, kể lại chuyện cũ, khi đó ông đang là Ủy viên "
     "Trung ương Đảng.",
     {"Nguyễn Quốc Thái": [("nguyên Tư lệnh", "Quân khu 4"), ("Ủy viên", "Trung ương Đảng")]}),
    ("Ông Nguyễn Văn An cho biết, bà là Chủ tịch Hội Phụ nữ xã.", {}),
])
def test_posts_told_after_the_first_one(sentence: str, expected: dict[str, list[tuple[str, str | None]]]) -> None:
    assert positions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Trao đổi với PV, Giám đốc Công an tỉnh, Đại tá Lê Văn Bình cho biết.",
     {"Lê Văn Bình": [("Giám đốc", "Công an tỉnh")]}),
    ("Trưởng Công an huyện Đông Anh, Thượng tá Nguyễn Văn Hà, cho biết.",
     {"Nguyễn Văn Hà": [("Trưởng", "Công an huyện Đông Anh")]}),
    # the post after a name and a dash is that name's, not the ranked name's after the comma
    ("Còn có ông Nguyễn Văn Anh - Giám đốc Sở Y tế Hà Nội, Thiếu tướng Lê Quốc Duy - Tư lệnh Bộ Tư lệnh Thủ đô.",
     {"Nguyễn Văn Anh": [("Giám đốc", "Sở Y tế Hà Nội")], "Lê Quốc Duy": [("Tư lệnh", "Bộ Tư lệnh Thủ đô")]}),
])
def test_rank_between_the_post_and_the_name(sentence: str, expected: dict[str, list[tuple[str, str | None]]]) -> None:
    assert positions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a level's Party committee written bare in lower case is the post's body and keeps the chain going
    ("Ông Lê Văn Bạch, Ủy viên thường vụ tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy, bị kỷ luật.",
     {"Lê Văn Bạch": [("Ủy viên thường vụ", "tỉnh ủy"), ("Trưởng ban", "Ban Tổ chức Tỉnh ủy")]}),
    ("Ông Lê Văn Bạch, Phó Bí thư tỉnh ủy, Chủ tịch UBND tỉnh Yên Bái, cho biết.",
     {"Lê Văn Bạch": [("Phó Bí thư", "tỉnh ủy"), ("Chủ tịch", "UBND tỉnh Yên Bái")]}),
    ("Bí thư huyện ủy Hồ Văn Trăng và Chủ tịch UBND huyện A Lưới Nguyễn Văn Hùng đã ký.",
     {"Hồ Văn Trăng": [("Bí thư", "huyện ủy")], "Nguyễn Văn Hùng": [("Chủ tịch", "UBND huyện A Lưới")]}),
])
def test_bare_lower_case_party_committee(sentence: str, expected: dict[str, list[tuple[str, str | None]]]) -> None:
    assert positions(sentence) == expected


def test_bare_lower_case_party_committee_is_not_listed() -> None:
    records = run("Ông Lê Văn Bạch, Phó Bí thư tỉnh ủy, Chủ tịch UBND tỉnh Yên Bái, cho biết.")
    assert "tỉnh ủy" not in [o.name for o in records.organizations]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a post told in the plural gives itself to the names "như" (such as) lists; "như" is no word of the body
    ("Vừa rồi đã xử lý mấy nguyên ủy viên Trung ương như Vũ Văn Hoàng, Nguyễn Minh Quang, Trần Văn Hải.",
     {"Vũ Văn Hoàng": [("nguyên ủy viên", "Trung ương")], "Nguyễn Minh Quang": [("nguyên ủy viên", "Trung ương")],
      "Trần Văn Hải": [("nguyên ủy viên", "Trung ương")]}),
    ("Dự có các nguyên Ủy viên Bộ Chính trị như Lê Văn Hồng, Trần Văn Minh.",
     {"Lê Văn Hồng": [("nguyên Ủy viên", "Bộ Chính trị")], "Trần Văn Minh": [("nguyên Ủy viên", "Bộ Chính trị")]}),
    # a single post compared with someone is no list
    ("Bí thư Tỉnh ủy như ông Lê Văn Hồng đã nói là đúng.", {}),
])
def test_plural_post_with_examples(sentence: str, expected: dict[str, list[tuple[str, str | None]]]) -> None:
    assert positions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # with no head written, the name after a lower-case body is the holder's; a school keeps its namesake
    ("Trưởng phòng quản lý đô thị Nguyễn Văn Ngà nhận xét.",
     {"Nguyễn Văn Ngà": [("Trưởng phòng", "Phòng quản lý đô thị")]}),
    ("Hiệu trưởng trường tiểu học Nguyễn Du cho biết.", {}),
])
def test_holder_after_a_lower_case_elliptic_body(sentence: str,
                                                 expected: dict[str, list[tuple[str, str | None]]]) -> None:
    assert positions(sentence) == expected

