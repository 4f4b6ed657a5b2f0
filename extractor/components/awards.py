"""AWARD: honours given, with grantor, recipients, reason and the period they are for (SPEC "awards").

Told in three voices, all within one sentence:

    RECIPIENT ... (được | vinh dự | đón) nhận AWARD của GRANTOR vì REASON PERIOD      (active, receiving)
    RECIPIENT ... được GRANTOR (tặng | trao tặng | khen tặng) AWARD vì REASON PERIOD  (passive)
    GRANTOR (tặng | trao) AWARD (của GRANTOR) cho RECIPIENT vì REASON                (active, giving)

An award is a head noun ("bằng khen", "huân chương", "danh hiệu", ...) and, for the heads that have names,
the name after it ("Huân chương Lao động hạng Ba", "danh hiệu Anh hùng Lực lượng vũ trang nhân dân"). The name
is read word by word up to the first word that cannot be in one (a preposition, a verb, a demonstrative).

Recipients and grantors are the ORG/PER matches the other components found, or a post ("Thủ tướng Chính
phủ") read from the TITLE matches; the record builder resolves them to full names and merges the same award
told several times.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .base import Match, RuleComponent, matches

_HEAD = re.compile(r"(?<!\w)(?P<head>(?i:bằng khen|giấy khen|cờ thi đua|cờ truyền thống|k[ỷỉ] niệm chương"
                   r"|huân chương|huy chương|danh hiệu|giải thưởng))(?!\w)")
# Heads that are followed by the honour's own name; the others ("bằng khen", "cờ thi đua") are the kind alone.
_NAMED_HEADS = frozenset({"kỷ niệm chương", "kỉ niệm chương", "huân chương", "huy chương", "danh hiệu", "giải thưởng"})
# Heads whose name the press may write in lower case ("huân chương lao động hạng ba").
_LOWER_NAMED = frozenset({"huân chương", "huy chương", "kỷ niệm chương", "kỉ niệm chương"})
_METALS = frozenset({"vàng", "bạc", "đồng"})  # "huy chương vàng": the metal closes a medal's name
# Words that end an honour's name: prepositions, conjunctions, verbs of giving, demonstratives, time words.
# A capitalised word is never one ("Huy chương Vì thế hệ trẻ" begins with "Vì").
_STOP_WORDS = """
    của cho do vì và với tại ở trong từ năm được đã đang sẽ là này đó ấy kia khi trước sau cuối đầu duy mà thì
    gồm thuộc về lên vào ra đến tới nhờ bởi theo các những nhiều mọi một có không cũng còn rất đều tặng trao
    nhận đón giành đạt đoạt lần đợt dịp hoặc như cùng qua để mới vừa loại khác hôm sáng chiều tối ngày
    tháng bị nên nhưng chỉ thứ phong truy khen
"""
_STOP = frozenset(_STOP_WORDS.split())
# "nhân" ends a name only as "nhân dịp/ngày" (on the occasion of); it is inside "Lực lượng vũ trang nhân dân".
_STOP_PAIRS = frozenset({("nhân", "dịp"), ("nhân", "ngày"), ("nhân", "kỷ"), ("nhân", "lễ")})
# First words that name no honour: "danh hiệu cao quý", "danh hiệu vô địch" (a championship is no award).
# School grades are rankings, not honours ("đạt danh hiệu khá, giỏi").
_VAGUE = frozenset({"cao", "danh", "đồ", "vô", "thi", "phụ", "lớn", "quốc", "giá", "khá", "giỏi", "tốt", "trung"})
_QUOTED = re.compile(r"\s*(?:vinh dự [Nn]hà nước\s*)?[“\"'‘]([^”\"'’\n]{2,60})[”\"'’]")
_WORD = re.compile(r"\s+(\S+)")
_GRADE = re.compile(r"\s+hạng\s+(nhất|nhì|ba|tư|I{1,3}|IV)(?!\w)", re.IGNORECASE)
# Several grades of one order in brackets or a list: "Huân chương Lao động (hạng Nhất, Nhì, Ba)".
_GRADE_WORD = r"(?:nhất|nhì|ba|tư|I{1,3}|IV)"
_GRADE_LIST = re.compile(rf"\s*\(?\s*hạng\s+{_GRADE_WORD}(?:\s*(?:,|và)\s*(?:hạng\s+)?{_GRADE_WORD})+\s*\)?",
                         re.IGNORECASE)
_MAX_WORDS = 8
_MAX_LOWER_WORDS = 6  # a name written all in lower case ("huân chương lao động") is shorter and riskier
# Verbs of giving or receiving right before an honour; "danh hiệu x" in lower case and "giải thưởng" (both also
# used for categories and events: "danh hiệu thi đua", "Lễ công bố Giải thưởng X") count only after one.
_GIVEN_BEFORE = re.compile(r"(?:trao|tặng|nhận|đạt|giành|đoạt|phong|công nhận|được)(?:\s+(?:được|tặng|thưởng))?"
                           r"(?:\s+(?:các|những|nhiều))?\s*$",
                           re.IGNORECASE)
_WON_AFTER = re.compile(r"^(?:[^.;!?\n]|(?<=\d)\.(?=\d)){0,40}?\bthuộc về\s+")
_WON_BY = re.compile(r"^(?:[^.;!?\n]|(?<=\d)\.(?=\d)){0,40}?\bthuộc về\s+"
                     r"(?:(?:tay đua|ông|bà|anh|chị|vận động viên|VĐV)\s+)?(?:[^\s,.;]+\s+){0,3}$")

# Party membership badges, often several at once: "huy hiệu 40, 50, 60 tuổi Đảng" is three awards.
_BADGES = re.compile(r"[Hh]uy hiệu (?P<years>\d+(?:\s*(?:,|và|-|–)\s*\d+)*) (?P<nam>năm )?tuổi [Đđ]ảng")
_GIVE_VERB = r"(?:trao tặng|khen tặng|phong tặng|truy tặng|tặng thưởng|trao thưởng|khen thưởng|tặng|trao|gắn)"
# The "được" nearest the verb: "3 lần được A tặng X, 4 lần được B tặng Y" gives Y by B.
_GIVE_PASSIVE = re.compile(rf"\b[Đđ]ược\s+(?P<between>(?:(?![Đđ]ược\b).){{2,120}}?)\s+{_GIVE_VERB}\s*$")
_GIVE_ACTIVE = re.compile(rf"{_GIVE_VERB}\s*$")
_RECEIVE = re.compile(r"(?:nhận|đón nhận|được tặng|được trao tặng|được trao|được khen tặng|được nhận|giành|đạt"
                      r"|được phong tặng|được truy tặng|được tặng thưởng|được thưởng)\s*$")
# Verbs that take an honour away; the award named after them in the clause is not being given.
# The verb governs every honour after it in the sentence: "thu hồi Bằng khen đối với A; Huân chương đối với B".
_REVOKED = re.compile(r"(?:hủy bỏ|huỷ bỏ|thu hồi|tước|tước bỏ|rút lại)\s", re.IGNORECASE)
# An honour proposed, considered, deserved, to come or wished for is not yet given ("đang xét tặng bằng khen",
# "xứng đáng được tặng", "sẽ trao"); "theo đề nghị của Bộ" is the route of one that is.
_PROPOSED = re.compile(r"(?:xét tặng|đề nghị(?! của)|đề xuất(?! của)|kiến nghị(?! của)|xứng đáng được|xứng đáng nhận"
                       r"|\bnếu\b|\bsẽ\b)"
                       r"\s+[^.;:!?\n]{0,50}$"
                       # a wish or a plan reaches further ("hy vọng sang năm, khi đến thăm ..., có dịp trao ...")
                       r"|(?:hy vọng|hi vọng|mong muốn|dự kiến)\s+[^.;:!?\n]{0,120}$", re.IGNORECASE)
# Another honour of the same list: "hủy bỏ danh hiệu A, Huân chương B, Huân chương C" takes all three away.
_LISTED = re.compile(r"^\s*(?:,|;|và|,\s*và)?\s*(?:(?:\d+(?:[.,]\d+)*|các|những|nhiều)\s+)?$")
# A preposition, with up to two common nouns after it ("tại trụ sở Chính phủ"), governs the name after it.
_GOVERNED = re.compile(r"(?:^|\s)(?:của|với|cho|nhờ|giúp|theo|tại|từ|về|cùng)\s+(?:[a-zđà-ỹ]+\s+){0,2}$")
_REASON = re.compile(r"(?<!\w)(?P<marker>vì|do|về)\s+(?:đã\s+có\s+|đã\s+|có\s+)?"
                     r"(?P<reason>(?:[^.;!?\n]|(?<=\d)\.(?=\d))+)")
_SENTENCE_STOP = re.compile(r"[.;!?\n](?<!\d\.(?=\d))")
# "về" after a verb of motion or transfer is its direction ("chuyển về tài khoản", "thuộc về X"), no reason.
_DIRECTED = re.compile(r"(?<!\w)(?:chuyển|trở|mang|đưa|gửi|trả|quay|đi|rút|thuộc|dồn|đổ|kéo|tìm|hướng|bay|nhập"
                       r"|nói|bàn|nghĩ|hỏi)\s+$", re.IGNORECASE)
# "do X trao tặng": "do" names the agent of a verb of giving or organising, no reason ("do có ..." is one).
_AGENT_DO = re.compile(r"(?:\S+\s+){0,7}?(?:trao tặng|tặng|trao|phong tặng|truy tặng|khen tặng|ký|cấp|tổ chức"
                       r"|bình chọn|công nhận|ban hành)(?!\w)", re.IGNORECASE)
# "cho/tặng RECIPIENT" after the award; a few words may stand between ("cho nữ nhân viên điện lực Trần Thị Anh").
# "gắn Huân chương lên lá cờ truyền thống của X": the honour pinned on a unit's flag is the unit's.
_TO_WORDS = r"(?:cho|(?:phong |truy |trao )?tặng|lên\s+(?:lá\s+)?cờ(?:\s+truyền thống)?\s+của"
_TO = re.compile(rf"\s*{_TO_WORDS}|đối với)\s+(?P<gap>(?:[^,.;:!?\n]|(?<=[A-Z]),(?=[A-Z])){{0,60}}?)$")
# "... là/gồm/còn có A, B": the names a generic receiver is, up to two words (a title, "GS.") before the first.
_NAMED_AS = re.compile(r"\s*(?:năm \d{4}\s+)?(?:là|gồm(?:\s+có)?|còn có)\s*:?\s*(?:[^\s,;:]+\s+){0,2}")
# A photo credit ("Ảnh: Nhan Sáng/TTXVN") is glued to the caption after it; its names act in no sentence.
_CREDIT = re.compile(r"(?:Ảnh|ẢNH|Nguồn|Clip|Video)\s*:\s*[^/\n:]{1,40}/\s*\S+")
# A verb of giving a few words before the award: "khen tặng ông nhiều Huân chương" (the subject gives).
_GIVE_NEAR = re.compile(rf"(?<!được ){_GIVE_VERB}\s+(?:[^\s,.;:]+\s+){{1,3}}$")
_CEREMONY = re.compile(r"\b[Ll]ễ\s+(?:đón\s+)?(?:nhận|trao|trao tặng|đón nhận)\s+(?:(?:huy hiệu|huân chương|huy chương"
                       r"|bằng khen|giấy khen|cờ thi đua|danh hiệu|kỷ niệm chương)[^,.;:]{0,30},\s*)*$", re.IGNORECASE)
_UNIT_WORD = r"(?:(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Xx]ã|[Pp]hường|[Tt]hị trấn)\s*)?"
_TO_PLACE = re.compile(rf"\s*{_TO_WORDS})\s+{_UNIT_WORD}")
_PLACE_WORD = re.compile(rf"\s*{_UNIT_WORD}")
_GIVE_VERB_WORD = re.compile(rf"\b{_GIVE_VERB}\b")
_ON_BEHALF = re.compile(r"\b[Tt]hừa (?:ủy|uỷ) quyền\s+(?:của\s+)?")
# "Thay mặt (lãnh đạo) X, ông A trao/nhận ...": A acts for X.
_STAND_IN = re.compile(r"\b[Tt]hay mặt\s+(?:cho\s+)?(?:(?:lãnh đạo|các|toàn thể)\s+)*")
_STAND_IN_REACH = 150  # characters from the body spoken for to the honour: the same clause, an apposition allowed
# A pronoun opening a clause, no name after it: "Đồng chí đã được ...", "bà được nhận ...".
_PRONOUN_WORD = r"\s*(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Cc]ụ|[Ee]m)\s+"
_PRONOUN = re.compile(_PRONOUN_WORD + r"(?:(?:đã|cũng|từng|vừa|còn|mới|được|nhiều|lần|vinh dự|luôn)\b)")
# Right before "(được) tặng/nhận" any lower-case word may follow ("Ông không mặc cảm ..., được tặng ..."), but a
# kin or honour word makes a noun ("Bà mẹ Việt Nam anh hùng", "Anh hùng", "ông bà").
_PRONOUN_LOOSE = re.compile(_PRONOUN_WORD + r"(?!(?:hùng|mẹ|bà|ông|em|chị|anh|cháu|con|cụ|và|cha|bố|nội|ngoại"
                            r"|chủ|trùm|lão|già)\b)[a-zđà-ỹ]")
_ANTECEDENT_REACH = 600  # characters before the sentence searched for the person it refers to
_SAYS = re.compile(r"\b(?:cho biết|cho hay|khẳng định|thông báo|chia sẻ)\b")
# "Huân huy chương", "huân, huy chương các loại": orders and medals as a class, no honour named.
_ORDERS_AND = re.compile(r"(?<!\w)(?i:huân)\s*[,\-–]?\s*$")
# "có (gần) 190.000 chị đạt ...": a counted group of the subject's members receives, not the subject.
_COUNTED_MEMBERS = re.compile(r"\bcó\s+(?:gần|hơn|khoảng|trên|tới|đến)?\s*\d[\d.,]*\s+(?:\S+\s+){1,3}"
                              r"(?:được|đạt|nhận|giành)\b")
# Verbs that tell an honour given, received or won.
_GIVING_WORD = re.compile(r"(?<!\w)(?:trao|tặng|nhận|đạt|giành|đoạt|phong|công nhận|được|gắn|đón|vinh danh"
                          r"|mang về|thuộc về|(?<!bằng )(?<!giấy )khen)(?!\w)", re.IGNORECASE)
# An honour followed by its value is a prize category ("huy chương bạc: 10 triệu đồng", "... được nhận 10 triệu").
_PRIZE_VALUE = re.compile(r"[^.;:,]{0,30}?\s*(?::|là|trị giá|được thưởng|được nhận|nhận)\s*\d")
_COORDINATED = re.compile(r"^\s*(?:,|và|cùng)\s*(?:(?:ông|bà|anh|chị|em|đồng chí|cá nhân|tập thể)\s+)?$")


class AwardFinder(RuleComponent):
    """Matches carry ``award``, ``grantor`` (an ORG, PER, LOC or post match, or None) and ``recipients``
    (a list of ORG or PER matches), ``reason``, ``start_year`` and ``end_year``."""

    label = "AWARD"

    def find(self, doc: Doc) -> list[Match]:
        text = self.stream(doc).text
        credits = [(c.start(), c.end()) for c in _CREDIT.finditer(text)]
        agents = sorted((a for a in matches(doc, "ORG") + matches(doc, "PER") if not _in_credit(text, a, credits)),
                        key=lambda m: m.start)
        places = matches(doc, "LOC")
        periods = matches(doc, "PERIOD")
        titles = matches(doc, "TITLE")
        context = _Context(text, agents, places, periods, titles, credits)
        found: list[Match] = []
        for sent in doc.sents:
            s_start, s_end = sent.start_char, sent.end_char
            heads = [(h.start(), *read_award(text, h.start(), h.end(), s_end))
                     for h in _HEAD.finditer(text, s_start, s_end) if not _ORDERS_AND.search(text, s_start, h.start())]
            told = [(start, award, end) for start, award, end in heads if award is not None]
            context.award_spans = [(start, end) for start, _, end in told]
            revoked_end = -1
            previous: Match | None = None
            list_start = s_start  # where the list of honours the current one is in begins
            for start, award, end in told:
                listed = previous is not None and _LISTED.match(text[_told_end(previous):start])
                if _REVOKED.search(text, s_start, start) or (revoked_end >= 0 and listed):
                    revoked_end = end  # "hủy bỏ danh hiệu Anh hùng Lao động": an honour taken away is not one given
                    previous = Match(self.label, start, end, "")
                    continue
                revoked_end = -1
                if _PROPOSED.search(text, s_start, start):
                    continue
                # an honour listed after another is told in the same voice: read it from where the list begins
                told_at = list_start if listed else start
                match = context.read(s_start, s_end, award, start, end, told_at=told_at)
                list_start = told_at
                if award in _NAMED_HEADS and not match.data["recipients"]:
                    continue  # a bare "huy chương" or "giải thưởng" no one is named to receive: a category
                if not (match.data["grantor"] or match.data["recipients"] or (listed and previous is not None
                                                                               and previous.data)) \
                        and not _told_as_given(text, s_start, s_end, start, end):
                    continue  # "huy chương bạc: 10 triệu đồng": a prize category, no honour given or won
                grades = _GRADE_LIST.match(text, end, s_end)
                if grades and " hạng " not in award:
                    # one honour per grade, each told by the same words
                    for grade in re.findall(_GRADE_WORD, grades.group().replace("hạng", ""), re.IGNORECASE):
                        found.append(Match(self.label, match.start, grades.end(), match.text,
                                           data={**match.data, "award": f"{award} hạng {grade.lower()}"}))
                    previous = match
                    continue
                joint = context.joint_grantor(match.data["grantor"], s_end)
                if listed and previous is not None and previous.data:
                    # "được tặng thưởng A, B, C": the honours of one list share their giver and receiver
                    match.data["grantor"] = match.data["grantor"] or previous.data["grantor"]
                    # a name read as the receiver may be the giver of the honour before ("Giấy khen A, Bằng khen B")
                    if match.data["recipients"] in ([], [match.data["grantor"]], [previous.data["grantor"]]):
                        match.data["recipients"] = previous.data["recipients"]
                    # "trao A, B tặng X": the receiver named after the list receives every honour in it
                    for earlier in (m for m in found if m.data and m.start >= list_start and m.label == self.label):
                        if not earlier.data["recipients"] and earlier.data["grantor"] == match.data["grantor"]:
                            earlier.data["recipients"] = match.data["recipients"]
                found.append(match)
                if joint is not None:  # "được A và B tặng X": each gives it (GUIDELINES: one award per giver)
                    found.append(Match(self.label, match.start, match.end, match.text,
                                       data={**match.data, "grantor": joint}))
                previous = match
            for m in _BADGES.finditer(text, s_start, s_end):
                # a badge listed after the honours of one verb shares their voice ("được A tặng X, Y, Huy hiệu ...")
                badge_listed = previous is not None and bool(previous.data) and _told_end(previous) <= m.start() \
                    and _LISTED.match(text[_told_end(previous):m.start()]) is not None
                for years in re.findall(r"\d+", m.group("years")):
                    award = f"huy hiệu {years} {m.group('nam') or ''}tuổi đảng"
                    found.append(context.read(s_start, s_end, award, m.start(), m.end(),
                                              told_at=list_start if badge_listed else None))
        return found


def _told_as_given(text: str, s_start: int, s_end: int, start: int, end: int) -> bool:
    """Is the honour at ``start``..``end`` told as given, received or won: a verb of giving, receiving or winning
    before it in the sentence ("đoàn đạt 5 huy chương (1 bạc, 4 đồng) và 3 bằng khen") or right after it ("X mà
    Nhà nước đã trao tặng")? An honour with no giver, no receiver and no such verb is a thing ("hàng trăm bằng khen
    bị xếp xó") or a prize category, as is one followed by its value ("huy chương bạc: 10 triệu đồng") or one a
    verb reaches only across "là" ("phần thưởng giành cho huy chương vàng là 15 triệu đồng, huy chương bạc ...")."""
    if _PRIZE_VALUE.match(text, end, s_end):
        return False
    after = _GIVING_WORD.search(text, end, min(s_end, end + 60))
    if after is not None and not re.search(r"[.;!?]", text[end:after.start()]):
        return True
    verbs = list(_GIVING_WORD.finditer(text, s_start, start))
    return bool(verbs) and not re.search(r"\slà\s", text[verbs[-1].end():start])


def _told_end(award: Match) -> int:
    """Where an award's words end: after a giver written behind it ("Giấy khen Tổng cục Hải quan, Bằng khen ...")."""
    grantor = award.data.get("grantor") if award.data else None
    return grantor.end if isinstance(grantor, Match) and grantor.start >= award.end else award.end


def read_award(text: str, start: int, head_end: int, limit: int) -> tuple[str | None, int]:
    """The award kind (lower case) of the head at ``start`` with the name after it, and where it ends; None
    when the words are no award told ("danh hiệu cao quý", "Huân chương này", "lá cờ truyền thống")."""
    head = re.sub(r"\s+", " ", text[start:head_end]).lower()
    before = text[max(0, start - 24):start]
    if head == "cờ truyền thống" and re.search(r"\b(?:lá|lên)\s*$", before, re.IGNORECASE):
        return None, head_end  # "gắn Huân chương lên lá cờ truyền thống": the unit's flag, not an honour
    if head == "cờ thi đua":  # "Cờ thi đua xuất sắc" is an honour of its own, beside the plain "cờ thi đua"
        excellent = re.match(r"\s+(?i:xuất sắc)(?!\w)", text[head_end:limit])
        if excellent:
            return "cờ thi đua xuất sắc", head_end + excellent.end()
    if head not in _NAMED_HEADS:
        return head, head_end
    given = bool(_GIVEN_BEFORE.search(before))
    # a prize's lower-case words describe it ("giải thưởng khuyến mãi", "giải thưởng lớn"); its name is capitalised
    lower_ok = head in _LOWER_NAMED or (head == "danh hiệu" and given)
    name, end = _name_after(text, head_end, limit, lower_ok=lower_ok, metal=head == "huy chương")
    if not name and re.match(r"\s+(?:này|đó|ấy|trên)(?!\w)", text[head_end:limit]):
        return None, end  # "Huân chương này": the honour told before, referred back to
    if head == "danh hiệu" and (not name or name.isascii()):
        return None, end  # bare "danh hiệu", or a championship ("danh hiệu Grand Slam")
    if head == "giải thưởng" and not (given or _WON_AFTER.match(text[end:limit])):
        return None, end  # "Lễ công bố Giải thưởng X", "các giải thưởng hấp dẫn": an event or a category
    return (f"{head} {name.lower()}" if name else head), end


def _name_after(text: str, at: int, limit: int, *, lower_ok: bool, metal: bool) -> tuple[str, int]:
    """The honour's name written at ``at`` (quoted, capitalised, or in lower case when ``lower_ok``) with its
    grade ("hạng Ba"), and its end; "" when no name follows."""
    quoted = _QUOTED.match(text, at, limit)
    if quoted:
        return re.sub(r"\s+", " ", quoted.group(1)).strip(), quoted.end()
    words: list[str] = []
    end = at
    lower = False
    while (w := _WORD.match(text, end, limit)) is not None:
        token = w.group(1)
        word = token.rstrip(",.;:!?)”\"'’…")
        if not word or not word[0].isalpha() or any(c.isdigit() for c in word) \
                or _HEAD.match(text, w.start(1)) or word.lower() == "hạng":
            break
        key = word.lower()
        if not words:
            if metal and key in _METALS:
                return word, w.start(1) + len(word)
            lower = not word[0].isupper()
            if lower and (key in _VAGUE or not lower_ok or key in _STOP):
                break
        elif word[0].islower() and (key in _STOP or (key, _next_key(text, w.end(), limit)) in _STOP_PAIRS):
            break
        words.append(word)
        end = w.start(1) + len(word)
        if word != token or len(words) >= (_MAX_LOWER_WORDS if lower else _MAX_WORDS):
            break
    grade = _GRADE.match(text, end, limit)
    if grade:
        words += ["hạng", grade.group(1)]
        end = grade.end()
    return " ".join(words), end


def _next_key(text: str, at: int, limit: int) -> str:
    """The next word after ``at``, lower case ("" at the end)."""
    w = _WORD.match(text, at, limit)
    return w.group(1).lower() if w else ""


def _in_credit(text: str, agent: Match, credits: list[tuple[int, int]]) -> bool:
    """Is the name part of a photo credit ("Ảnh: Nhan Sáng/TTXVN")?"""
    return any(s <= agent.start and agent.end <= e for s, e in credits) or text[agent.end:agent.end + 1] == "/"


class _Context:
    """The article's text and the matches an award is read against."""

    def __init__(self, text: str, agents: list[Match], places: list[Match], periods: list[Match],
                 titles: list[Match], credits: list[tuple[int, int]]) -> None:
        self.text, self.agents, self.places, self.periods, self.titles = text, agents, places, periods, titles
        self.credits = credits
        self.award_spans: list[tuple[int, int]] = []  # the sentence's awards: names inside them act in none

    def _post_at(self, at: int) -> Match | None:
        """A title written at ``at``, with the body right after it, as one grantor ("Thủ tướng Chính phủ")."""
        title = next((t for t in self.titles if t.start == at), None)
        if title is None:
            return None
        body = next((a for a in self.agents if a.label == "ORG" and 0 <= a.start - title.end <= 1), None)
        end = body.end if body is not None else title.end
        # the state written after the post is part of it: "Thủ tướng Chính phủ nước CHXHCN Việt Nam", "Chủ tịch
        # nước Cộng hòa xã hội chủ nghĩa Việt Nam"
        state = re.match(r"\s+nước\s+|\s+", self.text[end:end + 12])
        if state and ("nước" in state.group() or self.text[title.start:title.end].endswith("nước")):
            country = next((p for p in self.places if p.start == end + state.end()), None)
            end = country.end if country is not None else end
        # the body is kept so that the record can give its full name ("Chủ tịch UBND huyện" of "UBND huyện Lộc Hà")
        return Match("TITLE", title.start, end, self.text[title.start:end], data={"body": body})

    def _post_of(self, agent: Match) -> Match:
        """The post written right before a person ("Chủ tịch nước Trần Đại Quang"), which gives an honour in
        the person's name; the agent itself otherwise."""
        if agent.label != "PER":
            return agent
        for title in self.titles:
            post = self._post_at(title.start)
            if post is not None and 0 <= agent.start - post.end <= 1:
                post.data["holder"] = agent  # whose positions may name the post's body ("Bộ trưởng" of "Bộ Y tế")
                return post
        return agent

    def _grantor_at(self, at: int, inside: list[Match]) -> Match | None:
        """The grantor named at ``at``: a post, a body or person, or a country ("do nước Pháp tặng")."""
        country = re.match(r"(?:[Nn]hà nước|nước)\s+", self.text[at:at + 12])
        if country:
            place = next((p for p in self.places if p.start == at + country.end()), None)
            if place is not None:
                return place
        state = re.match(r"(?:Đảng(?:,| và) )?Nhà nước(?!\w)", self.text[at:at + 16])
        if state:  # "được (Đảng,) Nhà nước phong tặng": the giver as written (GUIDELINES, fourth round)
            return Match("STATE", at, at + state.end(), state.group())
        post = self._post_at(at)
        if post is not None:
            return post
        agent = next((a for a in inside if a.start == at), None)
        return self._post_of(agent) if agent is not None else None

    def _active_grantor(self, s_start: int, start: int, inside: list[Match]) -> Match | None:
        """The giver in "GRANTOR (đã) tặng AWARD": the nearest body, person, post or country before the verb."""
        before = [a for a in inside if a.end <= start]
        posts = [p for t in self.titles if s_start <= t.start < start
                 for p in [self._post_at(t.start)] if p is not None and p.end <= start]
        places = [p for p in self.places if s_start <= p.start and p.end <= start
                  and re.fullmatch(r"\s*(?:(?:đã|vừa|mới|cũng)\s+)*" + _GIVE_VERB + r"\s*", self.text[p.end:start])]
        # a place gives only when no body, person or post is named before ("Pháp tặng huân chương ...")
        candidates = sorted(before + posts or places, key=lambda m: (m.end, m.end - m.start))
        if not candidates:
            return None
        grantor = candidates[-1]
        # a post's body is no grantor of its own ("Chủ tịch nước tặng": "nước"; "Thủ tướng Chính phủ tặng")
        covering = [p for p in posts if p.start <= grantor.start and grantor.end <= p.end]
        if covering:
            grantor = max(covering, key=lambda p: p.end - p.start)
        return self._post_of(grantor)

    def joint_grantor(self, grantor: Match | None, s_end: int) -> Match | None:
        """The second giver of "A và B tặng": a body or post right after "và" behind ``grantor``, before a verb
        of giving."""
        if grantor is None or grantor.label not in ("ORG", "TITLE"):
            return None
        joined = re.match(r"\s+và\s+", self.text[grantor.end:s_end])
        if joined:  # "được A và B tặng": the grantor read is A
            at = grantor.end + joined.end()
            other = self._post_at(at) or next((a for a in self.agents if a.start == at and a.label == "ORG"), None)
            return other if other is not None and _GIVE_VERB_WORD.match(self.text, other.end + 1) else None
        before = re.search(r"(?<=\S)\s+và\s+$", self.text[max(0, grantor.start - 8):grantor.start])
        if before and _GIVE_VERB_WORD.match(self.text, grantor.end + 1):  # "A và B tặng": the grantor read is B
            at = grantor.start - len(before.group())
            return next((a for a in self.agents if a.end == at and a.label == "ORG"), None)
        return None

    def _recipients_after(self, at: int, s_end: int, inside: list[Match]) -> list[Match]:
        """Recipients named after the award: "cho/tặng A, B và C", "thuộc về A"."""
        first = next((a for a in inside if a.start >= at), None)
        if first is None:
            return []
        lead = self.text[at:first.start]
        if _TO.match(lead) or _WON_BY.match(lead):
            return self._coordinated(first, inside)
        return []

    def _recipients_named_as(self, at: int, inside: list[Match]) -> list[Match]:
        """Recipients a generic subject is then named as: "Bốn học sinh được nhận bằng khen của Thủ tướng là A, B
        và C", "Các cá nhân khác được tặng danh hiệu X còn có GS. A, nhà thơ B"."""
        first = next((a for a in inside if a.start >= at), None)
        if first is None or not _NAMED_AS.fullmatch(self.text, at, first.start):
            return []
        return self._coordinated(first, inside)

    def _places(self, s_start: int, s_end: int) -> list[Match]:
        """The sentence's places outside its awards' names."""
        return [p for p in self.places if s_start <= p.start and p.end <= s_end
                and not any(s <= p.start and p.end <= e for s, e in self.award_spans)]

    def _antecedent(self, s_start: int, start: int, pronoun: re.Pattern[str] = _PRONOUN) -> list[Match]:
        """The person a pronoun subject stands for ("Đồng chí đã được tặng thưởng ...", "Năm 2010, bà được nhận
        ..."): the last person named in the sentences just before, when the clause opens with the pronoun."""
        before = self.text[s_start:start]
        clause = max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1
        if not (pronoun.match(before[clause:]) or pronoun.match(before)):  # "Đồng chí đã được tặng A, B"
            return []
        named = [a for a in self.agents if a.label == "PER" and s_start - _ANTECEDENT_REACH <= a.start
                 and a.end <= s_start]
        return named[-1:]

    def _place_subject(self, s_start: int, end: int) -> list[Match]:
        """A place that opens the clause as its subject ("Huyện Cần Giờ đón nhận ...", "Thái Nguyên được
        tặng ..."); a place anywhere else is where things happen."""
        before = self.text[s_start:end]
        clause = max(before.rfind(";"), before.rfind(":"), before.rfind(",")) + 1 + s_start
        first = next((p for p in self._places(clause, end)), None)
        if first is not None and _PLACE_WORD.fullmatch(self.text[clause:first.start]):
            return [first]
        return []

    def _place_after(self, at: int, s_end: int) -> list[Match]:
        """A province or town receiving: "cho tỉnh Lào Cai", "lên lá cờ truyền thống của tỉnh Lào Cai"."""
        first = next((p for p in self._places(at, s_end)), None)
        if first is not None and _TO_PLACE.fullmatch(self.text[at:first.start]):
            return [first]
        return []

    def _nearest_subject(self, s_start: int, start: int, inside: list[Match]) -> list[Match]:
        """The name right before the verb of a bare honour: no punctuation, no verb of giving and no other
        name between ("đạo diễn Park Chan-wook từng đoạt giải thưởng lớn")."""
        before = [a for a in inside if s_start <= a.start and a.end <= start]
        if not before:
            return []
        gap = self.text[before[-1].end:start]
        if re.search(r"[,;:()]", gap) or re.search(_GIVE_VERB, gap) \
                or _GOVERNED.search(self.text, max(s_start, before[-1].start - 24), before[-1].start):
            return []
        return before[-1:]

    def _coordinated(self, first: Match, inside: list[Match]) -> list[Match]:
        """``first`` and the names listed right after it ("A, B và C")."""
        chosen = [first]
        for a in inside:
            if a.start >= chosen[-1].end and _COORDINATED.match(self.text[chosen[-1].end:a.start]):
                chosen.append(a)
            elif a.start >= chosen[-1].end:
                break
        return chosen

    def read(self, s_start: int, s_end: int, award: str, start: int, end: int, told_at: int | None = None) -> Match:
        """The award at ``start``..``end``, its voice (who gives, who receives) read from the words before
        ``told_at``: the start of the list it is in ("trao 11 Huân chương A, 74 Huân chương B tặng ..."), or its own."""
        voice = start if told_at is None else told_at
        text = self.text
        credit_end = max((e for s, e in self.credits if s_start <= s and e <= start), default=s_start)
        s_start = max(s_start, credit_end)
        before = text[s_start:voice]
        inside = [a for a in self.agents if s_start <= a.start and a.end <= s_end
                  and not any(s <= a.start and a.end <= e for s, e in self.award_spans)]
        grantor: Match | None = None
        recipients: list[Match] = []
        passive = _GIVE_PASSIVE.search(before)
        # "tặng AWARD", or "khen tặng ông nhiều AWARD": the subject gives
        active = not passive and not _RECEIVE.search(before) and (
            _GIVE_ACTIVE.search(before) or _GIVE_NEAR.search(before))
        if passive:
            g_start, g_end = s_start + passive.start("between"), s_start + passive.end("between")
            grantor = self._grantor_at(g_start, inside) \
                or next((self._post_of(a) for a in inside if g_start <= a.start and a.end <= g_end), None)
            subject = [a for a in inside if a.end <= s_start + passive.start()] \
                or self._place_subject(s_start, s_start + passive.start())
            recipients = self._coordinated_before(subject) or self._antecedent(s_start, voice, _PRONOUN_LOOSE)
        elif active:
            grantor = self._active_grantor(s_start, voice, inside)
        elif award in _NAMED_HEADS:  # a bare "giải thưởng": only a name right before its verb receives it
            recipients = self._nearest_subject(s_start, voice, inside)
        elif not _CEREMONY.search(before):  # the subject receives ("Lễ đón nhận X" names a ceremony: no subject)
            # a province or town receives when no body or person is named ("Thái Nguyên được tặng ...")
            recipients = self._subject(s_start, voice, inside) or self._place_subject(s_start, voice) \
                or self._antecedent(s_start, voice, _PRONOUN_LOOSE if _RECEIVE.search(before) else _PRONOUN)
            if recipients and s_start <= recipients[-1].end <= voice \
                    and _COUNTED_MEMBERS.search(text, recipients[-1].end, voice):
                recipients = []  # "TP.HCM có gần 190.000 chị đạt danh hiệu X": the counted members receive it
        behalf = _ON_BEHALF.search(before)
        if behalf:  # "thừa ủy quyền của Chủ tịch nước, đồng chí A trao ...": A hands over what the State gives
            grantor = self._grantor_at(s_start + behalf.end(), inside) or grantor
        hander: Match | None = None  # who hands over for the grantor: other tellings may name them as the giver
        stand_in = _STAND_IN.search(before)
        if stand_in and not passive and len(before) - stand_in.end() <= _STAND_IN_REACH:
            # "Thay mặt lãnh đạo Đảng và Nhà nước, ông A trao X": the body A speaks for gives; "Thay mặt Công ty
            # B, ông A đón nhận X": the body receives
            body = self._grantor_at(s_start + stand_in.end(), inside)
            if body is not None and active:
                # the giver read before the verb was the one handing over, unless it was the body itself
                hander = grantor if grantor is not None and grantor.start != body.start else None
                grantor = body
            elif body is not None and body.label in ("ORG", "PER") and _RECEIVE.search(before):
                recipients = [body]
        tail = text[end:s_end]
        after = end  # where the recipients and the reason are read from
        # "bằng khen và huy hiệu của Hiệp hội X": the giver named after a pair of gifts gives both
        of = re.match(r"\s*(?:(?:và|cùng)\s+(?:[^\s,;:.]+\s+){1,3}?)?(?:của|do)\s+", tail)
        if of is not None and _HEAD.search(of.group()):
            of = None  # "Huân chương A và Bằng khen của X": X gives the honour written next to it only
        if of is None and grantor is None and award not in _NAMED_HEADS:
            # "Giấy khen Tổng cục Hải quan", "bằng khen UBND tỉnh": a plain honour's giver may follow with no "của"
            of = re.match(r"\s+", tail)
        if of:  # "Bằng khen của Thủ tướng Chính phủ": the honour's own giver, whoever hands it over
            named_grantor = self._grantor_at(end + of.end(), inside)
            if named_grantor is not None:
                grantor = named_grantor
                # the holder written after the post ("của Bộ trưởng Phùng Xuân Nhạ cho em A") is no recipient
                holder = next((a for a in inside if a.label == "PER" and 0 <= a.start - named_grantor.end <= 1), None)
                after = holder.end if holder is not None and named_grantor.label == "TITLE" else named_grantor.end
        # "cho/tặng RECIPIENT" after the award names the receiver outright
        recipients = self._recipients_after(after, s_end, inside) or self._place_after(after, s_end) or recipients
        named_as = [] if recipients else self._recipients_named_as(after, inside)
        recipients = recipients or named_as
        if grantor is not None:
            recipients = [r for r in recipients if (r.start, r.end) != (grantor.start, grantor.end)]
        return Match("AWARD", start, end, text[start:end], data={
            "award": award, "grantor": grantor, "recipients": recipients, "hander": hander, "named_as": bool(named_as),
            "reason": self._reason(after, s_end), **self._years(s_start, s_end, start, end),
        })

    def _subject(self, s_start: int, start: int, inside: list[Match]) -> list[Match]:
        """The receiving subject: the first name since the clause began, not governed by a preposition ("nhờ sự
        rút lui của A, B giành danh hiệu"); a clause without one (a list of honours after ";" in a career line)
        takes the sentence's."""
        before = self.text[s_start:start]
        said = max((m.end() for m in _SAYS.finditer(before)), default=0)  # "A cho biết B đã giành ...": B's clause
        listed = max(before.rfind(";") + 1, before.rfind(":") + 1)
        clause = max(listed, said) + s_start
        # a clause without a name of its own falls back on the sentence's subject (the career line's person, the
        # speaker of "ông A cho biết ... nhận huy chương"), unless that subject gave ("A trao X cho B; Y tặng C")
        gave = _GIVE_VERB_WORD.search(before[:clause - s_start])
        for begin in dict.fromkeys((clause, s_start) if not gave else (clause,)):
            # a bracketed name is an aside ("Cục Khảo thí (Bộ Giáo dục) cho biết ..."), no subject
            named = [a for a in inside if begin <= a.start and a.end <= start
                     and not (self.text[a.start - 1:a.start] == "(" and self.text[a.end:a.end + 1] == ")")]
            subjects = [a for a in named if not _GOVERNED.search(self.text, max(s_start, a.start - 24), a.start)]
            if subjects or (named and begin == clause):
                return self._coordinated((subjects or named)[0], named)
        return []

    def _coordinated_before(self, names: list[Match]) -> list[Match]:
        """The last of ``names`` with the names listed right before it ("A và B được ...")."""
        if not names:
            return []
        chosen = [names[-1]]
        for a in reversed(names[:-1]):
            if not _COORDINATED.match(self.text[a.end:chosen[0].start]):
                break
            chosen.insert(0, a)
        return chosen

    def _reason(self, after: int, s_end: int) -> str | None:
        """The "vì/do/về ..." phrase after the award (or after its grantor), cut before a period."""
        stop = _SENTENCE_STOP.search(self.text, after, s_end)
        limit = stop.start() if stop else s_end
        reason_match = next((m for m in _REASON.finditer(self.text, after, limit)
                             if not (m.group("marker") == "về" and _DIRECTED.search(self.text, after, m.start()))
                             and not (m.group("marker") == "do" and m.start("reason") - m.end("marker") <= 1
                                      and _AGENT_DO.match(self.text, m.start("reason")))),
                            None)
        if not reason_match:
            return None
        r_start, r_end = reason_match.start("reason"), reason_match.end("reason")
        for p in self.periods:
            if r_start <= p.start < r_end:
                r_end = p.start
        reason = self.text[r_start:r_end].strip(" ,;:-–")
        # the words that introduced the period cut off behind it ("... nhiệm vụ năm 2014-2015")
        return re.sub(r"\s+(?:trong|của|năm|giai đoạn|nhiệm kỳ|năm học)$", "", reason) or None

    def _years(self, s_start: int, s_end: int, start: int, end: int) -> dict[str, int | None]:
        period = next((p for p in self.periods if end <= p.start < s_end), None) \
            or next((p for p in self.periods if s_start <= p.start < start), None)
        return {"start_year": period.data["start_year"] if period else None,
                "end_year": period.data["end_year"] if period else None}
