"""ORG spans and organisation records, on sentences from different articles of ../shared/corpus."""

import pytest

from conftest import run


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Đảng bộ Sở Nội vụ nhận bằng khen của Ban Thường vụ Tỉnh ủy.", ["Đảng bộ Sở Nội vụ", "Ban Thường vụ Tỉnh ủy"]),
    ("Ông Nguyễn Văn Lạng, Chủ tịch UBND tỉnh Đăk Lăk cho biết, hạn hán gây mất mùa.", ["UBND tỉnh Đăk Lăk"]),
    ("Ông Lê Hữu Thăng, Phó Chủ tịch UBND tỉnh Quảng Trị, thốt lên.", ["UBND tỉnh Quảng Trị"]),
    ("Thực hiện Chỉ thị số 05 của Bộ Chính trị về học tập.", ["Bộ Chính trị"]),
    ("Sở Giáo dục và Đào tạo Hà Nội vừa có văn bản gửi các trường.", ["Sở Giáo dục và Đào tạo Hà Nội"]),
    ("Ông Trần Ngọc Thăng, Phó Bí thư Đảng ủy Khối các cơ quan tỉnh cho biết.",
     ["Đảng ủy Khối các cơ quan tỉnh"]),
    ("Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến đã ký quyết định.", ["Bộ Y tế"]),
    ("Ủy ban Kiểm tra Đảng ủy sở thường xuyên kiểm tra.", ["Ủy ban Kiểm tra Đảng ủy sở"]),
    # company heads written short, and the boards of a company
    ("Cty TNHH MTV Cấp nước Huế vừa tăng giá nước.", ["Cty TNHH MTV Cấp nước Huế"]),
    ("Ông Hải làm Chủ tịch CTCP Dụng cụ Thể thao Bảo Long.", ["CTCP Dụng cụ Thể thao Bảo Long"]),
    ("HĐQT Vietcombank họp bất thường.", ["HĐQT Vietcombank"]),
    # a branch is a body of its own, and ends the name of the body it belongs to
    ("Chi nhánh Cấp nước Nhà Bè vừa thay đường ống.", ["Chi nhánh Cấp nước Nhà Bè"]),
    ("Văn phòng Đăng ký quyền sử dụng đất Chi nhánh quận 9 đã cấp giấy.",
     ["Văn phòng Đăng ký quyền sử dụng đất Chi nhánh quận 9"]),
    ("Hội đồng quản trị Tổng công ty Bảo Minh đã họp.", ["Hội đồng quản trị Tổng công ty Bảo Minh"]),
    # the segmenter glues "Trưởng Ban" into one word; the body still starts at "Ban"
    ("Ông Nam được bầu làm Trưởng Ban Kiểm soát.", ["Ban Kiểm soát"]),
    # a unit and its place close the name: a caption that lost its full stop, an acronym after it
    ("Buổi họp diễn ra tại UBND huyện Gia Lâm Theo báo cáo, dự án chậm.", ["UBND huyện Gia Lâm"]),
    ("UBND TP chỉ đạo UBND huyện Sóc Sơn GPMB trước tháng 6.", ["UBND TP", "UBND huyện Sóc Sơn"]),
    ("Dự án được Sở Y tế tỉnh Hà Nam và Bộ Y tế phê duyệt.", ["Sở Y tế tỉnh Hà Nam", "Bộ Y tế"]),
    # after "TP." only a known place goes on the name; otherwise the full stop ends the sentence
    ("Kế hoạch đã trình UBND TP. Đề nghị của các sở được chấp thuận.", ["UBND TP"]),
    ("Ông Tâm làm việc tại UBND TP. Hồ Chí Minh nhiều năm.", ["UBND TP. Hồ Chí Minh"]),
    # a former province whose name starts with a known place ("Hà Sơn")
    ("Quyết định số 386 của UBND tỉnh Hà Sơn Bình về việc giao đất.", ["UBND tỉnh Hà Sơn Bình"]),
    # the lower-case "văn phòng" of the title "Chánh văn phòng" is the title's word, not a head
    ("Ông Lê Văn Nam, Chánh văn phòng UBND huyện Gia Lâm cho biết.", ["UBND huyện Gia Lâm"]),
    # a one-syllable place that is also a surname starts the name after a standalone body
    ("Phó Chủ tịch Quốc hội Phùng Văn Hòa điều hành.", ["Quốc hội"]),
    # a name that goes on in lower case, closed by the predicate, a capitalised name or a person
    ("Viện Vệ sinh dịch tễ Trung ương cho biết số ca mắc tăng.", ["Viện Vệ sinh dịch tễ Trung ương"]),
    ("Cục Đầu tư nước ngoài cho biết vốn FDI tăng.", ["Cục Đầu tư nước ngoài"]),
    ("Cục Khảo thí và Kiểm định chất lượng đã đề xuất phương án.", ["Cục Khảo thí và Kiểm định chất lượng"]),
    ("Tập đoàn Giáo dục quốc tế Language Link tài trợ học bổng.", ["Tập đoàn Giáo dục quốc tế Language Link"]),
    ("Cục trưởng Cục Quản lý Y dược cổ truyền Phạm Vũ Khánh phát biểu.", ["Cục Quản lý Y dược cổ truyền"]),
    # ... but not into the verb after a complete name, a proper name or a pronoun
    ("Bộ Nội vụ tổng hợp danh sách gửi Chính phủ.", ["Bộ Nội vụ", "Chính phủ"]),
    ("Bộ Kế hoạch và Đầu tư tổng hợp ý kiến của các tỉnh.", ["Bộ Kế hoạch và Đầu tư"]),
    ("Bộ đội Biên phòng Quảng Trị thông tin về vụ việc.", ["Bộ đội Biên phòng Quảng Trị"]),
    ("Phòng Giáo dục đào tạo huyện Mỹ Đức đã ký quy chế.", ["Phòng Giáo dục đào tạo huyện Mỹ Đức"]),
    ("LĐLĐ TPHCM chuyển kinh phí cho các công đoàn.", ["LĐLĐ TPHCM"]),
    ("Văn phòng Ban Chỉ đạo trình Thủ tướng dự thảo.", ["Văn phòng Ban Chỉ đạo"]),
    ("UBND tỉnh đã giao Sở Nội vụ thành lập đoàn kiểm tra.", ["UBND tỉnh", "Sở Nội vụ"]),
    ("Khi Nông trường Sông Hậu giải thể, đất được giao lại.", ["Nông trường Sông Hậu"]),
    ("Hiện, Ban Tổ chức chúng tôi đang chuẩn bị đề án.", ["Ban Tổ chức"]),
    # two departments joined, and a head glued to its name by the segmenter
    ("Sở Ngoại vụ và Xây dựng đã ký kết quy chế.", ["Sở Ngoại vụ"]),
    ("Ông Nam, Bộ trưởng Bộ Giáo dục và Đào tạo cho biết.", ["Bộ Giáo dục và Đào tạo"]),
    # a number that labels the body ends its name; a count or a document number does not
    ("Ông Vinh, Phó trưởng Phòng Công chứng số 3 cho biết.", ["Phòng Công chứng số 3"]),
    ("Công ty Cổ phần Xây lắp 6 đã bàn giao công trình.", ["Công ty Cổ phần Xây lắp 6"]),
    ("Em học ở Trường THCS số 2 của huyện.", ["Trường THCS số 2"]),
    ("Theo công văn của Bộ Tài chính số 1234/BTC-TCT, thuế tăng.", ["Bộ Tài chính"]),
    ("Sở Nội vụ 2 năm liền dẫn đầu phong trào.", ["Sở Nội vụ"]),
    # lower-case words after a head, closed by a place or a proper name; a place after a lower-case field tail
    ("Ông Tâm, Chủ tịch Hiệp hội bất động sản TP.HCM nhận định.", ["Hiệp hội bất động sản TP.HCM"]),
    ("Ông Lâm, Giám đốc Công ty bất động sản Phú Gia phát biểu.", ["Công ty bất động sản Phú Gia"]),
    ("Chi cục Bảo vệ thực vật tỉnh Nghệ An cảnh báo sâu bệnh.", ["Chi cục Bảo vệ thực vật tỉnh Nghệ An"]),
    # the central committee of the Party or the Youth Union written "T.Ư"; the NA standing committee's acronym
    ("Giải thưởng kèm bằng khen của T.Ư Đoàn và Bộ Y tế.", ["T.Ư Đoàn", "Bộ Y tế"]),
    ("Bà Lan, Bí thư T.Ư Đảng, dự lễ.", ["T.Ư Đảng"]),
    ("Một số thành viên UBTVQH đề nghị cân nhắc.", ["UBTVQH"]),
    ("Ông là Chủ tịch T.Ư Hội Nông dân Việt Nam.", ["T.Ư Hội Nông dân Việt Nam"]),
    ("Chủ tịch Ủy ban T.Ư MTTQVN phát biểu.", ["Ủy ban T.Ư MTTQVN"]),
    ("Hội nghị BCH T.Ư khóa XII bế mạc.", ["BCH T.Ư"]),
    ("Các bộ, ngành T.Ư phối hợp với địa phương.", []),
    ("Năm 1990 Cty cùng TCty LICOGI thi công thủy điện.", ["TCty LICOGI"]),
    # a second field joined by "và", closed by a bracket, a capitalised field or a body that ends a name
    ("Theo Vụ Thống kê dân số và lao động (Tổng cục Thống kê), tỷ số tăng.",
     ["Vụ Thống kê dân số và lao động", "Tổng cục Thống kê"]),
    ("Dự án do Văn phòng Chống ma túy và Tội phạm Liên Hiệp Quốc tài trợ.",
     ["Văn phòng Chống ma túy và Tội phạm Liên Hiệp Quốc"]),
    ("Ông Lai làm việc ở Tổng công ty đầu tư và kinh doanh vốn Nhà nước nhiều năm.",
     ["Tổng công ty đầu tư và kinh doanh vốn Nhà nước"]),
    # ... but not an event's ordinal, a title's rank word, a quantifier, or a capitalised common word
    ("Đại hội Đảng lần thứ XII đã thành công.", []),
    ("Chi cục phó kiểm lâm Kiên Giang cho biết.", []),
    ("Hội Hữu nghị Việt Nam - Cuba và toàn thể nhân dân Việt Nam chúc mừng.", ["Hội Hữu nghị Việt Nam - Cuba"]),
    ("Tổng công ty phát điện\nGiai đoạn hai sẽ khởi công.", []),
    # a caption that lost its full stop: an acronym takes no body after it, a capitalised function word no name
    ("Ảnh: Văn Nam/TTXVN Quốc hội đã dành thời gian xem xét.", ["TTXVN", "Quốc hội"]),
    ("Ông Tân phụ trách Tổng cục DS-KHHGĐ Có những nơi lên đến 120 trẻ trai.", ["Tổng cục DS-KHHGĐ"]),
    # a lower-case school with its level and name; a level after a class word is not one school
    ("Hiệu trưởng trường THPT Nam Trà My chụp lại bức ảnh.", ["trường THPT Nam Trà My"]),
    ("Nhiều trường THPT Hà Nội đã tuyển đủ chỉ tiêu.", []),
    # a delegation of deputies written short; a unit with no place that ends a long lower-case name
    ("Ông Mai (Đoàn ĐB Tiền Giang) cho rằng cần siết chặt.", ["Đoàn ĐB Tiền Giang"]),
    ("Trung tâm Bảo vệ sức khỏe bà mẹ trẻ em tỉnh đã khám cho 200 trẻ.",
     ["Trung tâm Bảo vệ sức khỏe bà mẹ trẻ em tỉnh"]),
    # events named with "Hội" are not bodies
    ("Thành đoàn tổ chức Hội thi Olympic toàn quốc năm nay.", ["Thành đoàn"]),
    # "Ủy ban" and "Liên hiệp" names that start with "các"; "các" + a unit or a level is a class
    ("Chủ nhiệm Ủy ban các vấn đề xã hội Trần Thị Mai cho biết.", ["Ủy ban các vấn đề xã hội"]),
    ("Ông Hùng, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam, phát biểu.",
     ["Liên hiệp các tổ chức hữu nghị Việt Nam"]),
    ("Ủy ban các cấp phải vào cuộc.", []),
    ("Ủy ban các xã đã họp.", []),
    # a lower-case field after "và" is not the name's when only a (possibly unlisted) person's name follows it
    ("Chủ nhiệm Ủy ban Kinh tế và ngân sách Tào Hữu Phùng phát biểu.", ["Ủy ban Kinh tế"]),
    ("Hợp đồng ký với Công ty TNHH Dịch vụ và quảng cáo Sao Nam năm 2005.",
     ["Công ty TNHH Dịch vụ và quảng cáo Sao Nam"]),
    # lower-case words after a field or a head, closed by a place ("Hà Nội") or a unit and its place
    ("Dự án do Ban quản lý đầu tư xây dựng công trình giao thông Hà Nội làm chủ đầu tư.",
     ["Ban quản lý đầu tư xây dựng công trình giao thông Hà Nội"]),
    ("Kết luận về Trung tâm dịch vụ bán đấu giá tài sản tỉnh Long An đã rõ.",
     ["Trung tâm dịch vụ bán đấu giá tài sản tỉnh Long An"]),
    ("Thu hồi huân chương của Tổng Công ty cổ phần Xây lắp Miền Tây.", ["Tổng Công ty cổ phần Xây lắp Miền Tây"]),
    # bodies whose names hold a title or a common noun: kinds of body in the head lexicon
    ("Ông Lịch, Phó Bí thư Quân ủy Trung ương, dự lễ.", ["Quân ủy Trung ương"]),
    ("Chủ tịch Hội đồng Bộ trưởng Phạm Hùng ký quyết định.", ["Hội đồng Bộ trưởng"]),
    ("Theo Bảo hiểm xã hội tỉnh Bình Định, số người tham gia tăng.", ["Bảo hiểm xã hội tỉnh Bình Định"]),
    ("Đoàn đặt vòng hoa tại Đài tưởng niệm Liệt sĩ.", []),  # a monument, not a body
    # a foreign name takes no lower-case field after it: the words are the sentence's
    ("Đảng Cộng sản Kanomia xuống đường biểu tình.", ["Đảng Cộng sản Kanomia"]),
    ("Công ty TNHH Kwong Sing - Meko ngày càng mở rộng.", ["Công ty TNHH Kwong Sing - Meko"]),
    # kinds of body whose head is a common word, border and ranger units, "UB", the spelling "Quĩ"
    ("Hôm qua, Cơ quan Cảnh sát điều tra Công an tỉnh Cà Mau khởi tố vụ án.",
     ["Cơ quan Cảnh sát điều tra Công an tỉnh Cà Mau"]),
    ("Theo Cơ quan Hàng không Dân dụng Singapore, nguy cơ thấp.", ["Cơ quan Hàng không Dân dụng Singapore"]),
    ("Hạt Kiểm lâm huyện Ia Grai và Đồn biên phòng Ia O đã cử người đến.",
     ["Hạt Kiểm lâm huyện Ia Grai", "Đồn biên phòng Ia O"]),
    ("Ông Cường là Ủy viên UB Tài chính - Ngân sách của Quốc hội.", ["UB Tài chính - Ngân sách", "Quốc hội"]),
    ("Bà Yến, tổng giám đốc Quĩ đầu tư phát triển đô thị TP.HCM, cho biết.", ["Quĩ đầu tư phát triển đô thị TP.HCM"]),
    # international bodies, foreign parties, fronts and parliaments
    ("Năm 2007, Việt Nam gia nhập Tổ chức Thương mại Thế giới (WTO).", ["Tổ chức Thương mại Thế giới", "WTO"]),
    ("Việt Nam được Tổ chức Y tế thế giới công nhận đã khống chế dịch.", ["Tổ chức Y tế thế giới"]),
    ("Đây là điều UNESCO đã công nhận.", ["UNESCO"]),
    ("Chủ tịch IPU mong rằng mỗi đại biểu sẽ hành động.", ["IPU"]),
    ("Ứng viên của đảng Xã hội (PS) thua ứng viên đảng Cộng hòa.", ["đảng Xã hội", "PS", "đảng Cộng hòa"]),
    ("Bà là thành viên đảng Những người cộng hòa (LR).", ["đảng Những người cộng hòa", "LR"]),
    ("Cử tri ủng hộ đảng cực hữu Mặt trận Quốc gia (FN) Marine Le Pen.", ["Mặt trận Quốc gia", "FN"]),
    ("Nghị viện châu Âu (EP) đã bỏ phiếu.", ["Nghị viện châu Âu", "EP"]),
    ("Chủ tịch Thượng viện Cộng hòa Haiti thăm Hạ viện Mỹ.", ["Thượng viện Cộng hòa Haiti", "Hạ viện Mỹ"]),
    ("Hội nghị của Liên minh Nghị viện Thế giới (IPU) khai mạc.", ["Liên minh Nghị viện Thế giới", "IPU"]),
    ("Lễ chuyển giao Chủ tịch Diễn đàn Nghị viện châu Á- Thái Bình Dương (APPF) diễn ra hôm qua.",
     ["Diễn đàn Nghị viện châu Á- Thái Bình Dương", "APPF"]),
    # a firm after the lower-case "hãng" is named without it (as "báo Tuổi Trẻ" → "Tuổi Trẻ")
    ("Đại diện hãng Vietjet đã có mặt.", ["Vietjet"]),
    # bodies nested five deep
    ("Ông là Bí thư Đảng ủy Cơ quan Ủy ban Trung ương MTTQ Việt Nam.",
     ["Đảng ủy Cơ quan Ủy ban Trung ương MTTQ Việt Nam"]),
    # a number after "Trung ương" is the plenum's, not a place ("4" also names a ward)
    ("Cần thực hiện Nghị quyết Trung ương 4 khóa XII.", ["Trung ương"]),
    # "Tổ chức" after a board's title is the board's field (its ORG mention is the rest of the title's body)
    ("Ông Bảo, Trưởng ban Tổ chức Thành ủy, cho biết.", ["Tổ chức Thành ủy"]),
    # police departments and steering committees go on with "về" + what they deal with
    ("Người dân nộp hồ sơ tại Phòng cảnh sát QLHC về TTXH ở quận 1.", ["Phòng cảnh sát QLHC về TTXH"]),
    ("Cục Cảnh sát Điều tra Tội phạm về trật tự xã hội đã vào cuộc.",
     ["Cục Cảnh sát Điều tra Tội phạm về trật tự xã hội"]),
    ("Tỉnh kiến nghị Ban Chỉ đạo Trung ương về Phòng chống thiên tai và các bộ hỗ trợ.",
     ["Ban Chỉ đạo Trung ương về Phòng chống thiên tai"]),
    ("Ban Chỉ đạo Tây Nguyên tổ chức họp báo về Hội nghị Xúc tiến đầu tư.", ["Ban Chỉ đạo Tây Nguyên"]),
    # lower-case names closed by a field word, "nhà nước", a number label, a conjunction or the parent body
    ("Nghị quyết của Hội đồng bầu cử quốc gia công bố danh sách.", ["Hội đồng bầu cử quốc gia"]),
    ("Ông Hoàn, đại diện Ủy ban Chứng khoán nhà nước tại TP.HCM, góp ý.", ["Ủy ban Chứng khoán nhà nước"]),
    ("Dự án do Tổng Công ty xây dựng công trình giao thông 4 làm chủ đầu tư.",
     ["Tổng Công ty xây dựng công trình giao thông 4"]),
    ("Các cán bộ Công ty Xăng dầu hàng không sau khi bị bắt đã khai.", ["Công ty Xăng dầu hàng không"]),
    ("Ông là nguyên Phó Viện trưởng Viện nghiên cứu Văn hóa - Viện Hàn lâm Khoa học xã hội Việt Nam.",
     ["Viện nghiên cứu Văn hóa", "Viện Hàn lâm Khoa học xã hội Việt Nam"]),
    ("Hôm qua, Đội cảnh sát giao thông, trật tự Công an huyện Đông Anh đã tuần tra.",
     ["Đội cảnh sát giao thông, trật tự Công an huyện Đông Anh"]),
    # ... but an adverb opens the predicate
    ("Ngân hàng Chính sách Xã hội hiện quản lý 18 chương trình.", ["Ngân hàng Chính sách Xã hội"]),
    # a foreign person after a body named in Vietnamese; a foreign place after it, or a foreign name after a descriptor,
    # is the body's
    ("Chủ tịch Liên minh Nghị viện Thế giới Saber Chowdhury dự lễ.", ["Liên minh Nghị viện Thế giới"]),
    ("Theo Bộ trưởng Bộ Giáo dục New Zealand, số du học sinh tăng.", ["Bộ Giáo dục New Zealand"]),
    ("Kajima liên doanh với Quỹ đầu tư Indochina Capital.", ["Quỹ đầu tư Indochina Capital"]),
    # military units by their number; a television channel named for its field, credited in a caption
    ("Ông được bổ sung về Trung đoàn 66, Sư đoàn 304 làm trợ lý.", ["Trung đoàn 66", "Sư đoàn 304"]),
    ("Lữ đoàn pháo binh 490 được thành lập năm 1982.", ["Lữ đoàn pháo binh 490"]),
    ("Bệ phóng tên lửa. Nguồn ảnh: Kênh Quốc phòng Việt Nam Nhờ có tên lửa, quân đội mạnh hơn.",
     ["Kênh Quốc phòng Việt Nam"]),
    # a field written as an acronym is complete: "và" + a common noun opens the next phrase; two acronyms join
    ("Em nhận Bằng khen của Bộ GD-ĐT và Bằng khen của tỉnh.", ["Bộ GD-ĐT"]),
    ("Sở GD và ĐT Hà Nội đã ban hành hướng dẫn.", ["Sở GD và ĐT Hà Nội"]),
    # a second field in lower case, only field words, closed by a comma or the predicate, even after "Bộ"
    ("Ông Hải, Bộ trưởng Bộ Nông nghiệp và phát triển nông thôn, đã về dự.",
     ["Bộ Nông nghiệp và phát triển nông thôn"]),
    ("Số liệu của Bộ Kế hoạch - đầu tư, công bố hôm qua.", ["Bộ Kế hoạch - đầu tư"]),
    ("Bộ Y tế và người dân cần phối hợp chặt chẽ.", ["Bộ Y tế"]),
    # a farm, firm or hospital named for a day and month; a full date is no name
    ("Ông Hùng làm giám đốc Nông trường 3-2 từ năm 1990.", ["Nông trường 3-2"]),
    ("Các ca bệnh được chuyển tới Bệnh viện 30-4, quận 5.", ["Bệnh viện 30-4"]),
    ("Hợp đồng giữa hai bên ký với Công ty ngày 3-2-2017.", []),
    ("Bà Mai, ủy viên Ủy ban Tài chính - ngân sách của Quốc hội, phát biểu.",
     ["Ủy ban Tài chính - ngân sách", "Quốc hội"]),
    # a number label written right before a comma or full stop still labels the body; a decimal does not
    ("Bà Lan, giáo viên Trường THPT Thạch Thành 1, huyện Thạch Thành.", ["Trường THPT Thạch Thành 1"]),
    ("Ông Tú làm ở Công ty Xây lắp 6.", ["Công ty Xây lắp 6"]),
    ("Bộ Công Thương và nông thôn mới là hai chủ đề.", ["Bộ Công Thương"]),
    # a province closes a body's name: a verb that is also a field after it is the predicate
    ("“Việc này khó”, Giám đốc Sở Tài chính Đà Nẵng thông tin.", ["Sở Tài chính Đà Nẵng"]),
    ("Sở Xây dựng Hà Nội đầu tư.", ["Sở Xây dựng Hà Nội"]),
    # a unit's one-word tail goes on before the hospital or school it belongs to
    ("Tin từ Trung tâm Chống độc Bệnh viện Bạch Mai cho biết.", ["Trung tâm Chống độc Bệnh viện Bạch Mai"]),
    ("Sở Y tế chuyển Bệnh viện Bạch Mai hồ sơ.", ["Sở Y tế", "Bệnh viện Bạch Mai"]),
    ("Viện Tên lửa thuộc Viện Hóa học quân sự đã thử.", ["Viện Tên lửa", "Viện Hóa học quân sự"]),
    # a country closes a body's name: "và" after it joins the next body; a dash still joins two countries
    ("Sau khi Bộ Ngoại giao Việt Nam và Nhà Trắng ra thông cáo.", ["Bộ Ngoại giao Việt Nam"]),
    ("Hội hữu nghị Việt Nam - Lào đã họp.", ["Hội hữu nghị Việt Nam - Lào"]),
    ("Ngân hàng Đầu tư và Phát triển Việt Nam vừa tăng vốn.", ["Ngân hàng Đầu tư và Phát triển Việt Nam"]),
    # after a title, a short name after the body's country is the holder's pen name
    ("Có mặt Chủ tịch Hội nhà văn Việt Nam Hữu Thỉnh, ông A.", ["Hội nhà văn Việt Nam"]),
    # an office named for the state post it serves
    ("Chủ tịch nước giao cho Văn phòng Chủ tịch nước tổng hợp ý kiến.", ["Văn phòng Chủ tịch nước"]),
    ("Bà C làm việc tại Văn phòng Tổng thống Hàn Quốc.", ["Văn phòng Tổng thống Hàn Quốc"]),
    ("Văn phòng Chủ tịch UBND tỉnh đã họp.", ["UBND tỉnh"]),
    # a plural field closed by its province's unit and place; "các" before the unit is a class
    ("Ban Quản lý các khu công nghiệp tỉnh Hà Nam vừa cấp phép.", ["Ban Quản lý các khu công nghiệp tỉnh Hà Nam"]),
    ("Ban Chỉ đạo các chương trình mục tiêu tỉnh Sơn La đã họp.",
     ["Ban Chỉ đạo các chương trình mục tiêu tỉnh Sơn La"]),
    # a known place that is also a person's name, then the holder's name: the place closes the body
    ("Phó Giám đốc Sở Y tế TP Hồ Chí Minh Tăng Văn Lực cho biết.", ["Sở Y tế TP Hồ Chí Minh"]),
    # a dash without spaces glues the next field's capital to this field's last syllable
    ("Bộ trưởng Bộ Lao động-Thương binh và Xã hội Đào Văn Dung chủ trì.", ["Bộ Lao động-Thương binh và Xã hội"]),
    # a provincial bar; a paper whose name opens with a title word
    ("Ông Hải, Chủ nhiệm Đoàn Luật sư Bình Định, cho biết.", ["Đoàn Luật sư Bình Định"]),
    ("Ông Hải, Tổng Biên tập Báo Đại biểu Nhân dân, phát biểu.", ["Đại biểu Nhân dân"]),
    # short forms of a project board and a steering committee head a body as their full forms do
    ("Ông Tuệ, Trưởng BQL dự án cầu Bến Lức cho biết.", ["BQL dự án cầu Bến Lức"]),
    ("BQLDA Giao thông tỉnh Nam Định cho biết.", ["BQLDA Giao thông tỉnh Nam Định"]),
    ("BCĐ phòng chống dịch tỉnh Hà Nam đã họp.", ["BCĐ phòng chống dịch tỉnh Hà Nam"]),
    ("Danh sách đại biểu Quốc hội khóa XV đã có. Cử tri bầu đại biểu Quốc hội XV.", ["Quốc hội", "Quốc hội"]),
])
def test_organization_spans(sentence: str, expected: list[str]) -> None:
    orgs = [e.text for e in run(sentence).entities if e.label == "ORG"]
    assert orgs == expected


@pytest.mark.parametrize("sentence", [
    "Các chi bộ trực thuộc đã tổ chức đại hội.",
    "Sở dĩ có tình trạng này là do thiếu vốn.",
    "Hội nghị diễn ra trong hai ngày.",
    # events and codes begin like bodies ("Hội", "Bộ") but are neither
    "Theo Điều 174 Bộ luật hình sự, mức phạt cao nhất là tù chung thân.",
    "Hội nghị các quan chức cao cấp (SOM) họp tại Đà Nẵng.",
    # a photographer's name that starts like a school; a count of departments
    "Cổ đông bỏ phiếu tại đại hội. Ảnh: Trường Giang",
    "Hiện tỉnh có 4 Sở thừa cấp phó, trong đó 1 Sở vượt quá quy định.",
    "cán bộ, đảng viên và nhân dân trong tỉnh",
    # a common word that heads bodies, used as a verb or a generic noun; a description before a firm's name
    "Cơ quan điều tra xác định hung thủ là người quen.",
    "Các nhiệm vụ gồm: Tổ chức xác minh tài sản.",
    "Theo Luật Tổ chức Chính quyền địa phương, việc này đúng.",
    "Hãng xe Nhật Toyota gây chú ý khi giảm giá.",
    "Huyện chú trọng xây dựng tổ chức đảng TSVM.",
    "Đại diện các Nghị viện thành viên tham dự.",
    "Thời gian qua, các Cơ quan Đại diện Việt Nam đã phối hợp.",
    # "Vụ" with lower-case words is an incident; a house number before its street labels no body
    "Vụ tai nạn giao thông kể trên xảy ra lúc 3h40.",
    "Sách có bán ở Trung tâm giới thiệu sách 219 Nguyễn Văn Cừ, quận 5.",
    # a place whose name opens with a head's word; an office named by the honorific of the person it serves
    "Hậu quê ở xã Kim Thái, Vụ Bản, Nam Định.",
    "Thông báo được gửi tới Văn phòng Ngài Nakasone.",
    "Dự án cải tạo Kênh Tẻ đang được triển khai.",  # a canal
])

def test_generic_nouns_are_not_organizations(sentence: str) -> None:
    assert [e.text for e in run(sentence).entities if e.label == "ORG"] == []


def test_a_canal_after_a_facility_word_is_still_a_place() -> None:
    # "Kênh" heads channels only when a field follows; before a place's name it is the canal's word
    records = run("Nhà máy nước Kênh Đông Củ Chi bắt đầu cấp nước năm 2010.")
    assert "Kênh Đông Củ Chi" in [e.text for e in records.entities if e.label == "LOC"]


def test_a_superlative_is_no_part_of_a_name() -> None:
    records = run("Thông tấn xã Việt Nam là Hãng Thông tấn Quốc gia lớn nhất Đông Nam Á về quy mô.")
    assert "Hãng Thông tấn Quốc gia" in [e.text for e in records.entities if e.label == "ORG"]


def test_a_bare_province_unit_is_not_another_level() -> None:
    names = [o.name for o in run("Trung tâm Y tế huyện Lý Nhân đã lấy mẫu. Trung tâm Y tế tỉnh đề nghị.").organizations]
    assert names == ["Trung tâm Y tế huyện Lý Nhân", "Trung tâm Y tế tỉnh"]
    names = [o.name for o in run("Trung tâm Y tế Hà Nội đã lấy mẫu. Trung tâm Y tế huyện đề nghị.").organizations]
    assert names == ["Trung tâm Y tế Hà Nội", "Trung tâm Y tế huyện"]


def test_short_forms_are_aliases_of_the_fullest_name() -> None:
    records = run("Đảng bộ Sở Nội vụ có 76 đảng viên. Qua đó, Đảng bộ sở đã phát huy vai trò. "
                  "UBND tỉnh Quảng Nam chỉ đạo. UBND tỉnh cũng yêu cầu.")
    names = {o.name: o.aliases for o in records.organizations}
    assert names["Đảng bộ Sở Nội vụ"] == ["Đảng bộ sở"]
    assert names["UBND tỉnh Quảng Nam"] == ["UBND tỉnh"]
    assert "Đảng bộ sở" not in names and "UBND tỉnh" not in names


def test_abbreviated_and_full_forms_are_one_organization() -> None:
    records = run("UBND tỉnh Quảng Nam họp. Ủy ban nhân dân tỉnh Quảng Nam kết luận.")
    assert [o.name for o in records.organizations] == ["Ủy ban nhân dân tỉnh Quảng Nam"]


def test_short_form_alone_keeps_its_written_name() -> None:
    assert [o.name for o in run("UBND tỉnh đã chỉ đạo các sở.").organizations] == ["UBND tỉnh"]


def test_dateline_press_is_not_an_organization() -> None:
    records = run("(QBĐT) - Báo cáo của Tỉnh ủy cho thấy.")
    assert [o.name for o in records.organizations] == ["Tỉnh ủy"]
    assert records.source == "QBĐT"


def test_lower_case_party_committee_of_a_named_place() -> None:
    records = run("Ông Vương Mậu Thiết từng là Bí thư thành ủy Vận Thành, tỉnh Sơn Tây.")
    assert "thành ủy Vận Thành" in [e.text for e in records.entities if e.label == "ORG"]


def test_an_abbreviation_the_article_defines_merges_names() -> None:
    records = run("Ủy ban Trung ương Mặt trận Tổ quốc (UBTƯ MTTQ) họp. UBTƯ MTTQ đã thống nhất.")
    names = [o.name for o in records.organizations]
    assert names == ["Ủy ban Trung ương Mặt trận Tổ quốc"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sau cuộc họp, Đảng ủy đã thống nhất đề nghị kỷ luật ông Hải.", ["Đảng ủy"]),
    ("Ngay trong đêm, UBND đã huy động lực lượng giúp dân di dời.", ["UBND"]),
    ("Chủ trương của Thường vụ là đưa cán bộ trẻ vào vị trí lãnh đạo.", ["Thường vụ"]),
    ("Viện Kiểm sát đã kháng nghị bản án sơ thẩm.", ["Viện Kiểm sát"]),
])
def test_bare_committee_is_a_mention(sentence: str, expected: list[str]) -> None:
    assert [e.text for e in run(sentence).entities if e.label == "ORG"] == expected


@pytest.mark.parametrize("sentence", [
    "Người ứng cử đại biểu HĐND các cấp phải có phẩm chất tốt.",
    "Tỉnh sẽ bổ nhiệm thêm một Phó Giám đốc ở mỗi Sở.",
    "Cần có sự chủ động của các Đảng ủy trực thuộc.",
    "Công an nên là lực lượng nòng cốt giữ an ninh.",
    "Những cán bộ trẻ được luân chuyển từ địa phương lên Trung ương.",
])
def test_bare_heads_used_as_a_class_are_not_mentions(sentence: str) -> None:
    assert [e.text for e in run(sentence).entities if e.label == "ORG"] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Giám đốc sở Tư pháp Nguyễn Văn Hải phát biểu tại hội nghị.", ["sở Tư pháp"]),
    ("Ông Hà nhiều năm làm việc tại cục Hải quan Lạng Sơn.", ["cục Hải quan Lạng Sơn"]),
    ("Các em học sinh trường Nguyễn Du được tuyên dương.", ["trường Nguyễn Du"]),
    ("Văn bản được gửi tới ủy ban tỉnh Sơn La để xem xét.", ["ủy ban tỉnh Sơn La"]),
])
def test_lower_case_head_with_a_name(sentence: str, expected: list[str]) -> None:
    assert [e.text for e in run(sentence).entities if e.label == "ORG"] == expected


@pytest.mark.parametrize("sentence", [
    "Giá vàng trên thị trường TP HCM tăng mạnh trong tuần.",
    "Nhiều sinh viên các trường ĐH phía Nam tham gia.",
    "Anh ấy mới mở công ty riêng ở quận Tân Bình.",
])
def test_lower_case_head_without_a_name_is_a_common_noun(sentence: str) -> None:
    assert [e.text for e in run(sentence).entities if e.label == "ORG" and e.text[0].islower()] == []


def test_body_named_with_and_without_its_place_is_one_organization() -> None:
    records = run("Ông Thành, Giám đốc Sở Tài chính TP Hải Phòng, được bầu làm Phó Chủ tịch. "
                  "Sở Tài chính sẽ có giám đốc mới.")
    names = {o.name: o.aliases for o in records.organizations}
    assert "Sở Tài chính" not in names
    assert names["Sở Tài chính TP Hải Phòng"] == ["Sở Tài chính"]


def test_body_cited_with_theo_is_an_organization() -> None:
    records = run("Theo Sở Y tế tỉnh Quảng Nam, tình hình dịch bệnh diễn biến phức tạp. (Theo TTXVN)")
    assert [o.name for o in records.organizations] == ["Sở Y tế tỉnh Quảng Nam"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Trao đổi với Dân trí chiều qua, ông Hùng cho biết sẽ kiểm tra.", ["Dân trí"]),
    ("Ông Tâm (PV báo Lao Động) đã có mặt tại hiện trường.", ["Lao Động"]),
    ("Lãnh đạo Báo Nhân Dân trao quà cho học sinh nghèo.", ["Nhân Dân"]),
])
def test_outlets_are_mentions_named_without_the_word_bao(text: str, expected: list[str]) -> None:
    assert [e.text for e in run(text).entities if e.label == "ORG"] == expected


def test_outlet_named_without_bao_is_not_an_organization_record() -> None:
    records = run("Trả lời PV Dân trí, Sở Y tế tỉnh Nghệ An cho biết đã cách ly 4 người.")
    assert [o.name for o in records.organizations] == ["Sở Y tế tỉnh Nghệ An"]


def test_an_ordinary_phrase_is_not_an_outlet_without_a_cue() -> None:
    assert [e.text for e in run("Ông được tặng danh hiệu Anh hùng Lao Động năm 2010.").entities
            if e.label == "ORG"] == []


def test_dateline_outlet_is_a_mention() -> None:
    records = run("(NLĐ) - Sáng 23-1, Quận ủy quận 3 tổ chức mít tinh.")
    assert ("ORG", "NLĐ") in [(e.label, e.text) for e in records.entities]
    assert records.source == "NLĐ"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Các nhà máy thuộc Tập đoàn dầu khí VN sẽ được cổ phần hóa.", ["Tập đoàn dầu khí VN"]),
    ("Trường đã lập Hội đồng kỷ luật để xem xét vụ việc.", ["Hội đồng kỷ luật"]),
    ("Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh lấy mẫu xét nghiệm.",
     ["Sở Y tế", "Trung tâm Kiểm soát bệnh tật tỉnh"]),
    ("Lũy kế vốn giải ngân qua Kho bạc Nhà nước đạt 30%.", ["Kho bạc Nhà nước"]),
    ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Việt Nam đã họp.", ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]),
    # a lower-case tail closed by the parent body after a dash, a second field after a dash, or the body's term
    ("Bà Hoa, Phó Cục trưởng Cục Quản lý nợ và Tài chính đối ngoại - Bộ Tài chính, cho biết.",
     ["Cục Quản lý nợ và Tài chính đối ngoại", "Bộ Tài chính"]),
    ("Hôm qua, Vụ Sức khỏe bà mẹ - trẻ em (Bộ Y tế) tổ chức hội thảo.", ["Vụ Sức khỏe bà mẹ - trẻ em", "Bộ Y tế"]),
    ("Nước này là thành viên Hội đồng Bảo an nhiệm kỳ 2020-2021.", ["Hội đồng Bảo an"]),
    ("Nhà thơ đến Hội Nhà văn - một nơi quen thuộc.", ["Hội Nhà văn"]),
])
def test_lower_case_field_words_after_a_head(sentence: str, expected: list[str]) -> None:
    assert [e.text for e in run(sentence).entities if e.label == "ORG"] == expected


def test_field_word_used_as_a_verb_ends_the_name() -> None:
    orgs = [e.text for e in run("Cơ quan thường trực giúp Ban Chỉ đạo xây dựng các đề án.").entities
            if e.label == "ORG"]
    assert "Ban Chỉ đạo xây dựng" not in orgs


def test_bare_body_never_named_in_full_is_an_organization() -> None:
    records = run("Viện Kiểm sát cho rằng bản án chưa đúng nên đã kháng nghị.")
    assert [o.name for o in records.organizations] == ["Viện Kiểm sát"]


@pytest.mark.parametrize("sentence", [
    "Sáng nay, Quận ủy, HĐND, UBND quận Ba Đình tổ chức lễ kỷ niệm.",
    "Ông Hải từng giữ chức Bí thư Đảng ủy, Chủ tịch HĐTV Tập đoàn Than.",
])
def test_bare_level_or_title_body_is_not_an_organization(sentence: str) -> None:
    names = [o.name for o in run(sentence).organizations]
    assert "HĐND" not in names and "UBND" not in names and "Đảng ủy" not in names


@pytest.mark.parametrize(("text", "name", "aliases"), [
    ("Sở Tài chính Hà Nội vừa có văn bản. Sau đó, Sở Tài chính đã trả lời.", "Sở Tài chính Hà Nội", ["Sở Tài chính"]),
    ("Trung tâm Y tế huyện Đông Anh đã lấy mẫu. Trung tâm Y tế Đông Anh đề nghị.", "Trung tâm Y tế huyện Đông Anh",
     ["Trung tâm Y tế Đông Anh"]),
    # the bare top-level unit refers back to the body named with its province or city
    ("Sở Tài chính Đà Nẵng vừa có văn bản. Theo Sở Tài chính thành phố, số tiền lớn.", "Sở Tài chính Đà Nẵng",
     ["Sở Tài chính thành phố"]),
    ("Ủy ban Kiểm tra Huyện ủy Gia Viễn đã họp. Ủy ban Kiểm tra Huyện ủy đề nghị kỷ luật.",
     "Ủy ban Kiểm tra Huyện ủy Gia Viễn", ["Ủy ban Kiểm tra Huyện ủy"]),
    # one place written with and without its unit word is one body
    ("Sở Y tế Đồng Tháp cho biết. Sở Y tế tỉnh Đồng Tháp đã báo cáo. Sở Y tế cũng đề nghị.",
     "Sở Y tế tỉnh Đồng Tháp", ["Sở Y tế Đồng Tháp", "Sở Y tế"]),
    # a company named with its legal form, then without it
    ("Lửa thiêu rụi xưởng của Công ty TNHH Hoa Đức. Nhân viên Công ty Hoa Đức cho biết cháy lớn.",
     "Công ty TNHH Hoa Đức", ["Công ty Hoa Đức"]),
    ("Công ty Cổ phần Him Lam làm chủ đầu tư. Công ty Him Lam đã xây xong.", "Công ty Cổ phần Him Lam",
     ["Công ty Him Lam"]),
    # the company head written short ("CTCP" is "Công ty Cổ phần")
    ("CTCP Sao Khuê báo lãi. Công ty Cổ phần Sao Khuê có 5 nhà máy.", "Công ty Cổ phần Sao Khuê", ["CTCP Sao Khuê"]),
    # a numbered unit written again with its head and number only
    ("Lữ đoàn pháo binh 490 được thành lập. Sau đó Lữ đoàn 490 được tặng thưởng.", "Lữ đoàn pháo binh 490",
     ["Lữ đoàn 490"]),
])
def test_a_body_named_with_its_place_then_without_is_one_organization(
        text: str, name: str, aliases: list[str]) -> None:
    records = {o.name: o.aliases for o in run(text).organizations}
    assert name in records
    assert sorted(records[name]) == sorted(aliases)
    assert not set(aliases) & set(records)


@pytest.mark.parametrize(("text", "separate"), [
    # a short form with a unit word refers to a body of that level only, not to another level's body
    ("Phó Chủ tịch UBND TP Lê Văn Tâm giao UBND quận 3 kiểm tra. UBND quận 3 đã báo cáo.",
     {"UBND TP", "UBND quận 3"}),
    ("Công an huyện Thanh Trì đã khởi tố vụ án. Công an TP sẽ phối hợp điều tra.",
     {"Công an huyện Thanh Trì", "Công an TP"}),
])
def test_a_short_form_of_another_level_is_not_an_alias(text: str, separate: set[str]) -> None:
    assert separate <= {o.name for o in run(text).organizations}


def test_a_stock_code_after_a_brand_short_form_keeps_the_definition() -> None:
    records = run("Ngân hàng TMCP Á Châu (Asiabank - mã ABK) họp cổ đông. Năm nay Asiabank lãi lớn.")
    assert {o.name: o.aliases for o in records.organizations} == {"Ngân hàng TMCP Á Châu": ["Asiabank"]}
    assert [e.text for e in records.entities if e.label == "ORG"] == ["Ngân hàng TMCP Á Châu", "Asiabank", "Asiabank"]


def test_a_head_glued_to_the_first_name_syllable_still_starts_the_body() -> None:
    # the segmenter writes "TMCP Phương" as one word; the head ends inside it, the name goes on
    assert [e.text for e in run("Hôm qua, Ngân hàng TMCP Phương Đông họp cổ đông.").entities
            if e.label == "ORG"] == ["Ngân hàng TMCP Phương Đông"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sở Tài nguyên và Môi trường (TN-MT) tỉnh Nghệ An đã có tờ trình.",
     ["Sở Tài nguyên và Môi trường (TN-MT) tỉnh Nghệ An"]),
    ("Trung tâm Kiểm soát bệnh tật (CDC) Hà Nam khuyến cáo người dân.", ["Trung tâm Kiểm soát bệnh tật (CDC) Hà Nam"]),
    ("Ban Kiểm soát (BKS) Eximbank đã hết nhiệm kỳ.", ["Ban Kiểm soát (BKS) Eximbank"]),
    # a bare head completed by the bracket and a name of several words
    ("Ban Quản lý (BQL) Hoàng thành Cổ Loa cho sơn lại cổng.", ["Ban Quản lý (BQL) Hoàng thành Cổ Loa"]),
    # the bracket closes the name when no place or name follows it
    ("Các ngân hàng đang chờ Ngân hàng Nhà nước (NHNN) chỉ đạo.", ["Ngân hàng Nhà nước", "NHNN"]),
    ("Tập đoàn Điện lực Việt Nam (EVN) Đặng Hoàng An cho biết.", ["Tập đoàn Điện lực Việt Nam", "EVN"]),
])
def test_a_name_goes_on_after_its_short_form_in_brackets(sentence: str, expected: list[str]) -> None:
    assert [e.text for e in run(sentence).entities if e.label == "ORG"] == expected


def test_a_bracketed_short_form_inside_a_name_is_an_alias_of_that_name() -> None:
    records = run("Ban Kiểm soát (BKS) Eximbank đã họp. Ông Hòa là thành viên BKS.")
    assert {o.name: o.aliases for o in records.organizations} == {"Ban Kiểm soát (BKS) Eximbank": ["BKS"]}


def test_a_defined_short_form_with_a_place_is_the_body_of_that_place() -> None:
    records = run("Hồ sơ gửi Văn phòng Đăng ký đất đai (VPĐKĐĐ) Nghệ An. Kết quả tại VPĐKĐĐ Nghệ An đã rõ.")
    entities = [(e.label, e.text) for e in records.entities]
    assert ("ORG", "VPĐKĐĐ Nghệ An") in entities
    assert ("LOC", "Nghệ An") not in entities
    assert [o.name for o in records.organizations] == ["Văn phòng Đăng ký đất đai (VPĐKĐĐ) Nghệ An"]


@pytest.mark.parametrize(("text", "expected"), [
    # an outlet after a lower-case press word is named without it; not "làm báo", "cảnh báo", nor the next sentence
    ("Bài do báo Le Canard thực hiện, đăng lại trên tờ Xiaoxiang Morning Herald.",
     ["Le Canard", "Xiaoxiang Morning Herald"]),
    ("Hai người bị phạt (ảnh nguồn: báo Quảng Ninh) Trong ngày, tỉnh đã phạt 33 người.", ["Quảng Ninh"]),
    ("Theo tờ báo Mỹ, tên lửa này rất nhanh.", []),  # a paper of that country
    ("Tàu xuất hiện ở khu vực này. Ảnh: Thời báo Hoàn Cầu Tuy nhiên, điều này chưa rõ.", ["Thời báo Hoàn Cầu"]),
    ("Những người làm báo Việt Nam luôn là chiến sĩ.", []),
    # outlets split by the segmenter at "+", and outlets credited with a slash
    ("Phố đông xe. (Ảnh: PV/Vietnam+) Trong thời gian qua, ùn tắc tăng.", ["Vietnam+"]),
    ("Xin trân trọng cảm ơn. TTXVN/Tin Tức", ["TTXVN", "Tin Tức"]),
    ("Hai bên hội đàm. Ảnh: VGP/Quang Hiếu", ["VGP"]),
])
def test_outlets_after_a_press_word_or_in_a_credit(text: str, expected: list[str]) -> None:
    records = run(text)
    assert [e.text for e in records.entities if e.label == "ORG"] == expected
    assert records.organizations == []  # the press that only reports is no organisation of the article


def test_an_outlet_credited_for_a_photo_is_still_an_org_mention() -> None:
    assert "TTXVN" in [e.text for e in run("Ông Hùng phát biểu tại buổi làm việc. Ảnh: TTXVN").entities
                       if e.label == "ORG"]


@pytest.mark.parametrize(("sentence", "orgs", "people"), [
    # a known place that opens a person's name ("Lê Thanh" is a commune) is not the body's place
    ("Phó Chủ tịch UBND TP Lê Thanh Liêm nêu các kiến nghị.", ["UBND TP"], ["Lê Thanh Liêm"]),
    # a place that ends the body, then the person ("Bạch Mai" is also a surname and a given name)
    ("Giám đốc bệnh viện Bạch Mai Nguyễn Quang Tuấn đã giải trình.", ["bệnh viện Bạch Mai"], ["Nguyễn Quang Tuấn"]),
    # the segmenter glued the person's name to the body's last word ("TƯ Trương Tấn Sang")
    ("Trưởng Ban Kinh tế TƯ Trương Tấn Sang đã phát biểu.", ["Ban Kinh tế TƯ"], ["Trương Tấn Sang"]),
    # a one-syllable place that is a surname still starts the name after a standalone body
    ("Phó Chủ tịch Quốc hội Phùng Văn Hòa điều hành phiên họp.", ["Quốc hội"], ["Phùng Văn Hòa"]),
])
def test_a_body_ends_where_a_person_name_starts(sentence: str, orgs: list[str], people: list[str]) -> None:
    records = run(sentence)
    assert [e.text for e in records.entities if e.label == "ORG"] == orgs
    assert [e.text for e in records.entities if e.label == "PER"] == people


@pytest.mark.parametrize(("sentence", "orgs", "people"), [
    # "Trung ương Đoàn" is the Youth Union's centre; the person after it starts at the next surname
    ("Anh Lê Quốc Phong, Bí thư thứ nhất Trung ương Đoàn, phát biểu.", ["Trung ương Đoàn"], ["Lê Quốc Phong"]),
    ("Trưởng Ban Quốc tế Trung ương Đoàn Phạm Phương Chi cho rằng.", ["Ban Quốc tế Trung ương Đoàn"],
     ["Phạm Phương Chi"]),
    # but "Đoàn" that opens a name without a second surname is the person's surname
    ("Ủy viên Trung ương Đoàn Hồng Phong phát biểu.", ["Trung ương"], ["Đoàn Hồng Phong"]),
    # the union's full name after "Trung ương" is read whole; "Thanh" of "Thanh niên" is no place
    ("Hôm qua, Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh tổ chức lễ.",
     ["Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"], []),
    # "Nhóm", "Đội" head bodies; after a title they are not a given name
    ("Chủ tịch Nhóm Nghị sĩ hữu nghị Việt - Nhật cho biết.", ["Nhóm Nghị sĩ hữu nghị Việt - Nhật"], []),
    ("Đội trưởng Đội Cảnh sát giao thông số 5 cho biết.", ["Đội Cảnh sát giao thông số 5"], []),
])
def test_a_word_that_heads_a_body_after_a_title_is_not_a_name(sentence: str, orgs: list[str],
                                                               people: list[str]) -> None:
    records = run(sentence)
    assert [e.text for e in records.entities if e.label == "ORG"] == orgs
    assert [e.text for e in records.entities if e.label == "PER"] == people


@pytest.mark.parametrize(("sentence", "orgs"), [
    # a capitalised kind written in the title belongs to the body's name (dev gold: "Trưởng Ban" + "Ban X");
    # a lower-case one is the title's ("Trưởng ban Tuyên giáo" + "Tuyên giáo ...")
    ("Ông Trần Văn Bảy, Trưởng Ban Kinh tế cho biết.", ["Ban Kinh tế"]),
    ("Ông Trần Văn Bảy, Trưởng Ban Văn hóa - Xã hội cho biết.", ["Ban Văn hóa - Xã hội"]),
    ("Ông Trần Văn Bảy, Trưởng ban Tuyên giáo Thành ủy cho biết.", ["Tuyên giáo Thành ủy"]),
    ("Bộ trưởng Ngoại giao Phạm Bình Minh cho biết.", ["Ngoại giao"]),
])
def test_mention_of_a_body_written_after_its_title(sentence: str, orgs: list[str]) -> None:
    assert [e.text for e in run(sentence).entities if e.label == "ORG"] == orgs


def test_a_place_ends_with_its_word() -> None:
    # "Thanh" of "Thanh niên" is not the place "Thanh" a body would take after it
    records = run("Phó chủ nhiệm CLB Thanh niên khuyết tật tỉnh phát biểu.")
    assert not any(e.text.endswith("Thanh") for e in records.entities)


def test_a_local_party_committee_takes_the_place_it_governs_known_or_not() -> None:
    """"Bí thư Thị ủy Cửa Lò": the town is the committee's, not a person after the title."""
    records = run("Bà Nguyễn Thị Kim Chi, Bí thư Thị ủy Cửa Lò, cho biết các bãi tắm đã đóng.")
    assert [e.text for e in records.entities if e.label == "ORG"] == ["Thị ủy Cửa Lò"]
    assert [e.text for e in records.entities if e.label == "PER"] == ["Nguyễn Thị Kim Chi"]


@pytest.mark.parametrize(("text", "name", "aliases"), [
    # one place written with and without its unit word, with no bare form to bridge them
    ("Bà Vân, Giám đốc Sở Y tế Yên Bái, cho biết. Ông Nam, Phó Giám đốc Sở Y tế tỉnh Yên Bái, nói thêm.",
     "Sở Y tế tỉnh Yên Bái", ["Sở Y tế Yên Bái"]),
    # one place spelled two ways: one key since "TP HCM" spells out as "TP.HCM" does, and the second spelling is
    # still listed as an alias (OrgGroup.all_aliases)
    ("Ông Thăng thôi làm Bí thư Thành ủy TP.HCM. Năm 2016, ông làm Bí thư Thành ủy TP HCM.",
     "Thành ủy TP.HCM", ["Thành ủy TP HCM"]),
])
def test_a_place_written_two_ways_is_one_organization(text: str, name: str, aliases: list[str]) -> None:
    assert {o.name: o.aliases for o in run(text).organizations} == {name: aliases}


def test_bodies_of_two_levels_of_one_place_stay_two() -> None:
    names = {o.name for o in run("UBND tỉnh Thái Nguyên đã họp. UBND TP Thái Nguyên cũng họp.").organizations}
    assert names == {"UBND tỉnh Thái Nguyên", "UBND TP Thái Nguyên"}


def test_an_acronym_written_with_or_without_its_joint_is_one_organization() -> None:
    text = "Giám đốc Sở TN&MT cho biết. Việc đo mốc là Sở TNMT thực hiện. Sở TN&MT sẽ trả lời."
    assert [o.name for o in run(text).organizations] == ["Sở TN&MT"]


@pytest.mark.parametrize(("text", "organizations"), [
    # archived text keeps "&" as its HTML entity: it joins an acronym as "&" does
    ("Cục Thủy lợi (Bộ NN&amp;PTNT) cho biết.", {"Cục Thủy lợi": [], "Bộ NN&amp;PTNT": []}),
    ("Bộ NN&amp;PTNT đề nghị. Bộ Nông nghiệp và Phát triển nông thôn đồng ý.",
     {"Bộ Nông nghiệp và Phát triển nông thôn": ["Bộ NN&amp;PTNT"]}),
])
def test_an_html_ampersand_joins_an_acronym(text: str, organizations: dict[str, list[str]]) -> None:
    assert {o.name: o.aliases for o in run(text).organizations} == organizations


def test_a_ministry_after_a_title_without_bo_is_an_alias() -> None:
    text = "Bộ trưởng Bộ VHTT & DL Nguyễn Ngọc Thiện nhận trách nhiệm. Bộ trưởng VHTTDL xin rút kinh nghiệm."
    assert {o.name: o.aliases for o in run(text).organizations} == {"Bộ VHTT & DL": ["VHTTDL"]}


def test_the_holder_of_a_title_is_not_part_of_the_body_name() -> None:
    names = [o.name for o in run("Thứ trưởng Bộ GD&ĐT Nguyễn Thị Nghĩa tặng hoa cho em Phạm Huy.").organizations]
    assert names == ["Bộ GD&ĐT"]
    # a school is named after a person, a province may look like a name
    assert [o.name for o in run("Hiệu trưởng Trường THPT Chuyên Lê Hồng Phong dự lễ.").organizations] == [
        "Trường THPT Chuyên Lê Hồng Phong"]
    assert [o.name for o in run("Giám đốc Sở Y tế Cao Bằng dự họp.").organizations] == ["Sở Y tế Cao Bằng"]


@pytest.mark.parametrize("sentence", [
    "Anh ta điều khiển xe máy mang BKS 37P2-2882 bằng chân.",  # biển kiểm soát, a licence plate
    "Xe khách BKS 21B 00671 bị nạn trên quốc lộ.",
    "Tăng trưởng GDP trong quý I chỉ đạt 5,1%.",  # an economic measure after "tăng trưởng"
])
def test_plates_and_economic_measures_are_not_organizations(sentence: str) -> None:
    records = run(sentence)
    assert records.organizations == []
    assert [e.text for e in records.entities if e.label == "ORG"] == []


def test_a_board_of_supervisors_is_still_an_organization() -> None:
    assert [o.name for o in run("Trưởng BKS Sacombank từ chức. BKS đã họp.").organizations] == ["BKS Sacombank"]


def test_a_defined_short_form_is_an_alias_of_the_written_full_name() -> None:
    text = ("ASEAN hỗ trợ nhân đạo cho Myanmar thông qua Trung tâm điều phối hỗ trợ nhân đạo ASEAN (AHA). "
            "AHA sẽ điều phối hàng cứu trợ.")
    names = {o.name: o.aliases for o in run(text).organizations}
    assert names["Trung tâm điều phối hỗ trợ nhân đạo ASEAN"] == ["AHA"]
    assert "AHA" not in names


@pytest.mark.parametrize(("text", "name", "mentions"), [
    # the trade name that ends a business's name, written alone later (also where a surname made it a person)
    ("Ông Tuấn lập Công ty Mai Hoa năm 1993. Tổ chức Đảng trong Mai Hoa có 100 đảng viên.",
     "Công ty Mai Hoa", ["Công ty Mai Hoa", "Mai Hoa"]),
    ("Quỹ đã đầu tư vào Công ty BĐS Thịnh Gia. Nhiều quỹ cam kết rót vốn vào Thịnh Gia.",
     "Công ty BĐS Thịnh Gia", ["Công ty BĐS Thịnh Gia", "Thịnh Gia"]),
    ("Dự án do Tập đoàn XYZ làm chủ đầu tư. XYZ cho biết sẽ khởi công.", "Tập đoàn XYZ", ["Tập đoàn XYZ", "XYZ"]),
    ("Hãng được Tập đoàn Kanomi hậu thuẫn. Kanomi mở nhà máy ở Bắc Ninh.",
     "Tập đoàn Kanomi", ["Tập đoàn Kanomi", "Kanomi"]),
    # a short name in brackets after the full name
    ("Ông Tú, Tổng công ty Bảo hiểm Phương Đông (Bảo Tín) cho biết. Bảo Tín đã chi trả 300 triệu đồng.",
     "Tổng công ty Bảo hiểm Phương Đông", ["Tổng công ty Bảo hiểm Phương Đông", "Bảo Tín", "Bảo Tín"]),
    # a company's foreign name after another body's head: the company, named alone
    ("Bí thư Đảng ủy Kanomex cho biết. Kanomex cũng kiểm tra các nhà thầu.",
     "Đảng ủy Kanomex", ["Đảng ủy Kanomex", "Kanomex"]),
])
def test_a_business_trade_name_written_alone_is_the_business(text: str, name: str, mentions: list[str]) -> None:
    records = run(text)
    assert [e.text for e in records.entities if e.label == "ORG"] == mentions
    assert [o.name for o in records.organizations][:1] == [name]


@pytest.mark.parametrize("text", [
    "Hợp đồng với Công ty Du lịch Sài Gòn đã ký. Khách đến Sài Gòn đông.",  # a place, not a trade name
    "Tập đoàn đầu tư BĐS Meada vào Việt Nam. Thị trường BĐS sôi động.",  # the trade's acronym
    "Công ty Task (Liên bang Nga) trúng thầu.",  # the country in brackets
    "Ông Hà làm việc tại Công ty Hoàng Minh. Ông Hoàng Minh cho biết.",  # a person of the same name
])
def test_places_trades_and_people_are_no_trade_names(text: str) -> None:
    orgs = [e.text for e in run(text).entities if e.label == "ORG"]
    assert all(o.split()[0] in ("Công", "Tập") for o in orgs)


def test_a_counted_or_plural_short_form_is_a_class() -> None:
    text = ("Ban Quản lý (BQL) Cổ Loa đã họp. BQL cho biết tiến độ. "
            "Thành phố sáp nhập 24 BQL dự án; các BQL phải bàn giao hồ sơ.")
    assert [e.text for e in run(text).entities if e.label == "ORG"] == ["Ban Quản lý (BQL) Cổ Loa", "BQL"]


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("Theo Bộ trưởng Y tế, cần kiểm soát các sự kiện đông người.", "Y tế", "Bộ Y tế"),
    ("Bộ trưởng Giáo dục và Đào tạo Phạm Minh Hải phát biểu.", "Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo"),
    ("Thứ trưởng Lao động Thương binh và Xã hội Lê Văn Hòa cho biết.", "Lao động Thương binh và Xã hội",
     "Bộ Lao động Thương binh và Xã hội"),
    ("Đại biểu chất vấn Bộ trưởng Kế hoạch & Đầu tư về vốn.", "Kế hoạch & Đầu tư", "Bộ Kế hoạch & Đầu tư"),
    # a country after the field is the ministry's
    ("Thứ trưởng Quốc phòng Nga Yuri Borisov tuyên bố.", "Quốc phòng Nga", "Bộ Quốc phòng Nga"),
    # a board with "ban" read into the title, and the body it belongs to (GUIDELINES, second round)
    ("Ông Hùng, Trưởng ban Tổ chức Trung ương, phát biểu.", "Tổ chức Trung ương", "Ban Tổ chức Trung ương"),
    ("Phó trưởng ban Dân nguyện Lê Thị Hoa nói thêm.", "Dân nguyện", "Ban Dân nguyện"),
    ("Ông Hải, Phó ban Quy hoạch TP Đà Nẵng, cho biết.", "Quy hoạch TP Đà Nẵng", "Ban Quy hoạch TP Đà Nẵng"),
])
def test_a_ministry_after_a_minister_title_is_an_org_mention(text: str, mention: str, name: str) -> None:
    records = run(text)
    assert [e.text for e in records.entities if e.label == "ORG"] == [mention]
    assert [o.name for o in records.organizations] == [name]


@pytest.mark.parametrize("text", [
    "Bộ trưởng Văn Tùng nói.",  # a name, capitalised in every syllable
    "Thứ trưởng Thường trực Bộ Ngoại giao Bùi Thanh Sơn dự họp.",  # a title's suffix, then the ministry's own head
])
def test_no_elliptic_ministry_without_a_field(text: str) -> None:
    assert [e.text for e in run(text).entities if e.label == "ORG"] in ([], ["Bộ Ngoại giao"])


@pytest.mark.parametrize(("sentence", "orgs", "places"), [
    # one national body: a unit word and a place after it say whose deputy, never which body
    ("Đại biểu Quốc hội tỉnh Lào Cai Lê Thu Hà phát biểu.", ["Quốc hội"], ["Lào Cai"]),
    # a foreign country still names another body
    ("Chủ tịch Quốc hội Cuba thăm Hà Nội.", ["Quốc hội Cuba"], ["Hà Nội"]),
    # a local committee takes its place
    ("Ban Thường vụ Tỉnh ủy tỉnh Quảng Bình họp.", ["Ban Thường vụ Tỉnh ủy tỉnh Quảng Bình"], []),
])
def test_a_national_body_does_not_take_a_province(sentence: str, orgs: list[str], places: list[str]) -> None:
    records = run(sentence)
    assert [e.text for e in records.entities if e.label == "ORG"] == orgs
    assert [e.text for e in records.entities if e.label == "LOC"] == places


@pytest.mark.parametrize(("sentence", "expected"), [
    # a person's name the segmenter glued to an unknown place is not more of the place
    ("Chủ tịch HĐND xã Thạnh Tân Huỳnh Đức Toàn bị kỷ luật.", ["HĐND xã Thạnh Tân"]),
    # a head that carries its field takes no person's name as its own ("Trường Nguyễn Du" does)
    ("Cục trưởng Tổng cục Hải quan Vũ Ngọc Anh phát biểu.", ["Tổng cục Hải quan"]),
    ("Cục trưởng Cục Hải quan Nguyễn Văn An phát biểu.", ["Cục Hải quan"]),
    ("Học sinh Trường Nguyễn Du đạt giải.", ["Trường Nguyễn Du"]),
    # a verb of winning the segmenter glued to the name is the sentence's
    ("Phóng viên Báo QĐND đoạt giải ba.", ["QĐND"]),
    ("Họ lập ĐH Tây Bắc hòng thu tiền.", ["ĐH Tây Bắc"]),
])
def test_body_ends_before_the_person_named_after_it(sentence: str, expected: list[str]) -> None:
    assert [e.text for e in run(sentence).entities if e.label == "ORG"] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sinh viên ĐH Bách khoa Hà Nội đạt giải.", ["ĐH Bách khoa Hà Nội"]),
    ("Anh tốt nghiệp ĐH Oxford năm 2010.", ["ĐH Oxford"]),
    ("Sinh viên Trường ĐH Văn hóa TPHCM tham gia.", ["Trường ĐH Văn hóa TPHCM"]),
    # a congress ("Đại hội") when a body or its number follows
    ("Văn kiện ĐH X của Đảng đã nêu rõ.", []),
    ("Đại biểu dự ĐH Đảng bộ tỉnh lần thứ XV.", ["Đảng bộ tỉnh"]),
    ("Các ĐH đang tuyển sinh.", []),
    ("Em đỗ ĐH khối A năm nay.", []),  # the university exam
])
def test_abbreviated_university(sentence: str, expected: list[str]) -> None:
    assert [e.text for e in run(sentence).entities if e.label == "ORG"] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Công an quận 5 bắt hai đối tượng. Theo công an quận, hai người có tiền án.", ["Công an quận 5", "công an quận"]),
    ("Vụ án đang được công an huyện điều tra làm rõ.", ["công an huyện"]),
    ("Chi cục Thuế quận Ba Đình cho biết chi cục thuế quận đã thu đủ.",
     ["Chi cục Thuế quận Ba Đình", "chi cục thuế quận"]),
])
def test_lower_case_short_form_with_its_level_word_is_a_mention(sentence: str, expected: list[str]) -> None:
    records = run(sentence)
    assert [e.text for e in records.entities if e.label == "ORG"] == expected
    assert all(o.name[0].isupper() for o in records.organizations)  # a mention, no organisation of its own


@pytest.mark.parametrize("sentence", [
    "Các công an huyện đều cử người tham gia.",
    "Lực lượng công an huyện này rất mỏng.",
])
def test_lower_case_level_body_as_a_class_is_no_mention(sentence: str) -> None:
    assert [e.text for e in run(sentence).entities if e.label == "ORG"] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # an English company word ends a name that no Vietnamese head opens
    ("Hãng có hai cổ đông là Hoa Sen Airlines và Bamboo Airways.", ["Hoa Sen Airlines", "Bamboo Airways"]),
    ("Ông Kiên là Chủ tịch kiêm CEO Minh Tâm Group từ năm ngoái.", ["Minh Tâm Group"]),
    ("Cổ phiếu của Masan Group và SeABank cùng tăng.", ["Masan Group", "SeABank"]),
    ("Đại diện Toyota Việt Nam cho biết giá xe giảm.", ["Toyota Việt Nam"]),
    ("Số liệu đã loại trừ MobiFone, VNPost và Air France.", ["MobiFone", "VNPost", "Air France"]),
    # the trade name alone, written again, is the same firm
    ("VietJet Air có lãi. Năm nay VietJet mở ba đường bay.", ["VietJet Air", "VietJet"]),
])
def test_firms_named_without_a_vietnamese_head(sentence: str, expected: list[str]) -> None:
    assert [e.text for e in run(sentence).entities if e.label == "ORG"] == expected


@pytest.mark.parametrize("sentence", [
    # a foreign person, a country's people, an English name that goes on after "and"
    "Ông Donald Trump nói chuyện với báo giới.",
    "Bản tin của Trung tâm (National Air and Space Center) được công bố.",
    "Đội tuyển U23 Việt Nam thắng đậm.",
])
def test_capitalised_foreign_words_without_a_firm_word_are_no_firm(sentence: str) -> None:
    assert [e.text for e in run(sentence).entities if e.label == "ORG"] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # a company's trades, verbs included, written in lower case before the trade name that closes them
    ("Ông ký hợp đồng với Công ty chế biến nông sản thực phẩm xuất khẩu Hải Hưng năm ngoái.",
     ["Công ty chế biến nông sản thực phẩm xuất khẩu Hải Hưng"]),
    ("Ông Hưng là Giám đốc Công ty TNHH MTV tư vấn du học Bắc Nam.", ["Công ty TNHH MTV tư vấn du học Bắc Nam"]),
    ("Cổ đông lớn là Công ty TNHH MTV Hàng không Sao Việt.", ["Công ty TNHH MTV Hàng không Sao Việt"]),
    ("Công ty Cổ phần du lịch và tiếp thị giao thông vận tải Việt Nam tham gia.",
     ["Công ty Cổ phần du lịch và tiếp thị giao thông vận tải Việt Nam"]),
    # once the trade name is read, lower-case words after it are the sentence's
    ("Công ty Cổ phần xây dựng Trung Nam thi công cầu Cần Giờ.", ["Công ty Cổ phần xây dựng Trung Nam"]),
])
def test_company_trades_before_the_trade_name(sentence: str, expected: list[str]) -> None:
    assert [e.text for e in run(sentence).entities if e.label == "ORG"] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # kinds of body new to the head lexicon: missions abroad (with the country they are in), federations,
    # armed services, port authorities, the post
    ("Đại sứ quán Hàn Quốc đã cấp thị thực cho đoàn.", ["Đại sứ quán Hàn Quốc"]),
    ("Đại sứ quán Việt Nam tại Malaysia đã bảo hộ công dân.", ["Đại sứ quán Việt Nam tại Malaysia"]),
    ("Tổng hội Y học Việt Nam tổ chức hội thảo.", ["Tổng hội Y học Việt Nam"]),
    ("Xưởng thuộc Quân chủng Hải quân được nâng cấp.", ["Quân chủng Hải quân"]),
    ("Cảng vụ Hải Phòng đã phân luồng tàu thuyền.", ["Cảng vụ Hải Phòng"]),
    ("Bưu điện tỉnh Nghệ An chi trả lương hưu.", ["Bưu điện tỉnh Nghệ An"]),
    # the segmenter glues the term's word to the place: the term is not the body's name
    ("Kỳ họp của HĐND TPHCM khóa IX đã bế mạc.", ["HĐND TPHCM"]),
])
def test_more_kinds_of_body(sentence: str, expected: list[str]) -> None:
    assert [e.text for e in run(sentence).entities if e.label == "ORG"] == expected


@pytest.mark.parametrize("sentence", [
    "Cần tăng sự phối hợp giữa Trung ương và địa phương.",
    "Trung ương và các địa phương đã vào cuộc.",
    "Anh ra bưu điện gửi thư cho mẹ.",
])
def test_central_level_and_common_nouns_are_no_body(sentence: str) -> None:
    assert [e.text for e in run(sentence).entities if e.label == "ORG"] == []


def test_fields_joined_by_and_or_a_dash_are_one_organization() -> None:
    records = run("Ông Quý làm Giám đốc Sở Tài nguyên và Môi trường tỉnh Yên Bái. Sở Tài nguyên - Môi trường đã "
                  "kiểm điểm các cá nhân liên quan.")
    assert [o.name for o in records.organizations] == ["Sở Tài nguyên và Môi trường tỉnh Yên Bái"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a department and a university written in lower case before their names
    ("Hồ sơ lưu ở phòng Nội vụ huyện Mê Linh.", ["phòng Nội vụ huyện Mê Linh"]),
    ("Ông liên hệ trường đại học Lao động - Xã hội để xác minh.", ["trường đại học Lao động - Xã hội"]),
    # "phòng, chống" is one field; a bare level word closed by the predicate ends the name, its place implied
    ("Ban chỉ đạo phòng, chống dịch Covid-19 huyện Lý Nhân chủ trì.",
     ["Ban chỉ đạo phòng, chống dịch Covid-19 huyện Lý Nhân"]),
    ("Ban chỉ đạo phòng chống dịch thành phố đã họp.", ["Ban chỉ đạo phòng chống dịch thành phố"]),
])
def test_lower_case_names_of_departments_schools_and_committees(sentence: str, expected: list[str]) -> None:
    assert [e.text for e in run(sentence).entities if e.label == "ORG"] == expected


@pytest.mark.parametrize("sentence", [
    "Anh ngồi ở phòng VIP của nhà hàng.",
    "Cháu muốn vào học ở trường tiểu học VN.",
    "Luật quy định quyền của Công an cấp tỉnh đã rõ.",
    # an acronym after a title, pointed back to with "này": the kind of body, no name
    "Anh sẽ làm Trợ lý Tổng giám đốc CLB này từ tháng 7.",
])
def test_rooms_classes_and_levels_are_no_body(sentence: str) -> None:
    assert [e.text for e in run(sentence).entities if e.label == "ORG"] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # "Tổ chức" opening a sentence names a body when its name ends in a scope word or a short form in brackets
    ("Tổ chức Y tế Thế giới khuyến cáo người dân đeo khẩu trang.", ["Tổ chức Y tế Thế giới"]),
    ("Tổ chức Di cư Quốc tế (IOM) hỗ trợ người lao động.", ["Tổ chức Di cư Quốc tế", "IOM"]),
    # an institute named for a ministry's fields goes on in lower case, closed by the predicate
    ("Viện Khoa học và Công nghệ quân sự đã chế tạo thành công.", ["Viện Khoa học và Công nghệ quân sự"]),
    # a verb the press writes after a body ends the name
    ("Tạp chí Tài chính chia sẻ kinh nghiệm.", ["Tạp chí Tài chính"]),
])
def test_international_bodies_and_institutes(sentence: str, expected: list[str]) -> None:
    assert [e.text for e in run(sentence).entities if e.label == "ORG"] == expected


@pytest.mark.parametrize("sentence", [
    "Tổ chức Hội nghị tổng kết năm học.",
    "Tổ chức Ngày Môi trường Thế giới tại tỉnh.",
])
def test_the_verb_to_organise_an_event_is_no_body(sentence: str) -> None:
    assert [e.text for e in run(sentence).entities if e.label == "ORG"] == []


@pytest.mark.parametrize(("text", "mention", "name"), [
    # a delegation head's title holds the "đoàn": the rest is the delegation, listed under its full name
    ("Ông Nguyễn Văn Nam, Trưởng đoàn đại biểu Quốc hội tỉnh Nghệ An, cho biết.",
     "đại biểu Quốc hội tỉnh Nghệ An", "Đoàn đại biểu Quốc hội tỉnh Nghệ An"),
    ("Bà Trần Thị Lan, Phó trưởng đoàn ĐBQH TP Hà Nội phát biểu.", "ĐBQH TP Hà Nội", "Đoàn ĐBQH TP Hà Nội"),
])
def test_delegation_after_its_heads_title(text: str, mention: str, name: str) -> None:
    records = run(text)
    assert [e.text for e in records.entities if e.label == "ORG"] == [mention]
    assert [o.name for o in records.organizations] == [name]
