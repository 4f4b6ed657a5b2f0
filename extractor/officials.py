"""Stage 5b: link persons, titles and bodies into officials (SPEC "officials").

A *position phrase* is a TITLE followed directly by what it is held in: an ORG ("Giám đốc Sở Nội vụ"), a
place ("Tổng thống Mỹ", "Bí thư xã X"), or an elliptic ministry ("Bộ trưởng Ngoại giao" → "Bộ Ngoại giao");
a title with nothing after it has no organisation ("Chủ tịch nước", "Thủ tướng").

Position phrases chain with "," / "kiêm" / "và" and attach to a person on either side:

    TITLE ORG, TITLE ORG [ông] PERSON           titles before the name
    [ông] PERSON, TITLE ORG, TITLE ORG          titles after the name (apposition)
    PERSON (TITLE ORG)  |  PERSON - TITLE ORG

A phrase directly followed by a person belongs to that person, not to the one before it. Within one
chain, a bare Party body ("Bí thư Đảng ủy, Giám đốc Sở Nội vụ") is completed with the body of the next
position: "Đảng ủy Sở Nội vụ" (SPEC's worked example).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .canonical import fold
from .components.base import Match, matches
from .components.organizations import COMMON_SURNAMES
from .components.organizations import _starts_verb as starts_verb
from .components.persons import is_degree, not_vietnamese
from .lexicon import gazetteer, honorifics, name_words, org_heads
from .stream import Stream, stream_of, word_end

_CHAIN = frozenset({",", "kiêm", "và", "kiêm nhiệm", ";", "đồng thời là", "đồng thời", "và là", "cũng là", "-", "–",
                    # the post held now after the former one: "nguyên Giám đốc Sở X, nay là Phó Chủ tịch UBND tỉnh"
                    ", nay là", ", hiện là", "nay là", "hiện là"})
_OPEN = frozenset({",", "-", "–", "(", "là", "—", "đương chức", "hiện là", "nay là", "bấy giờ là", "khi đó là",
                   "lúc đó là", "lúc ấy là", "nguyên là", "bấy giờ", "khi đó", "lúc đó", "được bầu làm",
                   "được bầu giữ chức", "được bầu", "giữ chức", "được bổ nhiệm làm", "được bổ nhiệm giữ chức",
                   "được bổ nhiệm", "làm", "tái đắc cử", "đắc cử", "đảm nhận", "đảm nhiệm", "kiêm",
                   # the time of the post before its verb: "ông A hiện giữ chức", "từng là", "sẽ làm", "vẫn là"
                   "hiện", "hiện đang", "đang", "sẽ", "vẫn", "từng", "đã từng", "tiếp tục", "cũng", "giữ chức vụ",
                   "giữ cương vị"})
_BEFORE_NAME = frozenset({"ông", "bà", "đồng chí", "đ/c", "anh", "chị", "ngài", ",", "là", "-", "–"})
# Titles that name their body's kind, so the body may follow as a bare name: "Bộ trưởng Ngoại giao" is the
# "Bộ trưởng" of the "Bộ Ngoại giao"; "Phó phòng Nội vụ" of the "Phòng Nội vụ".
_MINISTRY_TITLES = {"bộ trưởng": "Bộ", "thứ trưởng": "Bộ", "trưởng ban": "Ban", "phó trưởng ban": "Ban",
                    "trưởng phòng": "Phòng", "phó phòng": "Phòng", "phó trưởng phòng": "Phòng",
                    "phó ban": "Ban", "cục trưởng": "Cục", "phó cục trưởng": "Cục", "vụ trưởng": "Vụ",
                    "phó vụ trưởng": "Vụ",
                    "viện trưởng": "Viện", "phó viện trưởng": "Viện", "chi cục trưởng": "Chi cục",
                    "trưởng đoàn": "Đoàn", "phó trưởng đoàn": "Đoàn", "đội trưởng": "Đội", "đội phó": "Đội",
                    "phó đội trưởng": "Đội"}
_CENTRAL = frozenset({"T.Ư", "TƯ", "TW", "T.W", "T.Ư.", "T.W."})


def _central_committee_end(stream: Stream, j: int) -> int:
    """End of "T.Ư Đảng" / "TƯ Đảng" / "TW" at ``j`` (the Party's Central Committee written short, which the
    organisation finder leaves untagged), or ``j``. The segmenter may glue "TƯ Đảng" into one word."""
    if j >= len(stream.syls) or stream.syls[j].text not in _CENTRAL:
        return j
    end = j + 1
    if end < len(stream.syls) and stream.keys[end] == "đảng" and stream.syls[end].cap:
        end += 1
    return end


_PRESS_WORDS = frozenset({"báo", "tạp chí", "đài", "tuần báo", "nhật báo", "báo điện tử"})
_UNIT_WORDS = frozenset({"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "thôn",
                         "tp", "tp."})


@dataclass
class PositionPhrase:
    title: Match
    org: Match | None  # ORG or LOC match, or None
    org_text: str | None
    i: int  # first syllable
    j: int  # one past the last syllable
    bare_party: bool = False
    # characters of a body read between a title and a name that no ORG match covers whole ("Ngoại giao" in
    # "Bộ trưởng Ngoại giao X"): it is still an ORG mention (GUIDELINES, "Trưởng ban Dân vận Trung ương")
    body_span: tuple[int, int] | None = None


@dataclass
class OfficialLink:
    person: Match
    positions: list[PositionPhrase] = field(default_factory=list)


_ROMAN_OR_NUMBER = re.compile(r"^(?:[IVXL]+|\d+)$")
_KHOA = fold("khóa")  # stream keys are folded to the old tone placement ("khoá")


def _skip_term(stream: Stream, k: int) -> int:
    """Past a term written after a position: "khóa XII", "khóa X, XI, XII", "nhiệm kỳ 2015 - 2020 và 2020 -
    2025". The term belongs to the post, so the chain of posts and the name go on after it."""
    keys, n = stream.keys, len(stream.syls)
    if k + 1 < n and keys[k] == "các" and keys[k + 1] == _KHOA:
        k += 1  # "Ủy viên Trung ương Đảng các khóa VII, VIII, IX"
    if k < n and keys[k] == _KHOA:
        end = k + 1
        while end < n and _ROMAN_OR_NUMBER.match(stream.syls[end].text):
            end += 1
            if end + 1 < n and keys[end] in (",", ";") and _ROMAN_OR_NUMBER.match(stream.syls[end + 1].text) \
                    and (end + 2 >= n or not stream.syls[end + 2].cap or keys[end + 2] in (",", ";", ".")):
                end += 1
            else:
                break
        return end if end > k + 1 else k
    if k + 1 < n and keys[k] == "nhiệm" and keys[k + 1] == "kỳ":
        end = k + 2
        while end < n and (stream.syls[end].digit or (keys[end] in ("-", "–", "và", "đến")
                                                       and end + 1 < n and stream.syls[end + 1].digit)):
            end += 1
        return end if end > k + 2 else k
    return _skip_dated_bracket(stream, k)


_MAX_DATED_BRACKET = 14  # syllables inside "(giai đoạn 2004-2010)", "(tháng 1-2004 - 5-2010)"


def _skip_dated_bracket(stream: Stream, k: int) -> int:
    """Past a bracket that dates a post ("Chủ tịch HĐQT Công ty X (giai đoạn 2004-2010), ông Y"): years and
    lower-case time words only, so the chain of posts and the name go on after it, as after "nhiệm kỳ"."""
    n = len(stream.syls)
    if k >= n or stream.keys[k] != "(":
        return k
    dated = False
    for end in range(k + 1, min(n, k + _MAX_DATED_BRACKET + 2)):
        syl = stream.syls[end]
        if stream.keys[end] == ")":
            return end + 1 if dated else k
        if syl.digit:
            dated = True
        elif syl.cap or syl.sent != stream.syls[k].sent:
            return k
    return k


def _phrases(doc: Doc, stream: Stream) -> list[PositionPhrase]:
    """Every title with the body it is held in; each phrase ends after a term written behind it."""
    found = _bare_phrases(doc, stream)
    persons = {m.i for m in matches(doc, "PER")}
    titles = {m.i for m in matches(doc, "TITLE")}
    org_ends = {m.i: m.j for m in matches(doc, "ORG")}
    locs = {m.i: m for m in matches(doc, "LOC")}
    for p in found:
        _bridge_to_name(stream, p, persons, titles, locs)
        _bridge_joined_body(stream, p, persons, titles, locs)
        _take_level(stream, p)
        p.j = _skip_term(stream, _skip_parent_body(stream, p, _skip_short_form(stream, p), org_ends))
    return _served_posts_folded(stream, found)


# Posts held in the service of another office-holder: the post written after them is the principal's.
_AIDE_TITLES = frozenset(fold(title) for title in ("trợ lý", "thư ký", "cố vấn", "phụ tá", "đặc phái viên"))


def _served_posts_folded(stream: Stream, found: list[PositionPhrase]) -> list[PositionPhrase]:
    """Fold the principal's post into the aide's before it: "Trợ lý Chủ tịch Quốc hội Lê Minh Thông" is an
    assistant, not a chairman, and "Cố vấn Thủ tướng X" no prime minister. The aide's post keeps no body
    (GUIDELINES: "Thư ký của Tổng bí thư" → "Thư ký", null); the name after the principal's post is the aide's.
    Joined by "của" ("Thư ký của Tổng bí thư Hồ Cẩm Đào") the name is the principal's and both posts stay."""
    out: list[PositionPhrase] = []
    for p in found:
        aide = out[-1] if out else None
        if aide is not None and aide.org_text is None and _is_aide(stream, aide) and p.i == aide.j:
            aide.j = p.j  # "Trợ lý Chủ tịch Quốc hội"
            continue
        out.append(p)
    return out


def _is_aide(stream: Stream, p: PositionPhrase) -> bool:
    """Is the post's title an aide's ("Trợ lý", "Phó Trợ lý", "Thư ký"), not "Tổng Thư ký"?"""
    keys = stream.keys[p.title.i:p.title.j]
    return any(" ".join(keys[k:]) in _AIDE_TITLES and (k == 0 or keys[k - 1] != "tổng") for k in range(len(keys)))


def _take_level(stream: Stream, p: PositionPhrase) -> None:
    """A level word written in lower case after a body is the end of its name: "Đảng ủy Công an trung ương",
    "Ban Tuyên giáo trung ương" (the organisation finder stops at the lower case), so the post's body and the
    chain of posts after it go on past it."""
    k = p.j
    if p.org_text and k + 1 < len(stream.syls) and stream.keys[k:k + 2] == ["trung", "ương"] \
            and not stream.syls[k].cap and stream.syls[k].sent == stream.syls[p.i].sent:
        level = stream.text[stream.syls[k].start:stream.syls[k + 1].end]
        body = p.org.data.get("alias_of") if p.org is not None else None  # "Tổ chức" stands for "Ban Tổ chức"
        p.org_text, p.j, p.bare_party = f"{body or p.org_text} {level}", k + 2, False


def _counted(stream: Stream, p: PositionPhrase) -> bool:
    """Is the title counted ("bổ nhiệm 2 Thẩm phán Tòa án nhân dân tối cao, Chủ nhiệm Ủy ban Tư pháp X")? A
    number of posts is no post of the name after it; it may still head a list ("3 Phó Chủ tịch gồm ..."). A year or
    a date is no count: a caption or a period run into the next sentence ("giai đoạn 2017 - 2020 Bộ trưởng X")."""
    if p.i == 0 or not stream.syls[p.i - 1].digit or stream.syls[p.i - 1].sent != stream.syls[p.i].sent:
        return False
    return not _YEAR_OR_DATE.fullmatch(stream.syls[p.i - 1].text)


_YEAR_OR_DATE = re.compile(r"(?:1[89]|20)\d\d|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?")


def _skip_parent_body(stream: Stream, p: PositionPhrase, j: int, org_ends: dict[int, int]) -> int:
    """Past the body a committee belongs to: "Chủ nhiệm Ủy ban Kinh tế của Quốc hội Vũ Hồng Thanh". The press
    names the parent after "của"; the post stays in the committee, and the name or the next post goes on after
    the parent, so the phrase ends there."""
    if p.org_text and j + 1 < len(stream.syls) and stream.keys[j] == "của" and j + 1 in org_ends \
            and stream.syls[j + 1].sent == stream.syls[p.i].sent:
        return org_ends[j + 1]
    return j


def _skip_short_form(stream: Stream, p: PositionPhrase) -> int:
    """Past the short form the article defines after a body: "Chủ tịch Quốc hội (QH) Nguyễn Thị Kim Ngân"."""
    j = p.j
    if p.org_text and j + 2 < len(stream.syls) and stream.keys[j] == "(" and stream.keys[j + 2] == ")" \
            and stream.syls[j + 1].text.isupper():
        return j + 3
    return j


_BRIDGE = 7  # syllables a body may run between a title and the name after it
# Words that never sit inside a body's name: they show a clause between the title and the name
_NOT_IN_BODY = frozenset({"đã", "sẽ", "đang", "vừa", "và", "của", "với", "cho", "tại", "ở", "là", "được", "bị", "có",
                          "không", "này", "đó", "tiếp", "gặp", "cùng", "các", "những", "về", "khi", "thì", "mà",
                          "nhưng", "để", "do", "từ", "theo", "trong", "ngoài", "nay"})


def _gives_examples(stream: Stream, k: int) -> bool:
    """Is syllable ``k`` a lower-case "như" (such as), which ends a body's name ("ủy viên Trung ương như A, B")?
    The capitalised one starts place names ("Như Xuân")."""
    return stream.keys[k] == "như" and not stream.syls[k].cap


def _body_words(stream: Stream, i: int, j: int, titles: set[int]) -> bool:
    """Can syllables ``i..j-1`` be a body's name? No punctuation, number, function word, title or rank ("bật
    cười ĐB", "Quốc hội Đại tướng"); lower-case words only right after the head ("Cục khảo thí", "Sở tài
    nguyên Môi trường") or as a known field word ("Bộ Giao thông vận tải")."""
    keys, syls = stream.keys, stream.syls
    if i in titles:
        return False  # "Thứ trưởng Bộ trưởng Bộ Y tế X", "Phó Thủ tướng Bộ trưởng Ngoại giao X": two titles
    capitalised = False
    k = i + 1
    while k < j:
        if syls[k].punct or syls[k].digit or keys[k] in _NOT_IN_BODY or k in titles or _gives_examples(stream, k):
            return False
        rank = next((w for w in (2, 1) if " ".join(keys[k:k + w]) in honorifics()), 0)
        if rank:
            return False
        field = name_words().longest(keys, k, j)
        if field:  # a capitalised field word is a capitalised part of the name: "Bộ Y tế thăm hỏi X" stops there
            capitalised = capitalised or syls[k].cap
            k += field[0]
            continue
        if syls[k].cap:
            capitalised = True
        elif capitalised and syls[k].first:  # a syllable inside a capitalised word goes with it ("Trung ương")
            return False
        k += 1
    return True


def _bridge_to_name(stream: Stream, p: PositionPhrase, persons: set[int], titles: set[int],
                    locs: dict[int, Match]) -> None:
    """"Cục trưởng Cục khảo thí Nguyễn An Ninh", "Giám đốc Sở tài nguyên Môi trường Trần Thế Ngọc", "Trưởng Ban
    Tổ chức Trung ương Phạm Minh Chính": TITLE BODY NAME is the press's way to name an official, so what stands
    between the title and a name right after it is the whole body, also when the organisation finder took
    less of it (a lower-case field word, an elliptic "Ban" read into the title), and when it is a brand with no
    head word that no Vietnamese syllable could spell ("Chủ tịch Sacombank Kiều Hữu Dũng")."""
    t, keys, n = p.title, stream.keys, len(stream.syls)
    if p.j in persons or t.j >= n:
        return
    q = next((k for k in range(t.j + 1, min(n, t.j + _BRIDGE + 1)) if k in persons), None)
    if q is None or q <= p.j or stream.syls[q].sent != stream.syls[t.i].sent:
        return
    if not stream.syls[t.j].cap or not _body_words(stream, t.j, q, titles):
        return
    if p.org is not None and p.org.label == "ORG" and _unit_and_place(stream, p.j, q, locs):
        p.j = q  # "Đại biểu Quốc hội tỉnh Lào Cai Lê Thu Hà": the body found, then the deputy's province
        return
    body = stream.text[stream.syls[t.j].start:stream.syls[q - 1].end]
    # a head: a listed one, a foreign brand alone, or what the organisation finder took for one and cut short ("UB
    # Pháp" of "Chủ nhiệm UB Pháp luật Hoàng Thanh Tùng": "Pháp" read as France)
    found_head = p.org is not None and p.org.label == "ORG" and p.org.i == t.j
    if org_heads().longest(keys, t.j, q) is None and not (q - t.j == 1 and not_vietnamese(stream.syls[t.j].text)):
        prefix = _MINISTRY_TITLES.get(" ".join(keys[t.i:t.j]).removeprefix("nguyên ").removeprefix("cựu "))
        if prefix is not None:
            body = f"{prefix} {body}"  # "Trưởng Ban Tổ chức Trung ương" is the head of the "Ban Tổ chức Trung ương"
        elif not found_head:
            return
    p.org, p.org_text, p.j, p.bare_party = None, body, q, False
    p.body_span = (stream.syls[t.j].start, stream.syls[q - 1].end)


def _past(stream: Stream, k: int, words: frozenset[str]) -> int:
    """Past a one- or two-syllable word of ``words`` at ``k`` ("thành phố", "tỉnh", "báo"); ``k`` when none is."""
    return next((k + n for n in (2, 1) if " ".join(stream.keys[k:k + n]) in words), k)


def _unit_and_place(stream: Stream, i: int, j: int, locs: dict[int, Match]) -> bool:
    """Are syllables ``i..j`` a unit word and the place after it ("tỉnh Lào Cai")?"""
    k = _past(stream, i, _UNIT_WORDS)
    return k > i and k in locs and locs[k].j == j


_JOINED_BRIDGE = 14  # syllables a body written with joiners and glosses may run before the name
# Words and marks that join the parts of one body's name when a capitalised word follows them: "Bộ Lao động,
# Thương binh và Xã hội", "Ủy ban Tài chính, Ngân sách của Quốc hội", "Bộ Văn hóa - Thông tin", "Sở tài nguyên
# & môi trường", "Đại sứ Việt Nam tại Mỹ".
_BODY_JOINERS = frozenset({",", "-", "–", "&", "và", "của", "tại"})
_GLOSS = 6  # syllables a bracket after a body may hold: "(KH&CN)", "(Bộ KH-ĐT)", "(VCCI)"


def _joined_body_words(stream: Stream, i: int, j: int, titles: set[int]) -> bool:
    """Can syllables ``i..j-1`` be one body's name written with joiners (_BODY_JOINERS), bracketed glosses and
    numbers ("Quân khu 4", "PMU 18")? As in ``_body_words``, no clause word, rank or other title; a lower-case
    word after a capitalised one must be no verb and be followed by more of the name ("Cục Đầu tư nước ngoài
    (Bộ KH-ĐT)", "Ủy ban Giáo dục thanh thiếu niên nhi đồng Quốc hội"), so that "Bộ Y tế thăm hỏi X" is no
    body. Each joiner starts a new part of the name."""
    keys, syls = stream.keys, stream.syls
    if i in titles or keys[j - 1] in _BODY_JOINERS or (syls[j - 1].punct and keys[j - 1] != ")"):
        return False
    capitalised = False
    k = i + 1
    while k < j:
        if keys[k] == "(":
            close = next((m for m in range(k + 1, min(j, k + _GLOSS + 2)) if keys[m] == ")"), None)
            if close is None or close == k + 1:
                return False
            k = close + 1
            continue
        if keys[k] in _BODY_JOINERS:
            if k + 1 >= j or syls[k + 1].punct or not (syls[k + 1].cap or name_words().longest(keys, k + 1, j)):
                return False
            k, capitalised = k + 1, False
            continue
        if syls[k].digit and syls[k - 1].cap and not syls[k - 1].punct:
            k += 1
            continue
        if k in titles and not syls[k].cap:  # a lower-case title inside the name: "Ban Công tác đại biểu"
            k += 1
            while k < j and not syls[k].first:
                k += 1
            continue
        if syls[k].punct or syls[k].digit or keys[k] in _NOT_IN_BODY or k in titles or is_degree(syls[k].text) \
                or _gives_examples(stream, k):
            return False  # "Hội đồng X Sở Y tế, PGS-TS-BS Tăng Chí Thượng": the degree opens the name
        if next((w for w in (2, 1) if " ".join(keys[k:k + w]) in honorifics()), 0):
            return False
        field = name_words().longest(keys, k, j)
        if field:
            capitalised = capitalised or syls[k].cap
            k += field[0]
            continue
        if syls[k].cap:
            capitalised = True
        elif capitalised and syls[k].first:
            k = _lower_run_end(stream, k, j)
            if k < 0:
                return False
            continue
        k += 1
    return True


_LOWER_RUN = 5  # lower-case syllables a body's name may hold between its capitalised words


def _lower_run_end(stream: Stream, k: int, j: int) -> int:
    """End of the lower-case words at ``k`` inside a body's name ending before ``j``, or -1 when they are a verb
    or end the body (then they are the clause after it, not part of the name)."""
    keys, syls = stream.keys, stream.syls
    end = k
    while end < j and not syls[end].cap and not syls[end].punct and not syls[end].digit:
        if keys[end] in _NOT_IN_BODY or keys[end] in _BODY_JOINERS or starts_verb(stream, end, j):
            return -1
        end += 1
    if end - k > _LOWER_RUN or end >= j or not (syls[end].cap or keys[end] == "("):
        return -1
    return end


def _bridge_joined_body(stream: Stream, p: PositionPhrase, persons: set[int], titles: set[int],
                        locs: dict[int, Match]) -> None:
    """"Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội Nguyễn Đức Hải", "Thứ trưởng Bộ Khoa học và Công nghệ
    (KH&CN) Trần Quốc Khánh", "Đại sứ Việt Nam tại Mỹ Phạm Quang Vinh": TITLE BODY NAME where the body's name
    has commas, "và", "của", a dash or a bracketed short form, which ``_bridge_to_name`` does not cross. The
    body must open with a head or a place, or the title must name the body's kind ("Bộ trưởng Kế hoạch và Đầu
    tư"). A place after "tại" is where the post is, not its body (GUIDELINES: "Đại sứ Việt Nam tại Trung
    Quốc" is the Đại sứ of "Việt Nam"), a body after "của" the parent of the committee the post is in, and a
    bracket at the end only glosses the body."""
    t, keys, n = p.title, stream.keys, len(stream.syls)
    start = t.j
    if p.j in persons or start >= n or not stream.syls[start].cap:
        return
    q = next((k for k in range(start + 1, min(n, start + _JOINED_BRIDGE + 1)) if k in persons), None)
    if q is None or q <= p.j or stream.syls[q].sent != stream.syls[t.i].sent:
        return
    if not _joined_body_words(stream, start, q, titles):
        return
    if p.org is not None and p.org.label == "ORG" and _unit_and_place(stream, p.j, q, locs):
        p.j = q  # "Đại biểu Quốc hội tỉnh Lào Cai Lê Thu Hà" (see ``_bridge_to_name``)
        return
    end = q
    if keys[end - 1] == ")":
        end = next(m for m in range(end - 2, start, -1) if keys[m] == "(")
    parent = next((m for m in range(start + 1, end) if keys[m] in ("tại", "của")), None)
    if parent is not None:  # the post stays in the committee, as ``_skip_parent_body`` reads it
        end = parent
    prefix = None
    if org_heads().longest(keys, start, end) is None and not any(k in locs for k in range(start, end)) \
            and gazetteer().major.longest(keys, start, end) is None:  # "Tổng thống Belarus" + name
        prefix = _MINISTRY_TITLES.get(" ".join(keys[t.i:t.j]).removeprefix("nguyên ").removeprefix("cựu "))
        if prefix is None:
            return
    body = stream.text[stream.syls[start].start:stream.syls[end - 1].end]
    p.org, p.org_text, p.j, p.bare_party = None, f"{prefix} {body}" if prefix else body, q, False
    p.body_span = (stream.syls[start].start, stream.syls[end - 1].end)


def _elliptic_kind(stream: Stream, t: Match, org: Match) -> str | None:
    """The kind of body ("Bộ") a title names when a bare head of another kind follows it as the body's name: "Bộ
    trưởng Công an" (the "Bộ Công an"), as "Bộ trưởng Ngoại giao" is of the "Bộ Ngoại giao"; None otherwise."""
    if not org.data.get("bare") or org.i != t.j:
        return None
    kind = _MINISTRY_TITLES.get(" ".join(stream.keys[t.i:t.j]).removeprefix("nguyên ").removeprefix("cựu "))
    if kind is None or fold(org.text).startswith(fold(kind)):
        return None
    return kind


def _dashed_field_end(stream: Stream, k: int, persons: set[int], titles: set[int], orgs: dict[int, Match]) -> int:
    """End of a second field joined by a dash to a committee's first one ("Văn hóa - Xã hội", "Kinh tế - Ngân
    sách"): one capitalised word that is no person, title or body of its own; ``k`` when none follows."""
    if k + 1 >= len(stream.syls) or stream.keys[k] not in ("-", "–") or stream.syls[k + 1].sent != stream.syls[k].sent:
        return k
    first = k + 1
    if not stream.syls[first].cap or first in persons or first in titles or first in orgs:
        return k
    return word_end(stream, first)


def _elliptic_mention(stream: Stream, j: int, end: int, orgs: dict[int, Match]) -> tuple[int, int] | None:
    """Characters of the ORG mention of an elliptic body ``j..end`` ("Ngoại giao" in "Bộ trưởng Ngoại giao X",
    "Nội vụ Thị xã Bỉm Sơn"), running on over a body right after it ("Đoàn Đại biểu Quốc hội"); None where the
    name goes on past what was read ("Ban Văn hóa - Xã hội", "Ủy ban Kiểm tra số 4"), so no half name is tagged."""
    if end in orgs:
        end = orgs[end].j
    if end < len(stream.syls) and (stream.keys[end] in _BODY_JOINERS or stream.keys[end] == "số"
                                   or stream.syls[end].digit):
        return None
    return stream.syls[j].start, stream.syls[end - 1].end


def _body_inside_title(t: Match, orgs: dict[int, Match]) -> Match | None:
    """The ORG that starts inside the title ``t`` (after its first syllable) and runs past it, if any."""
    return next((orgs[k] for k in range(t.j - 1, t.i, -1) if k in orgs and orgs[k].j > t.j), None)


def _bare_phrases(doc: Doc, stream: Stream) -> list[PositionPhrase]:
    orgs = {m.i: m for m in matches(doc, "ORG")}
    locs = {m.i: m for m in matches(doc, "LOC")}
    persons = {m.i for m in matches(doc, "PER")}
    titles = {m.i for m in matches(doc, "TITLE")}
    out: list[PositionPhrase] = []
    text = stream.text
    for t in matches(doc, "TITLE"):
        j = t.j
        if j + 2 < len(stream.syls) and stream.keys[j] == "(" and stream.keys[j + 2] == ")" \
                and stream.syls[j + 1].text.isupper():
            j += 3  # "Tổng Giám đốc (TGĐ) Thông tấn xã Việt Nam"
        if j + 1 < len(stream.syls) and stream.keys[j] == "của" and (j + 1 in orgs or j + 1 in locs) \
                and not _inside_name(stream, t.i):
            j += 1  # "Chủ tịch của Công ty cổ phần Him Lam", "người phát ngôn của Bộ Tài chính", "Đại sứ của Việt Nam"
        # "Phó trưởng Ban Kinh tế Trung ương", "Chánh Văn phòng điều phối NTM": the body's own head ("Ban", "Văn
        # phòng") was read as the end of the title
        org = orgs.get(j) or (_body_inside_title(t, orgs) if j == t.j else None)
        if org is not None:
            bare = bool(org.data.get("bare"))
            elliptic = _elliptic_kind(stream, t, org)
            if elliptic is not None:  # "Bộ trưởng Công an" is the minister of the "Bộ Công an"
                out.append(PositionPhrase(t, None, f"{elliptic} {org.text}", t.i, org.j,
                                          body_span=(org.start, org.end)))
                continue
            out.append(PositionPhrase(t, org, org.text, t.i, org.j, bare_party=bare))
            continue
        central = _central_committee_end(stream, j)
        if central > j:  # "Ủy viên T.Ư Đảng", "Bí thư TƯ Đảng": the Central Committee, abbreviated
            out.append(PositionPhrase(t, None, text[stream.syls[j].start:stream.syls[central - 1].end], t.i, central))
            continue
        # "Phó Tổng biên tập báo Tuổi Trẻ X": the press names its outlets without the lower-case "báo"
        press = _past(stream, j, _PRESS_WORDS)
        if press > j and press in orgs and not stream.syls[j].cap:
            org = orgs[press]
            out.append(PositionPhrase(t, org, text[stream.syls[j].start:org.end], t.i, org.j))
            continue
        # "Bí thư xã X": a unit word then a place
        k = _past(stream, j, _UNIT_WORDS)
        if k > j and k in locs:
            loc = locs[k]
            out.append(PositionPhrase(t, loc, text[stream.syls[j].start:loc.end], t.i, loc.j))
            continue
        if j in locs:  # "Tổng thống Mỹ"
            out.append(PositionPhrase(t, locs[j], locs[j].text, t.i, locs[j].j))
            continue
        base = " ".join(stream.keys[t.i:t.j]).removeprefix("nguyên ").removeprefix("cựu ")
        prefix = _MINISTRY_TITLES.get(base)
        if prefix and j < len(stream.syls):
            syl = stream.syls[j]
            headed = _headed_lower_body(stream, j, prefix, locs)
            if headed > j:  # "Cục trưởng Cục thi hành án dân sự tỉnh Thanh Hóa": the body's own head
                out.append(PositionPhrase(t, None, text[syl.start:stream.syls[headed - 1].end], t.i, headed))
                continue
            repeated = _repeated_head_run(stream, t, j, prefix, persons, titles, locs, orgs)
            if repeated is not None:  # "Trưởng ban Ban chỉ đạo phòng chống tham nhũng tỉnh", not "Ban Ban"
                out.append(PositionPhrase(t, None, repeated[0], t.i, repeated[1],
                                          body_span=(syl.start, stream.syls[repeated[1] - 1].end)))
                continue
            if syl.cap and not syl.punct and j not in persons and syl.sent == stream.syls[t.i].sent:
                end = word_end(stream, j)
                name = text[syl.start:stream.syls[end - 1].end]
                unit = _past(stream, end, _UNIT_WORDS)
                if unit in locs:  # "Phó phòng Nội vụ Thị xã Bỉm Sơn", "Bộ trưởng Ngoại giao Ấn Độ"
                    name = text[syl.start:locs[unit].end]
                    end = locs[unit].j
                elif end in orgs and _PARTY_COMMITTEE.match(orgs[end].text):
                    name = text[syl.start:orgs[end].end]  # "Trưởng ban Tổ chức Thành ủy Hòa Bình": the Ban's Party
                    end = orgs[end].j  # committee is part of its name
                else:
                    field = _dashed_field_end(stream, end, persons, titles, orgs)
                    if field > end:  # "Trưởng Ban Văn hóa - Xã hội": one committee named by two fields
                        name, end = text[syl.start:stream.syls[field - 1].end], field
                mention = _elliptic_mention(stream, j, end, orgs)
                if mention is not None and stream.syls[t.j - 1].cap and stream.keys[t.j - 1] == fold(prefix):
                    mention = (stream.syls[t.j - 1].start, mention[1])  # "Trưởng Ban Kinh tế": the name is "Ban ..."
                out.append(PositionPhrase(t, None, f"{prefix} {name}", t.i, end, body_span=mention))
                continue
        run = _headed_run(stream, t, j, persons, titles, locs, orgs)
        if run is not None:  # "Giám đốc Trung tâm nghiên cứu đô thị", "Bí thư tỉnh ủy tỉnh Quảng Trị"
            out.append(PositionPhrase(t, None, run[0], t.i, run[1]))
            continue
        body_end = _lowercase_body_end(stream, j, persons)
        if body_end > j:  # "Giám đốc sở Tư pháp", "Cục trưởng cục Thuế TP Hải Phòng"
            unit = next((body_end + n for n in (2, 1)
                         if " ".join(stream.keys[body_end:body_end + n]) in _UNIT_WORDS), body_end)
            if unit in locs:
                body_end = locs[unit].j
            body = text[stream.syls[j].start:stream.syls[body_end - 1].end]
            out.append(PositionPhrase(t, None, body, t.i, body_end))
            continue
        out.append(PositionPhrase(t, None, None, t.i, t.j))
    return sorted(out, key=lambda p: p.i)


_RUN_LIMIT = 10  # syllables of a body's name read after its head when the organisation finder tagged none
# Lower-case heads of bodies the press writes after a title ("Bí thư tỉnh ủy tỉnh Quảng Trị", "Hiệu trưởng trường
# ĐH Y khoa X", "Chủ tịch hội phụ nữ xã"); "sở", "cục"... followed by capitalised words are read by
# ``_lowercase_body_end``.
_LOWER_RUN_HEADS = frozenset(fold(head) for head in (
    "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy", "trường", "ban", "phòng", "đội", "trung tâm",
    "công ty", "bệnh viện", "hội", "ủy ban", "chi cục"))
# Party committees of a level, which a lower-case short form names by itself (as "công an huyện" does)
_LOWER_COMMITTEES = frozenset(fold(head) for head in ("tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy"))


def is_bare_committee(body: str) -> bool:
    """Is ``body`` a level's Party committee written bare in lower case ("tỉnh ủy")? It is the body of a post, but
    names no organisation the article lists by that form."""
    return body == body.lower() and fold(body) in _LOWER_COMMITTEES


# Committees named by what they do: the verb right after the head is the committee's name ("Ban tổ chức lễ hội",
# "Phòng quản lý đô thị", "Đội kiểm tra liên ngành"), not the clause after it ("Trung tâm cho biết").
_TASK_VERBS = frozenset({("tổ", "chức"), ("chỉ", "đạo"), ("quản", "lý"), ("kiểm", "tra"), ("thanh", "tra"),
                         ("điều", "tra"), ("tiếp", "nhận"), ("hỗ", "trợ"), ("xây", "dựng"), ("cấp",), ("giám", "sát"),
                         ("kiểm", "toán"), ("bảo", "trợ"), ("phổ", "biến"), ("nghiên", "cứu"), ("thông", "tin"),
                         ("điều", "độ"), ("tuyên", "truyền"), ("xử", "lý"), ("thu", "gom")})


_TASK_KEYS = frozenset(tuple(fold(" ".join(verb)).split()) for verb in _TASK_VERBS)


# Verbs of saying and judging that open the clause after an apposition ("Trưởng đoàn kiểm tra nêu rõ") and that the
# organisation finder's verb list leaves out; "khóa"/"nhiệm kỳ" open the term of the post.
_CLAUSE_OPENERS = frozenset(tuple(fold(verb).split()) for verb in (
    "nêu", "chia sẻ", "tâm sự", "thừa nhận", "giải thích", "bày tỏ", "trao đổi", "phân tích", "cam kết", "ước tính",
    "dự kiến", "tiết lộ", "nhận định", "nhận xét", "hy vọng", "mong", "đánh giá", "khóa", "nhiệm kỳ", "cho hay"))


def _opens_clause(stream: Stream, k: int, stop: int) -> bool:
    """Does a lower-case verb of the clause (or the post's term) start at ``k``? A capitalised word inside a name is
    none ("Đội cảnh sát Điều tra tội phạm")."""
    if stream.syls[k].cap:
        return False
    return starts_verb(stream, k, stop) or any(tuple(stream.keys[k:k + n]) in _CLAUSE_OPENERS for n in (2, 1))


def _is_task_verb(stream: Stream, k: int) -> bool:
    return any(tuple(stream.keys[k:k + n]) in _TASK_KEYS and stream.syls[k + n - 1].last for n in (2, 1))


def _not_in_name(stream: Stream, k: int, persons: set[int], titles: set[int]) -> bool:
    """Is syllable ``k`` no word of a body's name: punctuation but a dash, a number, a person, a title, "kiêm", a
    clause word, "ông"/"bà"?"""
    syl, key = stream.syls[k], stream.keys[k]
    if (syl.punct and key not in ("-", "–")) or syl.digit or k in persons or k in titles:
        return True
    # a clause verb starts its word: "thông" in "giao thông" is a word of a name, "thông báo" a verb
    return (key in _CLAUSE_VERBS and syl.first) or key == "kiêm" or key in _HONORIFIC | {"anh", "chị"} \
        or " ".join(stream.keys[k:k + 2]) in _HONORIFIC


def _function_word(stream: Stream, k: int) -> bool:
    """Is syllable ``k`` a function word standing as a word of its own? "từ" ends a body's name ("Hội X từ năm
    2000"), but "từ thiện" is a word of the name ("Hội từ thiện tỉnh Quảng Nam")."""
    syl = stream.syls[k]
    return stream.keys[k] in _NOT_IN_BODY and syl.first and syl.last


def _name_run_end(stream: Stream, k: int, persons: set[int], titles: set[int], locs: dict[int, Match],
                  orgs: dict[int, Match], holder_after: bool = False) -> int:
    """End of the words of a body's name read from ``k`` (right after its head) when the organisation finder
    tagged none: lower-case field words ("Trung tâm nghiên cứu đô thị và phát triển cộng đồng"), a place that
    closes it ("Hội nạn nhân chất độc da cam xã Quảng Yên"), the body it belongs to written on ("Ban đô thị HĐND
    Đà Nẵng"). It ends at punctuation, a person, a title, a rank or "ông", a function word or a verb of the clause
    ("Chủ tịch Hội bảo trợ bệnh nhân nghèo TP HCM cho biết"); a verb right after the head names the body's task
    ("Ban tổ chức", "Phòng quản lý đô thị"). ``k`` when no word of a name follows."""
    keys, syls, n = stream.keys, stream.syls, len(stream.syls)
    if k >= n:
        return k
    stop = min(stream.sent_end[k], k + _RUN_LIMIT)
    end = k
    while end < stop:
        if end in locs:
            return locs[end].j
        if end in orgs and end > k:
            return orgs[end].j
        if keys[end] == "," and keys[end - 1] == "phòng" and end + 1 < stop and keys[end + 1] == "chống":
            end += 2  # "Ban chỉ đạo phòng, chống dịch": "phòng, chống" is one word of the name
            continue
        if keys[end] == "số" and end + 1 < stop and syls[end + 1].digit and end > k:
            return end + 2  # "Đội quản lý thị trường số 5": the number labels the body and closes its name
        if _not_in_name(stream, end, persons, titles):
            break
        if keys[end] in ("và", "-", "–"):  # "đô thị và phát triển cộng đồng", "điều độ - thông tin", but not
            # "Trung tâm y tế và Sở Y tế", "Trung tâm điều độ - khẳng định"
            nxt = end + 1
            word = end - 1
            while word > k and not syls[word].first:
                word -= 1
            capitals = syls[nxt].cap and syls[word].cap and keys[end] != "và"  # "Văn hóa - Xã hội"
            if end == k or nxt >= stop or (syls[nxt].cap and not capitals) or syls[nxt].punct or nxt in orgs \
                    or keys[nxt] in _NOT_IN_BODY or keys[nxt] in _CLAUSE_VERBS or _opens_clause(stream, nxt, stop):
                break  # a body after the joiner is another one: "Viện nghiên cứu Văn hóa - Viện Hàn lâm KHXH"
        elif _function_word(stream, end) or (_opens_clause(stream, end, stop)
                                            and not (end == k and _is_task_verb(stream, end))):
            break
        end += 1
    while end > k and keys[end - 1] in ("và", "-", "–"):  # a joiner with nothing of the name after it
        end -= 1
    if end > k and not syls[end - 1].last:  # the name ends inside a word: it was no name
        return k
    if end in persons and not holder_after:  # "Hiệu trưởng trường ĐH Y khoa Phạm Ngọc Thạch": a body named after
        return k  # a person, or the holder after the body, which ``_bridge_to_name`` reads
    return end


def _repeated_head_run(stream: Stream, t: Match, j: int, prefix: str, persons: set[int], titles: set[int],
                       locs: dict[int, Match], orgs: dict[int, Match]) -> tuple[str, int] | None:
    """(body, end) of a body that repeats the title's kind as its head and goes on in lower case: "Trưởng ban Ban
    chỉ đạo phòng chống tham nhũng tỉnh", "Trưởng phòng Phòng, chống tệ nạn xã hội" (the office's name opens
    with the verb "phòng, chống"). The repeated head is the body's, never an elliptic name of its own ("Phòng
    Phòng"). None when no lower-case word of a name follows it."""
    width = len(prefix.split())
    keys, syls = stream.keys, stream.syls
    if " ".join(keys[j:j + width]) != fold(prefix).lower() or not syls[j].cap or j + width >= len(syls):
        return None
    if syls[j + width].cap and keys[j + width] != ",":
        return None  # "Trưởng Ban Tổ chức Trung ương": a capitalised name, read by the other branches
    if prefix == "Phòng":  # "phòng, chống" / "phòng chống" (prevention) opens the office's name
        k = j + width + (keys[j + width] == ",")
        if k < len(keys) and keys[k] == "chống":
            end = _name_run_end(stream, k + 1, persons, titles, locs, orgs)
            if end > k + 1:
                return f"{prefix} {stream.text[syls[j].start:syls[end - 1].end]}", end
            return None
    run = _headed_run(stream, t, j, persons, titles, locs, orgs)
    if run is not None:
        return run
    head = org_heads().longest(keys, j, stream.sent_end[j])
    if head is not None and head[0] > width and syls[j + head[0] - 1].last:  # "Ban quản lý dự án": a whole head
        end = _name_run_end(stream, j + head[0], persons, titles, locs, orgs)
        return stream.text[syls[j].start:syls[end - 1].end], end
    return None


def _headed_run(stream: Stream, t: Match, j: int, persons: set[int], titles: set[int], locs: dict[int, Match],
                orgs: dict[int, Match]) -> tuple[str, int] | None:
    """(body, end) of a body after the title at ``j`` that the organisation finder left untagged: a capitalised
    head and the words of its name ("Giám đốc Trung tâm nghiên cứu đô thị và phát triển cộng đồng"), a lower-case
    head ("Bí thư tỉnh ủy tỉnh Quảng Trị", "Hiệu trưởng trường ĐH Y khoa X"), or, after a title naming its body's
    kind, the name alone ("Trưởng Ban phổ biến giáo dục pháp luật, Hội luật gia TPHCM" is in the "Ban phổ biến
    giáo dục pháp luật"; the body it belongs to, after the comma, is an organisation of its own). None when no word
    of a name follows the head."""
    keys, syls, n = stream.keys, stream.syls, len(stream.syls)
    if j >= n or syls[j].sent != syls[t.i].sent or syls[j].punct:
        return None
    stop = stream.sent_end[j]
    head = org_heads().longest(keys, j, stop) if syls[j].cap else None
    if head is not None and head[1] != "named":
        return None  # "Quốc hội", "UBND": the organisation finder tags these wherever no longer body holds them
    width = head[0] if head is not None else \
        next((w for w in (2, 1) if " ".join(keys[j:j + w]) in _LOWER_RUN_HEADS and not syls[j].cap), 0)
    prefix = None
    if not width:
        prefix = _MINISTRY_TITLES.get(" ".join(keys[t.i:t.j]).removeprefix("nguyên ").removeprefix("cựu "))
        if prefix is None or syls[j].cap:
            return None
    elif not syls[j + width - 1].last:
        return None
    # with no head written ("Trưởng phòng quản lý đô thị Nguyễn Văn A") the body is no school or street named after
    # a person: the name after the lower-case run is the holder's
    end = _name_run_end(stream, j + width, persons, titles, locs, orgs, holder_after=prefix is not None)
    if end <= j + width and head is None and " ".join(keys[j:j + width]) in _LOWER_COMMITTEES:
        end = j + width  # "Ủy viên thường vụ tỉnh ủy, Trưởng ban ...": the province's committee, written bare
    elif end <= j + width:
        return None
    body = stream.text[syls[j].start:syls[end - 1].end].rstrip(" .,;:")  # a place match may keep its full stop
    return (f"{prefix} {body}" if prefix else body), end


# Words that start or carry a clause, never part of a short lower-case body name after its head.
_CLAUSE_VERBS = frozenset({"cho", "biết", "nói", "hay", "khẳng", "định", "đề", "nghị", "yêu", "cầu", "thông", "báo",
                           "cũng", "đã", "sẽ", "đang", "vừa", "là", "có", "được", "bị", "không", "này", "đó", "ấy"})


def _headed_lower_body(stream: Stream, j: int, head: str, locs: dict[int, Match]) -> int:
    """End of a body that repeats the title's kind as its head and goes on in lower case up to its place:
    "Cục trưởng Cục thi hành án dân sự tỉnh Thanh Hóa", "Trưởng phòng Phòng tư pháp huyện X" (the tagger
    leaves such names untagged); ``j`` when the words after the head reach no place within a few words,
    so "Cục trưởng Cục cho biết" stays as it was."""
    width = len(head.split())
    if " ".join(stream.keys[j:j + width]) != fold(head).lower() or not stream.syls[j].cap:
        return j
    stop = min(stream.sent_end[j], j + width + 10)
    k = j + width
    while k < stop and not stream.syls[k].punct:
        unit = _past(stream, k, _UNIT_WORDS)
        if unit > k and unit in locs:
            return locs[unit].j if k > j + width else j
        if stream.syls[k].cap:
            return j
        k += 1
    # no place: a short lower-case name closed by a comma, "Phó vụ trưởng Vụ pháp luật, Văn phòng Quốc hội",
    # as long as its words are not a verb of the sentence ("Cục trưởng Cục cho biết, ...")
    if j + width < k <= j + width + 3 and k < len(stream.keys) and stream.keys[k] == "," \
            and not any(key in _CLAUSE_VERBS for key in stream.keys[j + width:k]):
        return k
    return j


def _names_a_place(stream: Stream, p: PositionPhrase, name_ends: set[int],
                   phrase_at: dict[int, PositionPhrase]) -> bool:
    """Is the bodiless title ``p``, written before a comma and the next title, a word of a capitalised name before
    it, not a post ("tại Phủ Chủ tịch, Chủ tịch nước X": the palace is no post of X)? A name of a person before it
    is a holder written without a comma, and a capital opening the sentence is just its first word ("Theo ĐBQH")."""
    chained = p.j + 1 < len(stream.keys) and stream.keys[p.j] == "," and p.j + 1 in phrase_at
    if chained and p.org_text is None and p.i not in name_ends and _inside_name(stream, p.i):
        k = p.i - 1
        while k > 0 and stream.syls[k - 1].word == stream.syls[k].word:
            k -= 1
        return k > 0 and stream.syls[k - 1].sent == stream.syls[k].sent
    return False


def _inside_name(stream: Stream, i: int) -> bool:
    """Does the title at ``i`` continue a capitalised name ("Ban Công tác đại biểu của Quốc hội")?"""
    if i == 0 or stream.syls[i - 1].sent != stream.syls[i].sent:
        return False
    k = i - 1
    while k > 0 and stream.syls[k - 1].word == stream.syls[k].word:
        k -= 1  # the first syllable of the word before: "Công tác" is capitalised there
    return stream.syls[k].cap and not stream.syls[k].punct


_LOWER_BODY_HEADS = frozenset({"sở", "cục", "chi cục", "tổng cục", "bộ", "phòng", "vụ", "viện"})


def _lowercase_body_end(stream: Stream, j: int, persons: set[int]) -> int:
    """End of a body written with a lower-case head after a title: "sở Tư pháp", "sở Thông tin và Truyền
    thông", "cục Thuế"; ``j`` when there is none. The name is the capitalised words after the head (a word
    may end in lower case: "Phát triển nông thôn"), joined by "và"."""
    width = next((w for w in (2, 1) if " ".join(stream.keys[j:j + w]) in _LOWER_BODY_HEADS), 0)
    if not width or stream.syls[j].cap:
        return j
    k = j + width
    stop = stream.sent_end[j] if j < len(stream.syls) else j
    end = k
    while end < stop and stream.syls[end].cap and not stream.syls[end].punct and end not in persons:
        word = stream.syls[end].word
        while end < stop and stream.syls[end].word == word:
            end += 1
        if end + 1 < stop and stream.keys[end] == "và" and stream.syls[end + 1].cap:
            end += 1
    return end if end > k else j


def _body_tail(stream: Stream, p: PositionPhrase, person: Match, name_ends: dict[int, int]) -> bool:
    """Is the "name" at ``after``, right behind the post ``p``, the end of the body's name? So when the post is an
    apposition to the name before it ("ông A, Tổng Giám đốc Công ty CP Đầu tư hạ tầng giao thông Đèo Cả cho
    biết", "ông B, PGĐ BV Chợ Rẫy, cho biết"), a body is named before the "name", and the "name" opens with no
    common surname ("Đèo" is a rare one): one post between two names of people is written with a comma on both
    sides. In a list of dignitaries named by their titles ("Tổng thống Mỹ Donald Trump, Thủ tướng Nhật Bản Shinzo
    Abe") the name before has no "ông/bà", and the foreign name after the body is a person. With no body before
    it, a one-word "name" is the body itself ("bà A, Phó Tổng giám đốc Vietjet cho biết", "ông B – Phó Tổng giám
    đốc phụ trách Khối vốn", "ông C (giám đốc Xưởng sửa chữa)")."""
    after = person.i
    one_word = " " not in person.text or _locality_unit(p) is not None
    if not (after == p.j and (p.org_text is not None or one_word) and p.i > 0
            and stream.keys[p.i - 1] in (",", "-", "–", "(") and p.i - 1 in name_ends
            and stream.keys[after] not in COMMON_SURNAMES):
        return False
    before = name_ends[p.i - 1] - 1  # the name before is introduced as a person, not by a title of a list
    return before >= 0 and stream.keys[before] in _HONORIFIC | {"anh", "chị"}


# Village units a head's title ends with ("trưởng thôn", "trưởng ấp", "trưởng bản"): the name after it is the village
_LOCALITY_UNITS = frozenset(fold(unit) for unit in ("thôn", "ấp", "bản", "xóm", "buôn", "làng", "sóc", "khóm",
                                                     "khu phố"))


def _locality_unit(p: PositionPhrase) -> str | None:
    """The village unit the title of ``p`` ends with, as written ("thôn" of "trưởng thôn"), or None. After such a
    title in an apposition ("ông A, trưởng thôn Đông Hòa, cho biết") the capitalised words are the village's name,
    whatever their length, not a second person."""
    words = p.title.text.split()
    for width in (2, 1):
        if len(words) > width and " ".join(fold(w) for w in words[-width:]) in _LOCALITY_UNITS:
            return " ".join(words[-width:])
    return None


_BORN = ("sinh năm", "sinh ngày", "sinh tháng", "sinh", "sn", "năm sinh")
_DATE_WORDS = frozenset({"/", "-", ".", "ngày", "tháng", "năm"})  # "sinh ngày 3 tháng 10 năm 1936", "3/10/1936"
_DATE_REACH = 8  # syllables a birth date may run


def _skip_vitals(stream: Stream, k: int) -> int:
    """Past the birth date or age that crime and court news and obituaries write before a post: "X (sinh năm
    1962, Giám đốc Công ty Y)", "X (SN 1970, ...)", "X (51 tuổi, Giám đốc Sở Z)", "X sinh ngày 3/10/1936, ...";
    candidate lists close the bracket first: "Bà X (Sinh năm 1982), Phó chủ tịch Hội Y". ``k`` when there is
    none."""
    keys, syls, n = stream.keys, stream.syls, len(stream.syls)
    width = next((len(w.split()) for w in _BORN if " ".join(keys[k:k + len(w.split())]) == w), 0)
    end = k + width
    if end < n and syls[end].digit and (width or (end + 1 < n and keys[end + 1] == "tuổi")):
        end += 1 if width else 2
        while width and end < min(n, k + width + _DATE_REACH) and (syls[end].digit or keys[end] in _DATE_WORDS) \
                and syls[end].sent == syls[k].sent:
            end += 1  # the rest of the date: "3 tháng 10 năm 1936", "10/1936"
        if end < n and keys[end] == ",":
            return end + 1
        if end + 1 < n and keys[end] == ")" and keys[end + 1] in {",", "-", "–", "là"}:
            return end + 2  # "Bà X (Sinh năm 1982), Phó chủ tịch Hội Y", "Ông X (SN 1970) là Phó Chủ tịch ..."
    return k


# Words that open the place a person comes from or lives in, written between the name and the posts of an obituary
# or a court report: "X, sinh năm 1936, quê quán xã A, huyện B, tỉnh C, Ủy viên ...".
_HOMETOWN = frozenset({"quê", "quê quán", "quê ở", "nguyên quán", "trú tại", "trú ở", "ngụ tại", "ngụ ở",
                       "thường trú tại", "hộ khẩu thường trú tại"})
_HOMETOWN_REACH = 24  # syllables the place may run ("thôn X, xã Y, huyện Z, tỉnh W")
# Words of a person's nationality or origin, opening the same kind of aside when a capitalised name follows:
# "ông Lee, người Singapore, giám đốc Công ty X", "bà Y, Việt kiều Mỹ, Chủ tịch Hội Z"
_ORIGIN = frozenset({"người", "quốc tịch", "việt kiều", "kiều bào", "gốc"})


def _skip_hometown(stream: Stream, k: int, phrase_at: dict[int, PositionPhrase]) -> int:
    """Past the hometown or address written before a post, up to the comma after which the first post starts;
    ``k`` when there is none or no post follows it in the sentence."""
    keys = stream.keys
    width = next((w for w in (4, 3, 2, 1) if " ".join(keys[k:k + w]) in _HOMETOWN), 0)
    if not width and k not in phrase_at:
        width = next((w for w in (2, 1) if " ".join(keys[k:k + w]) in _ORIGIN), 0)
        if width and not (k + width < len(stream.syls) and stream.syls[k + width].cap):
            width = 0
    if not width:
        return k
    stop = min(stream.sent_end[k], k + width + _HOMETOWN_REACH)
    return next((m + 1 for m in range(k + width, stop)
                 if keys[m] in (",", ";") and _past_words(stream, m + 1, _OPEN, 3) in phrase_at), k)


def _past_words(stream: Stream, k: int, words: frozenset[str], limit: int = 3) -> int:
    """Past up to ``limit`` words of ``words`` (each of one to three syllables) from ``k``."""
    n = 0
    while k < len(stream.syls) and n < limit:
        width = next((w for w in (3, 2, 1) if " ".join(stream.keys[k:k + w]) in words), 0)
        if not width:
            break
        k += width
        n += 1
    return k


# Military and police ranks: no title, but they stand between a post and the name it is told of
_RANKS = frozenset(tuple(fold(rank).split()) for rank in (
    "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
    "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy"))


# Time words between a post and "là" + its holder: "Chủ tịch UBND TP lúc này là ông X"
_COPULA_TIMES = frozenset(tuple(fold(words).split()) for words in (
    "khi ấy", "khi đó", "lúc đó", "lúc ấy", "lúc này", "hiện nay", "hiện", "nay", "bấy giờ", "khi này", "còn lại",
    "đương nhiệm", "đầu tiên"))
_DEMONSTRATIVES = frozenset({"này", "đó", "ấy", "nói trên", "trên"})


def _copula_holder(stream: Stream, k: int) -> int:
    """Where the name starts when the post ending at ``k`` is told of a person with "là" + an honorific: "Chủ
    tịch Hội Hữu nghị là bà A", "Giám đốc Sở hiện nay là ông B", "Hiệu trưởng trường này là ông C"; -1 otherwise.
    The honorific is required: "Chủ tịch UBND tỉnh là người đứng đầu ..." tells what the post is."""
    keys, n = stream.keys, len(stream.syls)
    if k + 2 < n and keys[k + 1] in _DEMONSTRATIVES and not stream.syls[k].cap and keys[k] not in ("là", ","):
        k += 2  # "trường này", "công ty đó": the body pointed back to
    for width in (2, 1):
        if tuple(keys[k:k + width]) in _COPULA_TIMES:
            k += width
            break
    if k + 2 >= n or keys[k] != "là":
        return -1
    honorific = next((w for w in (2, 1) if " ".join(keys[k + 1:k + 1 + w]) in _HONORIFIC | {"anh", "chị"}), 0)
    return k + 1 + honorific if honorific else -1


def _rank_between_posts(stream: Stream, k: int, phrase_at: dict[int, PositionPhrase]) -> int:
    """Past a rank written between two posts of one name ("A, Bí thư Đảng ủy X, Đại tá, Phó Tham mưu trưởng Y"):
    the post after it is still A's; ``k`` otherwise."""
    if tuple(stream.keys[k:k + 2]) in _RANKS and k + 3 < len(stream.syls) and stream.keys[k + 2] == "," \
            and k + 3 in phrase_at:
        return k + 3
    return k


def _past_rank(stream: Stream, k: int, person_at: dict[int, Match]) -> int:
    """The name's start when a rank stands at ``k`` right before a named person ("Giám đốc Công an tỉnh, Đại tá
    Lê Văn Bình cho biết": the post is Lê Văn Bình's); ``k`` otherwise."""
    if k + 2 in person_at and tuple(stream.keys[k:k + 2]) in _RANKS:
        return k + 2
    return k


def link_officials(doc: Doc) -> list[OfficialLink]:
    stream = stream_of(doc)
    phrases = _phrases(doc, stream)
    persons = sorted(matches(doc, "PER"), key=lambda m: m.i)
    person_at = {p.i: p for p in persons}
    name_ends = {p.j for p in persons}
    name_start = {p.j: p.i for p in persons}
    names = sorted({p.text for p in persons if len(p.text.split()) >= 2}, key=len, reverse=True)
    phrase_at = {p.i: p for p in phrases}
    links: dict[int, OfficialLink] = {}
    used: set[int] = set()
    body_tails: set[int] = set()  # "names" read after a body that are the end of its name

    def link(person: Match) -> OfficialLink:
        return links.setdefault(person.i, OfficialLink(person))

    def skip(k: int, words: frozenset[str], limit: int = 3) -> int:
        return _past_words(stream, k, words, limit)

    # titles before the name: walk each chain forward and look for a person right after it
    for p in phrases:
        if p.i in used or _counted(stream, p) or _names_a_place(stream, p, name_ends, phrase_at) \
                or (_delegating_post(stream, p.i) and skip(p.j, _CHAIN, 1) in phrase_at):
            continue  # "Thừa ủy quyền của Chủ tịch nước, Bí thư X": the first post is not X's
        chain = [p]
        k = p.j
        while True:
            nxt = skip(k, _CHAIN, 1)
            if nxt != k and nxt in phrase_at and phrase_at[nxt].i not in used and not _new_line(stream, k, nxt):
                chain.append(phrase_at[nxt])
                k = phrase_at[nxt].j
                continue
            break
        if len(chain) > 1 and _plural_post(stream, p):
            chain = chain[1:]  # "câu hỏi của các đại biểu Quốc hội, Phó Thủ tướng X": a group, not X's post
        after = skip(k, _BEFORE_NAME - {"là"}, 2)
        if after < len(stream.syls) and after + 1 in person_at and is_degree(stream.syls[after].text):
            after += 1  # "Phó Chủ tịch Hội đồng X, PGS-TS-BS Tăng Chí Thượng": a degree before the name
        # a chain told of the name before it is not the ranked name's after it: "A - Giám đốc Sở X, Thiếu tướng
        # B - Tư lệnh Y", "A - Phó Chủ tịch X; Chính ủy Y, Đại tá B"
        if ";" not in stream.keys[p.i:k] and not (stream.keys[p.i - 1] in _OPEN and p.i - 1 in name_ends):
            after = _past_rank(stream, after, person_at)
        person = person_at.get(after)
        if person is None and _starts_clause(stream, p.i):
            person = person_at.get(_copula_holder(stream, k))  # "Giám đốc Sở Nội vụ lúc đó là ông A"
        if person is not None and "," in stream.keys[k:after] and not _starts_clause(stream, p.i) \
                and not _fronted_post(stream, p.i):
            person = None  # "Báo cáo với Bí thư Thành ủy, bà Trần Kim Yến cho biết": not an apposition
        if person is not None and "," in stream.keys[k:after] and p.i - 1 in name_ends \
                and stream.keys[p.i - 1] in (",", "-", "–"):
            person = None  # "bà Lê Thị Lan, Phó phòng Nội vụ, bà Lan cho biết", "A - Giám đốc Sở X, B - ...": the
            # post is the name's before it
        if person is not None and k < after and stream.syls[k].cap and not stream.syls[k - 1].punct:
            person = None  # "... Ban Kinh tế Trung ương Ông X công bố": a headline ran into the next sentence
        if person is not None and _word_not_name(stream, person):
            person = None  # "Trưởng ban Tôn giáo tỉnh", "Chính ủy Đoàn 559", "Trưởng đoàn ĐBQH tỉnh Về ..."
        if person is not None and _body_tail(stream, p, person, name_start):
            body_tails.add(after)
            if _locality_unit(p) is not None and p.org_text is None:  # "trưởng thôn Đông Hòa": a place, no ORG
                p.org = Match("LOC", person.start, person.end, person.text, person.i, person.j, person.sent)
                p.org_text, p.j = f"{_locality_unit(p)} {person.text}", person.j
            person = None  # "ông A, Tổng Giám đốc Công ty CP Đầu tư Đèo Cả cho biết": the post is A's
        if person is not None and stream.syls[after].sent == stream.syls[p.i].sent:
            link(person).positions.extend(chain)
            used.update(c.i for c in chain)
            if _shared_title(stream, p):
                for other in _joined_names(stream, person, person_at):
                    link(other).positions.extend(chain)

    # titles after the name: apposition
    for person in persons:
        k = skip(person.j, _OPEN, 4)
        if k == person.j:
            k = _skip_vitals(stream, person.j)  # "X sinh ngày 3/10/1936, quê quán ..., Ủy viên ...": no comma first
            if k == person.j:
                continue
        past = _skip_hometown(stream, _skip_vitals(stream, k), phrase_at)
        k = skip(past, _OPEN, 4) if past != k else k  # "X, sinh năm 1960, quê ở Y, hiện là Z"
        while k in phrase_at and phrase_at[k].i not in used and not _new_line(stream, person.j, k):
            phrase = phrase_at[k]
            if _heads_list(stream, phrase, person_at):
                break  # "Tổng Bí thư X, nguyên Tổng Bí thư: A, B": the post is A's and B's
            if _names_next(stream, phrase.j, names) and phrase.j not in body_tails:
                break  # "của Chủ tịch Quốc hội A, Chủ tịch Quốc hội Cuba B đề nghị": the post is B's
            link(person).positions.append(phrase)
            used.add(phrase.i)
            nxt = skip(phrase.j, _CHAIN, 1)
            if nxt == phrase.j or nxt in person_at:
                break
            if stream.keys[phrase.j] == ";" and _item_names(stream, nxt, person_at):
                break  # "A - Trưởng ban X; Chính ủy Y, Đại tá B": the item after ";" is B's
            k = _rank_between_posts(stream, nxt, phrase_at)
    _attach_lists(stream, phrases, used, person_at, link, {m.j: m for m in matches(doc, "ORG")})
    _attach_disciplined(stream, phrases, used, persons, link)
    _attach_career_lines(stream, phrases, used, links)
    _attach_career_sentences(stream, phrases, used, persons, link)
    _headline_body(stream, phrases, links)
    orgs = sorted(matches(doc, "ORG"), key=lambda m: m.j)
    for official in links.values():
        _body_headed(stream, official, orgs)
        _share_dashed_bodies(stream, official.positions)
        _complete_bare_bodies(official.positions)
    return [links[k] for k in sorted(links)]


_CAPITAL_FUNCTION_WORDS = _NOT_IN_BODY | {"vì", "nhờ", "sau", "trước", "tuy", "nếu"}


# Kinds of body whose name may go on in lower case ("Thẩm phán Tòa hình sự", "Giám đốc Sở tư pháp"): no given name
_BODY_KINDS = frozenset(fold(kind) for kind in ("Tòa", "Sở", "Cục", "Viện", "Vụ", "Phòng", "Ban"))


def _word_not_name(stream: Stream, person: Match) -> bool:
    """Is a one-syllable "name" right after a title a capitalised word of something else? The person finder
    takes a lone capital for a given name; after a title it is often the first syllable of a longer word ("Bằng
    khen của Thủ tướng") or of a field word of a body's name ("Trưởng ban Tôn giáo tỉnh"), a function word opening
    the next sentence when its full stop is lost ("Trưởng đoàn ĐBQH tỉnh Về thông tin ..."), or a unit with its
    number ("Chính ủy Đoàn 559"), or the kind of a body whose name goes on in lower case ("Thẩm phán Tòa hình sự")."""
    i = person.i
    if person.j - i != 1 or not stream.syls[i].cap:
        return False
    following = stream.syls[i + 1] if i + 1 < len(stream.syls) else None
    compound = name_words().longest(stream.keys, i, stream.sent_end[i])
    return not stream.syls[i].last or (compound is not None and compound[0] > 1) \
        or stream.keys[i] in _CAPITAL_FUNCTION_WORDS \
        or (stream.keys[i] in _BODY_KINDS and following is not None and not following.cap and not following.punct) \
        or (following is not None and following.digit and following.sent == stream.syls[i].sent)


def _headline_body(stream: Stream, phrases: list[PositionPhrase], links: dict[int, OfficialLink]) -> None:
    """"Đại biểu Quốc hội: Rất trăn trở khi ..." names the speaker by a post with its body before a colon in the
    headline; the one official whose same title the text writes bare ("đại biểu X (Hà Tĩnh)") holds it in that body
    (GUIDELINES, fourth round). With several such officials the speaker is not known and nothing changes."""
    newline = stream.text.find("\n")
    if newline < 0:
        return
    # the post opens the headline as its speaker ("Bầu cử Tổng thống Pháp: ..." names none)
    headed = [p for p in phrases if p.i == 0 and p.org_text and p.j < len(stream.syls) and stream.keys[p.j] == ":"]
    for head in headed:
        title = _bare_title_key(head.title.text)
        bare = [(official, phrase) for official in links.values() for phrase in official.positions
                if phrase.org_text is None and _bare_title_key(phrase.title.text) == title
                and stream.syls[phrase.i].start > newline]
        names = {fold(official.person.text) for official, _ in bare}
        if len([n for n in names if not any(other.endswith(" " + n) for other in names)]) == 1:  # one person,
            # maybe named again by the given name ("Bùi Thị Quỳnh Thơ", "Thơ")
            for _, phrase in bare:
                phrase.org, phrase.org_text = head.org, head.org_text


def _bare_title_key(title: str) -> str:
    return fold(title).removeprefix("nguyên ").removeprefix("cựu ")


_PLURAL = frozenset({"các", "những", "hai", "ba", "bốn", "năm"})


def _shared_title(stream: Stream, p: PositionPhrase) -> bool:
    """Can the title at ``p`` be held by several people named after it: a former post ("nguyên Tổng Bí thư A và B")
    or a plural one ("các Phó Thủ tướng A, B và C")? A post held now by one person is not ("Thủ tướng A và B")."""
    former = _bare_title_key(p.title.text) != fold(p.title.text)
    return former or (p.i > 0 and stream.keys[p.i - 1] in _PLURAL)


def _joined_names(stream: Stream, person: Match, person_at: dict[int, Match]) -> list[Match]:
    """The persons joined to ``person`` by "," / "và" with nothing between ("A, B và C"), up to the first "và"."""
    joined: list[Match] = []
    k = person.j
    while k + 1 < len(stream.syls) and stream.keys[k] in (",", "và") and k + 1 in person_at:
        nxt = person_at[k + 1]
        joined.append(nxt)
        if stream.keys[k] == "và":
            break
        k = nxt.j
    if joined and stream.keys[person.j] == "," and stream.keys[joined[-1].i - 1] != "và" \
            and not (joined[-1].j < len(stream.syls) and stream.keys[joined[-1].j] == ";"):
        return []  # "A, B cho biết": a list needs its "và", or a ";" closing its item ("nguyên Tổng Bí thư A, B;")
    return joined


_LIST_OPEN = frozenset({"gồm", "gồm có", "bao gồm", "là", "các", "ông", "bà", "đồng chí", "ông bà", ":",
                        "ông , bà", "bà , ông", ", gồm", ", gồm có", ", bao gồm"})
_HONORIFIC = frozenset({"ông", "bà", "đồng chí", "đ/c"})
_MAX_ITEM = 40  # syllables a list item may run (the name and its own posts) before the next separator


def _attach_lists(stream: Stream, phrases: list[PositionPhrase], used: set[int], person_at: dict[int, Match],
                  link: Callable[[Match], OfficialLink], org_by_end: dict[int, Match]) -> None:
    """A post heading a list of people is held by each of them: "các đồng chí Ủy viên Trung ương Đảng: A,
    Tổng Giám đốc X; B, Giám đốc Y", "5 Phó Chủ tịch UBND gồm các ông: A, B và C". The list opens with a
    colon or "gồm"; an item is a name with its own posts, up to the next ";" (or "," / "và" + a name)."""
    phrase_at = {p.i: p for p in phrases}
    for phrase in phrases:
        if phrase.i in used:
            continue
        chain = _chain_from(stream, phrase, phrase_at, used)
        k, opened = chain[-1].j, False
        while k < len(stream.syls) and stream.syls[k].sent == stream.syls[phrase.i].sent:
            width = next((w for w in (3, 2, 1) if " ".join(stream.keys[k:k + w]) in _LIST_OPEN), 0)
            if not width:
                break
            opened = opened or any(word in (":", "gồm", "bao") for word in stream.keys[k:k + width])
            k += width
        if not opened and k < len(stream.syls) and stream.keys[k] == "như" and _plural_post(stream, phrase):
            opened, k = True, k + 1  # "mấy nguyên ủy viên Trung ương như A, B, C": examples of the post's holders
        if not opened or k not in person_at:
            continue
        _body_from_subject(stream, chain[0], org_by_end)
        for person in _list_items(stream, person_at, k):
            link(person).positions.extend(chain)
        used.update(c.i for c in chain)


def _body_from_subject(stream: Stream, phrase: PositionPhrase, org_by_end: dict[int, Match]) -> None:
    """A counted post with no body of its own that heads a list is the subject's ("UBND thành phố Hải Phòng hiện
    có 5 phó chủ tịch, gồm các ông: A, B"): the body right before "(hiện) có" + the number."""
    k = phrase.i - 1
    if phrase.org_text or k < 2 or not stream.syls[k].digit or stream.keys[k - 1] != "có":
        return
    k -= 1
    if stream.keys[k - 1] in ("hiện", "nay"):
        k -= 1
    body = org_by_end.get(k)
    if body is not None and body.data.get("bare") is not True and stream.syls[body.i].sent == stream.syls[k].sent:
        phrase.org, phrase.org_text = body, body.text


_PLURAL_BEFORE = frozenset({"các", "những", "mấy", "nhiều", "hai", "ba", "bốn"})


def _plural_post(stream: Stream, phrase: PositionPhrase) -> bool:
    """Is the post told in the plural ("các Bộ trưởng", "mấy nguyên ủy viên"), so that names after "như" are its
    holders rather than a comparison ("Bí thư như ông A đã nói")?"""
    return phrase.i > 0 and stream.keys[phrase.i - 1] in _PLURAL_BEFORE


def _item_names(stream: Stream, k: int, person_at: dict[int, Match]) -> bool:
    """Does the list item starting at ``k`` (up to the next ";" or the sentence end) name a person of its own?"""
    stop = stream.sent_end[k] if k < len(stream.syls) else k
    for m in range(k, stop):
        if stream.keys[m] == ";":
            return False
        if m in person_at:
            return True
    return False


def _heads_list(stream: Stream, phrase: PositionPhrase, person_at: dict[int, Match]) -> bool:
    """Is the post followed by a colon and a name, so that it heads a list of its own holders?"""
    j = phrase.j
    return j + 1 < len(stream.syls) and stream.keys[j] == ":" and j + 1 in person_at


def _list_items(stream: Stream, person_at: dict[int, Match], k: int) -> list[Match]:
    """The persons of a list whose first name starts at syllable ``k``."""
    items = [person_at[k]]
    sent = stream.syls[k].sent
    k = items[-1].j
    steps = 0
    while k < len(stream.syls) and stream.syls[k].sent == sent and steps < _MAX_ITEM:
        key = stream.keys[k]
        if key in (":", "."):
            break
        if key in (",", ";", "và"):
            nxt = k + 1
            if nxt < len(stream.syls) and stream.keys[nxt] in _HONORIFIC:
                nxt += 1
            if nxt in person_at:
                items.append(person_at[nxt])
                k, steps = person_at[nxt].j, 0
                if key == "và":
                    break
                continue
            if key == ";":
                break
        k += 1
        steps += 1
    return items


# A line of a career summary: "+ Tháng 7.1994 – 12.2005: Ủy viên ..., Chánh Văn phòng UBND tỉnh, ..."
_CAREER_LINE = re.compile(r"(?:^|[\n;.+•-])\s*(?:[+•-]\s*)?(?:Từ\s+|Tháng\s+|Năm\s+)?(?:tháng\s+)?\d{1,2}?[./-]?\d{4}"
                          r"[^:\n]{0,40}:", re.IGNORECASE)


def _attach_career_lines(stream: Stream, phrases: list[PositionPhrase], used: set[int],
                         links: dict[int, OfficialLink]) -> None:
    """In a career summary (tiểu sử) the positions are listed under dates with no name: they belong to the
    person the article is about, the official named most often."""
    if not links:
        return
    text = stream.text
    markers = [m.end() for m in _CAREER_LINE.finditer(text)]
    if len(markers) < 2:
        return
    subject = max(links.values(), key=lambda link: sum(
        1 for other in links.values() if fold(other.person.text) == fold(link.person.text)) + len(link.positions))
    first = markers[0]
    for phrase in phrases:
        if phrase.i not in used and stream.syls[phrase.i].start >= first:
            subject.positions.append(phrase)
            used.add(phrase.i)


# Verbs with which a sentence tells the posts its subject holds or held ("Ông A từng kinh qua nhiều vị trí như X; Y",
# "Ông từng giữ các chức vụ X, Y", "Đồng chí là Ủy viên ...")
_CAREER_VERBS = frozenset(tuple(fold(verb).split()) for verb in (
    "kinh qua", "đảm nhiệm", "đảm nhận", "giữ", "giữ chức", "giữ chức vụ", "giữ các chức vụ", "giữ nhiều chức vụ",
    "giữ cương vị", "nắm giữ", "là", "làm", "được bầu làm", "được bầu giữ chức", "được bổ nhiệm làm",
    "được bổ nhiệm giữ chức", "được điều động làm", "được phân công làm"))
_CAREER_ADVERBS = frozenset({"đã", "từng", "cũng", "hiện", "đang", "lần", "lượt", "sau", "đó", "còn", "vẫn"})
# Words that open a clause of another subject inside the career sentence: its posts are not the subject's
_CAREER_BREAK = frozenset({"khi", "trước", "sau", "để", "nhưng", "thì", "được", "bị", "cho", "do", "bởi"})
_CAREER_INTRO = frozenset({"như", ":", "gồm", "là"})  # "nhiều vị trí như X; Y", "các chức vụ: X, Y"
_PRONOUNS = frozenset({"ông", "bà", "đồng chí"})
_FRONTED = frozenset({"trước", "sau", "năm", "từ", "tháng", "đến", "hiện", "nay"})  # "Trước đó, ông từng giữ ..."


def _attach_career_sentences(stream: Stream, phrases: list[PositionPhrase], used: set[int], persons: list[Match],
                             link: Callable[[Match], OfficialLink]) -> None:
    """A sentence about one person's career gives them the posts it lists: its subject is the person named at its
    start ("Ông A từng kinh qua nhiều vị trí công tác như giảng viên X; Phó bí thư Thành đoàn; Giám đốc Sở Y") or
    "Ông/Bà/Đồng chí" standing for the one last named so ("Trước đó, ông từng giữ chức Phó Chủ tịch UBND tỉnh"),
    its verb one of holding a post. The posts are those that open an item of the list after the verb; a sentence
    naming anyone else is left alone."""
    if not persons:
        return
    person_at = {p.i: p for p in persons}
    phrase_at = {p.i: p for p in phrases}
    bounds = stream.sentence_bounds()
    for n, (start, end) in enumerate(bounds):
        earliest = bounds[max(0, n - 3)][0]
        subject, k = _career_subject(stream, start, end, earliest, persons, person_at)
        if subject is None or any(start <= p.i < end and p.i != subject.i for p in persons):
            continue
        verb_end = _career_verb_end(stream, _skip_birth(stream, k, end), end)
        if verb_end is None:
            continue
        for phrase in _career_items(stream, verb_end, end, phrase_at, used):
            link(subject).positions.append(phrase)
            used.add(phrase.i)
    for subject, verb_end, end in _pronoun_clauses(stream, bounds, persons):
        for phrase in _career_items(stream, verb_end, end, phrase_at, used):
            link(subject).positions.append(phrase)
            used.add(phrase.i)


# Times that may open a clause before its pronoun: "..., khi đó ông đang là Ủy viên Trung ương Đảng"
_CLAUSE_TIMES = frozenset({"khi đó", "lúc đó", "lúc ấy", "khi ấy", "trước đó", "sau đó", "hiện nay", "nay", "hiện"})


def _pronoun_clauses(stream: Stream, bounds: list[tuple[int, int]],
                     persons: list[Match]) -> list[tuple[Match, int, int]]:
    """(subject, end of the verb, end of the sentence) of the clauses inside a sentence that tell a post of the
    person the sentence is about by a pronoun: "Trung tướng A, nguyên Tư lệnh Quân khu 4, kể lại ..., khi đó ông đang
    là Ủy viên Trung ương Đảng". The clause opens after a comma or semicolon (and a time), its pronoun has no name
    after it, and the sentence names one person only, before the clause."""
    keys, syls = stream.keys, stream.syls
    found: list[tuple[Match, int, int]] = []
    for start, end in bounds:
        named = [p for p in persons if start <= p.i < end]
        if len({fold(p.text) for p in named}) != 1:
            continue
        for k in range(named[0].j, end - 1):
            if keys[k] not in (",", ";"):
                continue
            m = _past_words(stream, k + 1, _CLAUSE_TIMES, 1)
            width = 2 if " ".join(keys[m:m + 2]) in _PRONOUNS else 1 if keys[m] in _PRONOUNS else 0
            if not width or m + width >= end or syls[m + width].cap:
                continue
            introduced = keys[named[0].i - 1] if named[0].i > 0 else ""
            if introduced in ("ông", "bà") and keys[m] in ("ông", "bà") and introduced != keys[m]:
                continue  # "Ông A cho biết, bà là ...": another person
            verb_end = _career_verb_end(stream, m + width, end)
            if verb_end is not None:
                found.append((named[0], verb_end, end))
    return found


def _career_subject(stream: Stream, start: int, end: int, earliest: int, persons: list[Match],
                    person_at: dict[int, Match]) -> tuple[Match | None, int]:
    """(subject, where its verb may start) of the sentence ``start..end``: a name at its start (after "ông" or a
    fronted time), or "Ông/Bà/Đồng chí" with no name after it, standing for the last person named after the same
    word in the three sentences before."""
    keys, syls = stream.keys, stream.syls
    k = start
    if keys[k] in _FRONTED:  # "Trước đó, ...", "Năm 2010, ..."
        comma = next((m for m in range(k, min(end, k + 6)) if keys[m] == ","), None)
        if comma is None:
            return None, k
        k = comma + 1
    width = 2 if " ".join(keys[k:k + 2]) in _PRONOUNS else 1 if k < end and keys[k] in _PRONOUNS else 0
    if k + width in person_at:
        person = person_at[k + width]
        return person, person.j
    if not width or k + width >= end or syls[k + width].cap:
        return None, k
    pronoun = " ".join(keys[k:k + width])
    for person in reversed([p for p in persons if p.j <= start and p.i >= earliest]):
        w = len(pronoun.split())
        if " ".join(keys[max(0, person.i - w):person.i]) == pronoun and len(person.text.split()) >= 2:
            return person, k + width
    return None, k


def _skip_birth(stream: Stream, k: int, end: int) -> int:
    """Past "sinh (tháng 8/)1957," and a date after it ("năm 2001"), which a career line writes between the name and
    its first post: "Vương Mậu Thiết sinh tháng 8/1957, năm 2001 là Phó Văn phòng ..."."""
    keys, syls = stream.keys, stream.syls
    if k >= end or keys[k] not in ("sinh", "sn"):
        return k
    comma = next((m for m in range(k + 1, min(end, k + 8)) if keys[m] == ","), None)
    if comma is None or not any(syls[m].digit for m in range(k + 1, comma)):
        return k
    m = comma + 1
    if m < end and keys[m] in ("năm", "tháng", "từ") and m + 1 < end and syls[m + 1].digit:
        m += 2
    return m


def _career_verb_end(stream: Stream, k: int, end: int) -> int | None:
    """End of the verb of holding a post at ``k`` (after "đã", "từng", "cũng" ...), or None."""
    keys = stream.keys
    steps = 0
    while k < end and keys[k] in _CAREER_ADVERBS and steps < 3:
        k += 1
        steps += 1
    width = next((w for w in (4, 3, 2, 1) if tuple(keys[k:k + w]) in _CAREER_VERBS), 0)
    return k + width if width else None


_CAREER_REACH = 16  # syllables between the verb and the list it opens ("nhiều vị trí công tác tại TP.HCM như")


def _career_items(stream: Stream, k: int, end: int, phrase_at: dict[int, PositionPhrase],
                  used: set[int]) -> list[PositionPhrase]:
    """The posts that open an item of the list after a career verb at ``k``: right after the verb, or after "như" /
    ":" / "gồm" a few words on; items are parted by "," / ";" / "và" / "kiêm"; a clause of another subject ends
    the list ("... trước khi được Thủ tướng bổ nhiệm")."""
    keys = stream.keys
    intro = next((m for m in range(k, min(end, k + _CAREER_REACH)) if keys[m] in _CAREER_INTRO), None)
    if k not in phrase_at and intro is not None:
        k = intro + 1
    found: list[PositionPhrase] = []
    opens = True
    while k < end:
        phrase = phrase_at.get(k)
        if opens and phrase is not None and phrase.i not in used and not _counted(stream, phrase):
            found.append(phrase)
            k, opens = phrase.j, False
            continue
        if keys[k] in _CAREER_BREAK:
            resumed = _career_verb_end(stream, k, end)
            if resumed is None:
                break
            k, opens = resumed, True  # "..., sau đó được bổ nhiệm làm Giám đốc Sở Y": the same subject goes on
            continue
        opens = keys[k] in (",", ";", "và", "kiêm") or keys[k] in _CAREER_INTRO  # ", năm 2002 là X"
        k += 1
    return found


# Verbs for a post, with the noun for the post after them: "cho thôi giữ chức", "miễn nhiệm chức vụ", "bầu bổ
# sung chức danh 2", "cách chức cả các chức vụ", "được điều động, phân công giữ chức". Matched against lower-cased
# text. Candidacy ("ứng cử", "tái cử") is no post (GUIDELINES).
# Holding verbs have the holder as subject ("ông X giữ chức ..."); giving verbs have them as object
# ("bổ nhiệm ông X", "miễn nhiệm chức vụ ... đối với ông X") or as the subject of a passive ("được bầu").
_HOLDING_VERB = (r"(?:cho\s+)?thôi(?:\s+(?:giữ|làm))?|giữ|trúng cử|tái đắc cử|đắc cử|nhậm|kiêm nhiệm|kiêm|đảm nhận"
                 r"|đảm nhiệm|nhận chức vụ|nhận chức|nhận nhiệm vụ|nhận cương vị|(?:nhận nhiệm vụ mới|về|sang)\s+làm"
                 r"|(?:bầu|cử|bổ nhiệm|điều động|phân công|luân chuyển)(?:\s+bổ sung)?\s+(?:giữ|làm)")
_GIVING_VERB = r"cách(?:\s+hết)?|miễn nhiệm|miễn|bãi nhiệm|bổ nhiệm(?:\s+lại)?|bầu(?:\s+bổ sung)?|bổ sung"
_POST_NOUN = r"(?:chức vụ|chức danh|chức|nhiệm vụ|cương vị|vị trí)"
_POST_TAIL = rf"(?:\s+{_POST_NOUN})?(?:\s+(?:cả|hết|tất cả))?(?:\s+các)?(?:\s+{_POST_NOUN})?(?:\s+\d+)?\s*$"
_HOLDING = re.compile(rf"(?:^|[\s,(])(?:{_HOLDING_VERB}){_POST_TAIL}")
_GOVERNED = re.compile(rf"(?:^|[\s,(])(?:{_HOLDING_VERB}|{_GIVING_VERB}){_POST_TAIL}")
# a clause going on from the person's name with a verb for a post: "kỷ luật ông X, cách chức Ủy viên ..., bao
# gồm cách chức cả các chức vụ ..."
_SERIAL = re.compile(rf"^\s*,\s*(?:{_HOLDING_VERB}|{_GIVING_VERB})\s")
_PASSIVE = re.compile(r"(?:^|\s)(?:được|bị)\s")
# "... đối với ông X", "... với ông X", "... cho ông X": the person the post is given to or taken from
_TOWARDS = re.compile(r"(?:^|\s)(?:đối với|với)\s|(?:^|\s)cho\s+(?:ông|bà|đồng chí|đ/c)?\s*$")
# the next person is one more holder of the same post: "đối với ông A (nguyên ...) và ông B"
_ALSO = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:,|và|,\s*và)\s+(?:ông|bà|đồng chí|đ/c)?\s*$")
# words that end the clause of a subject named earlier: what follows is someone's speech or another clause
_NEW_CLAUSE = re.compile(r"cho biết|cho rằng|khẳng định|nhấn mạnh|thông tin|phát biểu|nói|:|\"|“|”|;")


def _lower(text: str) -> str:
    """Lower case only: unlike ``fold`` it keeps the punctuation at the edges, which the patterns here read."""
    return text.lower()


def _attach_disciplined(stream: Stream, phrases: list[PositionPhrase], used: set[int], persons: list[Match],
                        link: Callable[[Match], OfficialLink]) -> None:
    """A post named after a verb of appointment or dismissal ("cho thôi giữ chức Ủy viên Bộ Chính trị đối
    với ông X", "ông X ... được bầu giữ chức Phó Chủ tịch UBND tỉnh") belongs to the person the post is
    given to or taken from: the one named after "đối với/với/cho" in that sentence, else the person the
    clause is about, the nearest one named before the verb. Posts chained after it go with it."""
    text = stream.text
    phrase_at = {p.i: p for p in phrases}
    for phrase in phrases:
        if phrase.i in used:
            continue
        start = stream.syls[phrase.i].start
        if not _GOVERNED.search(_lower(text[max(0, start - 50):start])):
            continue
        chain = _chain_from(stream, phrase, phrase_at, used)
        sentence = stream.syls[phrase.i].sent
        same = [p for p in persons if stream.syls[p.i].sent == sentence]
        holders = _holders_after(stream, chain[-1].j, same) or _holder_before(stream, phrase.i, same)
        for person in holders:
            link(person).positions.extend(chain)
        if holders:
            used.update(c.i for c in chain)


def _chain_from(stream: Stream, first: PositionPhrase, phrase_at: dict[int, PositionPhrase],
                used: set[int]) -> list[PositionPhrase]:
    """``first`` and the posts chained after it with "," / ";" / "và" / "kiêm"."""
    chain = [first]
    while True:
        k = chain[-1].j
        width = next((w for w in (3, 2, 1) if " ".join(stream.keys[k:k + w]) in _CHAIN), 0)
        nxt = phrase_at.get(k + width) if width else None
        if nxt is None or nxt.i in used or _new_line(stream, k, nxt.i):
            return chain
        chain.append(nxt)


def _holders_after(stream: Stream, end: int, persons: list[Match]) -> list[Match]:
    """The persons named after "đối với/với/cho" following the post (and those joined to them by "và")."""
    text = stream.text
    after = [p for p in persons if p.i >= end]
    if not after:
        return []
    first = after[0]
    if not _TOWARDS.search(_lower(text[stream.syls[end - 1].end:first.start])):
        return []
    holders = [first]
    for person in after[1:]:
        if not _ALSO.match(_lower(text[holders[-1].end:person.start])):
            break
        holders.append(person)
    return holders


def _holder_before(stream: Stream, i: int, persons: list[Match]) -> list[Match]:
    """The person the clause is about: the nearest named before syllable ``i`` with no speech or quotation
    between ("ông X, Giám đốc Sở Y, vừa được bầu giữ chức ..."); a subject "ông A và ông B" gives both."""
    text = stream.text
    before = [p for p in persons if p.j <= i]
    if not before:
        return []
    holder = before[-1]
    between = _lower(text[holder.end:stream.syls[i].start])
    if _NEW_CLAUSE.search(between) or (")" in between and "(" not in between):
        return []  # speech, or a name in parentheses closed before the verb ("(Ảnh: X) Sáng nay ... bầu")
    if not (_HOLDING.search(between) or _PASSIVE.search(between) or _SERIAL.match(between)):
        return []  # "ông A chủ trì kỳ họp bầu Chủ tịch UBND": A is not the one elected
    holders = [holder]
    if len(before) > 1:
        other = before[-2]
        between = _lower(text[other.end:holder.start])
        if re.search(r"(?:^|,|\s)và\s+(?:ông|bà|đồng chí)?\s*$", between) and not _NEW_CLAUSE.search(between) \
                and not _TOWARDS.search(between):
            holders.insert(0, other)
    return holders


def _before_titles(stream: Stream, official: OfficialLink) -> int:
    """Where the posts written before the person's name start ("do Ủy viên Bộ Chính trị, Phó Thủ tướng X làm Trưởng
    đoàn": at "Ủy viên"), or the name's start when none are: the posts and "ông" sit between "do" and the name."""
    start = official.person.i
    k = start - 1
    if k >= 0 and stream.keys[k] in _HONORIFIC:
        k -= 1
    for phrase in sorted(official.positions, key=lambda p: -p.i):
        if phrase.j <= start and (phrase.j == k + 1 or stream.keys[phrase.j:k + 1] in ([","], [";"])):
            start, k = phrase.i, phrase.i - 1
            continue
    return start


_HEADED_GAP = 15  # syllables between the body and "do": its address or a short clause ("ra đời", "thành lập")


def _body_headed(stream: Stream, official: OfficialLink, orgs: list[Match]) -> None:
    """"Công ty X (trụ sở ...) do ông A làm giám đốc": the post named with no body after "do A làm" is held in
    the body the clause is about, the nearest one named before "do" in that clause."""
    person, keys = official.person, stream.keys
    k = _before_titles(stream, official) - 1
    if k > 0 and keys[k] in _HONORIFIC:
        k -= 1
    if k < 0 or keys[k] != "do":
        return
    for phrase in official.positions:
        if phrase.org_text is None and phrase.i == person.j + 1 and keys[person.j] in ("làm", "là"):
            body = next((m for m in reversed(orgs) if m.j <= k and k - m.j <= _HEADED_GAP
                         and m.sent == person.sent and not {";", ":", "do"} & set(keys[m.j:k])), None)
            if body is not None and not (body.i > 0 and keys[body.i - 1] == "của"):
                # "Đoàn kiểm tra của Bộ Chính trị do ... làm Trưởng đoàn": the post is in the Đoàn, not its parent
                phrase.org, phrase.org_text = body, body.text


# Councils of the state: a Party secretary is never one of their posts ("phó bí thư - chủ tịch UBND huyện X" is
# the phó bí thư of the district's Party committee, which the article does not name)
_STATE_COUNCIL = re.compile(r"^(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)\b", re.IGNORECASE)


def _share_dashed_bodies(stream: Stream, chain: list[PositionPhrase]) -> None:
    """"Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ": both titles are held in the body written last,
    unless a Party secretary would be put in a council of the state."""
    for n, phrase in enumerate(chain[:-1]):
        nxt = chain[n + 1]
        party_in_state = "bí thư" in fold(phrase.title.text) and bool(_STATE_COUNCIL.match(nxt.org_text or ""))
        if phrase.org_text is None and stream.keys[phrase.j:nxt.i] in (["-"], ["–"]) and nxt.org_text \
                and not party_in_state:
            phrase.org, phrase.org_text = nxt.org, nxt.org_text


_CAPACITY = frozenset({"cương vị", "tư cách", "vai trò", "trọng trách"})


# Words after which a post names whoever hands a task on, not the one who carries it out: "Thừa ủy quyền của Chủ
# tịch nước, Bí thư Tỉnh ủy X trao ...", "Thay mặt Thủ tướng, Bộ trưởng Y ...".
_DELEGATION = frozenset(tuple(fold(words).split()) for words in (
    "ủy quyền", "ủy quyền của", "thừa lệnh", "thừa lệnh của", "thay mặt", "thay mặt cho"))


def _delegating_post(stream: Stream, i: int) -> bool:
    """Is the post at ``i`` the one a task is delegated from ("ủy quyền của Chủ tịch nước, Bí thư X")? Followed by
    another post, it is no post of the person named after that one ("Thay mặt Bộ trưởng X" is X's)."""
    return any(tuple(stream.keys[max(0, i - n):i]) in _DELEGATION for n in (2, 3))


def _names_next(stream: Stream, j: int, names: list[str]) -> bool:
    """Does a person the article names in full follow syllable ``j`` directly? The post before a name is that
    name's, even where the repeat of the name was not tagged (a foreign name glued to the body before it)."""
    if j >= len(stream.syls) or not stream.syls[j].cap:
        return False
    start = stream.syls[j].start
    return any(stream.text.startswith(name, start) for name in names)


def _new_line(stream: Stream, i: int, j: int) -> bool:
    """Is there a line break between syllable ``i - 1`` and syllable ``j``? In list-style articles each line
    holds one person ("- Bí thư Thành ủy X\n- Trưởng Ban Y Z"): a post never reaches across a line to the
    name on another, and the bullet dash that opens a line is no apposition dash."""
    if i <= 0 or j >= len(stream.syls):
        return False
    return "\n" in stream.text[stream.syls[i - 1].end:stream.syls[j].start]


def _starts_clause(stream: Stream, i: int) -> bool:
    """Is syllable ``i`` at the start of a sentence or right after punctuation, "theo" or a word for the capacity
    someone acts in ("Trên cương vị Phó Thủ tướng, đồng chí X ...", "Với tư cách Chủ tịch, ông X ...")?"""
    if i == 0 or stream.syls[i - 1].sent != stream.syls[i].sent:
        return True
    return stream.syls[i - 1].punct or stream.keys[i - 1] in ("theo", "là") \
        or " ".join(stream.keys[max(0, i - 2):i]) in _CAPACITY


# Verbs of holding a post that open a fronted clause about the subject named after it
_HOLDING_VERBS = frozenset({"làm", "giữ chức", "giữ chức vụ", "giữ các chức vụ", "giữ cương vị", "lên chức",
                            "nhận chức", "đảm nhiệm", "đảm nhận", "bổ nhiệm làm", "bổ nhiệm giữ chức"})


# Words right before such a verb that show the clause has no subject of its own: "khi (còn/đã) làm", "từng giữ chức"
_FRONTING = frozenset({"khi", "còn", "đã", "từng", "được", "lúc", "mới", "vừa"})
# Two-syllable words of the span a post was held in: "Trong thời gian giữ chức vụ Giám đốc, ông X đã ..."
_FRONTING_SPANS = frozenset({"thời gian", "quá trình", "thời kỳ", "nhiệm kỳ"})


def _fronted_post(stream: Stream, i: int) -> bool:
    """Does the title at ``i`` follow a verb of holding with no subject of its own ("Khi còn làm Giám đốc Trung tâm
    Y tế huyện, ông X ...", "Trước khi giữ chức Phó Chủ tịch UBND TP, ông Y ...", "Sau khi được bổ nhiệm làm
    Trưởng ban, ông Z ...")? The clause is about the person named after the comma. With a subject ("Khi ông A làm
    Giám đốc Sở, ông B ...", "do ông A, Phó Chánh thanh tra tỉnh làm trưởng đoàn, ông B ...") the post is the
    subject's, so the verb must follow a word that opens a clause without one (_FRONTING)."""
    width = next((w for w in (3, 2, 1) if " ".join(stream.keys[max(0, i - w):i]) in _HOLDING_VERBS), 0)
    if not width or i - width <= 0:
        return False
    before = i - width - 1
    if stream.syls[before].sent != stream.syls[i].sent:
        return False
    return stream.keys[before] in _FRONTING or " ".join(stream.keys[max(0, before - 1):before + 1]) in _FRONTING_SPANS


# The board that runs a unit is not the unit: "Bí thư Đảng ủy, Chủ tịch HĐTV Tập đoàn X" is the Bí thư of the
# Đảng ủy of the Tập đoàn X, "Bí thư Đảng ủy, Chủ tịch UBND xã Y" of the Đảng ủy of the xã Y.
_MANAGING_BOARD = re.compile(r"^(?:HĐTV|HĐQT|Hội đồng thành viên|Hội đồng quản trị|UBND|Ủy ban nhân dân|Uỷ ban nhân dân"
                             r"|Ban Giám đốc)\s+(?=\S)", re.IGNORECASE)


# The Party committee a Ban or a board belongs to, at the end of a body's name ("Ban Tổ chức Thành ủy X")
_PARTY_COMMITTEE = re.compile(r"(?:Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Quận ủy|Quận uỷ|Thị ủy|Thị uỷ"
                              r"|Trung ương|T\.Ư|TƯ)\b")


# Boards of a Party committee itself (a Đảng ủy or Chi bộ written bare is the one of the unit named next instead)
_COMMITTEE_BOARDS = tuple(fold(board) for board in ("Ban Thường vụ", "Ban Chấp hành", "Thường trực", "BTV", "BCH"))


def _complete_bare_bodies(chain: list[PositionPhrase]) -> None:
    """"Bí thư Đảng ủy, Giám đốc Sở Nội vụ": the bare "Đảng ủy" is the Đảng ủy of the Sở Nội vụ.
    Only Party-type bodies are completed; "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh" keeps "Tỉnh ủy"."""
    for n, phrase in enumerate(chain):
        if not phrase.bare_party or phrase.org is None or phrase.org.data.get("kind") != "party":
            continue
        # the later body may be one the tagger left untagged: "Bí thư Đảng ủy, Cục trưởng Cục thi hành án ..."
        # nor another Party body: "Bí thư Đảng đoàn, Bí thư Đảng ủy cơ quan, Chủ tịch Liên đoàn lao động tỉnh"
        later = next((c for c in chain[n + 1:] if (c.org is not None or c.org_text) and not c.bare_party
                      and not fold(c.org_text).startswith("đảng")), None)
        if later is not None and later.org_text:
            committee = _PARTY_COMMITTEE.search(later.org_text, 1)
            if committee is not None and later.org_text[committee.start() - 1] == " " \
                    and fold(phrase.org.text).startswith(_COMMITTEE_BOARDS):
                # "Ủy viên Ban Thường vụ, Trưởng ban Tổ chức Thành ủy X": the Ban Thường vụ is the committee's
                # (Thành ủy X), not the Ban Tổ chức's
                phrase.org_text = f"{phrase.org.text} {later.org_text[committee.start():]}"
                continue
            phrase.org_text = f"{phrase.org.text} {_MANAGING_BOARD.sub('', later.org_text)}"
