"""PER: person names. Vietnamese names are runs of capitalised words; a run is a name when it follows an
honorific ("ông", "bà", "đồng chí") or a title, or when it starts with a common surname and is not a
known place. Spans already taken by organisations and places are left alone."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from ..canonical import fold
from ..encodings import is_syllable
from ..lexicon import foreign_places, gazetteer, honorifics, org_heads, surnames
from ..segmenter import load_segmenter
from ..stream import Stream, word_end
from .base import Match, RuleComponent, make_match, matches, occupied
from .organizations import COMMON_SURNAMES, KNOWN_DEPARTMENTS
from .titles import title_at

MAX_NAME = 5
# Capitalised words that start a new sentence or caption rather than continue a name ("... Nguyễn Văn Thiện
# Chiều nay 25-5, ..." where a caption ran into the text).
_NOT_IN_NAMES = frozenset({
    "chiều", "sáng", "tối", "trưa", "đêm", "hôm", "ngày", "theo", "tại", "trong", "sau", "trước", "khi", "đây",
    "đó", "hiện", "các", "những", "này", "với", "và", "của", "là", "từ", "ảnh", "video", "clip", "năm", "tháng",
    "việc", "uỷ", "nguồn", "bài", "tin", "đồ", "hình", "cùng", "tham", "dự", "tỉnh", "huyện", "ông", "bà", "về",
    # sentence adverbs no name uses ("Được" is one: "Trương Quang Được"): "Ảnh: VGP/Quang Hiếu Cũng nhân dịp này ..."
    # is a credit run into a sentence
    "cũng", "đã", "sẽ", "vẫn", "đang",
    # a sector that opens the next sentence ("Ảnh: VGP/Quang Hiếu Ngành Ngân hàng đã ..."): no given name
    "ngành",
})
# Of those, the ones no given name uses ("Năm", "Sáng" are names too): they end a name even inside a word the
# segmenter glued ("Nguyễn Đình Hòa Tỉnh" where "Tỉnh sẽ ..." starts the next sentence).
_NEVER_IN_NAMES = (_NOT_IN_NAMES - {"năm", "tháng", "sáng", "hiện", "dự", "bà"}) | {"tỉnh", "huyện"}
# Words before a name that make it a place ("khu kinh tế mở Chu Lai", "tại Sơn Tây"): a name the article also
# writes after one of these is a place wherever it stands without a person cue.
_PLACE_CUES = ("tại", "ở", "đến", "về", "từ", "tỉnh", "thành phố", "huyện", "xã", "thị xã", "quận", "khu kinh tế",
               "khu kinh tế mở", "khu công nghiệp", "cảng", "sân bay", "vùng", "miền", "thị trấn", "phường",
               "bán đảo")
_AFTER_PLACE_CUE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(_PLACE_CUES, key=len, reverse=True)) + r")\s+"
                              r"(?P<name>[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*){0,3})")


# Lower-case heads of places and works named after people ("trường Lê Hồng Phong", "đại lộ Mai Chí Thọ", "điện
# Hoàng Nguyên", "cửa khẩu La Lay"): the name after one is the place's, like a name after a place cue.
_FACILITY_HEADS = ("trường", "trường chuyên", "đường", "phố", "đại lộ", "cầu", "điện", "cung", "đền", "chùa",
                   "miếu", "công trường", "quảng trường", "cửa khẩu", "nhà thờ", "làng", "thôn", "ấp", "xóm",
                   "chợ", "bến", "kênh", "đập", "khu du lịch")
# Compounds that end in a head but are no place ("yêu cầu Trần Văn A", "Sở Tài nguyên và Môi trường Lê Văn B")
_NOT_FACILITY = frozenset({"yêu cầu", "nhu cầu", "môi trường", "thị trường", "hiện trường", "chiến trường",
                           "lập trường", "tên đường", "dọc đường", "giữa đường", "lên đường", "con đường",
                           "thành phố", "nông thôn", "toàn cầu"})
# The word before the head is read whole and never given back ("\w++" after a word start): a match can only start at a
# word start anyway, and letting the engine try every tail of every word made this one search a fifth of the person
# finder's time. The matches are the same.
_AFTER_FACILITY = re.compile(r"(?:(?<!\w)(?P<prev>\w++)\s+)?(?<![\w])(?P<head>" + "|".join(sorted(
    _FACILITY_HEADS, key=len, reverse=True)) + r")\s+(?P<name>[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*){0,3})")


def _names_after_place_cues(text: str) -> set[str]:
    """Every capitalised run written after a place cue, and its leading parts ("Chu Lai", "Chu")."""
    return _with_leading_parts(m.group("name") for m in _AFTER_PLACE_CUE.finditer(text))


def _names_after_facility_heads(text: str) -> set[str]:
    """Every capitalised run written after a lower-case head of a place or work named after a person ("trường
    chuyên Lê Hồng Phong"), and its leading parts. Only a run with no person cue is read by these: after a
    title the name is the holder's ("Chủ tịch Hồ Chí Minh" where the article has "Quảng trường Hồ Chí Minh")."""
    return _with_leading_parts(m.group("name") for m in _AFTER_FACILITY.finditer(text)
                               if f"{(m.group('prev') or '').lower()} {m.group('head')}" not in _NOT_FACILITY)


def _with_leading_parts(runs: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for run in runs:
        words = run.split()
        found.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    return found
# Years of the sixty-year cycle ("Tết Đinh Dậu", "Xuân Canh Tý"): a stem and a branch, never a person's name,
# though "Đinh", "Giáp", "Nhâm" are surnames.
_STEMS = frozenset({"giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"})
_BRANCHES = frozenset({"tý", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "tị", "ngọ", "mùi", "thân", "dậu", "tuất",
                       "hợi"})


def _cycle_year(stream: Stream, i: int, j: int) -> bool:
    return j - i == 2 and stream.keys[i] in _STEMS and stream.keys[i + 1] in _BRANCHES


def _known_place_of(stream: Stream, i: int, j: int, run_text: str, places: set[str]) -> bool:
    """Is the run ``i..j`` exactly a known place that the article also writes after a place cue?"""
    if run_text not in places:
        return False
    known = gazetteer().minor.longest(stream.keys, i, j)
    return known is not None and known[0] == j - i


# Places named by the two commonest surnames are named after a person ("Nguyễn Du", "Trần Phú") whom the press
# also names bare.
_PERSON_PLACE_SURNAMES = frozenset({"nguyễn", "trần"})


def _whole_known_place(stream: Stream, i: int, j: int) -> bool:
    """Is the run ``i..j`` exactly a known place of two syllables ("Sầm Sơn", "Sơn Trà")? With no person cue
    before it, such a surname-led run is the place; a person the article also names with a cue gets these
    mentions back from the mention propagator. A sentence's first words (a subject, a signature) are left
    alone. Three-syllable places are mostly named after a person whose full name the press writes bare
    ("phong cách Hồ Chí Minh"), so they are left to the cues."""
    if j - i != 2 or stream.keys[i] in _PERSON_PLACE_SURNAMES:
        return False
    if i == 0 or stream.syls[i - 1].sent != stream.syls[i].sent:
        return False  # a sentence's subject or a signature ("Vũ Hòa còn giành ...", "Kim Anh/VOV")
    known = gazetteer().minor.longest(stream.keys, i, j)
    return known is not None and known[0] == j - i


_INITIALS = re.compile(r"[A-ZĐ](?:\.[A-ZĐ]){1,3}\.?")
_ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI"})


def _capitals_name(stream: Stream, i: int, j: int, names: frozenset[str]) -> bool:
    """Is the run ``i..j`` a full name written in capitals ("Đại tá VÕ TRỌNG TUẤN", "ông PHAN DIỄN"): two syllables or
    more, each a Vietnamese syllable in capitals, the first a surname? An acronym ("UBND") is no syllable."""
    return j - i >= 2 and stream.keys[i] in names \
        and all(s.text.isupper() and is_syllable(s.key) for s in stream.syls[i:j])


def _date_word(stream: Stream, k: int) -> bool:
    """Is syllable ``k`` "Năm"/"Tháng" before a number ("Năm 2008"), a date that starts a sentence?"""
    return stream.keys[k] in ("năm", "tháng") and k + 1 < len(stream.syls) and stream.syls[k + 1].digit


def _closes_a_name(stream: Stream, j: int, stop: int) -> bool:
    """Is the capitalised function word at ``j`` ("Các", "Từ", "Tham") a name's last syllable: the end of a word,
    with a comma, dash or bracket right after it? Written so inside a sentence, it can only be a name; before a
    lower-case word it more often opens the next sentence of a caption run into the text ("... Trần Thường Theo
    ông Minh")."""
    return stream.syls[j].last and j + 1 < stop and stream.keys[j + 1] in (",", "-", "–", ")", ";")


def cap_run(stream: Stream, i: int, stop: int, taken: list[bool]) -> int:
    """End of the run of fully capitalised words starting at ``i`` (at most MAX_NAME syllables)."""
    j = i
    while j < stop and stream.syls[j].cap and (stream.word_cap[j] or j == i) and not stream.syls[j].punct \
            and not stream.syls[j].digit and not taken[j]:
        nxt = word_end(stream, j)
        if nxt - i > MAX_NAME:
            break
        if j > i and stream.keys[j] in _NOT_IN_NAMES and _closes_a_name(stream, j, stop):
            return j + 1  # "Phan Khắc Từ - Phó chủ tịch", "Vũ Quang Các, ...": the word is the name's last syllable
        if j > i and (org_heads().longest(stream.keys, j, stop) or title_at(stream, j, stop)
                      or stream.keys[j] in _NOT_IN_NAMES):
            break
        # a word the segmenter glued across a place or body another finder took ("Trung An" of "Chi nhánh Cấp
        # nước Trung An" + a name): the name stops where that span starts
        inside_taken = next((m for m in range(j + 1, nxt) if taken[m]), None)
        if inside_taken is not None:
            return inside_taken
        # a sentence word glued to the name by the segmenter ("Nguyễn Đình Hòa Tỉnh" = name + "Tỉnh sẽ ...")
        # or a date word before its number ("Ảnh: Vũ Lê Năm 2008, ...": a credit run into "Năm 2008")
        inner = next((m for m in range(j + 1, nxt) if stream.keys[m] in _NEVER_IN_NAMES or _date_word(stream, m)),
                     None)
        if inner is not None:
            if inner == nxt - 1 and stream.keys[inner] in _NOT_IN_NAMES and _closes_a_name(stream, inner, stop):
                return nxt  # "Vũ Quang Các, Giám đốc ...": one word, the name's last syllable
            return inner
        j = nxt
    return j


def _follows_title(stream: Stream, i: int, title_end: set[int], span_start: dict[int, int]) -> bool:
    """Does a title stand before ``i``, possibly with its body between: "Tổng thống Mỹ", "Bộ trưởng Ngoại giao
    Ấn Độ", "Chủ tịch UBND tỉnh Quảng Nam" + the name?"""
    k = i
    for _ in range(3):
        if k in title_end:
            return True
        if k in span_start and stream.syls[span_start[k]].sent == stream.syls[i].sent:
            k = span_start[k]
            continue
        opening = _gloss_start(stream, k)
        if opening is not None:
            k = opening  # "Chủ tịch Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA)" + the name: the body's short form
            continue
        # one capitalised word of mixed case: an elliptic ministry ("Ngoại giao", "Quốc phòng")
        w = k - 1
        if w >= 0 and stream.syls[w].sent == stream.syls[i].sent and not stream.syls[w].punct:
            while w > 0 and stream.syls[w - 1].word == stream.syls[w].word:
                w -= 1
            if stream.syls[w].cap and not stream.word_cap[w]:
                k = w
                continue
        return False
    return k in title_end


def _foreign_name_after_dashed_title(stream: Stream, i: int, j: int, title_end: set[int],
                                     span_start: dict[int, int]) -> bool:
    """Is ``i..j`` a foreign name set off from the title before it by a dash ("Thủ tướng - Stefan Lofven", "Bộ
    trưởng Tài chính - Magdalena Andersson")? A Vietnamese name there is found by its surname; a foreign one has
    no surname to go by, so it must be two words or more with one that is no Vietnamese syllable."""
    if i < 2 or j - i < 2 or stream.keys[i - 1] not in ("-", "–") \
            or stream.syls[i - 1].sent != stream.syls[i].sent:
        return False
    return any(not_vietnamese(s.text) for s in stream.syls[i:j]) \
        and _follows_title(stream, i - 1, title_end, span_start)


_GLOSS_REACH = 8  # syllables a bracket after a body may hold: "(KOICA)", "(Bộ KH-ĐT)"


def _gloss_start(stream: Stream, k: int) -> int | None:
    """Where the closed bracket that ends right before ``k`` opens, when it is short and in the same sentence
    ("(KOICA)", "(Bộ Y tế)"); else None."""
    if k < 2 or stream.keys[k - 1] != ")":
        return None
    for m in range(k - 2, max(-1, k - 2 - _GLOSS_REACH), -1):
        if stream.syls[m].sent != stream.syls[k - 1].sent or stream.keys[m] == ")":
            return None
        if stream.keys[m] == "(":
            return m if m + 1 < k - 1 else None
    return None


def _after_honorific(stream: Stream, i: int, honor: frozenset[str], span_start: dict[int, int]) -> bool:
    """Does an honorific or occupation stand before ``i``, possibly with a place or body between ("tay đua
    Thụy Điển Daniel Tynell", "cầu thủ CLB Hà Nội Nguyễn Văn Quyết")?"""
    for k in {i, span_start.get(i, i)}:
        if stream.syls[k].sent != stream.syls[i].sent:
            continue
        prev = stream.keys[k - 1] if k > 0 and stream.syls[k - 1].sent == stream.syls[i].sent else ""
        prev2 = " ".join(stream.keys[k - 2:k]) if k > 1 else ""
        if prev in honor or prev2 in honor:
            return True
    return False


def _surname_after_place(stream: Stream, k: int, j: int, names: frozenset[str]) -> bool:
    """Does a full name (a surname and at least one more syllable) start at ``k``, right after a place that
    ends the body of a title? Then the place is the body's, not the first word of the name."""
    return j - k >= 2 and stream.syls[k].first and stream.keys[k] in names


# Abbreviated degrees and occupations, written alone or joined in many forms ("PGS-TS-BS", "ThS.BS", "GS.TSKH")
_DEGREE_PARTS = frozenset({"bs", "ts", "gs", "pgs", "ths", "tskh", "ls", "kts", "ks", "ds", "nsưt", "nsnd", "nsut",
                           "bsck", "bscki", "bsckii", "cki", "ckii"})
_DEGREE_SPLIT = re.compile(r"[.\-]")


def is_degree(text: str) -> bool:
    """Is ``text`` an abbreviated degree or occupation ("BS", "PGS-TS-BS", "ThS.BS"), written before a name?"""
    parts = [part for part in _DEGREE_SPLIT.split(text.lower()) if part]
    return bool(parts) and all(part in _DEGREE_PARTS for part in parts) and not text.islower()


def _name_after_degree(stream: Stream, i: int, j: int, names: frozenset[str]) -> int | None:
    """Start of a name (a surname and more) right after an abbreviated degree or occupation glued into the run at
    ``i`` ("BS Trương Thìn", "PGS-TS-BS Tăng Chí Thượng", "LS Trần Vũ Hải"), else None. A degree is no part of
    the name (SPEC), and the run that starts with it would otherwise be dropped as an acronym."""
    k = word_end(stream, i)
    if k - i != 1 or not is_degree(stream.syls[i].text):
        return None
    if k + 1 < j and stream.keys[k] in names and stream.syls[k].first:
        return k
    return None


def _name_after_country(stream: Stream, k: int, j: int) -> bool:
    """Does a name start at ``k``, inside a run after a title that opens with a country or province ("Tổng thống
    Belarus Lukashenko", "Chủ tịch Cuba Raul Castro")? The place is where the post is held: the press writes
    TITLE PLACE NAME, and a name never starts with a country. The rest must be no place, and start a word unless
    the place is a foreign country, which the segmenter glues to the foreign name after it ("Belarus
    Lukashenko" is one word to it)."""
    if k >= j or any(gazetteer().minor.longest(stream.keys, m, j) for m in range(k, j)):
        return False  # "Chủ tịch Đức Long Gia Lai": a company named after places, not a country and a name
    if stream.syls[k].first:
        return True
    word_start = k - 1
    while word_start > 0 and not stream.syls[word_start].first:
        word_start -= 1
    return stream.text[stream.syls[word_start].start:stream.syls[k - 1].end] in foreign_places()


def _name_after_body_word(stream: Stream, i: int, j: int, names: frozenset[str]) -> int | None:
    """Start of a full name (a common surname and one to three more syllables) inside the run ``i..j`` after
    a title, where the run opens with a word that is no surname ("Saigontourist Trần Hùng Việt"), else None."""
    if stream.keys[i] in names:
        return None
    # after a brand no Vietnamese syllable could spell ("Sacombank"), any listed surname may open the name
    opens = names if not_vietnamese(stream.syls[i].text) else COMMON_SURNAMES
    for k in range(i + 1, j - 1):
        if stream.syls[k].first and stream.keys[k] in opens and 2 <= j - k <= 4:
            return k
        if stream.keys[k] in names:
            return None
    return None


def not_vietnamese(word: str) -> bool:
    """Can ``word`` not be one Vietnamese syllable ("Sacombank", "Saigontourist")? A brand, never a surname."""
    return not is_syllable(fold(word))


# Honorifics that only ever stand before a person (occupations like "học sinh" may stand before a school)
_PERSONAL = frozenset({"ông", "bà", "đồng chí", "đ/c", "anh", "chị", "cụ", "ngài"})


def _heads_an_organisation(stream: Stream, i: int, j: int, stop: int, after_honorific: bool) -> bool:
    """Does the run ``i..j`` start with an organisation head? After "ông"/"bà" a bare head that needs a name
    ("ông Trường", "bà Hội") is the person's given name: the organisation finder left it untaken."""
    hit = org_heads().longest(stream.keys, i, stop)
    if hit is None:
        return False
    if after_honorific and hit[1] == "named" and hit[0] < j - i and i > 0 and stream.keys[i - 1] in _PERSONAL:
        return False  # "ông Trường Chinh": after a personal honorific a run no body took is a name
    return not (after_honorific and hit[1] == "named" and hit[0] == j - i)


# Cues after which a capitalised syllable is a person's name even where the segmenter glued it to the verb that
# follows ("ông Phương cầm dao", "bà Thủy tỏ thái độ"): personal honorifics and military ranks, never occupations
# that may stand before a body ("PV Dân trí", "sinh viên Học viện").
_NAME_CUES = _PERSONAL | frozenset({
    "em", "cô", "chú", "bác", "thầy", "đại tá", "thượng tá", "trung tá", "thiếu tá", "đại tướng", "thượng tướng",
    "trung tướng", "thiếu tướng", "đại uý", "thượng uý", "trung uý", "thiếu uý"})


def _capitalised_head(stream: Stream, i: int, stop: int) -> int:
    """End of the capitalised syllables that open the word at ``i`` when the word goes on in lower case: the
    segmenter glued a name to the verb after it ("Phương cầm", "Trương Thị Mai giữ", "Bình duyệt"). 0 where the
    word is one capitalised or one lower-case word, or opens a title, a body, a rank or a sentence word ("Chủ
    tịch", "Giám đốc", "Bệnh viện", "Thiếu tướng", "Chiều qua")."""
    if not stream.syls[i].first or not stream.syls[i].cap or stream.word_cap[i]:
        return 0
    end = word_end(stream, i)
    head = i
    while head < end and stream.syls[head].cap and not stream.syls[head].punct:
        head += 1
    if head == i or head >= end or any(stream.syls[k].cap or stream.syls[k].punct for k in range(head, end)) \
            or "-" in stream.syls[head - 1].text:
        return 0  # "Quý-Giám đốc": a name run into a title by a hyphen, not a name glued to a verb
    # a real word capitalised at a sentence's start ("Ngoài ra", "Trao đổi", "Nghị quyết"), not a name and a verb
    if load_segmenter().is_word(" ".join(stream.keys[i:end])):
        return 0
    if title_at(stream, i, stop) or org_heads().longest(stream.keys, i, stop) or stream.keys[i] in _NOT_IN_NAMES \
            or stream.keys[i] in honorifics() or " ".join(stream.keys[i:end]) in honorifics():
        return 0
    return head


def ends_glued_to_a_verb(stream: Stream, k: int) -> bool:
    """Does the name syllable at ``k`` end where its word goes on in lower case with no dictionary word made
    ("Thăng" + "yêu", "Tuấn nhận"): a name the segmenter glued to the verb after it?"""
    syl = stream.syls[k]
    if syl.last or not syl.cap or k + 1 >= len(stream.syls) or stream.syls[k + 1].word != syl.word:
        return False
    start = k
    while start > 0 and stream.syls[start - 1].word == syl.word:
        start -= 1
    end = word_end(stream, k)
    return all(not s.cap and not s.punct for s in stream.syls[k + 1:end]) \
        and not load_segmenter().is_word(" ".join(stream.keys[start:end]))


def _name_glued_to_a_verb(stream: Stream, i: int, stop: int, title_end: set[int],
                          span_start: dict[int, int]) -> int:
    """End of a name at ``i`` that the segmenter glued to the lower-case word after it: a given name or a full name
    after a personal cue ("ông Phương cầm dao", "bà Trương Thị Mai giữ chức"), or a full name after a title ("Chủ
    tịch nước Trần Đại Quang gắn Huân chương"); 0 otherwise. After a title a single capitalised syllable is left
    alone: it is the field of a ministry ("Bộ trưởng Văn hóa")."""
    head = _capitalised_head(stream, i, stop)
    if not head or i == 0 or stream.syls[i - 1].sent != stream.syls[i].sent:
        return 0
    cue = stream.keys[i - 1] in _NAME_CUES or " ".join(stream.keys[max(0, i - 2):i]) in _NAME_CUES
    full_name = head - i >= 2 and stream.keys[i] in surnames()
    if cue or (full_name and _follows_title(stream, i, title_end, span_start)):
        return head
    return 0


# Cues in a bracket after a person's name that introduce the same person's other name ("Phan Văn Trò (tức Hiếu)",
# "Nguyễn Quốc Thiện Esele (tên gốc là Theophilus Esele, ...)")
_OTHER_NAME_CUES = tuple(tuple(cue.split()) for cue in (
    "tên gốc là", "tên thật là", "tên khai sinh là", "tên gốc", "tên thật", "bí danh", "tức", "hay"))


def _a_known_place(stream: Stream, start: int, end: int) -> bool:
    """Does a province or country, or a smaller place of two syllables or more, fill ``start..end`` ("(Hà Nội)", "(Gia
    Lâm)")? One-syllable communes share their names with people ("Hiếu")."""
    major = gazetteer().major.longest(stream.keys, start, end)
    minor = gazetteer().minor.longest(stream.keys, start, end)
    return bool(major and major[0] == end - start) or bool(minor and minor[0] == end - start >= 2)


def _other_names(stream: Stream, found: list[Match], taken: list[bool]) -> list[Match]:
    """The other name a bracket gives right after a person's name: after a cue ("(tức Hiếu)", "(tên gốc là
    Theophilus Esele, quốc tịch Nigeria)"), or alone before the person's country ("(Dio Preye, Nigeria)": the birth
    name of a naturalised player). A place, a body or an acronym in the bracket is none."""
    others: list[Match] = []
    for person in found:
        k = person.j
        if k + 2 >= len(stream.syls) or stream.keys[k] != "(":
            continue
        k += 1
        cue = next((len(c) for c in _OTHER_NAME_CUES if tuple(stream.keys[k:k + len(c)]) == c), 0)
        start = k + cue
        end = cap_run(stream, start, stream.sent_end[start] if start < len(stream.syls) else start, taken)
        if end == start or end >= len(stream.syls) or any(s.text.isupper() and len(s.text) > 1
                                                          for s in stream.syls[start:end]) \
                or _a_known_place(stream, start, end) or org_heads().longest(stream.keys, start, end):
            continue
        if cue and stream.syls[end].text in (")", ",", ";", "“", "”", '"'):
            others.append(make_match(stream, "PER", start, end))
        elif not cue and stream.keys[end] == "," and end + 1 < len(stream.syls):
            country = gazetteer().major.longest(stream.keys, end + 1)
            if country and end + 1 + country[0] < len(stream.syls) and stream.keys[end + 1 + country[0]] == ")":
                others.append(make_match(stream, "PER", start, end))
    return others


class PersonFinder(RuleComponent):
    label = "PER"

    def find(self, doc: Doc) -> list[Match]:
        stream = self.stream(doc)
        # titles are not names either ("ĐB Nguyễn Ngọc Phương": the name starts after "ĐB")
        taken = occupied(matches(doc, "ORG") + matches(doc, "LOC") + matches(doc, "TITLE"), len(stream.syls))
        title_end = {m.j for m in matches(doc, "TITLE")}
        span_start = {m.j: m.i for m in matches(doc, "ORG") + matches(doc, "LOC")}
        home_place_end = {m.j for m in matches(doc, "LOC") if m.text not in foreign_places()}
        found: list[Match] = []
        i = 0
        n = len(stream.syls)
        honor = honorifics()
        names = surnames()
        places = _names_after_place_cues(stream.text)
        facilities = _names_after_facility_heads(stream.text)
        while i < n:
            stop = stream.sent_end[i]
            syl = stream.syls[i]
            # a name starts a word, or follows an honorific or a title the segmenter glued to it ("Anh Tuấn",
            # "ĐBQH Dương Văn Thống")
            # or a body whose name stops inside the word ("Ban Kinh tế TƯ" + "Trương Tấn Sang")
            glued = i > 0 and not syl.first and (stream.keys[i - 1] in honor or i in title_end or i in span_start) \
                and stream.syls[i - 1].word == syl.word
            if not taken[i] and not stream.word_cap[i]:
                head = _name_glued_to_a_verb(stream, i, stop, title_end, span_start)
                if head:  # "ông Phương cầm dao": the name, without the verb glued to it
                    found.append(make_match(stream, self.label, i, head))
                    i = word_end(stream, i)
                    continue
            if taken[i] or not syl.cap or not (syl.first or glued) or syl.key in honor \
                    or not (stream.word_cap[i] or glued) or syl.key in _NOT_IN_NAMES:
                i += 1
                continue
            j = cap_run(stream, i, stop, taken)
            if j == i:
                i += 1
                continue
            after_degree = _name_after_degree(stream, i, j, names)
            if after_degree is not None:
                i = after_degree  # "PGS-TS-BS Tăng Chí Thượng", "BS Trương Thìn": the name starts after the degree
                continue
            after_honorific = _after_honorific(stream, i, honor, span_start)
            after_title = _follows_title(stream, i, title_end, span_start) \
                or (not after_honorific and _foreign_name_after_dashed_title(stream, i, j, title_end, span_start))
            is_name = False
            if after_honorific or after_title:
                is_name = not (_heads_an_organisation(stream, i, j, stop, after_honorific)
                               or title_at(stream, i, stop))
                if is_name and not after_honorific and j - i == 1 and j < stop and stream.syls[j].cap \
                        and stream.syls[j].first and not stream.syls[j].punct and stream.keys[j] not in _NOT_IN_NAMES:
                    # "Ủy viên Đoàn Mặt trận ...", "Chủ tịch Nhóm Nghị sĩ ...": one word, then a body's name word
                    # or another body: the word heads the title's body, it is not a given name
                    is_name = False
            elif syl.key in names and j - i >= 2:
                bare_run = stream.text[syl.start:stream.syls[j - 1].end]
                is_name = bare_run not in places and bare_run not in facilities \
                    and not _whole_known_place(stream, i, j)
            if is_name and after_title and not after_honorific and j - i == 1 and i in home_place_end \
                    and not_vietnamese(syl.text):
                is_name = False  # "phó giám đốc Vũng Tàu Sinhanco": a brand after a home place, not a foreign name
            run_text = stream.text[syl.start:stream.syls[j - 1].end]
            title_place = after_title and not after_honorific and _known_place_of(stream, i, j, run_text, places)
            # "bệnh nhân Covid-19", "ông Hà 2": a word with a digit in it is no name
            has_digit = any(ch.isdigit() for ch in run_text)
            # "Quốc hội XV", "Đại hội XIII": a term's or congress's number in Roman numerals is no name
            roman = all(s.text in _ROMAN for s in stream.syls[i:j])
            # "Bộ trưởng Công Thương": a ministry's field after its title, written in capitals, is the body, no name
            field = after_title and not after_honorific and tuple(stream.keys[i:j]) in KNOWN_DEPARTMENTS
            if is_name and (_cycle_year(stream, i, j) or title_place or has_digit or roman or field):
                is_name = False  # "Tết Đinh Dậu"; "Phó tỉnh trưởng Sơn Tây" where the article writes "ở Sơn Tây"
            acronym = any(s.text.isupper() and len(s.text) > 1 and s.text not in _ROMAN for s in stream.syls[i:j])
            if is_name and acronym and not (after_honorific and _INITIALS.fullmatch(run_text)) \
                    and not ((after_honorific or after_title) and _capitals_name(stream, i, j, names)):
                is_name = False  # "VHTTDL", "LĐLĐ TP": acronyms, not names; but "anh N.V.K" is a person's initials
            if is_name:
                place = gazetteer().major.longest(stream.keys, i, stop)
                # after a title a smaller place may close the body too ("Giám đốc bệnh viện Bạch Mai" + name)
                known = place or (gazetteer().minor.longest(stream.keys, i, stop) if after_title else None)
                inner = _name_after_body_word(stream, i, j, names) if after_title and not known else None
                if place and place[0] >= j - i and not after_honorific:
                    is_name = False
                elif known and after_title and _surname_after_place(stream, i + known[0], j, names):
                    i += known[0]  # "Giám đốc Sở GTVT Hà Nội Vũ Văn Viện": the body's place, then the name
                    continue
                elif place and after_title and not after_honorific and _name_after_country(stream, i + place[0], j):
                    # "Tổng thống Belarus Lukashenko", "Thủ tướng Đức Angela Merkel": the place, then the name (the
                    # name may start inside the word the segmenter glued, so it is taken here)
                    found.append(make_match(stream, self.label, i + place[0], j))
                    i = j
                    continue
                elif inner is not None:
                    i = inner  # "Tổng giám đốc Saigontourist Trần Hùng Việt": the body's name, then the person
                    continue
            if is_name and (after_honorific or after_title) and j - i >= 2 and j < stop \
                    and _capitalised_head(stream, j, stop) == j + 1:
                j += 1  # "Tập Cận" + "Bình duyệt": the name's last syllable, glued to the verb after it
            if is_name:
                found.append(make_match(stream, self.label, i, j))
                if after_honorific or after_title:  # "các cầu thủ Kizito, Issifu và Samson Kayode"
                    j = self._listed_after(stream, j, stop, taken, found)
            i = j
        others = _other_names(stream, found, taken)
        return sorted(found + others, key=lambda m: m.i) if others else found

    def _listed_after(self, stream: Stream, j: int, stop: int, taken: list[bool], found: list[Match]) -> int:
        """Names coordinated with a cued name ("X, Y và Z") are people too, as long as each is a bare
        capitalised run that no place, organisation or title took."""
        while j + 1 < stop and stream.keys[j] in (",", "và") and stream.syls[j + 1].first:
            last = stream.keys[j] == "và"  # the list's last name may be followed by anything
            k = j + 1
            end = cap_run(stream, k, stop, taken)
            if end == k or stream.keys[k] in _NOT_IN_NAMES or stream.keys[k] in honorifics() \
                    or (last and end - k == 1) or title_at(stream, k, stop) \
                    or org_heads().longest(stream.keys, k, stop) or not stream.word_cap[k] \
                    or (end < stop and not last and not (stream.syls[end].punct or stream.keys[end] == "và")):
                break
            found.append(make_match(stream, self.label, k, end))
            j = end
        return j
