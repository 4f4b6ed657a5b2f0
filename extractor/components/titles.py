"""TITLE: position titles with their modifiers, as written ("Phó Bí thư Thường trực", "nguyên Bộ trưởng").

    TITLE := PREFIX* ROLE SUFFIX*
    PREFIX := "nguyên" | "cựu" | "Phó" | "Quyền" ...;  SUFFIX := "Thường trực" | "thứ nhất" | "phụ trách"

Titles are found wherever written; whether one is a *position* of someone is decided by the officials
builder, which links titles to the persons and bodies around them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..canonical import fold
from ..lexicon import org_heads, surnames, titles
from ..stream import Stream
from .base import Match, RuleComponent, make_match

PREFIXES = frozenset({"nguyên", "cựu", "phó", "quyền", "tân"})
SUFFIXES = (("thường", "trực"), ("thứ", "nhất"), ("kiêm", "nhiệm"), ("phụ", "trách"), ("chuyên", "trách"),
            ("danh", "dự"), ("đặc", "mệnh", "toàn", "quyền"))  # "Chủ tịch danh dự", "Đại sứ đặc mệnh toàn quyền"


def title_at(stream: Stream, i: int, stop: int) -> tuple[int, int] | None:
    """(start, end) syllables of a title starting at ``i``; the role must start a word or follow a prefix."""
    j = i
    while j < stop and stream.keys[j] in PREFIXES:
        j += 1
    hit = titles().longest(stream.keys, j, stop) or _board_member(stream, j, stop)
    while hit is None and j > i:  # a listed title that starts with a prefix word: "Phó phòng", "Phó tỉnh trưởng"
        j -= 1
        hit = titles().longest(stream.keys, j, stop)
    # the role starts a word, or continues the word of its prefix ("Phó trưởng" segmented as one word)
    glued = (j > i or stream.keys[j - 1] == "chức") and stream.syls[j - 1].word == stream.syls[j].word
    if hit is None or not (stream.syls[j].first or glued):
        return None
    k = j + hit[0]
    k += _qualifier_len(stream, j, k)  # before the word-end test: "Giám_đốc_điều_hành" may be one word
    if not stream.syls[k - 1].last and not _acronym_before_name(stream, k) and not _kind_before_name(stream, k) \
            and not _glued_to_acronym(stream, k):
        return None
    if hit[1] == "title" and tuple(stream.keys[j:k]) == ("nghị", "sĩ") and _names_members(stream, j):
        return None
    if tuple(stream.keys[j:k]) == ("trưởng",) and not _body_head_at(stream, k, stop):
        return None  # "bếp trưởng X", "Phân đoạn trưởng Yên Viên": the bare word is a post only before a body
    for suffix in SUFFIXES:
        if tuple(stream.keys[k:k + len(suffix)]) == suffix:
            k += len(suffix)
    return i, k


def _body_head_at(stream: Stream, k: int, stop: int) -> bool:
    """Does a body's head or acronym start at ``k`` ("Trưởng" + "Công an huyện", "SOM ARF")? Bare "trưởng"
    is a post of its own only so; after another noun it ends a compound job ("bếp trưởng", "thuyền trưởng")."""
    if k >= stop or not stream.syls[k].cap:
        return False
    acronym = stream.syls[k].text
    return org_heads().longest(stream.keys, k, stop) is not None \
        or (len(acronym) > 1 and acronym.isupper() and acronym.isalpha())  # "Trưởng SOM ARF của Việt Nam"


def _keys(*phrases: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(phrase).split()) for phrase in phrases)


# Words that narrow a role to a function or a grade and so belong to the title as written, as "Thường trực"
# does: "Giám đốc tiếp thị" (a company's marketing director), "Thẩm phán trung cấp" (a judge's grade). They
# follow only their kind of role: after "Trưởng phòng" the same words name the body ("phòng kinh doanh").
_DIRECTOR_FUNCTIONS = _keys("tiếp thị", "kinh doanh", "kỹ thuật", "marketing", "truyền thông", "tài chính",
                            "nhân sự", "sản xuất", "quốc gia", "khu vực", "điều hành")
_GRADES = _keys("cao cấp", "trung cấp", "sơ cấp")
_ROLE_QUALIFIERS = {role: qualifiers for roles, qualifiers in (
    (_keys("giám đốc"), _DIRECTOR_FUNCTIONS),
    (_keys("thẩm phán", "kiểm sát viên", "điều tra viên", "thanh tra viên", "chấp hành viên"), _GRADES),
) for role in roles}


def _qualifier_len(stream: Stream, j: int, k: int) -> int:
    """Syllables of a function or grade word after the role ending at ``k`` ("tiếp thị" of "Giám đốc tiếp thị");
    0 when there is none. The role is the title's last words, so "Tổng Giám đốc" and "Phó Giám đốc" qualify too."""
    for role, qualifiers in _ROLE_QUALIFIERS.items():
        if k - j < len(role) or tuple(stream.keys[k - len(role):k]) != role:
            continue
        for qualifier in qualifiers:
            end = k + len(qualifier)
            if tuple(stream.keys[k:end]) == qualifier and stream.syls[end - 1].last:
                return len(qualifier)
    return 0


# Boards whose "thành viên" (member) is a post: "thành viên HĐQT Sacombank", "thành viên Ban Kiểm soát".
_BOARDS = (("hđqt",), ("hđtv",), ("bks",), ("hội", "đồng", "quản", "trị"), ("hội", "đồng", "thành", "viên"),
           ("ban", "kiểm", "soát"))


def _board_member(stream: Stream, j: int, stop: int) -> tuple[int, str] | None:
    """"thành viên" is a title only before a company's board; elsewhere it is a member of anything (a delegation,
    a family), which the title lexicon must not list."""
    if tuple(stream.keys[j:j + 2]) != ("thành", "viên"):
        return None
    if any(tuple(stream.keys[j + 2:j + 2 + len(board)]) == board for board in _BOARDS) and j + 2 < stop:
        return 2, "thành viên"
    return None


_MEMBER_GROUPS = frozenset({"nhóm", "đoàn", "hội", "các", "những", "nhiều", "hai", "trợ", "lý"})


def _names_members(stream: Stream, j: int) -> bool:
    """Is "nghị sĩ" at ``j`` a word of a group's name or a plural ("Nhóm Nghị sĩ hữu nghị Việt - Nhật", "các nghị
    sĩ", "trợ lý nghị sĩ") rather than the seat of the person named next?"""
    if j == 0 or stream.syls[j - 1].sent != stream.syls[j].sent:
        return False
    before = stream.syls[j - 1]
    return stream.keys[j - 1] in _MEMBER_GROUPS or (before.cap and not before.punct and stream.keys[j - 1] not in
                                                     ("thượng", "hạ", "nữ"))


# Body kinds a title ends in ("Trưởng Ban", "Phó Cục"), which the segmenter may glue to the body's name after them
_KIND_WORDS = frozenset({"ban", "phòng", "cục", "vụ", "viện", "đoàn", "đội", "bộ", "sở"})


def _kind_before_name(stream: Stream, k: int) -> bool:
    """Does a title end at ``k`` in a capitalised body kind glued to the capitalised name after it ("Trưởng
    Ban_Chỉ_đạo Tây Bắc": the segmenter reads "Ban Chỉ đạo" as one word)? The title still ends at the kind."""
    last = stream.syls[k - 1]
    return k < len(stream.syls) and last.cap and stream.keys[k - 1] in _KIND_WORDS and stream.syls[k].cap \
        and stream.syls[k].word == last.word


def _glued_to_acronym(stream: Stream, k: int) -> bool:
    """Is the title ending at ``k`` glued by the segmenter to a body's acronym after it ("Trưởng BQL dự án",
    "Giám đốc BQL")? An all-capital acronym is no part of a title word, so the title still ends there."""
    if k >= len(stream.syls) or stream.syls[k].word != stream.syls[k - 1].word:
        return False
    acronym = stream.syls[k].text
    return len(acronym) > 1 and acronym.isupper() and acronym.isalpha()


def _acronym_before_name(stream: Stream, k: int) -> bool:
    """Does an abbreviated title end at ``k`` inside a word, a name or a body glued to it? The segmenter reads
    "ĐBQH Dương Văn Thống", "GĐ TT" and "TGĐ Cty" as one word; an all-capital acronym is no part of a name."""
    acronym = stream.syls[k - 1].text
    if not (len(acronym) > 1 and acronym.isupper() and k < len(stream.syls) and stream.syls[k].cap
            and stream.syls[k].word == stream.syls[k - 1].word):
        return False
    # a name, the body's own acronym ("GĐ TT Thông tin và Giáo dục Sức khỏe", "PGĐ BV Chợ Rẫy") or its head
    # ("TGĐ Cty Giống cây trồng Thái Bình")
    after = stream.syls[k].text
    return stream.keys[k] in surnames() or (len(after) > 1 and after.isupper() and after.isalpha()) \
        or org_heads().longest(stream.keys, k, min(len(stream.syls), k + 4)) is not None


_FORMER = frozenset({"nguyên", "cựu"})


def _glued_former(stream: Stream, i: int) -> int:
    """Start of a title at ``i`` with its "nguyên"/"cựu" (former) in front, which the segmenter may have glued
    to the word before ("kỷ luật cảnh cáo nguyên Bí thư": "cảnh cáo nguyên" is one word); ``i`` without one.
    A capitalised prefix glued so ("Ảnh: TTXVN Phó Thủ tướng X": "TTXVN Phó" is one word) is the title's too:
    no word of the language ends in a capitalised "Phó"."""
    k = i - 1
    if k > 0 and not stream.syls[k].first and stream.syls[k].last and stream.syls[k].sent == stream.syls[i].sent \
            and (stream.keys[k] in _FORMER or (stream.keys[k] in PREFIXES and stream.syls[k].cap)):
        return k
    return i


def _after_post_noun(stream: Stream, i: int) -> bool:
    """Does syllable ``i`` follow "chức" inside one word? The segmenter glues "cách chức ủy viên" into a word."""
    return i > 0 and stream.keys[i - 1] == "chức" and stream.syls[i - 1].word == stream.syls[i].word


class TitleFinder(RuleComponent):
    label = "TITLE"

    def find(self, doc: Doc) -> list[Match]:
        stream = self.stream(doc)
        found: list[Match] = []
        i = 0
        while i < len(stream.syls):
            starts = stream.syls[i].first or _after_post_noun(stream, i)
            hit = title_at(stream, i, stream.sent_end[i]) if starts else None
            if hit is None:
                i += 1
                continue
            start = _glued_former(stream, hit[0]) if hit[0] == i else hit[0]
            found.append(make_match(stream, self.label, start, hit[1]))
            i = hit[1]
        return found
