"""DOC: legal, state and Party documents cited by number or name (SPEC "documents").

    DOC := KIND ["số"] NUMBER [date] ["của" ISSUER]      "Chỉ thị số 05 của Bộ Chính trị"
         | KIND NAME                                     "Luật Đất đai", "Nghị quyết về phát triển ..."

NUMBER is written with its suffix ("18-NQ/TW", "1722/QĐ-TTg", "100/2015/NĐ-CP"). Generic mentions with
neither number nor name ("các chỉ thị, nghị quyết") are not documents.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .base import Match, RuleComponent

KINDS = ("Bộ luật", "Hiến pháp", "Chỉ thị", "Nghị quyết", "Quyết định", "Kết luận", "Kế hoạch", "Chương trình",
         "Đề án", "Quy định", "Hướng dẫn", "Luật", "Nghị định", "Thông tư liên tịch", "Thông tư", "Pháp lệnh",
         "Công văn", "Công điện", "Thông báo", "Điều lệ", "Quy chế", "Báo cáo", "Tờ trình", "Văn bản")
_KIND = "|".join(sorted(KINDS, key=len, reverse=True)).replace("Bộ luật", "Bộ [Ll]uật")  # "Bộ Luật Lao động"
_NUMBER = r"\d+[A-Za-z]?(?:\s?[-–/]\s?(?:\d+|[A-ZĐ][A-Za-zĐđ]*\d*(?:-[A-ZĐ][A-Za-zĐđ]*\d*)*))*"
# Between kind and number the press may write the kind's abbreviation in brackets ("nghị định (NĐ) 181") or a
# modifier of the kind ("Quyết định hành chính 166/QĐ-UBND", "quyết định xử phạt 12/QĐ-XPHC"); a modifier is read
# only before a number with a suffix, which no count has.
_CITED = re.compile(
    rf"(?P<kind>{_KIND}|{_KIND.lower()})(?:\s*\([A-ZĐ]{{2,4}}\))?"
    r"\s+(?:(?!số\b)[a-zà-ỹđ]+(?:\s+(?!số\b)[a-zà-ỹđ]+)?\s+(?=(?:số\s+)?\d+[A-Za-z]?(?:/(?:\d{4}/)?|\s?-\s?)[A-ZĐ]))?"
    rf"(?:số\s+)?(?P<number>{_NUMBER})(?![\w,.]\d)",
)
# A kind written by its abbreviation: "NĐ 60", "QĐ số 125"; the kind is read in full (as gold writes it).
_ABBREVIATED_KINDS = {"NĐ": "Nghị định", "QĐ": "Quyết định", "NQ": "Nghị quyết"}
_ABBREVIATED_CITED = re.compile(rf"(?<![\w/.-])(?P<kind>NĐ|QĐ|NQ)\s+(?:số\s+)?(?P<number>{_NUMBER})(?![\w,.]\d)")
# A named document: a capitalised kind followed by a capitalised name ("Luật Đất đai") or "về ..." subject.
_NAMED = re.compile(
    rf"(?P<kind>{_KIND})\s+(?:(?P<about>về\s+[^,.;:()\n“”\"]{{5,120}})|(?P<name>[A-ZĐ][\wÀ-ỹ]*(?:\s+[a-zà-ỹđ]+)?(?:\s+[A-ZĐ][\wÀ-ỹ]*(?:\s+[a-zà-ỹđ]+)?){{0,4}}))"
)
# A text named by who issued it and what it is about: "Nghị quyết của Tỉnh ủy về phát triển du lịch", "dự thảo nghị
# quyết của HĐND thành phố về tăng cường quản lý phương tiện", "Quyết định của Tổng Thanh tra Chính phủ tiến hành
# thanh tra về việc quản lý đất đai". The issuer is capitalised and short; the name is the subject.
_ISSUED_ABOUT = re.compile(
    rf"(?P<kind>{_KIND}|{_KIND.lower()})\s+của\s+(?P<issuer>[A-ZĐ][^,.;:()\n“”\"]{{1,70}}?)\s+về\s+(?:việc\s+)?"
    rf"(?P<name>[^,.;:()\n“”\"…]{{5,150}})"
)
# Lower-case kinds that name a text even so ("dự thảo nghị quyết của HĐND thành phố về ..."); "quyết định", "quy
# định", "kết luận", "hướng dẫn" written so are as often the act or the verb.
_LOWER_ISSUED_KINDS = frozenset({"nghị quyết", "chỉ thị", "nghị định", "thông tư", "đề án"})
# An issuer is a name, not a clause: "quyết định của UBND tỉnh đã được ban hành về ..." is no name of a text.
_CLAUSE_IN_ISSUER = re.compile(r"\b(?:đã|được|sẽ|là|đang|vừa|và|cho|với|tại|trong|khi|nhằm|để)\b")
# The subject of a text named by issuer ends at the verb of the sentence or a new clause.
_NAME_STOP_ABOUT = re.compile(
    r"\s+(?:là|được|đã|sẽ|thì|nhưng|cũng|đang|vừa|không|chưa|có hiệu lực|nêu|quy định|yêu cầu|nhấn mạnh|cho biết"
    r"|nếu|khi|để|mà|vì|theo|xảy ra"
    r"|đối với (?:ông|bà)|(?:của|cho|với) (?:ông|bà|đồng chí))\b.*$", re.DOTALL)
# A quoted name right after the kind: Đề án “Tuyên truyền, giáo dục ...”
_QUOTED = re.compile(
    rf"(?P<kind>{_KIND}|đề án|chương trình)\s+(?:số\s+\S+\s+)?(?:về\s+)?[“\"](?P<name>[^”\"\n]{{4,200}})[”\"]"
)
# The whole title quoted, kind included: “Chương trình cung cấp nước sinh hoạt ... giai đoạn 2013-2015” (not kinds
# that are also verbs or common nouns at the start of a quoted remark: "quyết định", "báo cáo", "kết luận")
_TITLED_KINDS = "Chương trình|Đề án|Kế hoạch|Nghị quyết|Chỉ thị|Luật|Hướng dẫn|Quy chế|Điều lệ|Quy định"
_QUOTED_TITLE = re.compile(rf"[“\"](?P<kind>{_TITLED_KINDS})\s+(?P<name>[^”\"\n]{{4,200}})[”\"]")
# "Quy chế" or "Hướng dẫn" capitalised in mid-sentence opens a document's title even when the subject is lower
# case ("theo Quy chế làm việc của Tỉnh ủy"); other kinds capitalised so are as often generic programmes and plans.
_TITLED_SUBJECT = re.compile(
    r"(?<=[\w,:;] )(?P<kind>Quy chế|Hướng dẫn|Chương trình|Kế hoạch|Đề án)\s+(?P<name>[a-zà-ỹđ][^,.;:()\n“”\"]{8,150})"
)
# "Chương trình", "Kế hoạch", "Đề án" capitalised mid-sentence name one text when a subject of three words or more
# follows that is no clause ("Chương trình quốc gia giáo dục cha mẹ ...", "dự thảo Kế hoạch kiểm tra, đôn đốc");
# after a body's head they are part of its name ("Sở Kế hoạch và Đầu tư", "Phòng Kế hoạch tài chính").
_BODY_BEFORE_KIND = re.compile(r"(?:Bộ|Sở|Vụ|Phòng|Ban|Cục|Ủy ban|Viện|Trung tâm|Khoa|Tổ)\s+$")
# The kinds of programme and plan a state or Party body adopts, by the first words of the subject: "Chương trình hành
# động", "Chương trình mục tiêu quốc gia", "Kế hoạch kiểm tra"; other capitalised programmes are shows, offers and
# international agendas ("Chương trình nghệ thuật", "Chương trình học bổng", "Chương trình nghị sự 2030").
_PROGRAMME_SUBJECTS = re.compile(r"(?:hành động|mục tiêu|phối hợp|công tác|làm việc|giám sát|hoạt động giám sát"
                                 r"|xây dựng|kiểm tra|quốc gia|phát triển|hỗ trợ|phòng|kiên cố hóa|đào tạo)\b")


def _titles_a_plan(text: str, m: re.Match[str], name: str) -> bool:
    """Does a capitalised "Chương trình", "Kế hoạch" or "Đề án" with a lower-case subject name one text? Not after a
    body's head ("Sở Kế hoạch và Đầu tư"), a plural, or "về" (the subject of another text: "Nghị quyết về Chương
    trình xây dựng luật"), nor when the subject is a clause; a programme or plan needs a subject of its kinds."""
    before = text[max(0, m.start() - 12):m.start()]
    if _BODY_BEFORE_KIND.search(before) or _COUNTED_BEFORE.search(before) or re.search(r"\bvề\s+$", before):
        return False
    if not _names_a_plan(text, m.start(), name + " năm 2000"):
        return False
    if re.fullmatch(r"(?:mục tiêu )?quốc gia|mục tiêu|hành động", name):
        return False  # "nguồn vốn Chương trình mục tiêu quốc gia": the class of programmes, not one
    return m.group("kind") == "Đề án" or bool(_PROGRAMME_SUBJECTS.match(name))
# Lower-case subjects the press writes without capitals: "Luật phí và lệ phí", "Pháp lệnh phòng chống tham nhũng",
# "đề án tái cơ cấu ngành điện"
# A list's item number glued to the name before it where the line breaks were lost: "Luật hối phiếu3 Luật ..."
_GLUED_LIST_NUMBER = re.compile(r"(?<=[^\W\d_])\d+$")
_LOWER_SUBJECT = re.compile(r"(?P<kind>Luật|Bộ luật|Pháp lệnh|[Đđ]ề án)\s+(?P<name>[a-zà-ỹđ][^,.;:()\n“”\"]{6,150})")
# A plan or programme named by its subject and the span it covers, in any case: "kế hoạch phát triển kinh tế - xã
# hội năm 2017", "Kế hoạch đầu tư công trung hạn của thành phố giai đoạn 2017-2020", "chương trình xây dựng cụm
# tuyến dân cư giai đoạn 2016 - 2020". The year or span marks one plan, not plans in general. A programme needs a
# span ("chương trình làm việc năm 2017" is an agenda).
_SPAN = r"(?:giai đoạn\s+|năm\s+)?\d{4}\s*[-–]\s*\d{4}"
_PLAN = re.compile(
    rf"(?P<kind>[Kk]ế hoạch|[Đđ]ề án)\s+(?P<name>(?:[^\s,.;:()\n“”\"]+\s+){{1,24}}?(?:{_SPAN}|năm\s+\d{{4}}))(?![\d/-])"
    rf"|(?P<pkind>[Cc]hương trình)\s+(?P<pname>(?:[^\s,.;:()\n“”\"]+\s+){{1,24}}?{_SPAN})(?![\d/-])"
)
_SPAN_END = re.compile(rf"\s*(?:đến\s+|cho\s+)?(?:{_SPAN}|năm\s+\d{{4}})$")
# Words that make the run after a kind a clause, not a plan's subject: "kế hoạch đã đề ra năm 2016".
_CLAUSE_WORDS = frozenset({"được", "đã", "sẽ", "là", "có", "không", "đang", "cần", "phải", "để", "nhằm", "thì", "mà",
                           "nhưng", "vẫn", "cũng", "đề ra", "ra", "chưa", "này", "đó", "trên", "theo", "tại", "trong",
                           "vào", "từ", "bắt đầu", "hoàn thành", "thực hiện", "triển khai", "giao", "được giao"})
# Syllables that make a following "luật"/"định" part of another word: "kỷ luật", "pháp luật", "quy luật".
_WORD_BEFORE_KIND = re.compile(r"(?:^|\s)(?:[Kk]ỷ|[Pp]háp|[Qq]uy|[Đđ]ạo)\s+$")
# A plural in front makes the kind generic ("các kế hoạch năm 2017"); a share or a comparison makes the plan a
# target figure ("đạt 90% kế hoạch năm", "vượt kế hoạch sản xuất năm 2017").
_PLURAL_BEFORE = re.compile(r"(?:[Cc]ác|[Nn]hững|[Nn]hiều|[Mm]ọi|[Tt]ừng|%|vượt|so với|đạt)\s+$")
# "kế hoạch vốn năm 2016" is a budget allocation, not a document; nor is a plan whose subject is only its span.
_NOT_PLAN_START = frozenset({"vốn", "năm", "giai", "đến", "cho", "của"})
# A name never opens with a function word: "có Luật thì Đảng đã có Điều lệ" is a clause after a generic kind.
_DEMONSTRATIVES = re.compile(r"^(?:này|trên|đó|ấy|nói trên|của|cho|để|được|đã|sẽ|là|và|với|mới|cũ|trước"
                             r"|thì|mà|nhưng|cũng|không|có|do|tại|trong|hay|hoặc|theo|nên|đang|vừa|như|nào"
                             r"|pháp|sư|lệ|gia)\b")  # or the second syllable of a word: "luật pháp", "luật sư"
# A quoted remark that opens with a kind word ("“Quy định của Luật đất đai đã nêu rất rõ, ...”") is speech, not a
# title: a title holds no second sentence and no comment on the kind ("của ...", "này", "đã").
_SPEECH = re.compile(r"[.!?]\s+[A-ZĐÐ]|^(?:của|này|đó|ấy|đã|là|thì|mà|cũng|không)\b")
_ISSUER_AFTER = re.compile(r"(?:\s+(?:ngày|năm)\s+[\d/.-]+(?:\s+năm\s+\d{4})?)?,?\s+của\s+")
_NAME_STOP = re.compile(
    r"\s+(?:của|do|năm|ngày|và|được|đã|về|là|có|cho|với|tại|trong|sẽ|không|hay|hoặc|này|mới|thì|nhưng|cũng|để"
    r"|theo|đang|vừa|nên|quy|cần|nêu|yêu cầu|nhấn mạnh|đến|phải)\b.*$",
    re.DOTALL,
)
# "Nghị quyết về việc bổ nhiệm ... đối với ông X": the subject stops before the person it concerns.
_ABOUT_STOP = re.compile(r"\s+(?:(?:đối với|với|cho|của)\s+(?:ông|bà|đồng chí|anh|chị)|là|được|đã|sẽ|thì|nhưng|cũng"
                         r"|đang|vừa|mới được|không|chưa|nếu|khi|để)\b.*$", re.DOTALL)  # or the sentence's verb
# A title's subject may say whose it is ("Quy chế làm việc của Tỉnh ủy") but ends at the verbs that follow it.
_TITLE_STOP = re.compile(
    r"\s+(?:do|năm|ngày|được|đã|là|có|cho|với|tại|trong|sẽ|không|hay|hoặc|này|thì|nhưng|cũng|để|theo|đang|vừa"
    r"|nên|đề ra|nhằm|gắn|sau|trước|luôn|bởi|đạt|đối với|Tuy)\b.*$",
    re.DOTALL,
)
_TRAILING_FUNCTION_WORD = re.compile(r"\s+(?:và|của|đến|với|cho)$")
# Kinds SPEC does not list: documents only with a number (GUIDELINES).
_UNLISTED_KINDS_LOWER = frozenset({"văn bản", "báo cáo", "tờ trình", "thông báo", "công văn", "công điện"})
# Kinds that are also verbs of speech ("báo cáo về ..." = "reporting on ..."): at a sentence's start the capital
# is the sentence's, not a title's.
_VERB_KINDS = frozenset({"Báo cáo", "Thông báo"})


def _opens_sentence(text: str, start: int) -> bool:
    """Does the word at ``start`` open a sentence or a line?"""
    return not text[:start].strip() or bool(re.search(r"(?:[.!?:…]\s*|\n\s*)$", text[max(0, start - 4):start]))

_GENERIC_KINDS = frozenset({"Công văn", "Công điện", "Thông báo", "Kế hoạch", "Chương trình", "Hướng dẫn", "Quy định",
                            "Kết luận", "Điều lệ", "Báo cáo", "Tờ trình", "Văn bản"})


# A bare number after a kind word counts when a duration, an amount or another kind word follows it ("Kế hoạch
# 5 năm", "vượt quy định 133 triệu", "quyết định 2 kế hoạch"); otherwise it is the document's number.
_KINDS_LOWER = tuple(k.lower() + " " for k in KINDS)
_COUNTED_AFTER = frozenset({"năm", "tháng", "tuần", "ngày", "đêm", "giờ", "triệu", "tỷ", "tỉ", "nghìn", "ngàn", "trăm",
                            "người", "hộ", "lần"})
# Two-syllable nouns a number counts: "quy định 12 đối tượng", "hướng dẫn 5 trường hợp", "kế hoạch 3 nội dung".
_COUNTED_PAIRS = frozenset({"đối tượng", "trường hợp", "nội dung", "nhóm đối", "nhiệm vụ", "giải pháp", "tiêu chí",
                            "vấn đề", "lĩnh vực", "dự án", "công trình", "đơn vị", "cơ quan", "doanh nghiệp",
                            "cán bộ", "học sinh", "sinh viên", "điểm đến", "loại hình", "hạng mục"})
# "6 ngày 5 đêm": a second number with a unit after the first's makes the pair a duration, not a date.
_SECOND_DURATION = re.compile(r"\s+\d+\s+(?:ngày|đêm|giờ|phút|tháng|tuần)\b")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)(?:\s+(\S+))?")
_YEAR_RANGE = re.compile(r"\d{4}\s*[-–]\s*\d{4}")


def counts_a_noun(text: str, kind: str, number: str, end: int, with_so: bool) -> bool:
    """Is a bare number after a kind word a count of the next noun rather than the document's number? Only a bare
    integer without "số" can be; then it counts a duration or amount ("Kế hoạch 5 năm", "quy định 133 triệu") or,
    after a lower-case kind, documents of a kind ("quyết định 2 kế hoạch")."""
    if with_so or not number.isdigit():
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None or not after.group(1)[0].islower():
        return False
    word, following = after.group(1), after.group(2) or ""
    if word in _COUNTED_AFTER and (not following[:1].isdigit() or _YEAR_RANGE.match(text, after.start(2))):
        return True  # "5 năm", "133 triệu", "kế hoạch 5 năm 2016-2020"; but "649 năm 2014" dates the document
    if word in _COUNTED_AFTER and _SECOND_DURATION.match(text, after.start(1) + len(word)):
        return True  # "chương trình 6 ngày 5 đêm"; "649 ngày 5/3/2015" stays a date
    if f"{word} {following}".lower() in _COUNTED_PAIRS:
        return True  # "quy định 12 đối tượng": the number counts the noun after it
    # "quyết định 2 kế hoạch": a lower-case kind counting documents of a kind ("quyết định 153 thu hồi ..." cites)
    return kind[0].islower() and f"{word} {following} ".lower().startswith(_KINDS_LOWER)


def _names_a_plan(text: str, start: int, name: str) -> bool:
    """Is the run after a plan's kind word (``name``, its span included) the name of one plan? Not when a plural or
    a share stands before the kind, when the run is a clause (a verb in it), when the subject is a budget figure or
    only the span ("kế hoạch vốn năm 2016", "đề án đến năm 2030"), nor for a cooperation plan between countries,
    which is an international text (SPEC)."""
    if _PLURAL_BEFORE.search(text[max(0, start - 12):start]):
        return False
    subject = [w.lower() for w in _SPAN_END.sub("", name).split()] or ["năm"]
    if any(w in _CLAUSE_WORDS or " ".join(subject[n:n + 2]) in _CLAUSE_WORDS for n, w in enumerate(subject)):
        return False
    return subject[0] not in _NOT_PLAN_START and " ".join(subject[:2]) != "hợp tác"


# Names of international treaties and declarations: a kind word inside one ("Công ước Liên hợp quốc về Luật Biển")
# names no Vietnamese document (SPEC).
_TREATY_BEFORE = re.compile(r"(?:Công ước|Hiệp định|Hiệp ước|Tuyên bố|Hiến chương|Nghị định thư)\b[^,.;:()\n]{0,60}$")
# A number or plural in front makes a kind generic: "43 đề án nhà ở", "các đề án về phát triển du lịch".
# (not "Điều 181")
_COUNTED_BEFORE = re.compile(r"(?:[Cc]ác|[Nn]hững|[Nn]hiều|[Mm]ọi|[Tt]ừng|(?<![Đđ]iều )(?<!khoản )(?<!\d)\d+)\s+$")


def _inside_other_word(text: str, start: int) -> bool:
    """Is the kind word at ``start`` the end of another word or name ("kỷ luật", "báo Pháp Luật TP.HCM"), or a word
    of an international treaty's name?"""
    return bool(_WORD_BEFORE_KIND.search(text[max(0, start - 6):start])
                or _TREATY_BEFORE.search(text[max(0, start - 80):start]))


# A further number listed after a cited one: "Quyết định 217, 218", "Thông tư 03 và 04", "Nghị quyết số 18-NQ/TW và
# số 19-NQ/TW". It must end the list: a mark or a word that goes on after a citation follows it, never a noun it
# could count ("Nghị định 60 và 2 thông tư" lists no second decree).
_NEXT_LISTED = re.compile(rf"(?:\s*,\s*|\s+(?:và|hoặc)\s+)(?:số\s+)?(?P<number>{_NUMBER})(?![\w,.]\d)")
_LIST_GOES_ON = re.compile(r"(?:\s*[,.;:)(\n]|\s+(?:của|về|ngày\s+\d|năm\s+\d{4}|và|hoặc|đã|được|là|do|với|cũng"
                           r"|thì|nhưng|trong|tại|quy định|hướng dẫn|có|sẽ|vẫn|đều"
                           r"|(?:Bộ|Ban|Chính phủ|Thủ tướng|UBND|HĐND|Quốc hội)\b)|$)")


def _listed_numbers(text: str, end: int, first: str) -> list[tuple[int, int]]:
    """The spans of the numbers listed after a cited one (see :data:`_NEXT_LISTED`), of the same shape as the first
    (bare numbers with bare numbers, "18-NQ/TW" with "19-NQ/TW"); a year alone is a date, not a number."""
    spans: list[tuple[int, int]] = []
    suffixed = not first.isdigit()
    while m := _NEXT_LISTED.match(text, end):
        number = m.group("number")
        if number.isdigit() == suffixed or re.fullmatch(r"(?:19|20)\d\d", number) \
                or not _LIST_GOES_ON.match(text, m.end()):
            break
        spans.append((m.start("number"), m.end()))
        end = m.end()
    return spans


def _issuer_at(text: str, end: int) -> int | None:
    """Where the issuer phrase after a citation ending at ``end`` starts ("... ngày 5/3/2015 của UBND tỉnh"), if any."""
    after = _ISSUER_AFTER.match(text, end)
    return after.end() if after else None


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in taken)


class DocumentFinder(RuleComponent):
    """Matches carry ``kind``, ``number``, ``name`` and ``issuer_at`` (where an issuer phrase starts)."""

    label = "DOC"

    def find(self, doc: Doc) -> list[Match]:
        text = self.stream(doc).text
        found: list[Match] = []
        taken: list[tuple[int, int]] = []
        for m in _ABBREVIATED_CITED.finditer(text):
            number = m.group("number").strip()
            if not counts_a_noun(text, "NĐ", number, m.end(), "số" in m.group(0)):
                found.append(Match(self.label, m.start(), m.end(), m.group(0), data={
                    "kind": _ABBREVIATED_KINDS[m.group("kind")], "number": number, "name": None,
                    "issuer_at": _issuer_at(text, m.end())}))
                taken.append((m.start(), m.end()))
        for m in _CITED.finditer(text):
            number = m.group("number").strip()
            if re.fullmatch(r"(?:19|20)\d\d", number) and m.group("kind")[0].islower():
                continue
            if _WORD_BEFORE_KIND.search(text[max(0, m.start() - 6):m.start()]):
                continue  # "kỷ luật 3 cán bộ", "pháp luật": the kind is the end of another word
            kind = m.group("kind")
            if counts_a_noun(text, kind, number, m.end(), "số" in m.group(0)[len(kind):m.start("number") - m.start()]):
                continue
            kind = kind[0].upper() + kind[1:]
            listed = _listed_numbers(text, m.end(), number)
            end = listed[-1][1] if listed else m.end()
            issuer_at = None
            after = _ISSUER_AFTER.match(text, end)
            if after:
                issuer_at = after.end()
            found.append(Match(self.label, m.start(), m.end(), text[m.start():m.end()],
                               data={"kind": kind, "number": number, "name": None, "issuer_at": issuer_at}))
            for start, stop in listed:
                found.append(Match(self.label, start, stop, text[start:stop],
                                   data={"kind": kind, "number": text[start:stop], "name": None,
                                         "issuer_at": issuer_at}))
            taken.append((m.start(), end))
        found.extend(self._issued_about(text, taken))  # before plans: "Nghị quyết của Quốc hội về kế hoạch ... 2020"
        for m in _PLAN.finditer(text):
            kind, name = (m.group("kind"), m.group("name")) if m.group("kind") else (m.group("pkind"), m.group("pname"))
            if any(m.start() < e and s < m.end() for s, e in taken) or not _names_a_plan(text, m.start(), name):
                continue
            if kind[0].isupper() and _BODY_BEFORE_KIND.search(text[max(0, m.start() - 12):m.start()]):
                continue  # "Bộ Kế hoạch và Đầu tư quyết định ... giai đoạn 2014-2016": a body's name, no plan
            found.append(Match(self.label, m.start(), m.end(), text[m.start():m.end()],
                               data={"kind": kind[0].upper() + kind[1:], "number": None,
                                     "name": text[m.start():m.end()], "issuer_at": None}))
            taken.append((m.start(), m.end()))
        for m in _QUOTED.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            kind = m.group("kind")
            kind = kind[0].upper() + kind[1:]
            found.append(Match(self.label, m.start(), m.end(), text[m.start():m.end()],
                               data={"kind": kind, "number": None, "name": m.group("name").strip(), "issuer_at": None}))
            taken.append((m.start(), m.end()))
        for m in _QUOTED_TITLE.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken) or _SPEECH.search(m.group("name")):
                continue
            name = f"{m.group('kind')} {m.group('name').strip()}"
            found.append(Match(self.label, m.start(), m.end(), text[m.start():m.end()],
                               data={"kind": m.group("kind"), "number": None, "name": name, "issuer_at": None}))
            taken.append((m.start(), m.end()))
        for m in _TITLED_SUBJECT.finditer(text):
            name = _TRAILING_FUNCTION_WORD.sub("", _TITLE_STOP.sub("", m.group("name")).strip())
            end = m.start("name") + len(name)
            if _overlaps(m.start(), end, taken) or _DEMONSTRATIVES.match(name) or len(name.split()) < 3:
                continue
            if m.group("kind") in ("Chương trình", "Kế hoạch", "Đề án") and not _titles_a_plan(text, m, name):
                continue
            found.append(Match(self.label, m.start(), end, text[m.start():end],
                               data={"kind": m.group("kind"), "number": None, "name": name, "issuer_at": None}))
            taken.append((m.start(), end))
        for m in _LOWER_SUBJECT.finditer(text):
            name = _NAME_STOP.sub("", m.group("name")).rstrip(" -–")  # "Luật phòng chống tham nhũng - được ..."
            name = _GLUED_LIST_NUMBER.sub("", name)
            end = m.start("name") + len(name)
            if _overlaps(m.start(), end, taken) or _DEMONSTRATIVES.match(m.group("name")) \
                    or not m.group("name")[0].islower() or _inside_other_word(text, m.start()) \
                    or _COUNTED_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
                continue  # the raw run may reach a cited number: "Đề án nâng cao ... theo Quyết định số 1694"
            if len(name.split()) < (1 if m.group("kind") in ("Luật", "Bộ luật", "Pháp lệnh") else 3):
                continue
            kind = m.group("kind")
            kind = kind[0].upper() + kind[1:]
            found.append(Match(self.label, m.start(), end, text[m.start():end],
                               data={"kind": kind, "number": None, "name": name, "issuer_at": None}))
            taken.append((m.start(), end))
        for m in _NAMED.finditer(text):
            if _overlaps(m.start(), m.end(), taken) or _inside_other_word(text, m.start()):
                continue
            kind = "Bộ luật" if m.group("kind") == "Bộ Luật" else m.group("kind")
            if kind in _GENERIC_KINDS and not m.group("about"):
                continue
            if m.group("about") and kind in _VERB_KINDS and _opens_sentence(text, m.start()):
                continue  # "Báo cáo về tình hình ..., Đại tá X cho biết": the verb, capitalised as the sentence opens
            if m.group("about") and _COUNTED_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
                continue  # "các đề án về phát triển du lịch như ..."
            raw = m.group("about") or m.group("name")
            if m.group("about"):  # the subject ends where the person it concerns is named
                raw = _ABOUT_STOP.sub("", raw)
            name = _NAME_STOP.sub("", raw).strip() if m.group("name") else raw[3:].strip()
            if not name or (m.group("name") and not name[0].isupper()):
                continue
            if m.group("name") and len(name.split()) < 2 and kind not in ("Luật", "Bộ luật"):
                continue
            end = m.start() + len(m.group("kind")) + 1 + (len(raw) if m.group("about") else raw.find(name) + len(name))
            issuer_at = None
            after = _ISSUER_AFTER.match(text, end)
            if after:
                issuer_at = after.end()
            found.append(Match(self.label, m.start(), end, text[m.start():end],
                               data={"kind": kind, "number": None, "name": name, "issuer_at": issuer_at}))
        found.sort(key=lambda d: d.start)
        return found

    def _issued_about(self, text: str, taken: list[tuple[int, int]]) -> list[Match]:
        """Texts named by issuer and subject: "Nghị quyết của Tỉnh ủy về phát triển du lịch giai đoạn 2016 - 2020".
        The name is the subject as written, cut at the verb of the sentence; a lower-case kind counts unless a plural
        makes it generic ("các nghị quyết của Trung ương về ...")."""
        out = []
        for m in _ISSUED_ABOUT.finditer(text):
            kind = m.group("kind")
            if kind.lower() in _UNLISTED_KINDS_LOWER:
                continue  # kinds SPEC does not list are documents only with a number (GUIDELINES)
            if kind[0].islower() and (kind not in _LOWER_ISSUED_KINDS or m.group("issuer") in ("Đảng", "Nhà nước")
                                      or _PLURAL_BEFORE.search(text[max(0, m.start() - 12):m.start()])):
                continue  # "quyết định của Bộ Chính trị về công tác cán bộ" is a decision taken, not a text cited
            if _inside_other_word(text, m.start()) or _CLAUSE_IN_ISSUER.search(m.group("issuer")):
                continue
            name = _NAME_STOP_ABOUT.sub("", m.group("name")).strip()
            end = m.start("name") + len(name)
            if len(name.split()) < 2 or _overlaps(m.start(), end, taken) or _DEMONSTRATIVES.match(name):
                continue
            kind = "Bộ luật" if kind.lower() == "bộ luật" else kind[0].upper() + kind[1:]
            out.append(Match(self.label, m.start(), end, text[m.start():end],
                             data={"kind": kind, "number": None, "name": name, "issuer_at": m.start("issuer")}))
            taken.append((m.start(), end))
        return out
