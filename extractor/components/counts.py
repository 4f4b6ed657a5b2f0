"""COUNT: a number that counts or measures the noun named next to it (SPEC "counts").

    COUNT := [QUALIFIER] NUMBER [("-" | "đến") NUMBER] ["%" | "phần trăm"] UNIT

NUMBER is digits in Vietnamese style ("1.200" is twelve hundred, "2,5" is two and a half) or number words
("bảy mươi sáu"). UNIT is the next underthesea word (with a scale word in front: "tỷ đồng"), or, for a bare
percentage, the rate word before it ("tăng 7,9%"). Dates, years, document numbers, ordinals, clock times
and labels are refused by their context.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from ..canonical import fold
from ..lexicon import gazetteer, honorifics, known_abbreviations
from ..stream import Stream, word_end
from .base import Match, RuleComponent
from .documents import counts_a_noun
from .titles import title_at

QUALIFIERS = ("lên tới", "lên đến", "có tới", "ít nhất", "tối thiểu", "tối đa", "xấp xỉ", "trên", "hơn",
              "gần", "khoảng", "đạt", "tới", "gấp", "chừng", "ước", "chỉ", "còn", "dưới")
# Qualifiers written after the number: "90% trở lên", "10 chỗ trở xuống".
POSTPOSED = ("trở lên", "trở xuống")
# Words between a rate's subject and the number: verbs of change, qualifiers, "so với".
_RATE_TRAILERS = frozenset(QUALIFIERS) | {"là", "ở", "mức", "với", "đạt", "được", "chiếm", "bằng",
                                          "hằng", "năm", "khoảng", "so", "của", "có", "lên", "xuống", "đến",
                                          "từ"}  # "tỷ trọng nông nghiệp (từ 47,66% xuống 44,61%)"
_DIGITS = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_UNITS_WORDS = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
                "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_NUMBER_WORD = r"(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|nghìn|ngàn|linh|lẻ|rưỡi)"
# Single number words that can start a count; "một", "năm", "tư" alone are too ambiguous.
_WORD_STARTS = r"(?:hai|ba|bốn|sáu|bảy|bẩy|tám|chín|mười)"
# After the first word, "năm" is a digit only after "linh"/"lẻ" ("một trăm linh năm"); elsewhere it is the
# noun "year" ("hai năm", "mười năm", "hai mươi năm"), and 5 is written "lăm" ("hai mươi lăm").
_NUMBER_CONT = r"(?:không|một|mốt|hai|ba|bốn|tư|lăm|sáu|bảy|bẩy|tám|chín|mười|mươi|chục|trăm|nghìn|ngàn|linh|lẻ|rưỡi" \
               r"|(?:(?<=linh )|(?<=lẻ ))năm)"
# "năm" alone is five only before what it counts: "năm năm", "năm người", "năm lần" ("năm nay", "năm học",
# "năm tháng" are the noun "year").
_FIVE_COUNTS = r"năm|người|lần|tuần|tiếng|giờ|phút|chiếc|ngôi|căn|xã|huyện|tỉnh|hộ|học sinh|cán bộ|đơn vị" \
               r"|dự án|doanh nghiệp|công ty|công trình|trường hợp|bệnh nhân|thành viên|quốc gia|chiến sĩ" \
               r"|ngày(?! sinh| mất| giỗ| thành lập)"  # "trong năm ngày", but "kỷ niệm năm ngày sinh" is no count
_FIVE = (r"(?<!những )(?<!các )(?<!hằng )(?<!hàng )(?<!\d )(?<!mươi )(?<!trăm )(?<!thứ )"
         rf"năm(?=\s+(?:{_FIVE_COUNTS})(?![\w/]| \d))")
_NUMBER = rf"(?:{_DIGITS}|{_WORD_STARTS}(?:\s+{_NUMBER_CONT})*|{_FIVE})"
# A minus sign glued to the digits is a negative value ("sâu -35 m", "-5 độ C") unless it follows a number (a range);
# a number after "+" is the metres of a road milestone ("km 1794+900").
_COUNT = re.compile(
    rf"(?:(?P<neg>(?<![\w/.,+-])(?<!\d\s)[-−](?=\d))|(?<![\w/.,+-]))(?P<num>{_NUMBER})(?:\s*(?:-|–|đến|tới)\s*(?P<max>{_DIGITS}))?"
    rf"(?P<pct>\s*%(?:/(?:năm|quý|tháng|ngày)(?!\w))?|\s+phần trăm)?"
    # "5,8%/tổng dư nợ": a share written with a slash before the noun it is of
    rf"(?(pct)(?P<of>/(?=[^\W\d_]))?)(?(of)|(?![\w/]|[.,]\d|(?<!%)-\d|:\d))",  # "7%-8%": a range, see _merge_ranges
    re.IGNORECASE,
)
_FRACTION = re.compile(rf"(?<![\w/.,-])(?P<num>{_DIGITS})/(?P<den>{_DIGITS})(?![\w/]|[.,]\d|-\d)")
# A bare hundred or thousand before a scale word: "có ngàn tỷ đồng", "vay hơn trăm nghìn tỷ" (GUIDELINES fourth round).
_BARE_SCALE = re.compile(r"(?<![\w/.,-])(?P<num>trăm|nghìn|ngàn)(?=\s+(?:tỷ|tỉ|triệu|nghìn)(?!\w))", re.IGNORECASE)
# A part of a whole counted after it: "2 trong số 5 hiện trường", "77 trong tổng số 108 trưởng thôn".
_PART_OF = re.compile(rf"(?<![\w/.,-])(?P<num>{_DIGITS}|{_WORD_STARTS})\s+trong\s+(?:tổng\s+)?số\s+(?=\S)",
                      re.IGNORECASE)
# Numbers listed before the one that names their unit: "10, 20 năm", "15 và 13 tuổi", "18, 19 và 20 tuổi".
_LISTED = re.compile(r"(?<![\w/.,-])(?P<num>\d+(?:,\d+)?)(?=(?:,\s+\d+(?:,\d+)?)*(?:,\s+|\s+(?:và|hoặc)\s+)\d)")
_GLUED = re.compile(
    rf"(?<![\w/.,+-])(?P<num>{_DIGITS})(?:\s*[-–]\s*(?P<max>{_DIGITS}))?"
    r"(?P<unit>m2|m3|km2|km²|m²|km|ha|kg|mm|cm|m|tấn|USD|đ|kWh|kW|MWh|MW|GWh|GW)(?![\w²])")
# Words before a number that make it a label, a date, an ordinal or a document number.
_REFUSE_BEFORE = frozenset({
    "số", "khóa", "khoá", "thứ", "điều", "khoản", "điểm", "chương", "mục", "tháng", "ngày", "năm", "quận",
    "phường", "lúc", "hồi", "phòng", "đường", "quốc lộ", "tỉnh lộ", "mã", "tuyến", "lần thứ", "hạng", "cấp",
    "kỳ", "tập", "trang", "nhóm", "đối tượng", "biển số", "lô", "block", "tầng", "câu", "bài", "tiết", "top",
    "covid", "ca", "bệnh nhân", "f", "vòng", "bảng", "khu", "đội", "tổ", "ấp", "thôn", "xóm", "số hiệu",
    "ngõ", "hẻm", "kiệt", "ngách", "số nhà", "giờ", "từ lúc", "vào lúc", "bà", "ông", "anh", "chị",
    "chỉ thị", "nghị quyết", "nghị định", "quyết định", "thông tư", "luật", "công văn", "kế hoạch", "kết luận",
    "quy định", "hướng dẫn", "thông báo", "công điện", "điều lệ",
    # ordinals of events and stages: "giai đoạn 2", "Đại hội 18", "lần 2", "đợt 3"
    "giai đoạn", "đại hội", "hội nghị", "kỳ họp", "phiên", "lần", "đợt", "nhiệm kỳ", "học kỳ",
    "mồng", "mùng",  # "mồng 3 Tết": a day
    "quý", "cơ sở", "m", "km", "cm",  # "quý 1", "cơ sở 2"; "150 m 2" is 150 m² written with a space
    "lớp",  # a school grade or class: "học sinh lớp 4", "lớp 8/9"
    "giải",  # a prize's rank: "giải Ba quốc tế", "giải 3"
})
# Words that name a motto or campaign by a number and a verb or adjective: "phương châm 4 tại chỗ", "nguyên tắc 4
# đúng", "phong trào “Ba xây, ba chống”". The number labels the slogan; it counts nothing. Often in quotes.
_MOTTO_WORDS = frozenset({"phương châm", "nguyên tắc", "khẩu hiệu", "phong trào"})
_OPENING_QUOTES = frozenset({"“", '"', "‘", "'", "«"})
# Two words that end in a refusing word ("vòng", "số") but lead a quantity: "trong vòng 45 phút" is a span, not
# round 45; "trong số 48 nước" is among 48 countries, not country number 48; "số điểm 87,81" is a score.
_WITHIN = frozenset({"trong vòng", "vòng trong", "trong số", "số điểm"})
# A number of hours read as a clock time: "từ 5 giờ đến 21 giờ", "20 giờ 30 ngày 21/4".
_CLOCK_BEFORE = frozenset({"từ", "đến", "tới", "trước", "sau", "lúc", "hồi", "vào", "khoảng từ", "đúng"})
_CLOCK_AFTER = frozenset({"sáng", "trưa", "chiều", "tối", "đêm", "ngày", "hôm"})
# Words after a number that show it is not counting the next word.
_NOT_UNIT = frozenset({
    "và", "hoặc", "của", "là", "được", "đã", "có", "với", "trong", "tại", "cho", "thì", "mà", "để", "từ",
    "đến", "tới", "so", "vào", "ra", "khi", "này", "đó", "trên", "dưới", "sau", "trước", "bị", "sẽ", "đang",
    "cũng", "nhưng", "vì", "do", "nên", "như", "theo", "về", "lên", "xuống", "giờ", "h", "phút", "năm", "ở",
    "còn", "đi", "đối với", "đối", "nói", "chỉ", "mới", "đều", "rồi", "lại", "thêm", "nữa", "hay", "tuy",
    "nếu", "gồm", "tăng", "giảm", "đạt", "thuộc", "trong đó", "phải", "không", "chưa", "vừa", "bởi",
    # adverbs and pronouns start the next clause, they are never what a number counts
    "vẫn", "tiếp tục", "chúng tôi", "chúng ta", "tôi", "họ", "luôn", "liên tục", "cùng",
    "gần", "khoảng", "hơn", "chừng",  # qualifiers of the next number ("30/4 - 1/5 gần 580.000 người")
    # sentence-final particles of speech ("Bằng có 80% thôi à", "người ta mua 90% chứ"): they end the clause
    "thôi", "chứ", "à", "ạ", "nhé", "nhỉ", "nha", "hả", "đấy", "đâu",
})
# Syllables that open a verb or prepositional phrase, also when the segmenter fuses them into one word with the next
# ("bị thương", "tại chỗ"): such a word is never what a number counts. The parties to a case are nouns.
_CLAUSE_STARTS = frozenset({"bị", "tại"})
_PLURALS = frozenset({"các", "những", "mọi"})
# Verbs a bare percentage is the subject of ("100% cử ông A" elected, "tăng 7% đồng nghĩa với ...", "8% cho rằng"):
# the share is of the measure named before, never of the verb ("cử tri" is one word and stays a unit). A vote's
# outcome ("100% nhất trí", "88% tán thành") is what the dev gold counts, so those words are not here.
_VERBS_AFTER_A_SHARE = frozenset({"cử", "bầu", "đồng nghĩa", "cho rằng", "cho biết", "trả lời", "khẳng định"})
# Distributive words open a phrase of their own ("83 người mỗi năm"): never part of a counted noun's complement.
_DISTRIBUTIVES = frozenset({"mỗi", "từng", "mọi"})
# Words before a small number that make it "a few": "vài ba", "dăm ba", "mấy" ("mươi" after a number is "some ten").
_VAGUE_LEADS = frozenset({"vài", "dăm", "mấy", "dăm bảy"})
_PARTIES_TO_A_CASE = frozenset({"bị can", "bị cáo", "bị hại", "bị đơn"})
_DURATION_UNITS = frozenset({"giờ", "phút", "năm", "tiếng", "ngày", "tháng", "tuần", "giây"})
# A measure written in two units, larger first: each number is a count of its own unit.
_COMPOUND_MEASURES = frozenset({("năm", "tháng"), ("tháng", "ngày"), ("tuần", "ngày"), ("ngày", "giờ"),
                                ("giờ", "phút"), ("tiếng", "phút"), ("phút", "giây"), ("tấn", "kg"),
                                ("km", "m"), ("m", "cm"), ("ngày", "đêm")})  # "tour 6 ngày 5 đêm"
_NOT_COUNT_AFTER_HAI = frozenset({"bên", "phía", "nước", "vợ chồng", "anh em", "chị em", "cụ", "mẹ con",
                                  "cha con", "bố con", "ông bà", "miền", "đầu", "chiều", "vợ", "bà cháu",
                                  "ông cháu", "mẹ", "bố", "cha", "cô cháu", "chú cháu", "dì cháu", "anh chị",
                                  "chị", "anh", "ông", "bà", "cô", "chú", "thầy trò"})
# A parent and child or a couple is the pair also when the two is a digit ("2 cha con gặp nhau"); siblings
# written with a digit are counted ("thêm 2 anh em nhà họ Vương" in the dev gold).
_KIN_PAIRS = frozenset({"vợ chồng", "cha con", "mẹ con", "bố con", "bà cháu", "ông cháu", "ông bà", "thầy trò"})
# Classifier-like heads that name what is counted only with the next word ("hộ dân", "ca bệnh").
_TAKES_COMPLEMENT = frozenset({"hộ", "người", "ca", "căn", "ngôi", "lượt", "đơn vị", "cơ sở", "loại", "con", "chiếc"})
# Heads of bodies that the press capitalises even when it counts them ("4 Sở", "3 Bộ", "2 Ban").
_COUNTED_BODIES = frozenset({"sở", "bộ", "ban", "cục", "vụ", "viện", "tổng cục", "chi cục", "ngành", "phòng"})
_CHANGE_VERBS = frozenset({"tăng", "giảm", "tăng trưởng", "tăng lên", "giảm xuống"})
_MEASURE_VERBS = frozenset({"đạt", "là"})
_SCALE = frozenset({"triệu", "tỷ", "tỉ", "nghìn", "ngàn", "trăm", "vạn"})
# Nouns that name a measure or a stock a percentage can be of or a rate of ("tăng trưởng GDP", "tỷ lệ hộ nghèo",
# "chỉ số giá tiêu dùng", "vốn đầu tư"): a word of this kind in the clause before a bare percentage opens its unit.
_MEASURE_NOUNS = frozenset({
    "tỷ lệ", "tỉ lệ", "tỷ trọng", "tỉ trọng", "tỷ suất", "tỉ suất", "tốc độ", "tăng trưởng", "mức tăng", "chỉ số",
    "lạm phát", "lãi suất", "kim ngạch", "doanh thu", "doanh số", "lợi nhuận", "vốn", "dư nợ", "nợ xấu", "nợ công",
    "giá trị", "sản lượng", "năng suất", "thu nhập", "ngân sách", "tổng", "dân số", "diện tích", "khối lượng",
    "công suất", "thị phần", "cổ phần", "phiếu", "số phiếu", "xuất khẩu", "nhập khẩu", "gdp", "grdp", "cpi", "fdi",
    "thuế suất", "chi phí", "tín dụng", "tổng sản phẩm", "tổng vốn", "giá", "chi", "nguồn thu",
})
# Measure nouns that the segmenter may fuse with the next word ("vốn điều lệ", "vốn đầu tư" as one word).
_MEASURE_PREFIXES = frozenset({"vốn", "phiếu", "gdp", "grdp", "cpi", "fdi"})
# Words that open a clause with no subject of its own before a bare percentage: connectives, contrasts, time
# leads and comparatives ("sau đó giảm tiếp 4%", "riêng năm 2005 đạt 8,4%", "thấp hơn mức 5,5%", "so với năm
# 2016 nhưng dưới 5%"). Such a percentage is of the measure the text named last, not of these words.
_NO_SUBJECT_LEADS = frozenset({
    "sau", "sau đó", "riêng", "so", "so với", "trong khi", "trong", "nếu", "nhưng", "còn", "thấp", "cao", "chỉ",
    "cũng", "vẫn", "đã", "thì", "và", "hay", "hoặc", "với", "ở", "tại", "từ", "khi", "lúc", "trước", "đến", "tới",
    "hiện", "hiện nay", "nay", "tuy nhiên", "song", "mà", "rồi", "lại", "ngoài ra", "kém", "hơn", "bằng", "gần",
    "để", "nhằm", "vì", "do", "bởi",
    "con số", "số này",  # "con số này đã tăng lên 23%": a reference back to the figure named before
})
# Verbs after which a percentage is a share of the noun that follows it ("chiếm 40% diện tích", "đạt 92,8% kế hoạch").
_SHARE_VERBS = frozenset({"chiếm", "đạt", "bằng", "được", "của", "với", "có", "giữ", "hữu", "nắm"})
# Verbs of equivalence after which a percentage "so với" a base is a share of that base ("tương đương 41% so với").
_EQUIVALENCE = frozenset({"tương đương", "tương ứng", "bằng"})
# Nouns of a target: "mục tiêu 6,7%" restates a target; its measure is the one named with it before.
_TARGETS = frozenset({"mục tiêu", "chỉ tiêu"})
# Words right after a bare "%" that are no noun it could be a share of: times, comparatives, adverbs.
_NOT_SHARE_OF = frozenset({"cuối", "đầu", "giữa", "thấp", "cao", "ngay", "tập trung", "nhanh", "chậm", "mỗi",
                           "quý", "tháng", "ngày", "tuần", "cùng kỳ", "liên tục", "tương ứng", "trở",
                           # a rate per period ("12% một năm", "0,25% hằng năm"), a restatement ("75,8% tức
                           # khoảng 3.193 tỷ đồng", "32,7% tương đương 59.000 tỉ đồng"), a manner ("100% bằng
                           # phiếu kín") and a time ("6,7% cả năm") name no noun the share is of
                           "một", "hằng", "hàng năm", "hàng tháng", "hàng quý", "hàng tuần", "hàng ngày", "tức",
                           "tức là", "tương đương", "bằng", "cả năm"})
# Units written with a capital: currencies (SPEC's "3 triệu USD"; "90.000 Kronor") and measures.
_CAPITALISED_UNITS = frozenset({"USD", "VNĐ", "VND", "EUR", "Euro", "ha", "MW", "GB", "Kronor", "Krona", "Yen",
                                "Won", "Rúp", "Rupee", "Baht", "Ringgit", "Peso", "Franc", "Đôla", "Kíp", "Kip", "Riel",
                                "Lira", "Dinar", "Shekel"})
_MEASURE_HEADS = _SCALE | {"đồng", "usd", "euro", "eur", "ha", "km", "m", "m2", "m3", "kg", "tấn", "mét", "lít", "tuổi"}


def parse_number(raw: str) -> float | None:
    """Vietnamese number → float: "1.200" → 1200, "2,5" → 2.5, "bảy mươi sáu" → 76."""
    raw = raw.strip()
    if raw[0].isdigit():
        return float(raw.replace(".", "").replace(",", "."))
    total, current = 0.0, 0.0
    words = raw.lower().split()
    for n, word in enumerate(words):
        if word in _UNITS_WORDS:
            current += _UNITS_WORDS[word] if word != "năm" or n > 0 else 5
        elif word == "mười":
            current += 10
        elif word in ("mươi", "chục"):  # "bảy mươi", "bảy chục": seventy
            current = (current or 1) * 10
        elif word == "trăm":
            current = (current or 1) * 100
        elif word in ("nghìn", "ngàn"):
            total += (current or 1) * 1000
            current = 0
        elif word in ("linh", "lẻ"):
            continue
        elif word == "rưỡi":
            current += 0.5 if current < 10 else 0
        else:
            return None
    return float(total + current)


def _approximate_range(num: str) -> tuple[float, int] | None:
    """Two neighbouring digit words say "about this or the next": "ba bốn năm" is 3-4 years, not 7, and
    "bảy tám người" is 7-8 people."""
    words = num.lower().split()
    if len(words) != 2 or not all(w in _UNITS_WORDS for w in words):
        return None
    low, high = _UNITS_WORDS[words[0]], _UNITS_WORDS[words[1]]
    return (float(low), high) if high == low + 1 and low >= 2 else None


def _label_before(stream: Stream, i: int) -> bool:
    """Whether the word before the number makes it a label, date, ordinal or document number ("khóa 12",
    "Chỉ thị số 05"). The whole word decides: "hồi 5 giờ" is a time but "thu hồi 5 bài hát" counts."""
    if i == 0 or stream.syls[i - 1].sent != stream.syls[i].sent:
        return False
    first = i - 1
    while first > 0 and not stream.syls[first].first and i - first < 4:
        first -= 1
    word = " ".join(stream.keys[first:i])
    if " ".join(stream.keys[max(0, i - 2):i]) in _WITHIN:
        return False  # "trong vòng 45 phút", "trong số 48 nước"
    if word in _REFUSE_BEFORE or " ".join(stream.keys[max(0, i - 2):i]) in _REFUSE_BEFORE or _motto_before(stream, i):
        return True
    if stream.keys[i - 1] == "tháng" and stream.syls[i].cap and not stream.syls[i].digit:
        return True  # "Cách mạng tháng Tám": a month's name, also inside a longer word
    return first == i - 1 and stream.keys[i - 1] in _REFUSE_BEFORE


def _motto_before(stream: Stream, i: int) -> bool:
    """Whether a motto word stands before the number, with an opening quote between them or not: "phương châm
    “4 tại chỗ”", "phong trào “Ba xây và ba chống”" (see :data:`_MOTTO_WORDS`)."""
    k = i - 1
    if k >= 0 and stream.keys[k] in _OPENING_QUOTES:
        k -= 1
    return k >= 1 and stream.syls[k].sent == stream.syls[i].sent and " ".join(stream.keys[k - 1:k + 1]) in _MOTTO_WORDS


_LUNAR_MONTHS = ("chạp", "giêng")


def _lunar_date(unit: str, text: str, unit_end: int) -> bool:
    """Whether the number is a day of the lunar calendar: "28 tháng chạp", "mùng 4 tháng giêng", "2, 4 Tết" (a day of
    the new-year holiday); a date, not a count (SPEC)."""
    words = fold(unit).split()
    if words == ["tết"]:
        return True
    if words[:1] != ["tháng"]:
        return False
    month = words[1:] or fold(text[unit_end:unit_end + 8]).split()[:1]
    return bool(month) and month[0] in _LUNAR_MONTHS


def _both(stream: Stream, i: int, num: str) -> bool:
    """Whether the number is "hai"/"2" after "cả", i.e. "both" ("cả hai lĩnh vực", "Cả 2 lần mua bán"): the pair is
    one the text has already named, not a new count (SPEC: "hai" meaning "both"). "cả ba mặt" still counts."""
    return num.lower() in ("hai", "2") and i > 0 and stream.keys[i - 1] == "cả" \
        and stream.syls[i - 1].sent == stream.syls[i].sent


_DOCUMENT_WORDS = frozenset({"chỉ thị", "nghị quyết", "nghị định", "quyết định", "thông tư", "luật", "công văn",
                             "kế hoạch", "kết luận", "quy định", "hướng dẫn", "thông báo", "công điện", "điều lệ"})


def _counts_after_document_word(stream: Stream, i: int, end: int, num: str) -> bool:
    """A number after a document kind word that the document finder reads as a count, not the document's
    number ("quyết định 2 kế hoạch", "vượt quy định 133 triệu đồng", "kế hoạch 5 năm")."""
    first = i - 1
    while first > 0 and not stream.syls[first].first and i - first < 3:
        first -= 1
    if first < 0 or " ".join(stream.keys[first:i]) not in _DOCUMENT_WORDS:
        return False
    kind = stream.text[stream.syls[first].start:stream.syls[i - 1].end]
    return counts_a_noun(stream.text, kind, num, end, with_so=False)


def _name_label_before(stream: Stream, i: int) -> bool:
    """Whether the number ends a capitalised name inside a sentence, so it labels rather than counts:
    "Nghị quyết Trung ương 5 khóa IX", "Lữ đoàn 28 sử dụng", "Galaxy Note 7", "Boeing 787". A capitalised word
    that opens the sentence or follows an opening mark ("Có 18 cụm", "Trong đó: Có 53%") is an ordinary first word,
    and an all-capitals acronym ("GDP 6 tháng đầu năm") is not a name the number belongs to."""
    if i < 2 or stream.syls[i - 1].sent != stream.syls[i].sent or stream.syls[i - 1].punct:
        return False
    first = i - 1
    while first > 0 and not stream.syls[first].first and i - first < 4:
        first -= 1
    word = stream.syls[first:i]
    if not word[0].cap or not any(ch.islower() for syl in word for ch in syl.text):
        return False
    if fold(" ".join(s.text for s in word)) in QUALIFIERS:
        return False
    before = first - 1
    if before < 0 or stream.syls[before].sent != stream.syls[i].sent or _place_or_title_ends(stream, i):
        return False
    return not stream.syls[before].punct or stream.keys[before] in (",", ";")  # ", Lữ đoàn 28 sử dụng"


def _place_or_title_ends(stream: Stream, i: int) -> bool:
    """Whether a known place or a title ends right before the number: it is then the verb's goal or addressee,
    and the number counts what follows ("lên Sài Gòn 1-2 lần", "gửi đến Bộ trưởng 3 câu hỏi")."""
    places = gazetteer().minor
    for k in range(i - 1, max(i - 6, -1), -1):
        if stream.syls[k].punct or stream.syls[k].sent != stream.syls[i].sent:
            return False
        hit = places.longest(stream.keys, k, i)
        if hit and k + hit[0] == i:
            return True
        title = title_at(stream, k, i)
        if title and title[1] == i:
            return True
    return False


def _is_measure(unit: str) -> bool:
    """Money, measures and ages stay counts after a name: "nộp cho Đài Quán Tre 55,2 triệu đồng", "Vũ Lê Kiên vay
    5 tỉ đồng", "anh Nguyễn Văn A 30 tuổi"."""
    return fold(unit).split()[0] in _MEASURE_HEADS


def _is_acronym_unit(text: str) -> bool:
    """An upper-case acronym counted by the number before it ("50 CCN", "gần 21% GDP", "3 HTX"); the well-known
    abbreviations of bodies ("UBND", "HĐND") are left out: after a date or number they open the next clause."""
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper() and text not in known_abbreviations()


def _second_of_compound(stream: Stream, i: int) -> bool:
    """"12 năm 6 tháng", "4 giờ 34 phút": the number after a duration counts the next, smaller unit."""
    if i < 2 or not stream.syls[i - 2].digit or stream.syls[i - 2].sent != stream.syls[i].sent:
        return False
    bigger, smaller = stream.keys[i - 1], stream.keys[i + 1] if i + 1 < len(stream.keys) else ""
    return (bigger, smaller) in _COMPOUND_MEASURES


def _is_clock(stream: Stream, hour: int, stop: int) -> bool:
    """Whether the number at ``hour``, followed by "giờ", tells the time of day rather than a duration:
    "lúc 15 giờ", "20 giờ 30 phút ngày 21/4", "đến 10 giờ 45 phút" are times; "thành tích 4 giờ 34 phút" and
    "bay thử 1 giờ 10 phút" are durations."""
    if hour > 0 and stream.keys[hour - 1] in _CLOCK_BEFORE and stream.syls[hour - 1].sent == stream.syls[hour].sent:
        return True
    k = hour + 2  # after "giờ"
    if k < stop and stream.syls[k].digit:
        if k + 1 < stop and stream.keys[k + 1] == "phút":
            k += 2
        else:
            return True  # "20 giờ 30" without "phút"
    return k < stop and stream.keys[k] in _CLOCK_AFTER


_TIME_WORDS = frozenset({"năm", "tháng", "quý", "ngày", "và", "đến", "tới", "nay", "hiện nay", "hiện", "trong",
                         "đầu", "cuối", "giữa", "cùng kỳ", "cùng", "kỳ", "giai", "đoạn", "giai đoạn", "thời kỳ", "-",
                         "–", "/", "."})
_ROMAN = re.compile(r"^[ivx]+(?:-\d{4})?$")


def _scale_takes_next(stream: Stream, k: int, stop: int) -> bool:
    """Whether the word at ``k`` completes a scale word before it ("tỷ đồng", "triệu USD"). Money is often
    written with the bare scale ("72 tỷ so với 127 tỷ của cả nước", "660 tỷ năm 2007 lên"); a function word,
    a verb or a year after it opens the rest of the clause and is no part of the unit."""
    if k >= stop or stream.syls[k].punct or stream.syls[k].digit:
        return False
    word = " ".join(stream.keys[k:word_end(stream, k)])
    if word in _NOT_UNIT or stream.keys[k] in _NOT_UNIT:
        return stream.keys[k] == "năm" and not (k + 1 < stop and stream.syls[k + 1].digit)  # "4,5 tỷ năm"
    return True


# Words after which "d/m" is a day and a month, not "done of total" ("chậm nhất 2/6", "trước 15/7", "từ 3/9").
_DATE_LEADS = frozenset({"ngày", "nhất", "trước", "sau", "từ", "đến", "hạn", "hết", "vào", "hôm", "dịp", "sáng",
                         "trưa", "chiều", "tối", "đêm", "rạng"})


def _date_word_before(stream: Stream, i: int) -> bool:
    """Whether the word before the fraction at syllable ``i`` makes it a date: a deadline or a time word
    ("chậm nhất 2/6", "sáng 5/6"). "nhất" alone is "đứng thứ nhất"; it leads a date only after "chậm"/"muộn"."""
    if i < 1 or i > len(stream.syls) or stream.syls[i - 1].sent != stream.syls[min(i, len(stream.syls) - 1)].sent:
        return False
    key = stream.keys[i - 1]
    if key == "nhất":
        return i >= 2 and stream.keys[i - 2] in ("chậm", "muộn")
    return key in _DATE_LEADS


def _is_time_word(stream: Stream, k: int) -> bool:
    """Part of a bare time ("năm 2001", "và đến nay", "quý I-2017"), which names when, not what is measured."""
    return stream.syls[k].digit or stream.keys[k] in _TIME_WORDS or bool(_ROMAN.match(stream.keys[k]))


_PERSON_WORDS = frozenset({"ông", "bà", "anh", "chị", "cô", "chú", "cụ", "đồng chí"})


def _pair_unit(stream: Stream, text: str, unit: str, unit_end: int) -> str:
    """The unit with the next word when together they name a kin pair ("bà" + "cháu" in "hai bà cháu", which
    the segmenter splits), else the unit alone; lower case."""
    nxt = re.match(r" (\w+)", text[unit_end:unit_end + 12])
    pair = f"{unit.lower()} {nxt.group(1).lower()}" if nxt else ""
    return pair if pair in _NOT_COUNT_AFTER_HAI else unit.lower()


def _name_follows(text: str, end: int) -> bool:
    """Whether a capitalised word follows ``end`` (after one space): a person's name after "ông"/"bà"."""
    return text[end:end + 1] == " " and text[end + 1:end + 2].isupper()


_CONJUNCTIONS = frozenset({"và", "nhưng", "còn", "song"})
# Adverbs and verbs of forecast that end a rate's subject before its verb ("tốc độ tăng trưởng dự kiến đạt 8,4%",
# "tỷ lệ bao phủ đã đạt 79%"): they are no part of what the rate is of.
_ADVERBS = frozenset({"đã", "sẽ", "cũng", "vẫn", "mới", "chỉ", "đang", "hiện", "lại", "dự kiến", "dự báo", "ước",
                      "ước tính"})


def _names_a_subject(stream: Stream, start: int, end: int) -> bool:
    """Whether the words in [start, end) after a conjunction open with a noun rather than a verb, an adverb or a
    lead of their own ("và giảm 3%", "và sẽ đạt 90%", "nhưng so với năm trước" have no subject of their own)."""
    word = " ".join(stream.keys[start:word_end(stream, start)])
    key = stream.keys[start]
    return not (stream.syls[start].punct or stream.syls[start].digit or word in _CHANGE_VERBS or key in _CHANGE_VERBS
                or word in _ADVERBS or key in _ADVERBS or key in _AUXILIARIES or word in _NO_SUBJECT_LEADS
                or key in _NO_SUBJECT_LEADS or key in _RATE_TRAILERS or _is_time_word(stream, start))


def _trim_clause_tail(stream: Stream, start: int, end: int) -> int:
    """The end of a rate's subject once the words between it and the number are dropped: the trailing verbs of
    measure and qualifiers (:data:`_RATE_TRAILERS`) and the adverbs before them (:data:`_ADVERBS`). A verb of
    change stays ("tổng vốn đầu tư tăng"): with it the unit holds both the subject and the rate word."""
    while start < end:
        if end - start > 1 and " ".join(stream.keys[end - 2:end]) in _ADVERBS:
            end -= 2
        elif stream.keys[end - 1] in _RATE_TRAILERS or stream.keys[end - 1] in _ADVERBS:
            end -= 1
        else:
            break
    return end
_PREPOSITIONS = frozenset({"từ", "ở", "trong", "tại", "với", "của", "so", "đến", "tới", "vào", "trên", "dưới"})
_AUXILIARIES = frozenset({"sẽ", "đã", "đang", "cần", "phải", "được", "vẫn", "cũng", "phấn", "tiếp"})


def _opening_bracket(stream: Stream, close: int) -> int | None:
    """Index of the "(" that the ")" at ``close`` closes, when the bracket holds a short name or acronym ("(GDP)",
    "(CPI)"), not a clause or a number of its own."""
    k = close - 1
    while k >= 0 and close - k <= 4 and stream.syls[k].sent == stream.syls[close].sent \
            and not stream.syls[k].digit:
        if stream.keys[k] == "(":
            return k
        if stream.keys[k] == ")":
            return None
        k -= 1
    return None


def _share_units(found: list[Match]) -> list[Match]:
    """A percentage coordinated with the one before it ("tăng lần lượt là 17% và 19%") takes its unit; one
    with no percentage before it in the sentence is dropped."""
    out: list[Match] = []
    for count in found:
        if count.data["unit"] == "" and count.data.get("reading") != "name":
            before = out[-1] if out and out[-1].sent == count.sent and out[-1].data["percent"] else None
            if before is None:
                continue
            count.data["unit"] = before.data["unit"]
        out.append(count)
    return out


# Quantity words a share is taken of, which name nothing without the noun after them ("16% số bà mẹ ...").
_SHARE_OF_HEADS = frozenset({"số", "tổng", "tổng số", "phần", "lượng", "số lượng"})


def _share_phrase_end(stream: Stream, k: int, end_k: int, stop: int) -> int:
    """Where the noun phrase after a quantity word a percentage is a share of ends: up to a function word, a
    verb of change, a number or a mark ("16% số bà mẹ Việt Nam anh hùng", "hơn 20% tổng vốn FDI cấp mới của cả
    nước" → "tổng vốn FDI cấp mới"); at most eight syllables. Other heads keep their word ("98% đảng viên xếp
    loại ..." is "đảng viên")."""
    while end_k < stop and end_k - k < 8:
        syl = stream.syls[end_k]
        nxt = word_end(stream, end_k)
        word = " ".join(stream.keys[end_k:nxt])
        if syl.punct or syl.digit or word in _NOT_UNIT or syl.key in _NOT_UNIT or word in _TIME_WORDS \
                or word in _NO_SUBJECT_LEADS or word in _RATE_TRAILERS or nxt - k > 8:
            break
        end_k = nxt
    return end_k


_RANGE_LINK = re.compile(r"\s*(?:đến|tới|-|–|—)\s*(?:(?:dưới|trên|hơn|gần|khoảng)\s+)?", re.IGNORECASE)


def _merge_ranges(found: list[Match], text: str) -> list[Match]:
    """Two counts of one unit joined by "đến"/"-" are one range whose ends each carry the unit: "từ 30.000đ đến
    50.000đ", "từ 30 triệu đến 40 triệu đồng" (the bare scale is the unit's head), "từ trên 50% đến dưới 65%",
    "-35 m đến -36 m" (a negative range starts at its lower end, GUIDELINES second round). Ends of two units
    ("từ 50 cm đến 1,2 m") stay two counts, and so do falling values ("từ 145 xã xuống 141 xã" has no link)."""
    out: list[Match] = []
    for count in found:
        before = out[-1] if out else None
        if before is not None and _one_range(before, count, text):
            low, high = sorted((before.data["value"], count.data["value"]))
            unit = count.data["unit"] or before.data["unit"]
            out[-1] = Match(before.label, before.start, count.end, text[before.start:count.end], sent=before.sent,
                            data={**before.data, "value": low, "value_max": high, "unit": unit})
            continue
        out.append(count)
    return out


def _one_range(low: Match, high: Match, text: str) -> bool:
    a, b = low.data, high.data
    if low.sent != high.sent or a["value_max"] is not None or b["value_max"] is not None \
            or a["percent"] != b["percent"] or not _RANGE_LINK.fullmatch(text[low.end:high.start]):
        return False
    if not (a["value"] < b["value"] or b["value"] < a["value"] < 0):
        return False
    if a["percent"]:
        return True
    unit_a, unit_b = _unit_key(a["unit"]), _unit_key(b["unit"])
    return bool(unit_a) and (unit_a == unit_b or unit_b.startswith(unit_a + " "))


def _signed(count: Match, stream: Stream, sign: int, text: str) -> Match | None:
    """A count read from the digits after a minus sign at syllable ``sign``: negative after a word ("sâu -35 m",
    "nhiệt độ -5 độ C"); the high end of a range after a number ("1 triệu -1,1 triệu tấn", see
    :func:`_merge_ranges`); no count after a name ("Covid -19"). A range after a sign ("-5-7") is too unclear."""
    d = count.data
    before = stream.syls[sign - 1] if sign > 0 and stream.syls[sign - 1].sent == stream.syls[sign].sent else None
    if before is not None and (before.digit or before.key in _SCALE or before.key == "%"):
        return count
    if d["value_max"] is not None or before is not None and before.cap:
        return None
    start = min(stream.syls[sign].start, count.start)
    return Match(count.label, start, count.end, text[start:count.end], sent=count.sent,
                 data={**d, "value": -d["value"]})


def _after_one(stream: Stream, i: int) -> bool:
    """Whether "một" (optionally with a comma) comes right before syllable ``i``: "một, hai tháng tới"."""
    k = i - 1
    if k >= 0 and stream.keys[k] == ",":
        k -= 1
    return k >= 0 and stream.keys[k] == "một" and stream.syls[k].sent == stream.syls[i].sent


# Words before a bare "trăm"/"nghìn" that make it vague ("hàng trăm tỷ", "cả ngàn tỷ", "vài trăm triệu") or part of a
# longer number ("hai trăm tỷ" is read whole).
_VAGUE_BEFORE = frozenset({"hàng", "vài", "mấy", "cả", "chục", "hàng chục", "những", "các", "mươi", "trăm", "nghìn",
                           "ngàn", "mười"}) | frozenset(_UNITS_WORDS)
_CURRENCY_KEYS = frozenset({"đồng", "usd", "đô", "đôla", "euro", "eur", "yên", "bảng"})


def _an_amount(stream: Stream, i: int, count: Match) -> bool:
    """Whether a bare "trăm"/"nghìn" before a scale word at syllable ``i`` is an amount: with a qualifier before it
    ("hơn trăm nghìn tỷ") or a currency in its unit ("có ngàn tỷ đồng"), and no vague word before it. Without either
    it is the idiom of a price tag ("dự án nghìn tỷ", "khối tài sản trăm tỉ"), not a count (GUIDELINES)."""
    before = stream.keys[i - 1] if i > 0 and stream.syls[i - 1].sent == stream.syls[i].sent else ""
    if before in _VAGUE_BEFORE or (i > 0 and stream.syls[i - 1].digit):
        return False
    unit_words = fold(count.data["unit"]).split()
    return count.data["qualifier"] is not None or any(w in _CURRENCY_KEYS for w in unit_words)


def _listed_numbers(stream: Stream, starts: list[int], text: str, found: list[Match]) -> list[Match]:
    """Numbers listed before the one that names the unit count that unit too: "cho thuê dài hạn (10, 20 năm)" is 10
    and 20 "năm", "lúc 15 và 13 tuổi" is 15 and 13 "tuổi" (GUIDELINES seventh round). A list led by a label ("quận 1,
    3", "Nghị định 60 và 61") or a year ("năm 2016 và 6 tháng") is no list of counts."""
    by_start = {c.start: c for c in found}
    added: list[Match] = []
    for m in _LISTED.finditer(text):
        i = bisect.bisect_left(starts, m.start())
        if i >= len(stream.syls) or stream.syls[i].start != m.start() or m.start() in by_start:
            continue
        last = _list_end(stream, i)
        head = _list_head(stream, i)
        count = by_start.get(stream.syls[last].start) if last is not None else None
        if count is None or count.data["percent"] or count.data["value_max"] is not None:
            continue
        if (_label_before(stream, head) and not _after_time_lead(stream, head)) or _name_label_before(stream, head):
            continue
        value = parse_number(m.group("num"))
        if value is None or 1900 <= value <= 2100:
            continue
        added.append(Match(count.label, m.start(), m.end(), m.group("num"), sent=stream.syls[i].sent,
                           data={**count.data, "value": value, "qualifier": None}))
    return sorted(found + added, key=lambda c: c.start) if added else found


def _listed_after(stream: Stream, k: int) -> bool:
    """Whether the number at syllable ``k`` goes on to a next number of the same list: after "và"/"hoặc", or after a
    comma when the next is no smaller and less than ten times it ("10, 20 năm", "100, 200 nghìn đồng"); "24, 5 tỷ"
    is a decimal written with a space, "đê biển 1 và 2, 500 cán bộ" starts a new clause."""
    if k + 2 >= len(stream.syls) or stream.syls[k + 1].sent != stream.syls[k].sent or not stream.syls[k + 2].digit:
        return False
    link = stream.keys[k + 1]
    if link in ("và", "hoặc"):
        return True
    if link != ",":
        return False
    here, nxt = _plain_number(stream.syls[k].text), _plain_number(stream.syls[k + 2].text)
    return here is not None and nxt is not None and here <= nxt < 10 * max(here, 1)


_PLAIN_NUMBER = re.compile(_DIGITS)


def _plain_number(text: str) -> float | None:
    """The value of a syllable that is a number and nothing else ("20", "1.200", "2,5"; not "23/4/2021")."""
    return parse_number(text) if _PLAIN_NUMBER.fullmatch(text) else None


def _parts_of_wholes(stream: Stream, starts: list[int], text: str, found: list[Match]) -> list[Match]:
    """A part before "trong (tổng) số" and a whole that names the unit are a tally like "95/96 đại biểu" (SPEC):
    "tại 2 trong số 5 hiện trường" is 2 and 5 "hiện trường". A rank ("đứng thứ 3 trong số 48 nước") is refused by its
    label word, and a part larger than the whole is none."""
    by_start = {c.start: c for c in found}
    added: list[Match] = []
    for m in _PART_OF.finditer(text):
        whole = by_start.get(m.end())
        i = bisect.bisect_left(starts, m.start())
        value = parse_number(m.group("num"))
        if whole is None or whole.data["percent"] or value is None or value > whole.data["value"] \
                or m.start() in by_start or _label_before(stream, i):
            continue
        end = m.start() + len(m.group("num"))
        added.append(Match(whole.label, m.start(), end, text[m.start():end], sent=whole.sent,
                           data={**whole.data, "value": value, "value_max": None, "qualifier": None}))
    return sorted(found + added, key=lambda c: c.start) if added else found


def _list_end(stream: Stream, i: int) -> int | None:
    """The syllable of the last number in the list that starts at ``i`` ("10, 20 năm" → "20")."""
    k = i
    if _plain_number(stream.syls[i].text) is None:
        return None
    while _listed_after(stream, k):
        k += 2
    return k if k > i else None


def _list_head(stream: Stream, i: int) -> int:
    """The syllable of the first number in the list that holds ``i``."""
    k = i
    while k >= 2 and stream.syls[k - 2].digit and _listed_after(stream, k - 2):
        k -= 2
    return k


_TIME_LEADS = frozenset({"lúc", "hồi"})


def _after_time_lead(stream: Stream, i: int) -> bool:
    """Whether a word of time ("lúc", "hồi") refused the number at ``i``: "lúc 15 và 13 tuổi" are ages at that time;
    a clock reading in the list is refused by the last number itself ("lúc 7 và 9 giờ")."""
    return i > 0 and stream.keys[i - 1] in _TIME_LEADS


def _share_reading(stream: Stream, k: int, end_k: int) -> str:
    """How a percentage with a noun after it was read: "measure" when that noun names a measure ("70% vốn đầu tư",
    "21% GDP"), which a later bare percentage of the same value may take, else "after" (a plain share: "92,8% kế
    hoạch", "45% doanh nghiệp"). The noun after the number is the unit either way: what follows a percentage is
    what it is a share of (the words that are not are refused in ``_unit_after``)."""
    return "measure" if _measure_noun_in(stream, k, end_k) is not None else "after"


def _carry_measures(found: list[Match]) -> list[Match]:
    """A bare percentage whose clause names no measure of its own ("riêng năm 2015 con số này đã lên đến 6,28%",
    "thấp hơn mức 5,5%", "Ông X (65,4%)", "Indonesia là 11,9%") is of the measure the text named for it before: the
    measure of the same value stated earlier ("mục tiêu tăng trưởng GDP 6,7%" ... "đạt được mục tiêu 6,7%"), else
    the measure of the last percentage in this or the previous sentence. With neither, a person's share is dropped
    and other phrases keep their words. Only a unit that names a measure is carried ("17,5% giữ chức vụ" is not)."""
    by_value: dict[float, str] = {}
    last: tuple[int, str] | None = None
    out: list[Match] = []
    for count in found:
        d = count.data
        reading = d.pop("reading", "plain")
        if not d["percent"]:
            out.append(count)
            continue
        if reading in ("junk", "person", "name"):
            carried = by_value.get(d["value"])
            if carried is None and last is not None and count.sent - last[0] <= 1:
                carried = last[1]
            if carried is None and reading == "person":
                continue
            if carried is not None:
                d["unit"] = carried
                reading = "measure"
        if reading in ("measure", "rate") and d["unit"]:
            by_value[d["value"]] = d["unit"]
            last = (count.sent, d["unit"])
        out.append(count)
    return out


def _measure_noun_in(stream: Stream, start: int, end: int) -> int | None:
    """The first word in [start, end) that names a measure (:data:`_MEASURE_NOUNS`), whole words only: "con số"
    is a reference back, not "số"."""
    k = start
    while k < end:
        nxt = word_end(stream, k)
        if stream.syls[k].first and (" ".join(stream.keys[k:nxt]) in _MEASURE_NOUNS
                                     or nxt - k > 1 and stream.keys[k] in _MEASURE_PREFIXES):
            return k
        k = max(nxt, k + 1)
    return None


def _ratio_start(stream: Stream, start: int, slash: int) -> int:
    """Where the dividend of a ratio written with "/" starts ("tỷ lệ nợ Chính phủ/GDP"): back from the slash over at
    most six syllables to the clause start or a measure noun."""
    k = slash
    while k > start and slash - k < 6:
        k -= 1
        if stream.syls[k].first and " ".join(stream.keys[k:word_end(stream, k)]) in _MEASURE_NOUNS | {"nợ"}:
            return k
    return k


def _unit_key(unit: str) -> str:
    """A unit for comparing repeats: folded, "tỉ" spelled "tỷ" and "ngàn" spelled "nghìn" (both spellings of each
    occur in one article: "600 ngàn tỷ đồng" then "600 nghìn tỷ đồng")."""
    return " ".join(_SPELLINGS.get(w, w) for w in fold(unit).split())


_SPELLINGS = {"tỉ": "tỷ", "ngàn": "nghìn"}


def _drop_shorter_repeats(found: list[Match]) -> list[Match]:
    """One count told twice with a clipped unit is one count: "61.276 doanh nghiệp" then "61.276 doanh" (a broken
    character cut the word), "8,2 tỉ đồng" in the title and "hơn 8,2 tỷ đồng" in the body. The mention whose unit
    is a whole-word prefix of another's (same value and percent) is dropped; the first spelling is kept."""
    units: dict[tuple[float, float | None, bool], list[str]] = {}
    for count in found:
        d = count.data
        units.setdefault((d["value"], d["value_max"], d["percent"]), []).append(_unit_key(d["unit"]))
    out: list[Match] = []
    spelling: dict[tuple[float, float | None, bool, str], str] = {}
    for count in found:
        d = count.data
        key = _unit_key(d["unit"])
        group = (d["value"], d["value_max"], d["percent"])
        if any(other != key and other.startswith(key + " ") for other in units[group]):
            continue
        if spelling.setdefault((*group, key), fold(d["unit"])) != fold(d["unit"]):
            continue  # "tỷ đồng" after "tỉ đồng" was kept
        if d["percent"] and any(_same_share(kept.data, d) for kept in out):
            continue
        out.append(count)
    return out


def _tell_parallel_units_apart(stream: Stream, starts: list[int], text: str, found: list[Match]) -> list[Match]:
    """Counts of one value and one unit in one sentence that are items of a list are parallel, distinct facts told
    apart by the word after the unit ("2 cửa khẩu quốc tế, 2 cửa khẩu quốc gia và ...", "2 chuồng lợn, 2 chuồng
    gà,"): each unit takes that word, else the repeats would merge into one count. An item is a list item when that
    word ends it (a comma, "và" or a closing mark follows); a word that opens a longer phrase may be a verb ("gần
    1.000 hộ dân lấn chiếm đất công" is the same count as "gần 1000 hộ dân thôn Tân Mỹ", GUIDELINES: one value and
    unit is one count even when the facts differ). Nothing changes when a next word is missing, a function word
    or the same for all (a repeat of one fact), nor for money and measures, whose unit is complete."""
    groups: dict[tuple, list[int]] = {}
    for n, count in enumerate(found):
        d = count.data
        if not d["percent"] and d["unit"] and not _is_measure(d["unit"]):
            groups.setdefault((count.sent, d["value"], d["value_max"], _unit_key(d["unit"])), []).append(n)
    for members in groups.values():
        if len(members) < 2:
            continue
        spans = [_next_noun_word(stream, starts, found[n].end) for n in members]
        nexts = [span for span in spans if span is not None]
        if len(nexts) < len(spans) or len({fold(text[a:b]) for a, b in nexts}) < len(nexts):
            continue
        for n, (_, word_stop) in zip(members, nexts, strict=True):
            count = found[n]
            unit_start = count.end - len(count.data["unit"])
            found[n] = Match(count.label, count.start, word_stop, text[count.start:word_stop], sent=count.sent,
                             data={**count.data, "unit": text[unit_start:word_stop]})
    return found


def _next_noun_word(stream: Stream, starts: list[int], end: int) -> tuple[int, int] | None:
    """The character span of the word right after ``end`` when it can modify a noun: lower case, not a number, a
    mark or a function word (:data:`_NOT_UNIT`)."""
    k = bisect.bisect_left(starts, end + 1)
    if k >= len(stream.syls) or stream.syls[k].start != end + 1 or not stream.syls[k].first:
        return None
    syl = stream.syls[k]
    stop = word_end(stream, k)
    word = " ".join(stream.keys[k:stop])
    if syl.punct or syl.digit or syl.cap or word in _NOT_UNIT or syl.key in _NOT_UNIT or word in _TIME_WORDS \
            or stop >= len(stream.syls) or stream.keys[stop] not in _LIST_ITEM_ENDS:
        return None
    return syl.start, stream.syls[stop - 1].end


_LIST_ITEM_ENDS = frozenset({",", ";", ")", ".", ":", "và", "hoặc", "cùng"})


def _same_share(kept: dict, other: dict) -> bool:
    """Two percentages of one value whose units contain each other are one share told twice (GUIDELINES, fifth
    round): "36% vốn" and later "giữ 36% vốn Nhà nước"."""
    if not kept["percent"] or kept["value"] != other["value"]:
        return False
    a, b = _unit_key(kept["unit"]), _unit_key(other["unit"])
    return bool(a) and bool(b) and (a in b or b in a)


class CountFinder(RuleComponent):
    label = "COUNT"

    def find(self, doc: Doc) -> list[Match]:
        stream = self.stream(doc)
        starts = [s.start for s in stream.syls]
        text = self.stream(doc).text
        found: list[Match] = []
        for m in _COUNT.finditer(text):
            count = self._read(stream, starts, text, m.start("num"), m.end(), m.group("num"), m.group("max"),
                               bool(m.group("pct")), None)
            if count and m.group("neg"):
                count = _signed(count, stream, bisect.bisect_left(starts, m.start()), text)
            if count:
                found.append(count)
        for m in _FRACTION.finditer(text):  # "65/67 phiếu", "87,81/100 điểm": two counts of one unit (SPEC)
            low, high = parse_number(m.group("num")) or 0, parse_number(m.group("den")) or 0
            if not 1 < low <= high or high <= 4 or low == high == 24:
                continue  # "1/3 thị trường", "2/3 số": a proportion; "24/24": round the clock
            if low <= 31 and high <= 12 and _date_word_before(stream, bisect.bisect_left(starts, m.start())):
                continue  # "chậm nhất 2/6 trình UBND": a day and month
            count = self._read(stream, starts, text, m.start(), m.end(), m.group("num"), None, False, None)
            if count:
                found.append(count)
                found.append(Match(self.label, count.start, count.end, count.text,
                                   data={**count.data, "value": float(high), "qualifier": None}))
        for m in _GLUED.finditer(text):
            count = self._read(stream, starts, text, m.start(), m.end(), m.group("num"), m.group("max"), False,
                               m.group("unit"))
            if count:
                found.append(count)
        for m in _BARE_SCALE.finditer(text):
            count = self._read(stream, starts, text, m.start(), m.end(), m.group("num"), None, False, None)
            if count and _an_amount(stream, bisect.bisect_left(starts, m.start()), count):
                found.append(count)
        found.sort(key=lambda c: c.start)
        found = _parts_of_wholes(stream, starts, text, _listed_numbers(stream, starts, text, found))
        found = _tell_parallel_units_apart(stream, starts, text, found)
        return _drop_shorter_repeats(_merge_ranges(_carry_measures(_share_units(found)), text))

    def _read(self, stream: Stream, starts: list[int], text: str, start: int, end: int, num: str,
              num_max: str | None, percent: bool, glued_unit: str | None) -> Match | None:
        i = bisect.bisect_left(starts, start)
        if i >= len(stream.syls) or stream.syls[i].start != start:
            return None
        stop = stream.sent_end[i]
        if _label_before(stream, i) and not _second_of_compound(stream, i) \
                and not _counts_after_document_word(stream, i, end, num) \
                and not (glued_unit and i > 0 and stream.keys[i - 1] not in ("số", "km")):
            return None  # but "tuyến đường 5km": a number glued to its measure unit measures, after any word
        value = parse_number(num)
        if num[:3].lower() == "hai" and _after_one(stream, i):
            return None  # "một, hai ngày", "một hai hôm": a day or two, vague (GUIDELINES seventh round)
        if i > 0 and stream.keys[i - 1] in _VAGUE_LEADS and stream.syls[i - 1].sent == stream.syls[i].sent:
            return None  # "dăm ba người", "vài ba chục": a few, vague like "hàng chục" (SPEC)
        if _both(stream, i, num):
            return None  # "cả hai lĩnh vực", "cả 2 người": both, the pair already named (SPEC "hai" as "both")
        if value is None:
            return None
        approx = _approximate_range(num)
        if approx and num_max is None:
            value, num_max = approx[0], str(approx[1])  # "ba bốn năm nữa": three or four years
        digits = num.replace(".", "").replace(",", "")
        if digits.isdigit() and len(digits) >= 7 and "." not in num:  # phone numbers, codes
            return None
        value_max = parse_number(num_max) if num_max else None
        if value_max is not None and num_max and "." in num_max and "." not in num:
            # "16-18.000 đồng": the low end shares the high end's thousands ("16.000-18.000")
            scaled = value * 1000 ** num_max.count(".")
            if scaled <= value_max:
                value = scaled
        if value_max is not None and value_max <= value:
            return None
        k = bisect.bisect_left(starts, end)
        unit: str | None = glued_unit
        unit_end = end
        if unit is None and k < stop:
            unit, after_unit = self._unit_after(stream, text, k, stop, percent)
            unit_end = after_unit if unit else end
        reading = "measure"
        if unit is not None and percent and glued_unit is None:
            reading = _share_reading(stream, k, bisect.bisect_left(starts, unit_end))
        if unit is None and percent and k < stop:
            unit, after_unit = self._base_after(stream, text, i, k, stop)
            unit_end = after_unit if unit else end
        if unit is None and percent:
            unit, reading = self._rate_before(stream, i)
            if unit == "":
                return Match(self.label, start, end, text[start:end], sent=stream.syls[i].sent, data={
                    "value": value, "value_max": value_max, "unit": "", "percent": True, "qualifier": None})
        if not unit and reading != "person":
            return None
        unit = unit or ""
        if not percent and glued_unit is None and _name_label_before(stream, i) and not _is_measure(unit):
            return None
        if text[unit_end:unit_end + 5] == " rưỡi" and value == int(value) and value_max is None:
            value += 0.5  # "6 năm rưỡi"
            unit_end += 5
        if _lunar_date(unit, text, unit_end):
            return None  # "28 tháng chạp", "mồng 2, 4 Tết": a day of the lunar calendar
        if unit.lower() == "tuổi" and unit_end < len(text) and text[unit_end:unit_end + 5].lower() == " đảng":
            return None  # "huy hiệu 40 tuổi Đảng" names an award, it counts nothing
        if unit.lower() == "giờ" and not percent and value_max is None and _is_clock(stream, i, stop):
            return None
        if unit.lower() == "phút" and _second_of_compound(stream, i) and _is_clock(stream, i - 2, stop):
            return None  # the minutes of "lúc 9 giờ 30 phút"
        if (num.lower().startswith("hai") and _pair_unit(stream, text, unit, unit_end) in _NOT_COUNT_AFTER_HAI) \
                or (num == "2" and _pair_unit(stream, text, unit, unit_end) in _KIN_PAIRS):
            return None  # "hai bà cháu", "2 cha con": the pair named as one, not a count
        if fold(unit) in _PERSON_WORDS and _name_follows(text, unit_end):
            return None  # "2 ông Nguyễn Văn Thành và Phạm Văn Hà": the persons are named, nothing is counted
        if 1900 <= value <= 2100 and not percent and num.isdigit() and unit not in ("người", "đồng") \
                and glued_unit is None:  # "rộng 2000m2": a measure glued to its unit is no year
            return None  # a year written before a noun ("2017 là năm ..."); "2.000km" has a separator, it counts
        # qualifier: the words just before the number
        qualifier = None
        q_start = start
        for q in QUALIFIERS:
            n = len(q.split())
            if i - n >= 0 and " ".join(stream.keys[i - n:i]) == q and stream.syls[i - n].sent == stream.syls[i].sent:
                qualifier = q
                q_start = stream.syls[i - n].start
                break
        after = bisect.bisect_left(starts, end)
        if qualifier is None and " ".join(stream.keys[after:after + 2]) in POSTPOSED:
            qualifier = " ".join(stream.keys[after:after + 2])
        return Match(self.label, q_start, unit_end, text[q_start:unit_end], sent=stream.syls[i].sent, data={
            "value": value, "value_max": value_max, "unit": unit or "", "percent": percent, "qualifier": qualifier,
            "reading": reading,
        })

    @staticmethod
    def _unit_after(stream: Stream, text: str, k: int, stop: int, percent: bool) -> tuple[str | None, int]:
        syl = stream.syls[k]
        if syl.punct or syl.digit:
            return None, 0
        if percent and syl.key in _PLURALS and syl.first and syl.last and k + 1 < stop and stream.syls[k + 1].first \
                and not (stream.syls[k + 1].punct or stream.syls[k + 1].digit):
            k += 1  # "70% các vụ tai nạn", "100% các xã": the share is of the noun; the plural is no part of it
            syl = stream.syls[k]
        title = title_at(stream, k, stop) if not percent else None
        if title:  # "5 Phó Chủ tịch", "hai Phó Giám đốc": officials are counted by their title
            last = stream.syls[title[1] - 1]
            return text[syl.start:last.end], last.end
        word = " ".join(stream.keys[k:word_end(stream, k)])
        if (word in _NOT_UNIT or (syl.last and syl.key in _NOT_UNIT)) and not (
                syl.key in _DURATION_UNITS and not percent):
            return None, 0  # the whole word decides: "đối" refuses ("đối với"), "đối tượng" is counted
        if " ".join(stream.keys[k:k + 2]) in POSTPOSED:
            return None, 0
        if syl.key in _CLAUSE_STARTS and word not in _PARTIES_TO_A_CASE:
            return None, 0  # "2 công nhân chết và 4 bị thương", "phương án 4 tại chỗ": a verb or place phrase
        if percent and (word in _NOT_SHARE_OF or syl.key in _NOT_SHARE_OF
                        or " ".join(stream.keys[k:k + 2]) in _NOT_SHARE_OF):
            return None, 0  # "5,76% cuối tháng 4", "5,1% thấp hơn": the share is of the measure named before it
        if percent and word in _VERBS_AFTER_A_SHARE:
            return None, 0
        if syl.cap and syl.key in _COUNTED_BODIES and syl.first and syl.last and (
                k + 1 >= stop or not stream.syls[k + 1].cap):
            return syl.text, syl.end  # "có 4 Sở thừa cấp phó": bodies counted by their head word alone
        if syl.cap and syl.first and syl.last and _is_acronym_unit(syl.text):
            return syl.text, syl.end
        if syl.cap and syl.text not in _CAPITALISED_UNITS:
            return None, 0
        end_k = word_end(stream, k)
        if " ".join(stream.keys[k:end_k]) in _TAKES_COMPLEMENT and end_k < stop:
            nxt = stream.syls[end_k]
            if not (nxt.cap or nxt.punct or nxt.digit or nxt.key in _NOT_UNIT or nxt.key in _DISTRIBUTIVES):
                end_k = word_end(stream, end_k)
        while stream.keys[end_k - 1] in _SCALE and _scale_takes_next(stream, end_k, stop):
            end_k = word_end(stream, end_k)  # "600 nghìn tỷ đồng": a scale word may follow another
        if percent and " ".join(stream.keys[k:end_k]) in _SHARE_OF_HEADS:
            end_k = _share_phrase_end(stream, k, end_k, stop)
        unit = text[syl.start:stream.syls[end_k - 1].end]
        return unit, stream.syls[end_k - 1].end

    @staticmethod
    def _base_after(stream: Stream, text: str, i: int, k: int, stop: int) -> tuple[str | None, int]:
        """The base a share is taken of, written after a preposition: "19% trên vốn đầu tư", "63% trên tổng số"
        (a quantity or measure after "trên"), and, when the number follows a verb of share, after "so với": "đạt
        89,8% so với kế hoạch vốn" is 89,8% of "kế hoạch vốn", "tương đương 41% so với diện tích khu bảo tồn" is 41%
        of "diện tích". After a verb of change ("tăng 12% so với năm trước", "tăng 20% so với kế hoạch") the base
        is a comparison, not what the rate is of, and a time ("so với cùng kỳ") never is. Returns the noun phrase
        and where it ends, or (None, 0)."""
        if stream.keys[k] == "trên" and k + 1 < stop:
            nxt = word_end(stream, k + 1)
            word = " ".join(stream.keys[k + 1:nxt])
            if word not in _SHARE_OF_HEADS and stream.keys[k + 1] not in _SHARE_OF_HEADS \
                    and _measure_noun_in(stream, k + 1, nxt) is None:
                return None, 0
            first = k + 1
        elif " ".join(stream.keys[k:k + 2]) == "so với" and k + 2 < stop:
            verb = i - 1
            while verb > 0 and stream.keys[verb] in QUALIFIERS and stream.keys[verb] not in _SHARE_VERBS:
                verb -= 1  # "đạt khoảng 40%"; "đạt" is a qualifier and a verb of share at once
            lead = " ".join(stream.keys[max(0, verb - 1):verb + 1])
            if verb < 0 or not (stream.keys[verb] in _SHARE_VERBS or lead in _EQUIVALENCE):
                return None, 0
            first = k + 2
        else:
            return None, 0
        head = stream.syls[first]
        word = " ".join(stream.keys[first:word_end(stream, first)])
        if head.punct or head.digit or head.cap or word in _NOT_UNIT or word in _TIME_WORDS \
                or word in _NOT_SHARE_OF or head.key in _TIME_WORDS or head.key in _NOT_SHARE_OF:
            return None, 0
        end_k = _share_phrase_end(stream, first, word_end(stream, first), stop)
        last = stream.syls[end_k - 1]
        return text[head.start:last.end], last.end

    @staticmethod
    def _rate_before(stream: Stream, i: int) -> tuple[str | None, str]:
        """What a bare percentage is a share or rate of (see :meth:`_clause_before`) and how it was read;
        "person" for a person's share ("Ông Lê Văn A: 65,45%"), whose measure only the text before can tell."""
        phrase, reading = CountFinder._clause_before(stream, i)
        words = (phrase or "").split()
        if len(words) > 1 and fold(words[0]) in honorifics() and words[1][:1].isupper():
            return None, "person"  # but "cụ thể rau quả đạt 27,7%" is no person
        if reading not in ("measure", "junk") and i >= 2 and stream.keys[i - 1] == "(" and stream.syls[i - 2].cap \
                and stream.syls[i - 2].sent == stream.syls[i].sent and not stream.syls[i - 2].punct:
            return phrase, "name"  # "Marine Le Pen (27%)", "Thông tấn xã Việt Nam (41,8%)"
        return phrase, reading

    @staticmethod
    def _clause_before(stream: Stream, i: int) -> tuple[str | None, str]:
        """What a bare percentage is a share or rate of: the clause before it, without its trailing verbs
        ("tỉ lệ khám phá án tăng 6,2%" → "tỉ lệ khám phá án"; "tăng 18 vụ (13,7%)" → "tăng 18 vụ"). A long
        phrase is kept whole: gold units match by containment, so the head noun must not be cut off."""
        sent = stream.syls[i].sent
        end = i
        while end > 0 and stream.syls[end - 1].sent == sent and stream.keys[end - 1] in _RATE_TRAILERS:
            end -= 1
        if end > 0 and stream.syls[end - 1].sent == sent and stream.keys[end - 1] == "%":
            return "", "measure"  # "(từ 47,66% xuống còn 44,61%)": the new value of the share before it
        if end > 0 and stream.syls[end - 1].sent == sent and stream.keys[end - 1] == "(":
            end -= 1  # "(13,7%)": the rate of the clause before the parenthesis
        start = end
        bracketed = 0  # syllables of brackets inside the phrase: they do not count towards its length
        while start > 0 and stream.syls[start - 1].sent == sent and end - start - bracketed < 20:
            if stream.keys[start - 1] == ")":
                opening = _opening_bracket(stream, start - 1)
                if opening is None:
                    break
                bracketed += start - opening
                start = opening  # "tốc độ tăng trưởng (GDP) của Mỹ sẽ đạt 2,1%": the name goes on past it
                continue
            if stream.syls[start - 1].punct and stream.keys[start - 1] not in ("-", "–", "/"):
                break
            start -= 1
        # "tỷ lệ người dân ... đạt 40%": the rate's own noun opens the phrase, wherever it is in the clause; else a
        # measure noun in the last twenty syllables ("mục tiêu tăng trưởng GDP"); else keep the last ten syllables,
        # from the start of a word ("khu vực", not "vực")
        rate = next((k for k in range(start, end - 1) if stream.keys[k] in ("tỷ", "tỉ") and stream.keys[k + 1] == "lệ"),
                    None)
        if rate is None:
            rate = _measure_noun_in(stream, max(start, end - 20 - bracketed), end)
            if rate is not None and rate > start and stream.keys[rate - 1] in _SHARE_OF_HEADS:
                rate -= 1  # "cắt giảm 50% số vốn đối với đơn vị giải ngân từ 10%": "số vốn", not "vốn"
            if rate is not None and rate - 1 > start and stream.keys[rate - 1] == "/":
                rate = _ratio_start(stream, start, rate - 1)  # "nợ Chính phủ/GDP": the ratio, not its divisor
        if rate is not None:
            start = rate
        else:
            start = max(start, end - 10 - bracketed)
            while start > 0 and not stream.syls[start].first and stream.syls[start - 1].sent == sent:
                start -= 1
        end = _trim_clause_tail(stream, start, end)
        if start < end and all(stream.keys[k] in ("và", "hoặc", ",", "lần lượt") for k in range(start, end)):
            return "", "measure"  # "17% và 19%": the second shares the first's measure (see ``find``)
        if start < end and all(_is_time_word(stream, k) for k in range(start, end)):
            return "", "measure"  # "năm 1996 chiếm 3,1% tổng số, năm 2001 chiếm 3,8%": a time is no measure
        if start >= end:
            return None, "junk"
        if end - start == 1 and stream.keys[start] in _PREPOSITIONS \
                or stream.keys[start] in _CONJUNCTIONS and end - start > 1 and stream.keys[start + 1] in _AUXILIARIES:
            return "", "measure"  # "(từ mức 1,6%)", "đạt 79% và sẽ phấn đấu ... đạt 90%": share the last
        verb = start
        while verb < end - 1 and stream.keys[verb] in _ADVERBS:
            verb += 1  # ", chỉ tăng 3,6%": the adverb leaves the clause without a subject of its own
        if " ".join(stream.keys[verb:end]) in _CHANGE_VERBS and start > 0 and stream.keys[start - 1] == ",":
            subject = CountFinder._subject_of_previous_clause(stream, start - 1)
            if subject:
                return subject, "measure"
        phrase = stream.text[stream.syls[start].start:stream.syls[end - 1].end]
        if rate is not None:
            return phrase, "measure"
        if stream.syls[start].punct:
            return phrase, "junk"  # "3,9%/năm về chiều dài và 0,25%/năm": the tail of the rate before
        if all(stream.syls[k].cap for k in range(start, end)):
            return phrase, "name"  # "lãi suất ở mức 13%/năm, Indonesia là 11,9%/năm": a place in a list of rates
        if any(" ".join(stream.keys[k:k + 2]) in _TARGETS for k in range(start, end - 1)):
            return phrase, "junk"  # "đạt được mục tiêu 6,7%": a target restated, of the measure named with it
        if stream.keys[start] in _CONJUNCTIONS and end - start > 1 and _names_a_subject(stream, start + 1, end):
            # "và khu vực dịch vụ (từ 31,1% ...)", "nhưng những môn bắt buộc vẫn chiếm 85%": the conjunction opens
            # a clause with a subject of its own
            return stream.text[stream.syls[start + 1].start:stream.syls[end - 1].end], "plain"
        lead = " ".join(stream.keys[start:word_end(stream, start)])
        if lead in _NO_SUBJECT_LEADS or stream.keys[start] in _NO_SUBJECT_LEADS \
                or " ".join(stream.keys[start:start + 2]) in _NO_SUBJECT_LEADS:
            return phrase, "junk"
        return phrase, "plain"

    @staticmethod
    def _subject_of_previous_clause(stream: Stream, comma: int) -> str | None:
        """"tổng tài sản đạt 384.600 tỷ đồng, tăng 16%": the growth is the growth of what the clause before the
        comma measured, the words before its verb of measure."""
        sent = stream.syls[comma].sent
        verb = comma - 1
        while verb > 0 and stream.syls[verb].sent == sent and not stream.syls[verb].punct \
                and stream.keys[verb] not in _MEASURE_VERBS:
            verb -= 1
        if verb <= 0 or stream.keys[verb] not in _MEASURE_VERBS:
            return None
        start = verb
        while start > 0 and stream.syls[start - 1].sent == sent and not stream.syls[start - 1].punct \
                and verb - start < 10:
            start -= 1
        while start < verb and not stream.syls[start].first:
            start += 1
        return stream.text[stream.syls[start].start:stream.syls[verb - 1].end] if start < verb else None
