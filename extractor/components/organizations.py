"""ORG: organisation names found by a grammar of heads, names, places and nested bodies.

    ORG   := HEAD COMPLEMENT*
    HEAD  := a lexicon phrase ("Đảng bộ", "Sở", "Ủy ban nhân dân", "UBND", "Quốc hội" ...), capitalised
    COMPLEMENT := ORG                      "Ban Thường vụ" + "Tỉnh ủy"
               |  NAME-WORD                "Sở" + "Nội vụ" (an underthesea word that starts upper case)
               |  UNIT [PLACE | NUMBER]    "UBND" + "tỉnh" + "Quảng Nam"; "Đảng bộ" + "sở"
               |  ("và" | "-" | ",") NAME-WORD (inside a name: "Giáo dục và Đào tạo")

A head of kind ``named`` ("Sở", "Bộ") is an organisation only with a complement; ``party`` heads ("Đảng ủy")
are kept bare as back-references that the record builder resolves; ``standalone`` heads ("Quốc hội") are
organisations alone. A name stops before a person's name ("Bộ Y tế Nguyễn Thị Kim Tiến" → "Bộ Y tế").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..canonical import fold
from ..encodings import is_syllable
from ..lexicon import foreign_places, gazetteer, name_words, org_heads, press, surnames, titles
from ..stream import DASHES, Stream, word_end
from .base import Match, RuleComponent, make_match, occupied
from .titles import title_at

# Lower-case words that place an organisation ("UBND tỉnh", "Đảng bộ sở", "Công an huyện X").
UNITS = frozenset({
    "tỉnh", "thành phố", "tp", "tp.", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "sở",
    "bộ", "thôn", "khu phố", "trường", "cơ quan", "khối", "ngành",
})
_UNIT_KEYS = {tuple(u.split()) for u in UNITS}
_NUMBERED_UNITS = frozenset({"quận", "phường", "khu phố"})
_NUMBERED_HEADS = frozenset({"trường", "bệnh viện", "quân khu", "quân đoàn", "sư đoàn", "lữ đoàn", "trung đoàn",
                             "tiểu đoàn", "hải đoàn", "binh đoàn", "đại đội", "đội", "tổ", "phòng"})
_JOINERS = frozenset({"và", "&", "-", "–"})


def unit_at(stream: Stream, i: int, stop: int) -> int:
    """Length in syllables of a place-unit word at ``i`` (lower case, or "TP"), else 0."""
    for n in (2, 1):
        if i + n <= stop and tuple(stream.keys[i:i + n]) in _UNIT_KEYS \
                and stream.syls[i].first and stream.syls[i + n - 1].last:
            # inside a name a unit may be capitalised ("UBND Quận 2", "Thành ủy Thành phố Hồ Chí Minh")
            return n
    return 0


def place_unit_at(stream: Stream, i: int, stop: int) -> int:
    """Length of a unit word at ``i`` that starts a place ("tỉnh", "TP", "huyện"; not "sở", "bộ"), else 0."""
    unit = unit_at(stream, i, stop)
    return unit if unit and " ".join(stream.keys[i:i + unit]) in _PLACE_UNITS else 0


# The surnames that open most Vietnamese names and are rarely a middle or given name ("Văn", "Quang", "Mai" are
# both): after a place or a body's word, one of these that starts a run of two to four syllables starts a
# person ("Hà Nam Nguyễn Văn A", "Tổng giám đốc Saigontourist Trần Hùng Việt").
COMMON_SURNAMES = frozenset({
    "nguyễn", "trần", "lê", "phạm", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý",
    "đào", "đoàn", "vương", "trịnh", "trương", "phùng", "tạ", "đinh", "lương", "lưu", "cao", "quách",
})


def person_like(stream: Stream, i: int, stop: int) -> bool:
    """True where a capitalised run starting at ``i`` looks like a person's name, not a place."""
    syl = stream.syls[i]
    if not (syl.cap and stream.word_cap[i]) or syl.key not in surnames():
        return False
    j = i
    while j < stop and stream.syls[j].cap and stream.word_cap[j] and not stream.syls[j].punct:
        j += 1
    if j - i < 2:
        return False
    place = gazetteer().minor.longest(stream.keys, i, stop)
    if place and 2 <= place[0] < j - i and stream.keys[i + place[0]] in COMMON_SURNAMES \
            and 2 <= j - i - place[0] <= 4:
        return False  # "Hà Nam Nguyễn Văn A": a place, then the person ("Phùng Văn Hòa" is a name)
    return not (place and place[0] >= j - i)


def _names_a_person(stream: Stream, i: int, stop: int) -> bool:
    """Does the surname at ``i`` open a name of two or three syllables whose second is no surname ("Đoàn Hồng
    Phong"), rather than end a body before a name ("Trung ương Đoàn Phạm Phương Chi", "Trung ương Đoàn tại")?"""
    j = i + 1
    while j < stop and j - i < 4 and stream.syls[j].cap and stream.word_cap[j] and not stream.syls[j].punct:
        j += 1
    return 2 <= j - i <= 3 and stream.keys[i + 1] not in surnames()


def place_name(stream: Stream, i: int, stop: int) -> int:
    """Length of a place name at ``i`` after a unit word: a known place or a capitalised run."""
    if i >= stop or not stream.syls[i].cap or stream.syls[i].punct or org_heads().longest(stream.keys, i, stop):
        return 0
    known = gazetteer().minor.longest(stream.keys, i, stop)
    if stream.keys[i] in COMMON_SURNAMES and person_like(stream, i, stop) \
            and not (known and known[0] >= 2 and _person_after_place(stream, i + known[0], stop)):
        # "UBND TP Lê Thanh Liêm": a known place ("Lê Thanh") that starts a person's name is not one; "Sở Y tế
        # TP Hồ Chí Minh Tăng Chí Thượng" is the place and then the holder's own full name
        return 0
    if known:
        return known[0]
    if person_like(stream, i, stop):
        return 0
    j = i
    while j < stop and j - i < 4 and stream.syls[j].cap and not stream.syls[j].punct \
            and not org_heads().longest(stream.keys, j, stop) and not (j > i and person_like(stream, j, stop)):
        j = word_end(stream, j)
    return j - i


def _person_after_place(stream: Stream, k: int, stop: int) -> bool:
    """Does a person's full name (a surname and one to three more capitalised syllables, nothing after) start at
    ``k``, right after a place name?"""
    j = k
    while j < stop and stream.syls[j].cap and stream.word_cap[j] and not stream.syls[j].punct:
        j += 1
    return 2 <= j - k <= 4 and stream.keys[k] in surnames()


def _place_after_unit(stream: Stream, j: int, stop: int) -> int:
    """Length of the place after a unit word that ends at ``j`` ("UBND huyện" + "Mỹ Đức"). A unit and its
    place close a body's name: what follows is the sentence ("UBND huyện Mỹ Đức Theo kết luận" where a caption
    lost its full stop, "UBND huyện Mỹ Đức GPMB"), so the caller takes no more name words after it. After
    "TP." the full stop may end the sentence ("của UBND TP. Đề nghị của ..."): only a known place follows."""
    name = place_name(stream, j, stop)
    if name and stream.syls[j - 1].text.endswith("."):
        known = gazetteer().minor.longest(stream.keys, j, stop)
        name = known[0] if known else 0
    if name and not stream.syls[j + name - 1].last and not person_like(stream, j + name, stop):
        # a known place that ends inside a word is part of an older or longer one ("Hà Sơn Bình"); a person's
        # name the segmenter glued to the place is not ("xã Thạnh Tân" + "Trần Đức Toàn")
        end = word_end(stream, j + name - 1)
        if all(syl.cap and not syl.text.isupper() for syl in stream.syls[j + name:end]):
            name = end - j
    return name


_BACK_REFERENCES = frozenset({"Bộ", "Sở"})
_LOWER_COMMITTEES = frozenset({("tỉnh", "uỷ"), ("thành", "uỷ"), ("huyện", "uỷ"), ("quận", "uỷ"), ("thị", "uỷ")})
_TITLE_SUFFIX_HEADS = frozenset({("thường", "trực"), ("thường", "vụ")})
_CENTRAL_LEVEL = frozenset({"cấp", "tuyến", "thuộc", "ở", "quan", "chí", "ngành", "bộ", "các", "và", "từ", "địa",
                            "đến", "về", "lên"})


_LEVEL_PAIR_JOINERS = frozenset({"và", "với", "đến", "tới", ",", "-", "–"})


def _set_against_local_level(stream: Stream, k: int, stop: int) -> bool:
    """Does "địa phương" (the local level) follow at ``k``, joined to "Trung ương" before it ("Trung ương và (các)
    địa phương", "Trung ương đến địa phương")? Then "Trung ương" is the central level, no body."""
    if k >= stop or stream.keys[k] not in _LEVEL_PAIR_JOINERS:
        return False
    k += 2 if k + 1 < stop and stream.keys[k + 1] in ("các", "những") else 1
    return tuple(stream.keys[k:k + 2]) == ("địa", "phương")
_CENTRAL_KEYS = frozenset({("trung", "ương"), ("t.ư",)})  # "Trung ương" and its short form "T.Ư"
# National bodies there is one of: a unit word and a place after them ("Quốc hội tỉnh Lào Cai", "Chính phủ tại
# TP.HCM") say whose deputy or where, never which body. A foreign country still names another one ("Quốc hội Mỹ").
_NATIONAL_KEYS = frozenset({("quốc", "hội"), ("chính", "phủ"), ("bộ", "chính", "trị"), ("ban", "bí", "thư")})


# The state form before a country's name is part of its full name ("Cộng hòa Belarus", "Liên bang Nga", "Vương quốc
# Campuchia", "CHDCND Lào"), one LOC as VLSP writes it, and the place a foreign body belongs to ("Thượng viện Cộng
# hòa Haiti"); "nước" before it is the unit word and stays out.
STATE_FORMS = frozenset(tuple(fold(w) for w in form.split()) for form in (
    "Cộng hòa", "Liên bang", "Vương quốc", "Cộng hòa Liên bang", "Cộng hòa Nhân dân", "Cộng hòa Dân chủ Nhân dân",
    "Cộng hòa Xã hội chủ nghĩa", "Cộng hòa Hồi giáo", "Cộng hòa Dân chủ", "Hợp chủng quốc", "Đại Công quốc",
    "Công quốc", "Cộng hòa Arab", "CHDCND", "CHND", "CHXHCN", "CHLB", "CHDC"))
_STATE_FORM_WIDTHS = sorted({len(form) for form in STATE_FORMS}, reverse=True)


# Foreign parliaments: inside a longer name they are a word of it, never a body nested in it
_PARLIAMENT_WORDS = frozenset({("nghị", "viện"), ("hạ", "viện"), ("thượng", "viện")})


def _common_noun_in_name(finder: OrganizationFinder, stream: Stream, inner: Match, stop: int) -> bool:
    """Is a standalone body written bare inside a longer name followed by more of that name ("Liên minh" + "Nghị
    viện" + "Thế giới")? Then it is a word of the name, not a body nested in it (as "Tỉnh ủy" is in "Ban Thường vụ
    Tỉnh ủy"): a capitalised word follows that is no body, person or place."""
    if tuple(fold(inner.data.get("head") or "").split()) in _PARLIAMENT_WORDS:
        return True  # "Diễn đàn Nghị viện châu Á - Thái Bình Dương", "Liên minh Nghị viện Thế giới": a word of the name
    k = inner.j
    if not inner.data.get("bare") or inner.data.get("kind") != "standalone" or inner.text.isupper() or k >= stop:
        return False
    return _is_name_word(stream, k, stop) and finder.head_at(stream, k, stop) is None \
        and not person_like(stream, k, stop) and gazetteer().minor.longest(stream.keys, k, stop) is None


def _is_place_name(stream: Stream, i: int, j: int) -> bool:
    """Is ``[i, j)`` exactly a known place written as the gazetteer spells it ("Vụ Bản", "Trường Sa")?"""
    known = gazetteer().minor.longest(stream.keys, i, j)
    return known is not None and known[0] == j - i \
        and stream.text[stream.syls[i].start:stream.syls[j - 1].end] in known[1].split("\n")


def _foreign_name_after_vietnamese(stream: Stream, start: int, j: int, stop: int) -> bool:
    """Does a run of two or more capitalised foreign syllables, no known place, start at ``j``, after a name written
    in Vietnamese words with a capital (``[start, j)``)? After a title, a body named in Vietnamese does not go on in
    a foreign language: the run is the title's holder, whom the surname list cannot know ("Chủ tịch Liên minh Nghị
    viện Thế giới" + "Saber Chowdhury"); after lower-case words only it is the body's own name ("Quỹ đầu tư" +
    "Indochina Capital"), and without a title a trade name ("Tập đoàn Giáo dục quốc tế Language Link")."""
    def foreign(k: int) -> bool:
        syl = stream.syls[k]
        return syl.cap and not syl.punct and not syl.text.isupper() and not is_syllable(syl.key)
    if j + 1 >= stop or not foreign(j) or not foreign(j + 1) or gazetteer().minor.longest(stream.keys, j, stop):
        return False  # "Bộ Giáo dục New Zealand": a foreign place names whose body it is
    name = range(start, j)
    return any(stream.syls[k].cap for k in name) and all(
        is_syllable(part) for k in name for part in re.split(r"[-–]", stream.keys[k]) if part.isalpha())


def _known_place_as_written(stream: Stream, j: int, stop: int, lower: bool) -> tuple[int, str] | None:
    """A known place at ``j``: a country with its state form ("Cộng hòa Haiti", where "Cộng Hòa" alone is also a
    commune), or a place written capitalised, or (``lower``) in lower case where the gazetteer spells it so
    ("châu Âu" in "Nghị viện châu Âu"); never a number ("Nghị quyết Trung ương 4": "4" names a ward too)."""
    syl = stream.syls[j]
    if syl.digit:
        return None
    if syl.cap:
        for width in _STATE_FORM_WIDTHS:
            if tuple(stream.keys[j:j + width]) in STATE_FORMS and j + width < stop:
                country = gazetteer().major.longest(stream.keys, j + width, stop)
                if country is not None and stream.syls[j + width].cap:
                    return width + country[0], country[1]
    known = gazetteer().minor.longest(stream.keys, j, stop)
    if known is not None and not stream.syls[j + known[0] - 1].last:
        return None  # a place ends with its word: "Trung ương Đoàn Thanh niên" names no place "Thanh"
    if known is None or syl.cap:
        return known
    written = " ".join(s.text for s in stream.syls[j:j + known[0]])
    return known if lower and written in known[1].split("\n") else None


def _front_acronym(stream: Stream, j: int) -> bool:
    """Is syllable ``j`` a one-word acronym of a body ("MTTQVN", "LHPN") that a central committee governs?"""
    syl = stream.syls[j]
    letters = syl.text.replace("&", "")
    return syl.first and syl.last and len(letters) >= 3 and letters.isalpha() and letters.isupper() \
        and syl.key not in NOT_ORG_ACRONYMS and gazetteer().minor.longest(stream.keys, j, j + 1) is None


def _holder_after_country(stream: Stream, start: int, j: int, stop: int) -> bool:
    """After a title, does a body's name ``[start, j)`` end in a country or province and a short name of two or
    three Vietnamese syllables, no place, follow it up to a comma, full stop or semicolon? The name is the title's
    holder, written as a pen name the surname list cannot know ("Chủ tịch Hội Nhà báo Việt Nam" + "Thuận Hữu;")."""
    if not _ends_in_major_place(stream, start, j):
        return False
    k = j
    while k < stop and k - j < 3 and stream.syls[k].cap and not stream.syls[k].punct \
            and not stream.syls[k].text.isupper() and is_syllable(stream.syls[k].key):
        k += 1
    if k - j < 2 or k >= stop or stream.keys[k] not in {",", ".", ";"}:
        return False
    place = gazetteer().minor.longest(stream.keys, j, k) or gazetteer().major.longest(stream.keys, j, k)
    return place is None or place[0] < k - j  # "Thuận" is a commune, "Thuận Hữu" a person


# An office named for the one post it serves: "Văn phòng Chủ tịch nước", "Văn phòng Thủ tướng", "Văn phòng Tổng
# thống Hàn Quốc". Posts that need a body ("Chủ tịch UBND") name no office of their own.
_OFFICE_HEADS = frozenset({("văn", "phòng")})
_STATE_POSTS = frozenset({("chủ", "tịch", "nước"), ("thủ", "tướng"), ("tổng", "bí", "thư"), ("tổng", "thống")})


def _state_post_end(stream: Stream, j: int, stop: int) -> int:
    """End of a capitalised state post at ``j`` in whole words and the country after it, else ``j``."""
    for post in _STATE_POSTS:
        end = j + len(post)
        if tuple(stream.keys[j:end]) == post and stream.syls[j].cap and stream.syls[end - 1].last:
            country = gazetteer().major.longest(stream.keys, end, stop)
            return end + country[0] if country is not None and stream.syls[end].cap else end
    return j


def _title_ends_at(stream: Stream, i: int) -> bool:
    return any(titles().entries.get(tuple(stream.keys[k:i])) for k in range(max(0, i - 5), i))


NOT_ORG_ACRONYMS = frozenset({
    "tp", "tp.", "hcm", "tphcm", "tp.hcm", "vn", "tw", "cn", "ii", "iii", "iv", "xii", "xiii",
    # economic measures, read after "tăng trưởng" as if after the title "trưởng"
    "gdp", "grdp", "gnp", "gni", "cpi", "fdi", "oda",
})


_PLATE = re.compile(r"\s*:?\s*\d{2}[A-Z]")


def _licence_plate(stream: Stream, m: Match) -> bool:
    """"xe máy mang BKS 37P2-2882": a bare acronym before a plate number is "biển kiểm soát", not the "Ban kiểm
    soát" of a company."""
    return bool(m.data.get("bare")) and m.text.isupper() and bool(_PLATE.match(stream.text, m.end))


def _acronym_after_title(stream: Stream, i: int, stop: int) -> bool:
    """An unknown all-caps word right after a title names the body ("Chủ tịch LĐLĐ TP HCM")."""
    text = stream.syls[i].text
    letters = text.replace("&", "")
    if len(letters) < 2 or not letters.isalpha() or not letters.isupper() or stream.keys[i] in NOT_ORG_ACRONYMS:
        return False
    if gazetteer().minor.longest(stream.keys, i, stop):
        return False
    if i + 1 < stop and stream.keys[i + 1] in _DEMONSTRATIVES:
        return False  # "Trợ lý Tổng giám đốc CLB này": a kind of body ("club") pointed back to, no name
    start = max(0, i - 6)
    return any(titles().entries.get(tuple(stream.keys[k:i])) for k in range(start, i))


_DEMONSTRATIVES = frozenset({"này", "đó", "ấy", "kia", "nọ"})


_PLACE_UNITS = frozenset({"tỉnh", "thành phố", "tp", "tp.", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"})
_LOWER_NAME_STOP = frozenset({
    "nhưng", "tuy", "song", "nên", "vì", "do", "bởi", "rồi", "hay", "hoặc", "cùng", "chúng", "tôi", "ta", "mình",
    "họ", "nay", "ấy", "kia", "nhằm", "thuộc",
    "của", "và", "với", "là", "được", "đã", "sẽ", "đang", "có", "cho", "tại", "ở", "về", "trên", "trong", "theo",
    "để", "các", "những", "này", "đó", "khi", "thì", "mà", "từ", "đến", "vừa", "cũng", "không", "phải",
})


def _lower_words_before_unit(stream: Stream, j: int, stop: int) -> int:
    """End of "bầu cử thị xã Bỉm Sơn" in "Ủy ban bầu cử thị xã Bỉm Sơn": up to seven lower-case syllables
    ("Trung tâm dịch vụ bán đấu giá tài sản tỉnh Đồng Nai") that are followed by a unit and a place; 0 when no
    unit and place follow."""
    k = j
    while k < stop and k - j <= 7:
        syl = stream.syls[k]
        if _paired_comma(stream, k, stop):
            k += 1
            continue
        if syl.cap or syl.punct or syl.digit or syl.key in _LOWER_NAME_STOP:
            break
        unit = unit_at(stream, k, stop)
        if unit and k > j and " ".join(stream.keys[k:k + unit]) in _PLACE_UNITS:
            name = place_name(stream, k + unit, stop)
            if not name and _bare_unit_ends_name(stream, k, stop) \
                    and not any(key in _CLASS_WORDS or key == "cấp" for key in stream.keys[j:k]):
                # "Ban chỉ đạo phòng chống dịch thành phố" + "đã": its place implied; not "UBND cấp tỉnh" (a level)
                return k + unit
            return k + unit + name if name else 0
        k += 1
    return 0


# Heads the press also writes in lower case before a capitalised name ("sở Tư pháp", "cục Thuế TP Hải Phòng",
# "công an huyện Đông Anh"). Left out: heads whose lower-case form is mostly another word before a capital
# ("bộ Luật Hình sự", "hội Lim", "đài Tưởng niệm", "trung tâm Hà Nội") and Party units, which in lower case
# are kinds ("chi bộ, đảng bộ TSVM").
_LOWER_HEADS = frozenset({
    ("sở",), ("cục",), ("tổng", "cục"), ("chi", "cục"), ("công", "an"), ("tòa", "án"), ("toà", "án"),
    ("viện", "kiểm", "sát"), ("bệnh", "viện"), ("trường",), ("công", "ty"), ("tổng", "công", "ty"),
    ("tập", "đoàn"), ("ngân", "hàng"), ("ủy", "ban"), ("uỷ", "ban"), ("ủy", "ban", "nhân", "dân"),
    ("uỷ", "ban", "nhân", "dân"), ("nông", "trường"), ("văn", "phòng"), ("phòng",),
    # a foreign party or a firm rendered with its kind in lower case ("đảng Xã hội", "hãng Vietjet")
    ("đảng",), ("hãng",),
})
# Their first syllables: at any other lower-case syllable no body starts, so ``head_at`` stops there before it looks
# for a title around it (most syllables are lower-case words; the grammar tries a head at every one).
_LOWER_HEAD_FIRSTS = frozenset(head[0] for head in _LOWER_HEADS)


# Nouns that make a lower-case "đảng" after them the Party's own ("tổ chức đảng", "cơ sở đảng")
_PARTY_UNIT_NOUNS = frozenset({("tổ", "chức"), ("cơ", "sở"), ("công", "tác"), ("sinh", "hoạt")})

# "trường ĐH", "trường CĐ": the level of a school, not its name ("các trường ĐH phía Nam")
_SCHOOL_LEVELS = frozenset({"đh", "cđ", "thpt", "thcs", "th", "tc", "đhqg", "mn"})


def _lower_head(stream: Stream, i: int, stop: int) -> tuple[int, str] | None:
    """A lower-case head counts only when a capitalised name or a unit + place follows it ("sở Tài chính",
    "ủy ban tỉnh Sơn Tây", "cục Hải quan Lạng Sơn"): written alone ("công ty", "trường") it is a common noun."""
    n = next((n for n in (4, 3, 2, 1) if tuple(stream.keys[i:i + n]) in _LOWER_HEADS), 0)
    hit = org_heads().longest(stream.keys, i, stop)
    if not n or hit is None or hit[0] < n or not stream.syls[i + n - 1].last:
        return None
    j = i + n
    if j >= stop:
        return None
    unit = unit_at(stream, j, stop)
    if unit and " ".join(stream.keys[j:j + unit]) in _PLACE_UNITS:
        # "ủy ban tỉnh Sơn Tây"; not "thị trường TP HCM" (a market), where "trường" ends another word
        return hit if stream.keys[i] != "trường" and place_name(stream, j + unit, stop) else None
    nxt = stream.syls[j]
    if stream.keys[i] == "trường" and hit[0] > n and (nxt.key in _SCHOOL_LEVELS or not nxt.cap):
        # "trường THPT Nam Trà My", "trường đại học Lao động - Xã hội" name one school; "các trường ĐH phía Nam"
        # is a class
        after = i + hit[0]
        named_school = after < stop and stream.syls[after].cap and not stream.syls[after].punct
        country = gazetteer().major.longest(stream.keys, after, stop) if named_school else None
        if country is not None and (after + country[0] >= stop or not stream.syls[after + country[0]].cap):
            return None  # "trường tiểu học VN": a school of that country, no one school
        return hit if named_school and not _after_class_word(stream, i) else None
    if not nxt.cap or nxt.punct or nxt.key in _SCHOOL_LEVELS or gazetteer().major.longest(stream.keys, j, stop):
        return None
    if stream.keys[i:j] == ["phòng"] and (nxt.text.isupper() or not is_syllable(nxt.key)):
        return None  # "phòng VIP", "phòng A1": a room; a department is named in words ("phòng Nội vụ")
    if person_like(stream, j, stop) and stream.keys[i:j] not in (["trường"], ["công", "ty"]):
        return None  # "trường Nguyễn Du", "công ty Hoàng Long" are named after people; other bodies are not
    if stream.keys[i:j] == ["đảng"] and (org_heads().longest(stream.keys, j, stop)
                                        or tuple(stream.keys[max(0, i - 2):i]) in _PARTY_UNIT_NOUNS):
        # "ban cán sự đảng UBND tỉnh", "tổ chức đảng TSVM" (trong sạch vững mạnh): the Party's unit, not a party
        return None
    return hit


def _inside_title(stream: Stream, i: int, stop: int) -> bool:
    """Is lower-case syllable ``i`` part of a title that starts before it ("Chánh văn phòng Trung ương Đảng")?
    The lower-case head there is the title's own word; the body is what follows the title."""
    for k in range(max(0, i - 3), i):
        hit = titles().longest(stream.keys, k, stop)
        if hit is not None and k + hit[0] > i:
            return True
    return False


# Offices that serve the body named after them: "Văn phòng UBND tỉnh" is the office of the UBND, "Thanh tra Bộ Y tế"
# the inspectorate of the ministry.
_SERVING_OFFICES = frozenset({("văn", "phòng"), ("thanh", "tra")})


def _office_in_title(stream: Stream, i: int, length: int, stop: int) -> bool:
    """Is the capitalised head at ``i`` the office noun of a title that holds it, with the body the office serves
    right after ("Chánh Văn phòng UBND tỉnh X", "Chánh Thanh tra Bộ Y tế")? The post is in that body (GUIDELINES:
    "Chánh Văn phòng UBND TPHCM" → ORG "UBND TPHCM"), so no body starts at the office noun."""
    if tuple(stream.keys[i:i + length]) not in _SERVING_OFFICES:
        return False
    for k in range(max(0, i - 2), i):
        hit = titles().longest(stream.keys, k, stop)
        if hit is not None and k + hit[0] == i + length and i + length < stop and stream.syls[i + length].cap \
                and org_heads().longest(stream.keys, i + length, stop) is not None:
            return True
    return False


def _glued_after_title(stream: Stream, i: int) -> bool:
    """Does a capitalised syllable ``i`` follow a title inside one word? The segmenter glues "Trưởng Ban" into
    one word, so "Ban Kiểm soát" in "Trưởng Ban Kiểm soát" starts mid-word; the body still starts there, as it
    does when the two are segmented apart."""
    if not stream.syls[i].cap or i == 0:
        return False
    k = i
    while k > 0 and stream.syls[k - 1].word == stream.syls[i].word:
        k -= 1
    return titles().entries.get(tuple(stream.keys[k:i])) is not None


# "(TN-MT)", "(BKS)": a short form in brackets right after a name
_SHORT_IN_BRACKETS = re.compile(r"\s*\((?:[A-ZĐ][A-ZĐƯƠÂÊÔĂ0-9&\-.]{1,11})\)")

_VERB_OBJECTS = frozenset({"các", "những", "một", "nhiều", "mọi", "cho", "lại", "ra"})


def _field_words_end(stream: Stream, j: int, stop: int) -> int:
    """End of the lower-case field words (data/name_words.txt) that start at ``j``, or ``j`` if none; the first
    may be glued to the head by the segmenter ("Hội đồng kỷ luật" as one word)."""
    start = j
    while j < stop and not stream.syls[j].cap and (stream.syls[j].first or j == start):
        more = name_words().longest(stream.keys, j, stop)
        if more is None or not stream.syls[j + more[0] - 1].last:
            break
        j += more[0]
    return j


# Field words (data/name_words.txt) that are also verbs: "Bộ Nội vụ tổng hợp danh sách", "Bộ đội Biên phòng
# Quảng Trị thông tin về vụ việc". After a name they continue it only where nothing makes them a verb.
_VERBISH_FIELDS = frozenset({
    ("tổng", "hợp"), ("thông", "tin"), ("đầu", "tư"), ("xây", "dựng"), ("đào", "tạo"), ("phát", "triển"),
    ("khám", "phá"), ("kỷ", "luật"), ("truyền", "thông"), ("phát", "triển", "nông", "thôn"),
})
# What may follow a verb but not a name ("thông tin về", "tổng hợp cho"): a preposition or an object's article.
_VERB_FOLLOWERS = frozenset({"về", "cho", "với", "các", "những", "một", "lại", "ra", "lên", "xuống", "tới"})
# Words that open the predicate after a subject: a name ends before them ("Ban Bảo vệ rừng đã có báo cáo").
_PREDICATE_OPENERS = frozenset({"đã", "sẽ", "đang", "vừa", "cũng", "mới", "vẫn", "còn", "chưa", "luôn", "từng",
                                "hiện"})
# Conjunctions that open a clause after the subject: "Các cán bộ của Công ty Xăng dầu hàng không" + "sau khi bị bắt"
_CLAUSE_CONJUNCTIONS = frozenset({"khi", "sau", "trước", "nếu", "thì", "mà"})
# Verbs the press writes right after a body ("Bộ Y tế tổ chức lễ", "LĐLĐ TPHCM chuyển kinh phí"): a lower-case
# word among them is never part of the name before it.
_VERBS = frozenset(data for data in """
tổ chức|tham mưu|chủ trì|phối hợp|quản lý|ban hành|kiểm tra|yêu cầu|đề nghị|đề xuất|chỉ đạo|hướng dẫn|thực hiện
triển khai|công bố|thông báo|tiếp nhận|trao|tặng|gửi|ký|họp|cấp|xử lý|xem xét|phê duyệt|thẩm định|thẩm tra|báo cáo
trình|chuyển|giao|nhận|hỗ trợ|tiếp tục|khẳng định|nhấn mạnh|lấy|tổng hợp|thông tin|cho biết|biết|nói|cho|mời
ra|đưa|làm|xin|tiến hành|đánh giá|phát hiện|bắt|khởi tố|điều tra|xác minh|thống nhất|quyết định|phát động
kêu gọi|khuyến cáo|cảnh báo|dự báo|ghi nhận|đồng ý|chấp thuận|từ chối|bác|cử|bổ nhiệm|thu hồi|xây dựng|đầu tư
mở|đóng|dừng|tạm dừng|tổng kết|sơ kết|khen thưởng|kỷ luật|phạt|xử phạt|ra mắt|vào|lên|xuống|về|đến|đi|phải
tăng|giảm|đạt|chiếm|muốn|cần|nên|được|bị|là|có|không|hợp tác|ủng hộ|tuyên bố|phát biểu|trả lời|chất vấn
nghiên cứu|rà soát|kiến nghị|tiếp thu|lưu ý|đề ra|thông qua|bầu|tuyển|tuyển sinh|thanh tra|kiểm toán|giám sát
đoạt|giành|hòng|công nhận
chia sẻ|cho hay|thừa nhận|cam kết|dự kiến|bày tỏ|nhận định|ước tính|thống kê|khuyến nghị|phản hồi|lên tiếng
""".replace("\n", "|").split("|") if data)
_VERB_KEYS = frozenset(tuple(v.split()) for v in _VERBS)


def _starts_verb(stream: Stream, k: int, stop: int) -> bool:
    """Does a verb of _VERBS start at ``k`` and end with a word ("giao" is one, "giao thông" is not)?"""
    return any(tuple(stream.keys[k:k + n]) in _VERB_KEYS and stream.syls[k + n - 1].last
               for n in (2, 1) if k + n <= stop)


_GLUED_DASH_NAME = re.compile(r"[^\W\d_]+[-–](?=[^\W\d_])")


def _glued_dash_name(text: str) -> bool:
    """Is ``text`` a syllable glued by a dash to the capitalised first syllable of a next field ("động-Thương")?"""
    glued = _GLUED_DASH_NAME.match(text)
    return glued is not None and text[glued.end()].isupper()


def _field_after_name_end(stream: Stream, j: int, stop: int, after_place: bool = False) -> int:
    """End of the lower-case field words after a capitalised name word ("Bộ Giao thông" + "vận tải"), or ``j``.
    A field word that is also a verb is dropped, with what follows it, when a preposition, an object's article
    or a lower-case noun comes after it ("Bộ Nội vụ tổng hợp danh sách"), and always ``after_place`` (the name
    word is a province or country, which closes a body's name: "Sở Tài chính Đà Nẵng" + "thông tin.")."""
    start = j
    last = j
    while j < stop and not stream.syls[j].cap and stream.syls[j].first:
        if _glued_dash_name(stream.syls[j].text):
            # "Bộ Lao" + "động-Thương binh": a dash written without spaces glues the next field's capital to
            # this one's last syllable, so the syllable reads as lower case; both fields are the name
            j = last = word_end(stream, j)
            continue
        more = name_words().longest(stream.keys, j, stop)
        if more is None or not stream.syls[j + more[0] - 1].last:
            break
        if tuple(stream.keys[j:j + more[0]]) in _VERBISH_FIELDS:
            k = j + more[0]
            nxt = stream.syls[k] if k < stop else None
            if after_place and last == start:
                return start
            if nxt is not None and not nxt.cap and not nxt.punct and not nxt.digit \
                    and nxt.key not in _PREDICATE_OPENERS and name_words().longest(stream.keys, k, stop) is None \
                    and not unit_at(stream, k, stop):  # "Phòng Giáo dục đào tạo huyện Mỹ Đức"
                return last if last > start else start
        j += more[0]
        last = j
    return j


def _is_major_place(stream: Stream, start: int, end: int) -> bool:
    """Are syllables ``[start, end)`` exactly a province, country or big city ("Đà Nẵng", "Phần Lan")?"""
    known = gazetteer().major.longest(stream.keys, start, end)
    return known is not None and known[0] == end - start


def _ends_in_major_place(stream: Stream, start: int, end: int) -> bool:
    """Does the name ``[start, end)`` end in a province, country or big city? Such a name is complete: "và" after
    it joins another body or place ("Bộ Ngoại giao Việt Nam" + "và Nhà Trắng"), unlike "và" inside a name's fields
    ("Sở Giáo dục và Đào tạo"); a dash still joins a pair of countries ("Hội hữu nghị Việt Nam - Campuchia")."""
    return any(_is_major_place(stream, k, end) for k in range(max(start, end - 4), end))


# Verbs the press writes as one pair with a comma between them: "Ban chỉ đạo phòng, chống dịch" (prevent and
# combat), which names one field.
_COMMA_PAIRS = frozenset({("phòng", "chống")})


def _paired_comma(stream: Stream, k: int, stop: int) -> bool:
    """Is the comma at ``k`` inside a fixed pair of verbs ("phòng, chống")?"""
    return 0 < k < stop - 1 and stream.keys[k] == "," and (stream.keys[k - 1], stream.keys[k + 1]) in _COMMA_PAIRS


def _lower_words_end(stream: Stream, j: int, stop: int, limit: int) -> int:
    """End of up to ``limit`` lower-case syllables in whole words from ``j``, none a function word, a verb or a
    unit word; ``j`` when there are none or more than ``limit``."""
    k = j
    while k < stop and k - j < limit:
        syl = stream.syls[k]
        if _paired_comma(stream, k, stop):
            k += 1
            continue
        if syl.cap or syl.punct or syl.digit or not syl.first or syl.key in _LOWER_NAME_STOP \
                or syl.key in _TAIL_STOP or syl.key in _PREDICATE_OPENERS or syl.key in _CLAUSE_CONJUNCTIONS \
                or _starts_verb(stream, k, stop) \
                or unit_at(stream, k, stop):
            break
        k = word_end(stream, k)
    return j if k - j > limit else k


# Lower-case words that never go on a body's name: an event's ordinal or term ("Đảng lần thứ XII", "Hội nhiệm
# kỳ V", "Đảng khóa IX"), the rank word of a title ("Chi cục phó", "Vụ trưởng"), a comparison ("như"), a
# quantifier ("và một số bệnh viện", "và toàn thể nhân dân"), a superlative's own word ("lớn nhất"; "thống nhất" is
# one word), and "kiêm", which joins one post to the next ("Đội trưởng Đội Bảo vệ" + "kiêm Đội trưởng Đội PCCC").
_TAIL_STOP = frozenset({"lần", "thứ", "khóa", "khoá", "nhiệm", "phó", "trưởng", "như", "một", "toàn", "mọi", "nhiều",
                        "nhất",
                        "cả", "kiêm"})
# Heads whose names the press writes with capitals: lower-case words right after them are the sentence's
# ("Đảng lần thứ XII", "Bộ làm khó TPHCM", "Vụ tai nạn giao thông": the incident), not a name.
_CAPITALISED_NAME_HEADS = frozenset({("đảng",), ("bộ",), ("sở",), ("vụ",), ("đại", "sứ", "quán"),
                                     ("lãnh", "sự", "quán"), ("tổng", "lãnh", "sự", "quán")})
# Heads of facilities and events: "Nhà máy nước sông Đuống" is a place (GUIDELINES), "Diễn đàn kinh tế St
# Petersburg" an event; the lower-case words after them do not make a body's name.
_FACILITY_HEADS = frozenset({("nhà", "máy"), ("diễn", "đàn")})


def _closing_name(stream: Stream, k: int, stop: int, finder: OrganizationFinder) -> bool:
    """Does a capitalised name that closes a lower-case stretch of a body's name start at ``k``: a known place
    ("Hiệp hội bất động sản TP.HCM"), a name word that is no person, title or other body ("Công ty bất động
    sản Bến Thành"), or a body that ends a longer name ("Trung ương", "Liên Hiệp Quốc")?"""
    syl = stream.syls[k]
    if not syl.cap or syl.punct or syl.digit or syl.key in COMMON_SURNAMES or person_like(stream, k, stop):
        return False  # "Cục trưởng Cục khảo thí Nguyễn An Ninh": a common surname starts the person after the body
    if tuple(stream.keys[k:k + 2]) in _TAIL_BODIES or tuple(stream.keys[k:k + 1]) in _TAIL_BODIES:
        return True
    head = finder.head_at(stream, k, stop)
    if head is not None:
        return head[1] == "standalone" and head[0] > 1
    if not _is_name_word(stream, k, stop):
        return False
    # a word capitalised in full ("Bến Thành"), or a name that goes on in capitals ("Hưng nghiệp Formosa");
    # not a common word capitalised at its start ("Giai đoạn")
    end = word_end(stream, k)
    return stream.word_cap[k] or (end < stop and stream.syls[end].cap and not stream.syls[end].punct)


def _place_unit_follows(stream: Stream, k: int, stop: int) -> bool:
    """Is a place unit with its place at ``k`` ("tỉnh Nghệ An", "huyện Mỹ Đức")?"""
    unit = place_unit_at(stream, k, stop)
    return bool(unit) and place_name(stream, k + unit, stop) > 0


# A body's term after its name: "nhiệm kỳ 2008-2009", "khóa XIV".
_TERM_KEYS = frozenset({("nhiệm", "kỳ"), ("nhiệm", "kì")}) | frozenset((word, nxt) for word in ("khóa", "khoá")
                                                                   for nxt in ("i", "v", "x", "xi", "xii", "xiii",
                                                                               "xiv", "xv", "ix"))


def _lower_tail_end(stream: Stream, j: int, stop: int, finder: OrganizationFinder) -> int:
    """End of a name that goes on in lower case after its capitalised words ("Cục Quản lý Y dược" + "cổ truyền",
    "Viện Vệ sinh" + "dịch tễ" + "Trung ương", "Cục Đầu tư" + "nước ngoài", "Chi cục Bảo vệ" + "thực vật" +
    "tỉnh Nghệ An"), else ``j``. Lower-case syllables in whole words, none a function word or a verb, count
    only when what follows ends a noun phrase: punctuation, the predicate ("đã", "sẽ"), a person's name, or a
    capitalised name that is no other body ("Đèo Cả", "Trung ương", "Nhà nước") (four syllables at most), or a
    unit and its place, which the caller then takes (six at most: "Trung tâm Bảo vệ sức khỏe bà mẹ trẻ em tỉnh
    Hà Nam")."""
    k = _lower_words_end(stream, j, stop, 6)
    # the segmenter may glue the term to the name ("an nhiệm"): the term's first syllable ends the tail
    k = next((p for p in range(j + 1, k) if tuple(stream.keys[p:p + 2]) in _TERM_KEYS), k)
    if k == j:
        return j
    if k - j <= 4 and tuple(stream.keys[k - 2:k]) == ("nhà", "nước"):
        return k  # "Ủy ban Chứng khoán nhà nước tại TP.HCM": the State's, as "Kiểm toán Nhà nước"
    if k < stop and (_place_unit_follows(stream, k, stop) or _bare_unit_ends_name(stream, k, stop)):
        return k
    if k - j > 4:
        return j
    if k >= stop:
        return k
    nxt = stream.syls[k]
    if nxt.key == "và" and (_and_lower_end(stream, k, stop, finder) or _and_name_follows(stream, k, stop, finder)
                            or (k + 1 < stop and stream.keys[k + 1] in ("các", "những"))):
        # the caller goes on through "và" ("Vụ Thống kê dân số" + "và lao động"); "và các ..." opens the next noun
        # phrase ("Ban Chỉ đạo Trung ương về Phòng chống thiên tai" + "và các Bộ, ngành")
        return k
    if nxt.key in DASHES and (_and_lower_end(stream, k, stop, finder)
                               or (k + 1 < stop and finder.head_at(stream, k + 1, stop) is not None)):
        # a second field joined by a dash ("Vụ Sức khỏe bà mẹ" + "- trẻ em (Bộ Y tế)"), which the caller takes,
        # or the parent body after a dash ("Cục Quản lý nợ và Tài chính đối ngoại" + "- Bộ Tài chính")
        return k
    if tuple(stream.keys[k:k + 2]) in _TERM_KEYS:
        return k  # the body's term closes its name ("Hội đồng Bảo an" + "nhiệm kỳ 2008-2009")
    if nxt.punct:
        return k if nxt.key in {",", ".", ";", ":", ")", "(", "!", "?", "\u201d", '"'} else j
    if nxt.key in _PREDICATE_OPENERS or nxt.key in _CLAUSE_CONJUNCTIONS or nxt.key == "kiêm" \
            or any(tuple(stream.keys[k:k + n]) in _CLOSING_VERBS and stream.syls[k + n - 1].last
                   for n in (2, 1) if k + n <= stop):
        return k
    if nxt.cap and not nxt.digit:
        if person_like(stream, k, stop):
            return k
        head = finder.head_at(stream, k, stop)
        if head is None or tuple(stream.keys[k:k + head[0]]) in _TAIL_BODIES:
            return k
        if k - j <= 2 and tuple(stream.keys[k:k + head[0]]) in _PARENT_HEADS:
            return k  # a unit's one-word tail before the body it is in ("Trung tâm Chống" + "độc" + "Bệnh viện")
    return j


# Bodies whose units the press names right before them ("Trung tâm Chống độc Bệnh viện Bạch Mai", "Khoa Hồi sức
# cấp cứu Bệnh viện ..."): after one lower-case word they close the unit's name rather than start a new subject.
_PARENT_HEADS = frozenset({("bệnh", "viện"), ("học", "viện"), ("đại", "học"), ("trường",), ("viện",)})


# Police departments and steering committees are named for what they deal with, after "về": "Phòng Cảnh sát QLHC
# về TTXH", "Cục Cảnh sát điều tra tội phạm về ma túy", "Ban Chỉ đạo Trung ương về PCTT".
_FIELD_NAMED_KEYS = frozenset({("cảnh", "sát"), ("cs",), ("csđt",), ("qlhc",), ("chỉ", "đạo")})


def _named_for_its_field(stream: Stream, i: int, j: int) -> bool:
    """Is the body named so far (syllables ``[i, j)``) a police department or a steering committee?"""
    return any(tuple(stream.keys[k:k + len(key)]) == key for k in range(i, j) for key in _FIELD_NAMED_KEYS)


def _about_field_end(stream: Stream, k: int, stop: int, finder: OrganizationFinder) -> int:
    """End of the field after "về" at ``k`` that a police department's or a steering committee's name goes on with:
    an acronym ("về TTXH"), capitalised name words ("về Phòng chống thiên tai"), or lower-case words closed as a
    name's tail is ("về ma túy" + punctuation or the predicate) or by the parent body's head; else 0 ("Ban Chỉ đạo
    tổ chức họp báo về Hội nghị", "về việc ...": the sentence's)."""
    j = k + 1
    if j >= stop or not stream.syls[j].first:
        return 0
    syl = stream.syls[j]
    if syl.cap and not syl.punct:
        if finder.head_at(stream, j, stop) is not None or person_like(stream, j, stop) \
                or gazetteer().minor.longest(stream.keys, j, stop):
            return 0
        end = word_end(stream, j)
        if syl.text.isupper():
            return end
        if not _is_name_word(stream, j, stop):
            return 0
        return _lower_tail_end(stream, _field_after_name_end(stream, end, stop), stop, finder)
    words = _lower_words_end(stream, j, stop, 6)
    if j < words < stop and finder.head_at(stream, words, stop) is not None:
        return words  # the parent body follows, which the caller nests ("về trật tự xã hội" + "Công an TP")
    end = _lower_tail_end(stream, j, stop, finder)
    return end if end > j else 0


def _bare_unit_ends_name(stream: Stream, k: int, stop: int) -> bool:
    """Is a place unit at ``k`` the last word of the name, its place left to the context ("Trung tâm Bảo vệ sức
    khỏe bà mẹ trẻ em tỉnh" + "đã khám")? Punctuation or the predicate must follow it."""
    unit = place_unit_at(stream, k, stop)
    if not unit:
        return False
    after = k + unit
    return after >= stop or stream.syls[after].key in _PREDICATE_OPENERS \
        or stream.syls[after].key in {",", ".", ";", ":", ")", "("}


# Heads whose names may start with "các" ("Ủy ban các vấn đề xã hội", "Liên hiệp các tổ chức hữu nghị Việt Nam").
_PLURAL_NAME_HEADS = frozenset({("ủy", "ban"), ("uỷ", "ban"), ("liên", "hiệp")})


def _plural_name_end(stream: Stream, j: int, stop: int) -> int:
    """End of a name that starts with "các" at ``j`` after "Ủy ban" or "Liên hiệp": lower-case nouns in whole words
    (at most six syllables; not a unit or a verb: "Ủy ban các xã", "Ủy ban các cấp" are classes), else 0. The word
    right after "các" is a noun whatever else it can be ("các tổ chức hữu nghị")."""
    k = j + 1
    if k >= stop or stream.syls[k].cap or stream.syls[k].punct or not stream.syls[k].first \
            or unit_at(stream, k, stop) or stream.keys[k] in {"cấp", "ngành", "địa", "đơn", "bộ", "sở"}:
        return 0
    first = word_end(stream, k)
    end = _lower_words_end(stream, first, stop, 6 - (first - k))
    return end if end > first or first - k >= 2 else 0


# Heads of companies, whose names end in a trade name ("Công ty TNHH Thương mại và quảng cáo Sao Bắc").
_COMPANY_HEADS = ("công ty", "cty", "tổng công ty", "tổng cty", "tcty", "ctcp", "tập đoàn")


def _and_name_follows(stream: Stream, k: int, stop: int, finder: OrganizationFinder) -> bool:
    """Is "và" at ``k`` followed by a capitalised name word that is no other body or person ("Văn phòng Chống ma
    túy" + "và Tội phạm")?"""
    return k + 1 < stop and _is_name_word(stream, k + 1, stop) \
        and finder.head_at(stream, k + 1, stop) is None and not person_like(stream, k + 1, stop)


# Punctuation that closes a noun phrase after a field joined to a name, and the auxiliaries that open the
# predicate after it ("mới", "còn" are also adjectives: "nông thôn mới").
_FIELD_CLOSERS = frozenset({",", ".", ";", ":", ")", "(", "\u201d", '"'})
_AUXILIARIES = frozenset({"đã", "sẽ", "đang", "vừa", "cũng"})
# Words that tie a body to the one it belongs to ("Ủy ban Tài chính - ngân sách" + "của Quốc hội"): they close the
# body's own name.
_PARENT_LINKS = frozenset({"của", "thuộc"})


def _and_field_end(stream: Stream, k: int, stop: int) -> int:
    """End of a second field joined by "và" or a dash at ``k`` and written in lower case, when it is only field
    words (data/name_words.txt), none a verb, closed by a comma, full stop or the predicate ("Bộ Nông nghiệp" +
    "và phát triển nông thôn" + ",", "Bộ Kế hoạch" + "- đầu tư" + ","), else 0. Even a ministry's name, which
    the press writes with capitals, goes on so; "và người dân" is no field."""
    end = _field_words_end(stream, k + 1, stop)
    if end == k + 1 or end >= stop or end - k - 1 > 4:
        return 0
    if stream.keys[k] not in DASHES and _lower_words_end(stream, k + 1, stop, 4) != end:
        return 0  # after "và" a field word that is also a verb ("và xây dựng") may open the sentence's clause
    return end if stream.keys[end] in _FIELD_CLOSERS or stream.keys[end] in _AUXILIARIES \
        or stream.keys[end] in _PARENT_LINKS else 0


def _and_lower_end(stream: Stream, k: int, stop: int, finder: OrganizationFinder, company: bool = False) -> int:
    """End of a lower-case second field joined by "và" at ``k`` ("Vụ Thống kê dân số" + "và lao động" + "(",
    "Tổng công ty đầu tư" + "và kinh doanh vốn" + "Nhà nước"), else 0. It counts only when a bracket, a place
    or a body that ends a name closes it: after a comma or full stop "và người dân" is the sentence's, and before
    a name "Ủy ban Kinh tế và ngân sách Tào Hữu Phùng" a person (whose surname may be unlisted) follows. A company
    (``company``) also ends in its trade name ("Công ty TNHH Thương mại và quảng cáo Sao Bắc")."""
    end = _lower_words_end(stream, k + 1, stop, 4)
    if end == k + 1 or end >= stop:
        return 0
    if _and_field_end(stream, k, stop):
        return end
    if stream.keys[end] in {"(", ")"} or _place_unit_follows(stream, end, stop) \
            or tuple(stream.keys[end:end + 2]) in _TAIL_BODIES \
            or (_closing_name(stream, end, stop, finder)
                and (company or finder.head_at(stream, end, stop) is not None)):
        return end  # a body that ends the name; a bare name word there is more often a person's
    return 0


# A mission abroad is named with the country it is in: "Đại sứ quán Việt Nam tại Malaysia".
_MISSION_HEADS = frozenset(tuple(head.split()) for head in ("đại sứ quán", "lãnh sự quán", "tổng lãnh sự quán"))
# Legal forms written between a company's head and its trades ("Công ty TNHH MTV" + "tư vấn du học" + ...).
_LEGAL_FORMS = frozenset({"tnhh", "mtv", "cp", "ctcp", "jsc"})
# Words after which lower-case words are the sentence's, not a company's trade: prepositions and an object's
# article ("mua lại", "bán cho"), the passive ("bị").
_NOT_TRADE = _VERB_FOLLOWERS | frozenset({"bị", "rằng", "thêm", "nhau"})


# Trades a company's name states before its trade name, besides the field words of data/name_words.txt.
_TRADES = frozenset(tuple(trade.split()) for trade in (
    "phát triển", "sản xuất", "kinh doanh", "chế biến", "tư vấn", "dịch vụ", "xuất nhập khẩu", "thiết kế", "xây lắp",
    "vận tải", "thương mại", "đầu tư", "xây dựng", "hàng không", "bất động sản", "công nghệ", "kỹ thuật",
))


def _legal_form_or_trades(stream: Stream, start: int, end: int) -> bool:
    """Are the words ``[start, end)`` after a company's head only legal forms and trades ("TNHH MTV", "Phát
    triển", "TNHH Xây dựng"), so that no trade name has been read yet?"""
    k = start
    while k < end:
        if stream.keys[k] in _LEGAL_FORMS:
            k += 1
            continue
        trade = next((n for n in (3, 2, 1) if k + n <= end and (tuple(stream.keys[k:k + n]) in _TRADES
                                                               or tuple(stream.keys[k:k + n]) in name_words().entries)),
                     0)
        if not trade:
            return False
        k += trade
    return end > start


def _trade_words_end(stream: Stream, j: int, stop: int, finder: OrganizationFinder) -> int:
    """End of the lower-case trades after a company's head, legal form or first capitalised trade, when its trade
    name closes them: "Công ty" + "chế biến nông sản thực phẩm xuất khẩu" + "Hải Hưng", "Công ty TNHH MTV" + "tư
    vấn du học" + "Nhật Bản Bắc Nam", "Công ty TNHH Phát triển" + "xây dựng công trình" + "Sao đỏ"; else ``j``.
    Trades are often verbs ("xây dựng", "chế biến"), which other bodies' names do not take in lower case, so only
    a capitalised name that is no person, title or other body may close them (ten syllables at most); "và" may
    join two trades."""
    k = j
    while k < stop and k - j < 10:
        syl = stream.syls[k]
        if syl.cap or syl.punct or syl.digit or not syl.first:
            break
        if syl.key == "và" and k > j and syl.last:
            k += 1
            continue
        end = word_end(stream, k)
        if any(key in _LOWER_NAME_STOP or key in _TAIL_STOP or key in _PREDICATE_OPENERS or key in _CLAUSE_CONJUNCTIONS
               or key in _NOT_TRADE for key in stream.keys[k:end]) or unit_at(stream, k, stop):
            break
        k = end
    if k == j or k >= stop or k - j > 10 or stream.keys[k - 1] == "và":
        return j
    if stream.syls[k].key in COMMON_SURNAMES or finder.head_at(stream, k, stop) is not None:
        return j  # "Công ty xin cấp phép Nguyễn ..."; "Công ty nộp hồ sơ Sở Tài chính": a person, another body
    return k if _closing_name(stream, k, stop, finder) else j


def _lower_words_before_name(stream: Stream, j: int, stop: int, finder: OrganizationFinder) -> int:
    """End of the lower-case words right after a capitalised head when a name closes them: "Hiệp hội" + "bất
    động sản" + "TP.HCM", "Công ty" + "bất động sản" + "Bến Thành", "Quỹ" + "dân số" + "Liên Hiệp Quốc", or a
    unit and its place ("Trung tâm" + "y tế dự phòng" + "tỉnh Hà Nam"); else ``j``. Without such a name the
    head is a common noun written with a capital ("Công ty đang thua lỗ")."""
    # the activity a research or training body is named for may open it ("Viện nghiên cứu Văn hóa")
    first = j + 2 if tuple(stream.keys[j:j + 2]) in _NAME_VERBS and stream.syls[j + 1].last else j
    k = _lower_words_end(stream, first, stop, 4 - (first - j))
    if k == j or k >= stop:
        return j
    if _place_unit_follows(stream, k, stop) or _closing_name(stream, k, stop, finder):
        return k
    field = _field_end_before_predicate(stream, j, k, stop)
    if field:
        return field
    # a number that labels the body closes them too, and is taken with them ("Tổng Công ty xây dựng" + "công trình
    # giao thông" + "4 làm chủ đầu tư"); not a house number before its street ("sách 219 Nguyễn Văn Cừ")
    label = _number_label_end(stream, k, stop)
    return label if label and (label >= stop or not stream.syls[label].cap) else j


# Verbs that name what a body does, read as the first words of its name after the head
_NAME_VERBS = frozenset({("nghiên", "cứu"), ("đào", "tạo"), ("kiểm", "định"), ("xúc", "tiến")})


def _field_end_before_predicate(stream: Stream, j: int, k: int, stop: int) -> int:
    """End of lower-case words ``[j, k)`` after a head that end in a field word of data/name_words.txt, in lower
    case or capitalised ("Hội đồng" + "bầu cử quốc gia", "Hội đồng" + "bầu cử" + "Quốc gia"), when the predicate
    follows (punctuation, "đã", a verb: "tổ chức họp báo", "công bố"); else 0."""
    end = k
    capitalised = name_words().longest(stream.keys, k, stop) if k < stop and stream.syls[k].cap else None
    if capitalised is not None and stream.syls[k + capitalised[0] - 1].last:
        end = k + capitalised[0]
    elif not any(tuple(stream.keys[end - n:end]) in name_words().entries for n in (1, 2, 3) if end - n >= j):
        return 0
    if end >= stop:
        return end
    nxt = stream.syls[end]
    if nxt.key == ",":
        # a second field listed after a comma, then the parent body ("Đội cảnh sát giao thông" + ", trật tự" +
        # "Công an huyện Đông Anh"), which the caller nests
        listed = _lower_words_end(stream, end + 1, stop, 3)
        if end + 1 < listed < stop and stream.syls[listed].cap and org_heads().longest(stream.keys, listed, stop):
            return listed
    closes = (nxt.punct and nxt.key in {",", ".", ";", ":", ")", "(", "-", "–"}) or nxt.key in _PREDICATE_OPENERS \
        or _starts_verb(stream, end, stop)
    return end if closes else 0


# Verbs after which a lower-case tail was the name's, not the predicate's ("Cục Đầu tư nước ngoài cho biết"):
# the clear ones only; short motion and copula words ("ra", "là", "có") also follow a verb.
_CLOSING_VERBS = frozenset(key for key in _VERB_KEYS if len(key) == 2) | {("ký",), ("trình",), ("tổ", "chức")}
# Department names of one field: "Sở Ngoại vụ và Xây dựng" joins two departments, not one name.
_ONE_FIELD_DEPARTMENTS = frozenset(tuple(name.split()) for name in (
    "ngoại vụ", "xây dựng", "tư pháp", "nội vụ", "y tế", "tài chính", "công thương", "ngoại giao", "quốc phòng",
    "công an", "giao thông vận tải", "thông tin", "du lịch", "văn hóa", "văn hoá",
))
_DEPARTMENT_HEADS = frozenset({("sở",), ("bộ",)})

# Bodies that end a longer name rather than start a new one ("Viện Vệ sinh dịch tễ Trung ương", "Văn phòng Đăng ký
# quyền sử dụng đất Chi nhánh quận 9": a body's branch)
_TAIL_BODIES = frozenset({("trung", "ương"), ("t.ư",), ("nhà", "nước"), ("chi", "nhánh")})


KNOWN_DEPARTMENTS = _ONE_FIELD_DEPARTMENTS | frozenset(tuple(name.split()) for name in (
    "tài nguyên và môi trường", "kế hoạch và đầu tư", "giáo dục và đào tạo", "khoa học và công nghệ",
    "nông nghiệp và phát triển nông thôn", "thông tin và truyền thông", "lao động - thương binh và xã hội",
    "văn hóa , thể thao và du lịch", "văn hoá , thể thao và du lịch", "tn-mt", "gtvt", "tn & mt",
))


def _field_like(stream: Stream, start: int, end: int) -> bool:
    """Is the name word at ``start`` a field ("Vệ sinh", "Y dược", "Bảo vệ") that a lower-case tail may go on
    ("dịch tễ"), not a proper name ("Ấp Bắc", "Phương Nam") or a short form ("TN-MT") that ends the name?"""
    syls = stream.syls[start:end]
    if any(syl.text.isupper() and len(syl.text) > 1 for syl in syls):
        return False
    parts = [part for key in stream.keys[start:end] for part in re.split(r"[-–]", key) if part.isalpha()]
    if any(not is_syllable(part) for part in parts):
        return False  # a foreign name ("Tập đoàn Kanomi" + "hậu thuẫn"): no Vietnamese field goes on after it
    if any(not syl.cap for syl in syls):
        return True
    if len(syls) > 1 and tuple(stream.keys[start:end]) in name_words().entries:
        return True  # "Công nghệ" + "quân sự": a field capitalised in full, which a lower-case tail may go on
    return len(syls) == 1 and gazetteer().minor.longest(stream.keys, start, end) is None


def _two_departments(stream: Stream, start: int, j: int, stop: int) -> bool:
    """Is "và" at ``j`` between two one-field department names ("Sở Ngoại vụ và Xây dựng")?"""
    after = word_end(stream, j + 1)
    after = _field_after_name_end(stream, after, stop)
    return tuple(stream.keys[start:j]) in _ONE_FIELD_DEPARTMENTS \
        and tuple(stream.keys[j + 1:after]) in _ONE_FIELD_DEPARTMENTS


# Function words that open a sentence: written with a capital right after a name, they start a sentence whose
# full stop a caption lost ("Tổng cục DS-KHHGĐ Có những nơi ..."), never a name word.
_SENTENCE_OPENERS = frozenset({
    "có", "theo", "trong", "tại", "khi", "sau", "trước", "từ", "đến", "với", "là", "được", "đã",
    "sẽ", "đang", "này", "đó", "nhưng", "tuy", "nếu", "để", "cũng", "không", "ngoài", "còn", "riêng", "trên", "về",
})


def _is_name_word(stream: Stream, i: int, stop: int) -> bool:
    syl = stream.syls[i]
    if not syl.cap or syl.punct or syl.digit:
        return False
    if syl.key in _SENTENCE_OPENERS and syl.last:  # its own word, or glued to the name before it
        return False
    # an outlet's listed name may open with a title ("Báo" + "Đại biểu Nhân dân"): after the paper's word it is
    # the name
    return title_at(stream, i, stop) is None \
        or (i > 0 and stream.keys[i - 1] == "báo" and press().longest(stream.keys, i, stop) is not None)


# Heads whose names the press writes in full with capitals ("Bộ Nội vụ", "Bộ Kế hoạch và Đầu tư"): a lower-case
# word after their name is the sentence's verb, not more name.
_COMPLETE_HEADS = frozenset({("bộ",)})


def _name_word_end(stream: Stream, j: int, stop: int) -> int:
    """End of the capitalised word at ``j``, without a verb the segmenter glued to its end ("TPHCM chuyển",
    "Chỉ đạo trình") and without a person's name glued to it ("TƯ Trương Tấn Sang": the name starts at the
    surname, unless the word opens with a surname or a known place itself)."""
    end = word_end(stream, j)
    if end - j > 2 and stream.keys[j] not in surnames():
        place = gazetteer().minor.longest(stream.keys, j, stop)
        first = j + max(1, place[0] if place else 0)  # "Tân Sơn Nhất" is a known place: no name inside it
        inner = next((k for k in range(first, end - 1)
                      if stream.keys[k] in COMMON_SURNAMES and person_like(stream, k, stop)), None)
        if inner is not None:
            return inner
    if end - j > 1 and tuple(stream.keys[end - 1:end + 1]) in _TERM_KEYS and not stream.syls[end - 1].cap:
        return end - 1  # "TPHCM khóa" glued before "IX": the body's term, not its name
    for n in (2, 1):
        k = end - n
        if k > j and all(not s.cap for s in stream.syls[k:end]) and tuple(stream.keys[k:end]) in _VERB_KEYS \
                and (k - j >= 2 or stream.syls[j].text.isupper()) \
                and tuple(stream.keys[k - 1:end]) not in name_words().entries:  # "MTV Hàng không": a field
            return k
    if end - j > 1 and stream.keys[end - 1] in _SENTENCE_OPENERS and stream.syls[end - 1].cap:
        return end - 1  # "DS-KHHGĐ Có" glued: the capitalised function word opens the next sentence
    return end


_LABEL_NUMBER = re.compile(r"\d{1,3}$")
# A day and month that names a farm, firm, school or hospital ("Nông trường 3-2", "Bệnh viện 30-4", "Trường 19-5")
_DAY_MONTH = re.compile(r"(?:[1-9]|[12]\d|3[01])-(?:[1-9]|1[0-2])$")
_DATE_NAMED_HEADS = frozenset({"nông trường", "lâm trường", "công ty", "xí nghiệp", "bệnh viện", "trường"})
# What may follow a body's number label: the sentence goes on with punctuation, a capital or the predicate;
# a lower-case noun makes the number a count ("Sở Nội vụ 2 năm liền").
_AFTER_LABEL = frozenset({",", ".", ";", ":", ")", "(", "!", "?", "-", "–", "\u201d", '"'})


def _number_label_end(stream: Stream, j: int, stop: int, label_form: re.Pattern[str] = _LABEL_NUMBER) -> int:
    """End of a number that labels the body named before it ("Phòng Công chứng số 1", "Đoàn kiểm tra số
    471", "Công ty Cổ phần Đường sắt 6", "Cty CP LICOGI 9"), else 0. A short number only (document numbers
    "của Bộ Tài chính số 1234/BTC" are longer or go on with a slash), followed by what ends a noun phrase."""
    k = j + 1 if stream.keys[j] == "số" and stream.syls[j].first and stream.syls[j].last else j
    if k >= stop or not label_form.match(stream.syls[k].text):
        return 0
    end = k + 1
    if end >= stop:
        return end
    nxt = stream.syls[end]
    if stream.text[stream.syls[k].end:nxt.start] == "" and (nxt.key in {"/", "-"} or (
            nxt.key in {".", ","} and stream.text[nxt.end:nxt.end + 1].isdigit())):
        return 0  # "số 1234/BTC", "6-2017", "2,5": the number goes on; "Trường THPT Thạch Thành 1," ends there
    if nxt.punct:
        return end if nxt.key in _AFTER_LABEL else 0
    if nxt.cap or nxt.key in _PREDICATE_OPENERS or nxt.key in _LOWER_NAME_STOP or _starts_verb(stream, end, stop):
        return end
    return 0


def _comma_list_end(stream: Stream, j: int, stop: int, finder: OrganizationFinder) -> int:
    """End of ", Thể thao và Du lịch" in "Bộ Văn hóa, Thể thao và Du lịch": name words listed with commas
    that close with "và" + a name word; 0 when the comma ends the name instead."""
    k = j
    while k < stop and stream.keys[k] == ",":
        k += 1
        if k >= stop or not _is_name_word(stream, k, stop) or finder.head_at(stream, k, stop) is not None \
                or person_like(stream, k, stop):
            return 0
        k = word_end(stream, k)
        if k < stop and stream.keys[k] == "và" and k + 1 < stop and _is_name_word(stream, k + 1, stop) \
                and finder.head_at(stream, k + 1, stop) is None:
            return word_end(stream, k + 1)
    return 0


# Words before a bare head that make it a class ("các Sở", "mỗi Bộ", "4 Sở") and words after it that make it a
# level ("HĐND các cấp", "Đảng bộ cơ sở"), not one body.
_CLASS_WORDS = frozenset({"các", "mỗi", "những", "từng", "nhiều", "một", "số"})
_LEVEL_WORDS = frozenset({"các", "cấp", "cơ", "những"})
# Bare heads that name a force or a kind rather than one body ("Công an nên là lực lượng nòng cốt").
_GENERIC_BARE = frozenset({"Công an", "Chi bộ"})
# Lower-case kinds written before a firm's name that are not part of it
_DESCRIPTOR_HEADS = frozenset({"hãng"})
# Plural words: a body's head after them, written bare, is a kind ("các Tỉnh ủy"); unlike _CLASS_WORDS, no
# number ("năm 2007 WTO công bố": the year ends a phrase before the body).
_PLURAL_WORDS = frozenset({"các", "những", "mỗi", "từng", "nhiều"})


def _after_class_word(stream: Stream, i: int) -> bool:
    """Is the head at ``i`` preceded, in its sentence, by a plural or distributive word?"""
    return i > 0 and stream.syls[i - 1].sent == stream.syls[i].sent \
        and (stream.keys[i - 1] in _CLASS_WORDS or stream.syls[i - 1].digit)


def _specific_bare_body(stream: Stream, i: int, j: int, head_text: str) -> bool:
    """A bare party head ("UBND", "Đảng ủy", "Thường vụ") is an ORG mention of the one body the article means,
    unless a class word before or a level word after makes it generic ("các Đảng ủy", "HĐND các cấp")."""
    if head_text in _GENERIC_BARE or _after_class_word(stream, i):
        return False
    nxt = stream.keys[j] if j < len(stream.keys) and stream.syls[j].sent == stream.syls[i].sent else ""
    return nxt not in _LEVEL_WORDS


def _photographer(stream: Stream, m: Match) -> bool:
    return m.data["kind"] == "named" and m.data["head"] not in ("Báo", "Đài", "Tạp chí", "Kênh") \
        and _photo_credit(stream, m.i)


def _photo_credit(stream: Stream, i: int) -> bool:
    """Is ``i`` right after "Ảnh:"? A name that starts like a body there is a photographer ("Ảnh: Trường Văn"),
    not a school; outlets credited there ("Ảnh: TTXVN") stay ORG."""
    return i >= 2 and stream.keys[i - 1] == ":" and stream.keys[i - 2] == "ảnh"


_PRESS_CUES = frozenset({"báo", "tờ", "pv", "phóng", "viên", "theo", "với", "của", "(", "/", "đăng", "trên"})


def _after_press_cue(stream: Stream, i: int) -> bool:
    """Is the word before ``i`` one that introduces an outlet ("báo", "PV", "theo", "(", "/")?"""
    return i > 0 and stream.keys[i - 1] in _PRESS_CUES


# Heads that carry their field already ("Cục Hải quan", "Ban Tuyên giáo"): a place or a body may complete them,
# never a person's name, which starts after the body ("Tổng cục Hải quan Vũ Ngọc Anh", "Trưởng Ban Tuyên giáo Lê
# Văn A"), unlike "Trường" + "Nguyễn Du".
_FIELD_HEADS = frozenset(tuple(head.split()) for head in (
    "hải quan", "cục hải quan", "cục thuế", "chi cục thuế", "cảnh sát", "cảnh sát giao thông", "csgt",
    "bảo hiểm xã hội", "bộ tư lệnh", "ban tuyên giáo", "ban dân vận", "ban nội chính", "ban kinh tế",
    "ban đối ngoại", "ban tiếp công dân", "ban pháp chế", "ban tổ chức", "ban chỉ đạo trung ương",
    "ban văn hóa - xã hội", "ban kinh tế - ngân sách",
))


# "ĐH" is a university ("ĐH Bách khoa Hà Nội") unless a body or a congress number follows it: then it is a congress.
_CONGRESS_OR_UNIVERSITY = frozenset({("đh",)})

# Heads whose first word is also a common noun or a verb: "Cơ quan Cảnh sát điều tra", "Tổ chức Y tế Thế giới",
# "Hãng Hàng không Quốc gia", "Kênh Quốc phòng Việt Nam" name a body; "Cơ quan điều tra" (SPEC: generic), "Tổ chức
# xác minh" (to organise), "Hãng xe Nhật Toyota" (a description before the firm's name) and "Kênh Tẻ" (a canal)
# do not.
_COMMON_WORD_HEADS = frozenset({("cơ", "quan"), ("tổ", "chức"), ("hãng",), ("kênh",)})
# Marks that open a clause or a list item as a sentence's start does: "các nhiệm vụ: Tổ chức xác minh ..."
_CLAUSE_OPENERS = frozenset({":", ";", "-", "–", "+", "•", "\u201c", '"'})


def common_word_head(key: tuple[str, ...]) -> tuple[str, ...] | None:
    """The common word a head opens with (("tổ", "chức") for "Tổ chức Y tế"), or None."""
    return next((word for word in _COMMON_WORD_HEADS if key[:len(word)] == word), None)


def body_head_at(stream: Stream, k: int, stop: int) -> bool:
    """Does a body's own head start at ``k``, one that is never another word ("Bộ trưởng Bộ Y tế", "nhà máy nước
    Công ty ...")? A head that opens with a common word may be a field after a board's title ("Trưởng ban Tổ chức
    Thành ủy": the board of organisation) or a place's word ("nhà máy nước Kênh Đông Củ Chi": a canal)."""
    hit = org_heads().longest(stream.keys, k, stop)
    return hit is not None and common_word_head(tuple(stream.keys[k:k + hit[0]])) is None


# Words that close the name of an international body ("Tổ chức Y tế Thế giới", "Tổ chức Ân xá Quốc tế", "Tổ chức
# Lương thực và Nông nghiệp Liên Hợp Quốc").
_INTERNATIONAL_ENDS = frozenset({("thế", "giới"), ("quốc", "tế"), ("liên", "hợp", "quốc"), ("liên", "hiệp", "quốc")})
# Events that the verb "Tổ chức" opens a sentence with ("Tổ chức Ngày Môi trường Thế giới", "Tổ chức Giải ...").
_EVENT_WORDS = frozenset({"ngày", "lễ", "giải", "tuần", "cuộc", "chương", "đại", "năm", "tháng", "chuỗi"})


def _names_an_international_body(stream: Stream, k: int, stop: int) -> bool:
    """Does "Tổ chức" opening a sentence name a body, whose capitalised words from ``k`` end in a scope word
    ("Thế giới", "Quốc tế", "Liên Hợp Quốc") or a short form in brackets ("Tổ chức Di cư (IOM)")? Else it is the
    verb ("Tổ chức Hội nghị", "Tổ chức Ngày Môi trường Thế giới": an event)."""
    if stream.keys[k] in _EVENT_WORDS:
        return False
    end = k
    while end < stop and end - k < 10 and (stream.syls[end].cap and not stream.syls[end].punct
                                           or (stream.keys[end] == "và" and end > k)):
        end = word_end(stream, end)  # a name word may go on in lower case ("Y tế")
    if end == k or stream.keys[end - 1] == "và":
        return False
    # the scope word may be in lower case ("Tổ chức Y tế thế giới")
    end += next((len(tail) for tail in _INTERNATIONAL_ENDS if tuple(stream.keys[end:end + len(tail)]) == tail), 0)
    if any(tuple(stream.keys[end - len(tail):end]) == tail for tail in _INTERNATIONAL_ENDS):
        return True
    return _SHORT_IN_BRACKETS.match(stream.text, stream.syls[end - 1].end) is not None


def _common_word_names_body(stream: Stream, i: int, stop: int, word: tuple[str, ...]) -> bool:
    """Is the head at ``i`` that opens with the common ``word`` a body's name here? The word after it must be
    capitalised and no event ("Tổ chức Hội nghị" is the verb and an event), and no plural word may come before
    ("các Cơ quan Đại diện": a kind of body). "Tổ chức" is also the verb that opens sentences and list items, the
    field of a board after its title or head ("Trưởng ban Tổ chức", "Ban Tổ chức Tỉnh ủy") and part of law names
    ("Luật Tổ chức Chính phủ"); there it is no head."""
    k = i + len(word)
    if k >= stop or not stream.syls[k].cap or stream.syls[k].punct:
        return False
    after = org_heads().longest(stream.keys, k, stop)
    if after is not None and after[1] == "skip":
        return False
    same_sentence = i > 0 and stream.syls[i - 1].sent == stream.syls[i].sent
    if same_sentence and stream.keys[i - 1] in _PLURAL_WORDS:
        return False
    if word == ("kênh",):  # a channel is named for its field ("Kênh Quốc phòng", "Kênh Truyền hình ..."), a canal not
        return name_words().longest(stream.keys, k, stop) is not None or stream.keys[k:k + 2] == ["truyền", "hình"]
    if word != ("tổ", "chức"):
        return True
    if not same_sentence or stream.keys[i - 1] in _CLAUSE_OPENERS:
        return _names_an_international_body(stream, k, stop)  # "Tổ chức Y tế Thế giới khuyến cáo ..."
    if stream.keys[i - 1] == "luật":
        return False
    return not _title_ends_at(stream, i) \
        and not any(org_heads().entries.get(tuple(stream.keys[h:i])) for h in range(max(0, i - 4), i))
_ROMAN = re.compile(r"[IVXL]+$")


# Bodies nest this deep: "Đảng ủy" + "Cơ quan" + "Ủy ban" + "Trung ương" + "MTTQ Việt Nam" (the Party committee of
# the office of the Front's central committee).
_MAX_DEPTH = 5


# Lower-case words that name what follows as an outlet: "báo Le Canard", "tờ Xiaoxiang Morning Herald", "nhật báo
# Sabq", "(ảnh nguồn: báo Quảng Ninh)"; the outlet's name is the capitalised words after them (GUIDELINES: "báo
# Tuổi Trẻ" → ORG "Tuổi Trẻ").
_OUTLET_CUES = frozenset({("báo",), ("tờ",), ("nhật", "báo"), ("tuần", "báo"), ("tờ", "báo")})
# Words before "báo" that make it another word the segmenter split: "làm báo", "nhà báo", "họp báo", "cảnh báo"
_NOT_OUTLET_BEFORE = frozenset({"làm", "nhà", "họp", "cảnh", "dự", "tình", "thông", "báo", "khai", "quảng"})


def _outlets_after_cue(stream: Stream, taken: list[bool]) -> list[Match]:
    """Outlets after a lower-case press word (_OUTLET_CUES, a whole word or two): up to six capitalised syllables in
    whole words, none taken by another name, not a person's name; ORG mentions that are never organisations of the
    article, as the outlets of data/press.txt. Marked ``cued``: the name is the outlet only after its cue ("báo
    Khánh Hòa"), so its repeats are not propagated."""
    found: list[Match] = []
    n = len(stream.syls)
    for i in range(n):
        syl = stream.syls[i]
        if syl.cap or not syl.first or syl.key not in ("báo", "tờ", "nhật", "tuần"):
            continue
        cue = next((w for w in (2, 1) if i + w <= n and tuple(stream.keys[i:i + w]) in _OUTLET_CUES
                    and stream.syls[i + w - 1].last), 0)  # "tờ" ending the text: no two-word cue to read
        j = k = i + cue
        stop = stream.sent_end[i]
        other_word = i > 0 and stream.keys[i - 1] in _NOT_OUTLET_BEFORE
        if not cue or other_word or k >= stop or person_like(stream, k, stop) or stream.keys[k] in _SENTENCE_OPENERS:
            continue
        while j < stop and j - k < 6 and stream.syls[j].cap and not stream.syls[j].punct and not stream.syls[j].digit \
                and (j == k or (stream.word_cap[j] and stream.keys[j:j + j - k] != stream.keys[k:j])):
            # a caption that lost its full stop goes on with the next sentence ("Ảnh: Thời báo Hoàn Cầu Tuy nhiên",
            # "Ảnh: báo Khánh Hòa Khánh Hòa: Ngày 10/7"): a word capitalised only at its start, or the name again
            j = word_end(stream, j)
        written = stream.text[stream.syls[k].start:stream.syls[j - 1].end] if j > k else ""
        if j == k or j - k > 6 or any(taken[k:j]) or (found and found[-1].j > k) or written in foreign_places():
            continue  # "tờ báo Mỹ": a paper of that country, not one named after it (as "báo Quảng Ninh" is)
        if i > 0 and stream.syls[i - 1].cap and stream.keys[i - 1] in ("thời", "nhật", "tuần") and cue == 1:
            k = i - 1  # "Thời báo Hoàn Cầu": the kind is written into the outlet's own name
        found.append(make_match(stream, "ORG", k, j, head=stream.text[stream.syls[k].start:stream.syls[j - 1].end],
                                kind="press", bare=False, named=True, nested=[], entity=True, press=True, cued=True))
    return found


# Bodies every district or province has one of, written in lower case with only their level word when the article
# refers back to the one it named ("công an quận", "chi cục thuế quận"; GUIDELINES: a short form with its level
# word is an ORG mention).
_LEVEL_BODIES = (("công", "an"), ("tòa", "án"), ("toà", "án"), ("viện", "kiểm", "sát"), ("chi", "cục", "thuế"),
                 ("cục", "thuế"))
_LEVEL_BODY_FIRSTS = frozenset(body[0] for body in _LEVEL_BODIES)  # most syllables start none: skip them fast
_BODY_LEVELS: frozenset[tuple[str, ...]] = frozenset({("tỉnh",), ("huyện",), ("quận",), ("thị", "xã"),
                                                     ("thành", "phố")})


def _is_acronym(text: str) -> bool:
    """Is ``text`` written as an acronym ("GD-ĐT", "KH&ĐT", "TN-MT"): two capitals or more, no lower-case letter?"""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _acronym_then_word(stream: Stream, k: int) -> bool:
    """Does the joiner at ``k`` follow a field written as an acronym and precede a word that is not one ("Bộ GD-ĐT"
    + "và Bằng khen")? An acronym field is complete; "và" then opens the sentence's next noun phrase, while
    "Sở GD và ĐT" joins two acronyms."""
    return k > 0 and k + 1 < len(stream.syls) and _is_acronym(stream.syls[k - 1].text) \
        and not _is_acronym(stream.syls[k + 1].text)


def _level_short_form_end(stream: Stream, i: int, stop: int) -> int:
    """End of "công an huyện" at ``i`` (a lower-case body and its level word, no place or number after it), or 0.
    After a plural word ("các công an huyện") it is a class, not one body."""
    if stream.keys[i] not in _LEVEL_BODY_FIRSTS or stream.syls[i].cap or not stream.syls[i].first \
            or (i > 0 and stream.keys[i - 1] in _PLURAL_WORDS):
        return 0
    body = next((len(b) for b in _LEVEL_BODIES if tuple(stream.keys[i:i + len(b)]) == b), 0)
    if not body or not stream.syls[i + body - 1].last:
        return 0
    k = i + body
    level = next((len(w) for w in _BODY_LEVELS if tuple(stream.keys[k:k + len(w)]) == w), 0)
    if not level or not stream.syls[k + level - 1].last:
        return 0
    end = k + level
    if end < stop and (stream.syls[end].cap or stream.syls[end].digit or stream.keys[end] in {"này", "đó", "ấy"}):
        return 0  # a place or number names it ("công an huyện Đông Anh"); "công an huyện này" points back to a place
    return end


def _level_short_forms(stream: Stream, taken: list[bool]) -> list[Match]:
    """Lower-case short forms with their level word not inside another match: ORG mentions, not named."""
    found: list[Match] = []
    for i in range(len(stream.syls)):
        if taken[i]:
            continue
        end = _level_short_form_end(stream, i, stream.sent_end[i])
        if end and not any(taken[i:end]):
            head = " ".join(s.text for s in stream.syls[i:end])
            found.append(make_match(stream, "ORG", i, end, head=head, kind="named", bare=False, named=False,
                                    nested=[], entity=True))
    return found


# English words a foreign or trade-named company's name ends with ("Bamboo Airways", "Hyundai Motor", "Masan
# Group", "Dragon Capital"): no Vietnamese head opens these names, so the last word tells their kind. Words
# that end press titles ("News", "Times") are left to the press lexicon.
_FIRM_TAILS = frozenset({
    "air", "airline", "airlines", "airways", "group", "corp", "corporation", "inc", "ltd", "company", "holding",
    "holdings", "motor", "motors", "pharma", "telecom", "securities", "bank", "fund", "capital", "communication",
    "communications", "research", "publishing", "electronics", "foundation", "university", "institute",
})
# The same words written as the end of one word, the telecoms' and the post's among them: "SeABank",
# "LienVietPostBank", "MaxGroup", "VinaPhone", "MobiFone", "VNPost".
_GLUED_FIRM_TAIL = re.compile(r"[A-Z][A-Za-z]*[a-zA-Z](?:Bank|Group|Phone|Fone|Post|Telecom|Airlines)$")
# A foreign brand followed by the country names its local company ("Toyota Việt Nam", "Heineken Vietnam").
_COUNTRY_TAILS = (("việt", "nam"), ("vietnam",))


def _foreign_word(stream: Stream, k: int) -> bool:
    """Is syllable ``k`` a word of another language: some part is no Vietnamese syllable, and it is no acronym
    or number ("Toyota", "Coca-Cola", "VietJet"; not "Thiên", "TTCK", "U23")?"""
    text = stream.syls[k].text
    if text.isupper() or any(ch.isdigit() for ch in text):
        return False
    return any(not is_syllable(part) for part in re.split(r"[-–]", stream.keys[k]) if part.isalpha())


# English words that join a name that goes on ("National Air and Space Intelligence Center").
_ENGLISH_JOINERS = frozenset({"and", "of", "&", "for"})
# English role acronyms the press writes before a firm's name ("CEO Thiên Minh Group").
_ENGLISH_ROLES = frozenset({"ceo", "cfo", "coo", "cto"})


def _firm_name_start(stream: Stream, i: int, k: int, stop: int) -> int:
    """First syllable of a firm's name in the capitalised run ``[i, k)``: the run less the function words, titles
    and common words that open a sentence in front of it ("Theo SeABank", "CEO Thiên Minh Group")."""
    while i < k:
        if stream.keys[i] in _ENGLISH_ROLES:
            i += 1  # the segmenter may glue it to the name ("CEO Thiên Minh Group" as one word)
        elif stream.keys[i] in _SENTENCE_OPENERS or stream.keys[i] in _LOWER_NAME_STOP \
                or title_at(stream, i, stop) is not None:
            i = word_end(stream, i)
        else:
            break
    return i


def _firm_tail(stream: Stream, i: int, k: int) -> int:
    """Length of the word that ends the run ``[i, k)`` as a firm's name, 0 if none: an English company word after
    a name ("Vietstar Airlines"), a glued one ("VPBank"), or the country after a foreign brand ("Ford Việt Nam")."""
    last = stream.syls[k - 1]
    if k - i >= 2 and last.key in _FIRM_TAILS and last.text[0].isupper() and not last.text.isupper():
        return 1
    if k - i == 2 and stream.syls[i].text == "Air" and _foreign_word(stream, k - 1):
        return 1  # an airline named "Air" + its country or brand ("Air Asia", "Air France")
    if _GLUED_FIRM_TAIL.match(last.text):
        return 1
    for tail in _COUNTRY_TAILS:
        width = len(tail)
        if k - i > width and tuple(stream.keys[k - width:k]) == tail \
                and all(_foreign_word(stream, m) for m in range(i, k - width)):
            return width
    return 0


def _may_end_a_firm(stream: Stream, i: int, k: int) -> bool:
    """A cheap test before _firm_tail: could the run ``[i, k)`` end as a firm's name? Most runs are no firm."""
    last = stream.syls[k - 1]
    return last.key in _FIRM_TAILS or last.key in ("nam", "vietnam") or stream.syls[i].text == "Air" \
        or (last.text.endswith(_GLUED_ENDINGS) and _GLUED_FIRM_TAIL.match(last.text) is not None)


_GLUED_ENDINGS = ("Bank", "Group", "Phone", "Fone", "Post", "Telecom", "Airlines")


def _foreign_firms(stream: Stream, taken: list[bool]) -> list[Match]:
    """Companies named without a Vietnamese head ("Bamboo Airways", "Thiên Minh Group", "SeABank", "Toyota Việt
    Nam"): a run of capitalised words not inside another match that ends in a firm's word (_firm_tail). The
    foreign words before an English company word are its trade name ("VietJet" of "VietJet Air"), which the
    article may write alone (see propagation)."""
    found: list[Match] = []
    n = len(stream.syls)
    i = 0
    while i < n:
        syl = stream.syls[i]
        if taken[i] or not syl.cap or syl.punct or not syl.first:
            i += 1
            continue
        stop = stream.sent_end[i]
        k = i
        while k < stop and not taken[k] and stream.syls[k].cap and not stream.syls[k].punct and k - i < 8:
            k += 1
        k = word_end(stream, k - 1) if k < n and not stream.syls[k - 1].last else k
        if not _may_end_a_firm(stream, i, k):
            i = max(k, i + 1)
            continue
        start = _firm_name_start(stream, i, k, stop)
        tail = _firm_tail(stream, start, k) if start < k and not any(taken[start:k]) else 0
        goes_on = k < n and (stream.syls[k].digit or stream.keys[k] in _ENGLISH_JOINERS)
        if tail and not goes_on:  # no person's name ends in a company word, nor is all foreign before "Việt Nam"
            trade = k - 1 if tail == 1 and k - start >= 2 else k - tail
            trade_name = ""
            if start < trade and all(_foreign_word(stream, m) for m in range(start, trade)):
                trade_name = stream.text[stream.syls[start].start:stream.syls[trade - 1].end]
            found.append(make_match(stream, "ORG", start, k, head=stream.text[stream.syls[start].start:
                                                                              stream.syls[k - 1].end],
                                    kind="standalone", bare=False, named=True, nested=[], entity=True,
                                    firm_trade=trade_name))
        i = max(k, i + 1)
    return found


class OrganizationFinder(RuleComponent):
    """Finds ORG spans; each match's data has ``head``, ``kind``, ``bare`` (no complement) and ``nested``."""

    label = "ORG"

    def find(self, doc: Doc) -> list[Match]:
        stream = self.stream(doc)
        found: list[Match] = []
        i = 0
        n = len(stream.syls)
        while i < n:
            m = self.match_at(stream, i, stream.sent_end[i])
            if m is None or _photographer(stream, m) or _licence_plate(stream, m):
                i += 1
                continue
            found.append(m)
            i = m.j
        taken = occupied(found, n)
        found += self.press_names(stream, taken)
        found += _outlets_after_cue(stream, occupied(found, n))
        found += _level_short_forms(stream, occupied(found, n))
        found += _foreign_firms(stream, occupied(found, n))
        return sorted(found, key=lambda m: m.i)

    @staticmethod
    def press_names(stream: Stream, taken: list[bool]) -> list[Match]:
        """Outlets named without "báo" ("Trao đổi với Dân trí", "(Theo Tuổi Trẻ)"): ORG mentions that are
        never organisations of the article (the press only reports; "Báo X tổ chức ..." is read by the grammar)."""
        found: list[Match] = []
        table = press()
        n = len(stream.syls)
        i = 0
        while i < n:
            hit = None if taken[i] or not stream.syls[i].first else table.longest(stream.keys, i, stream.sent_end[i])
            if hit is None:
                i += 1
                continue
            length, value = hit
            context, spellings = value.split("\t", 1)
            j = i + length
            written = stream.text[stream.syls[i].start:stream.syls[j - 1].end]
            if stream.syls[j - 1].last and not any(taken[i:j]) and written in spellings.split("\n") \
                    and (context == "any" or _after_press_cue(stream, i)):
                found.append(make_match(stream, "ORG", i, j, head=written, kind="press", bare=False, named=True,
                                        nested=[], entity=True, press=True))
                i = j
                continue
            i += 1
        return found

    def head_at(self, stream: Stream, i: int, stop: int) -> tuple[int, str] | None:
        syl = stream.syls[i]
        if not syl.first and not _glued_after_title(stream, i):
            return None
        if not syl.cap:
            # lower-case Party committees of a named place: "thành ủy Vận Thành", "tỉnh ủy Sơn Tây"
            key = tuple(stream.keys[i:i + 2])
            if key in _LOWER_COMMITTEES and stream.syls[i + 1].last and place_name(stream, i + 2, stop):
                return 2, "committee"
            if stream.keys[i] not in _LOWER_HEAD_FIRSTS:
                return None
            return None if _inside_title(stream, i, stop) else _lower_head(stream, i, stop)
        hit = org_heads().longest(stream.keys, i, stop)
        if hit is None:
            return ((1, "standalone") if _acronym_after_title(stream, i, stop) else None)
        length, kind = hit
        if kind == "skip":
            return None
        if not stream.syls[i + length - 1].last:
            # the segmenter may glue the head to a capitalised name ("Đảng Cộng", "Sở Nội"): still a head;
            # glued to a lower-case syllable it is another word ("Bộ đội", "Hội nghị")
            end = word_end(stream, i + length - 1)  # the word the head ends in ("TMCP Phương")
            rest = stream.syls[i + length:end]
            field = name_words().longest(stream.keys, i + length, end)
            glued_field = field is not None and i + length + field[0] == end and kind == "named"
            # "Hội đồng kỷ luật" as one word; "Bộ Giáo dục và" glued with the name's first words; a body's acronym
            # is no syllable of another word ("Chủ tịch IPU mong rằng": "IPU mong" glued)
            acronym = kind == "standalone" and length == 1 and syl.text.isupper() and len(syl.text) >= 2
            if not rest or not (rest[0].cap or glued_field or acronym):
                return None
            place = gazetteer().minor.longest(stream.keys, i, stop)
            if place is not None and i + place[0] >= end:
                return None  # "Hội An", "Bộ Mỹ" are places, not the head "Hội" + a name
        title = titles().longest(stream.keys, i, stop)
        if title is not None and title[0] > length:  # "Thành ủy viên" is a title, not "Thành ủy"
            return None
        if _office_in_title(stream, i, length, stop):
            return None
        key = tuple(stream.keys[i:i + length])
        common = common_word_head(key)
        if common is not None and not _common_word_names_body(stream, i, stop, common):
            return None
        if key == ("trung", "ương", "đoàn") and (_names_a_person(stream, i + 2, stop)
                                                  or self._names_the_union(stream, i + 2, stop)):
            # "Trung ương Đoàn Hồng Phong": the body, then a person surnamed Đoàn; "Trung ương Đoàn Thanh niên
            # Cộng sản Hồ Chí Minh": the central committee of the union named in full
            return 2, "standalone"
        if key in _CONGRESS_OR_UNIVERSITY and i + 1 < stop and (not stream.syls[i + 1].cap
                                                              or _ROMAN.match(stream.syls[i + 1].text)
                                                              or self.head_at(stream, i + 1, stop) is not None):
            # "ĐH Đảng bộ tỉnh", "ĐH X": the congress ("Đại hội"); "thi ĐH khối A": the university exam
            return None
        if key in _TITLE_SUFFIX_HEADS and _title_ends_at(stream, i):
            return None  # "Phó Chủ tịch Thường trực UBND": "Thường trực" belongs to the title
        if key in _CENTRAL_KEYS and i > 0 and stream.keys[i - 1] in _CENTRAL_LEVEL:
            return None  # "các bộ, ngành Trung ương", "trực thuộc Trung ương": the central level, not a body
        if key in _CENTRAL_KEYS and _set_against_local_level(stream, i + length, stop):
            return None  # "giữa Trung ương và địa phương": the central level set against the local one
        return hit

    def _names_the_union(self, stream: Stream, i: int, stop: int) -> bool:
        """Does "Đoàn" at ``i`` open the union's full name, read as a body of its own ("Đoàn Thanh niên ...")?"""
        union = self.match_at(stream, i, stop, _MAX_DEPTH - 1)
        return union is not None and union.data.get("named", False) and union.end > stream.syls[i].end

    def _bracketed_short_form_end(self, stream: Stream, j: int, stop: int) -> int:
        """End of a name that goes on after its short form in brackets: "Sở Tài nguyên và Môi trường (TN-MT)
        tỉnh Thanh Hóa", "Ban Kiểm soát (BKS) Sacombank" (GUIDELINES: the name is kept as written, bracket
        included). The name goes on only with a unit and place, a known place, or one capitalised word that is
        neither a person, a title nor another body; else ``j`` (the bracket then defines the short form)."""
        m = _SHORT_IN_BRACKETS.match(stream.text, stream.syls[j - 1].end)
        if m is None:
            return j
        k = j
        while k < stop and stream.syls[k].start < m.end():
            k += 1
        if k >= stop or stream.syls[k - 1].end != m.end() or not stream.syls[k].first:
            return j
        unit = unit_at(stream, k, stop)
        if unit and " ".join(stream.keys[k:k + unit]) in _PLACE_UNITS:
            name = place_name(stream, k + unit, stop)
            return k + unit + name if name else j
        known = gazetteer().minor.longest(stream.keys, k, stop) if stream.syls[k].cap else None
        if known and stream.syls[k + known[0] - 1].last:
            return k + known[0]
        # capitalised words ("Sacombank", "Hoàng thành Thăng Long"), up to three, none a person or another body
        end = k
        while end < stop and end - k < 6 and _is_name_word(stream, end, stop) and not person_like(stream, end, stop) \
                and self.head_at(stream, end, stop) is None and (stream.word_cap[end] or end == k):
            end = word_end(stream, end)
        if end - k > 1 and any(not is_syllable(part) for key in stream.keys[k:end] for part in re.split(r"[-–]", key)
                               if part.isalpha()):
            return j  # "Mặt trận Quốc gia (FN) Marine Le Pen": foreign words after the bracket name its leader
        return end if end > k and (stream.word_cap[k] or end > word_end(stream, k)) else j

    def match_at(self, stream: Stream, i: int, stop: int, depth: int = 0) -> Match | None:
        head = self.head_at(stream, i, stop)
        if head is None:
            return None
        length, kind = head
        j = i + length
        head_text_key = tuple(stream.keys[i:i + length])
        company = " ".join(head_text_key).startswith(_COMPANY_HEADS) and depth == 0
        named = False  # a capitalised name word or place was consumed
        placed = False  # a unit and its place were consumed: the name is complete (see _place_after_unit)
        nested: list[Match] = []
        while j < stop and depth < _MAX_DEPTH:
            if j == i + length and head_text_key in _OFFICE_HEADS:
                post = _state_post_end(stream, j, stop)
                if post > j:
                    j = post  # "Văn phòng Chủ tịch nước", "Văn phòng Tổng thống Hàn Quốc": named for its post
                    named = placed = True
                    continue
            # an outlet's or body's acronym takes no body after it: "Ảnh: Doãn Tấn/TTXVN Quốc hội đã họp" is a
            # caption that lost its full stop, then the sentence ("EVN Hà Nội" still takes its place below); the
            # central committee "T.Ư" does ("T.Ư Hội Nông dân Việt Nam"); nor does a channel, credited in a caption
            # ("Nguồn ảnh: Kênh Quốc phòng Việt Nam Lữ đoàn pháo binh 490 ...")
            acronym = kind == "standalone" and length == 1 and stream.syls[i].text.isupper() \
                and head_text_key not in _CENTRAL_KEYS and org_heads().longest(stream.keys, i, stop) is not None
            nests = stream.syls[j].cap and head_text_key != ("kênh",) and not acronym
            inner = self.match_at(stream, j, stop, depth + 1) if nests else None
            # a person's name ends the organisation ("Bí thư Thành ủy Hoàng Trung Hải"), except right after a
            # head that needs a name ("Trường Nguyễn Du")
            stop_at_person = (named or kind != "named" or head_text_key in _FIELD_HEADS) \
                and person_like(stream, j, stop)
            if inner is not None and _common_noun_in_name(self, stream, inner, stop):
                inner = None  # "Liên minh Nghị viện Thế giới": "Nghị viện" is a word of this body's name
            if inner is not None and not stop_at_person:
                nested.append(inner)
                j = inner.j
                named = True
                break
            unit = unit_at(stream, j, stop)
            if unit and kind == "standalone" and not named and head_text_key in _NATIONAL_KEYS:
                break  # "Đại biểu Quốc hội tỉnh Lào Cai": the one national body, then the deputy's province
            if unit:
                j += unit
                name = _place_after_unit(stream, j, stop)
                if name:
                    j += name
                    named = placed = True
                elif j < stop and stream.syls[j].digit and stream.keys[j - 1] in _NUMBERED_UNITS:
                    j += 1
                    named = True
                elif stream.syls[j - 1].text.endswith("."):
                    placed = True  # "UBND TP." with no known place after it: the full stop ends the name
                continue
            syl = stream.syls[j]
            if kind == "committee":  # "thành ủy" + the place it governs, known or not
                name = place_name(stream, j, stop)
                j += name
                named = bool(name)
                break
            if kind == "standalone" and head_text_key in _CENTRAL_KEYS and not named and _front_acronym(stream, j):
                j += 1  # "Ủy ban T.Ư MTTQVN": the central committee of the front written as one acronym
                named = True
                break
            if kind == "standalone":
                # "Quốc hội Mỹ", "Tỉnh ủy Quảng Bình": only a known place completes a standalone body
                # not in lower case after an outlet's acronym: "Đình Thiệu/VOV miền Trung" signs from a region
                known = _known_place_as_written(stream, j, stop, lower=not stream.syls[i].text.isupper()) \
                    if not named else None
                if known and stream.keys[j:j + known[0]] == stream.keys[j - known[0]:j]:
                    break  # "Mặt trận Tổ quốc Việt Nam Việt Nam": the place written twice by mistake
                if known and stop_at_person and known[0] == 1:
                    break  # "Quốc hội Phùng Quốc Hiển": a one-syllable place that is also a surname starts a name
                if known:  # one place only
                    j += known[0]
                    named = True
                    continue
                if not named and head_text_key in _LOWER_COMMITTEES:
                    # a local Party committee names the place it governs, known or not ("Thị ủy Cửa Lò")
                    j += place_name(stream, j, stop)
                    named = j > i + length
                break
            if head_text_key == ("kênh",) and named:
                # a channel is its field and maybe its country; a caption that lost its full stop goes on with the
                # next sentence ("Nguồn ảnh: Kênh Quốc phòng Việt Nam" + "Lữ đoàn pháo binh 490 ...", + "Nhờ ...")
                country = gazetteer().major.longest(stream.keys, j, stop)
                j += country[0] if country is not None and stream.syls[j].cap else 0
                break
            if stream.keys[j] == "ngài" or (named and _title_ends_at(stream, i)
                                            and (_foreign_name_after_vietnamese(stream, i + length, j, stop)
                                                 or _holder_after_country(stream, i + length, j, stop))):
                break  # "Văn phòng Ngài Nakasone", "Liên minh Nghị viện Thế giới Saber Chowdhury": the person after it
            if _is_name_word(stream, j, stop) and not stop_at_person and not placed:
                word = j
                j = _name_word_end(stream, j, stop)
                # a company named so far by its legal form and capitalised trades ("Công ty TNHH MTV", "Công ty
                # TNHH Phát triển") has its trade name still to come
                before_trade_name = company and not named and _legal_form_or_trades(stream, i + length, j)
                named = True
                # "Giao thông vận tải", "Biểu diễn nghệ thuật": lower-case field words continue the name
                j = _field_after_name_end(stream, j, stop, after_place=_is_major_place(stream, word, j))
                trades = _trade_words_end(stream, j, stop, self) if before_trade_name else j
                if trades > j:
                    j = trades  # the trade name that closes them is read next
                    continue
                # a ministry's or department's known name is complete ("Sở Tài chính" + a verb); an institute
                # named for the same fields may go on ("Viện Khoa học và Công nghệ" + "quân sự")
                if kind == "named" and head_text_key not in _COMPLETE_HEADS and _field_like(stream, word, j) \
                        and not (head_text_key in _DEPARTMENT_HEADS
                                 and tuple(stream.keys[i + length:j]) in KNOWN_DEPARTMENTS):
                    j = _lower_tail_end(stream, j, stop, self)
                continue
            trades = _trade_words_end(stream, j, stop, self) if company and not named and stream.syls[i].cap else j
            if trades > j:
                j = trades
                continue
            if not named and kind == "named" and stream.syls[i].cap:
                # "Tập đoàn điện lực VN", "Hội đồng kỷ luật": the press writes a field in lower case after a head
                field_end = _field_words_end(stream, j, stop)
                # "Ban Chỉ đạo xây dựng các đề án": a field word followed by a function word is a verb
                if field_end > j and not (field_end < stop and stream.keys[field_end] in _VERB_OBJECTS):
                    # more lower-case words may follow the field when a place or a name closes them ("Ban quản lý
                    # đầu tư xây dựng" + "công trình giao thông" + "Hà Nội")
                    closed = _lower_words_before_name(stream, field_end, stop, self) if depth == 0 else field_end
                    j = closed if closed > field_end else field_end
                    named = True
                    continue
            if not named and stream.keys[j] == "các":
                plural_end = _plural_name_end(stream, j, stop)
                # any head over a kind of site in its province takes the plural with the place that closes it
                # ("Ban Quản lý" + "các khu công nghiệp" + "tỉnh Bắc Ninh"); "UBND các tỉnh" stays a class
                if plural_end and (head_text_key in _PLURAL_NAME_HEADS
                                   or _place_unit_follows(stream, plural_end, stop)):
                    j = plural_end
                    named = True
                    continue
            if not named and kind == "named" and stream.syls[i].cap and depth == 0 \
                    and head_text_key not in _CAPITALISED_NAME_HEADS and head_text_key not in _FACILITY_HEADS:
                lower_end = _lower_words_before_name(stream, j, stop, self)
                if lower_end > j:
                    j = lower_end
                    # closed by a field or a number label, the name is complete; a place or a name after it is read next
                    named = j >= stop or not (stream.syls[j].cap or _place_unit_follows(stream, j, stop))
                    placed = stream.syls[j - 1].digit
                    continue
            lower_end = _lower_words_before_unit(stream, j, stop) if not named and kind != "standalone" else 0
            if lower_end:
                j = lower_end
                continue
            if syl.digit and not named and " ".join(head_text_key) in _DATE_NAMED_HEADS and _DAY_MONTH.match(syl.text) \
                    and _number_label_end(stream, j, stop, _DAY_MONTH):
                j += 1  # "Nông trường 3-2", "Bệnh viện 30-4": named for a day of the revolution
                named = placed = True
                continue
            if syl.digit and not named and " ".join(stream.keys[i:i + length]) in _NUMBERED_HEADS:
                j += 1
                named = True
                continue
            numbered = named or head_text_key[0] == "trường" or " ".join(head_text_key) in _NUMBERED_HEADS
            label = _number_label_end(stream, j, stop) if numbered and not placed and depth == 0 else 0
            if label:
                j = label
                placed = True  # the number closes the name ("Công ty Đường sắt 6 đã")
                continue
            if syl.key == "về" and (named or length > 2) and not placed and _named_for_its_field(stream, i, j):
                about = _about_field_end(stream, j, stop, self)
                if about:
                    j = about
                    continue
            if syl.key == "," and named:
                listed = _comma_list_end(stream, j, stop, self)
                if listed:
                    j = listed
                    continue
            joins = (syl.key == "và" or (syl.key in DASHES and depth == 0)) and named and not placed \
                and kind == "named"
            if joins and head_text_key in _COMPLETE_HEADS:
                joined = _and_field_end(stream, j, stop)
            else:
                joined = _and_lower_end(stream, j, stop, self, company) if joins else 0
            if joined:
                j = joined
                continue
            if syl.key in _JOINERS and named and not placed and j + 1 < stop and _is_name_word(stream, j + 1, stop) \
                    and self.head_at(stream, j + 1, stop) is None and not _acronym_then_word(stream, j) \
                    and not (syl.key == "và" and _ends_in_major_place(stream, i + length, j)) \
                    and not (head_text_key in _DEPARTMENT_HEADS and _two_departments(stream, i + length, j, stop)):
                j += 1
                continue
            break
        # Trailing joiners are not part of the name.
        while j > i + length and stream.syls[j - 1].key in _JOINERS:
            j -= 1
        if named and head_text_key in _MISSION_HEADS and j + 1 < stop and stream.keys[j] == "tại":
            host = _known_place_as_written(stream, j + 1, stop, lower=False)
            j += 1 + host[0] if host is not None else 0  # "Đại sứ quán Việt Nam tại Malaysia" (GUIDELINES)
        if depth == 0:  # "Ban Quản lý (BQL) Hoàng thành Thăng Long": the bracket may follow the bare head too
            j = self._bracketed_short_form_end(stream, j, stop)
        bare = j == i + length
        if not bare and kind == "named" and _is_place_name(stream, i, j):
            return None  # "xã Kim Thái, Vụ Bản, Nam Định": a district whose name opens with a head's word
        sentence_initial = i == 0 or stream.syls[i - 1].sent != stream.syls[i].sent
        head_text = " ".join(s.text for s in stream.syls[i:i + length])
        if bare and kind == "named" and (sentence_initial or depth > 0 or head_text not in _BACK_REFERENCES):
            return None
        if bare and kind == "standalone" and i > 0 and stream.keys[i - 1] in _PLURAL_WORDS \
                and stream.syls[i - 1].sent == stream.syls[i].sent:
            return None  # "các Nghị viện thành viên", "các Tỉnh ủy": a kind of body, no one body
        # "Bộ" or "Sở" written bare mid-sentence with a capital refers back to the ministry or department the
        # article named: an ORG mention, though not an organisation of its own.
        entity = not bare or kind == "standalone" or (head_text in _BACK_REFERENCES and not sentence_initial)
        if bare and kind == "party":
            # "Đảng ủy đã họp", "UBND chỉ đạo": a capitalised committee written bare is a specific body
            entity = _specific_bare_body(stream, i, j, head_text)
        elif entity and bare and kind == "named" and _after_class_word(stream, i):
            entity = False  # "ở mỗi Sở", "các Bộ, ngành": every department, no specific one
        if head_text in _DESCRIPTOR_HEADS and not bare:
            # "hãng Vietjet": the lower-case kind describes the firm; its name is what follows ("báo Tuổi Trẻ" →
            # "Tuổi Trẻ"), unlike a party's rendered name ("đảng Xã hội")
            firm = " ".join(syl.text for syl in stream.syls[i + length:j])
            return make_match(stream, self.label, i + length, j, head=firm, kind="standalone", bare=False, named=True,
                              nested=nested, entity=True)
        return make_match(stream, self.label, i, j, head=head_text, kind=kind, bare=bare, named=named, nested=nested,
                          entity=entity)
