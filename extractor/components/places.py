"""LOC: named places, from a unit word ("tỉnh", "huyện", "sông" ...) + a capitalised name, or from the
gazetteer (provinces, countries, regions) where the name stands alone. Spans already taken by an
organisation are left alone: "UBND tỉnh Quảng Nam" is one ORG, not an ORG around a LOC (flat entities)."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from spacy.tokens import Doc

from ..canonical import fold
from ..encodings import is_syllable
from ..lexicon import gazetteer, honorifics, known_abbreviations, org_heads, surnames
from ..stream import DASHES, Stream, word_end
from .base import Match, RuleComponent, make_match, matches, occupied
from .organizations import COMMON_SURNAMES, STATE_FORMS, body_head_at, person_like
from .propagation import signature_start

# Generic words in front of a place name; the LOC span is the name after them.
FEATURE_WORDS = frozenset({
    "tỉnh", "thành phố", "tp", "tp.", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "thôn", "ấp",
    "bản", "làng", "xóm", "sông", "hồ", "núi", "đảo", "cầu", "đèo", "vịnh", "đường", "phố", "sân bay",
    "cảng", "vùng", "khu vực", "tại", "ở", "đến", "tới", "từ", "về", "nước", "thủ đô", "vòng xoay", "biển",
    "kênh", "khu công nghiệp", "kcn", "chợ", "công viên", "quảng trường", "tượng đài", "nghĩa trang", "bến",
    "bờ", "cửa khẩu", "khu du lịch", "đền", "chùa", "đình", "xã đảo", "hầm", "rạch", "vàm", "đê",
    "đại lộ", "ngõ", "hẻm", "ngách", "kiệt", "khu phố",
    "bán đảo", "quần đảo", "bãi biển", "cảng hàng không", "vườn quốc gia", "thung lũng", "dãy núi", "dốc",
    "chiến trường", "khu kinh tế", "cụm công nghiệp", "khu đô thị", "khu di tích", "tu viện",
    "chợ đầu mối", "nút giao", "ngã tư", "ngã ba", "ngã năm", "ngã sáu", "cầu vượt", "giao lộ", "bãi rác", "đoạn",
    "khu", "qua", "buôn", "plei", "cồn", "cù lao", "tổ", "tổ dân phố",
}) | frozenset(fold(w) for w in ("thủy điện", "nhiệt điện"))  # a plant's site: "thủy điện Trị An" (GUIDELINES)
# Residential groups are places only by their number ("tổ 42", "tổ dân phố 5", as GUIDELINES keep "thôn 5"), and only
# where the number closes the item: "tổ 3 người" counts, "Tổ quốc" is no place.
_GROUPS = frozenset({"tổ", "tổ dân phố"})


def _numbered_group(stream: Stream, j: int, stop: int, taken: list[bool]) -> bool:
    """Is the syllable at ``j`` a group's number that ends its item (punctuation, a unit word or the end after it)?"""
    if not stream.syls[j].digit or not stream.syls[j].text.isalnum() or taken[j]:
        return False
    k = j + 1
    return k >= stop or (stream.syls[k].punct and stream.keys[k] not in ("/", "%")) or stream.keys[k] == "và" \
        or _starts_with_feature(stream.keys, k)


# River islets: written in lower case the word is a feature word ("cồn Phụng" -> "Phụng"); capitalised it is part of the
# name, as "Hòn" is ("Cồn Phụng", "Cù lao Gò Gia")
_ISLET_WORDS = frozenset({"hòn", "cồn"})
# Power plants take the name of the place they stand in ("thủy điện Sông Hinh", "nhiệt điện Vĩnh Tân 3"), and a
# river word opening that name is dropped like the plant's own word ("nhà máy nước Sông Đuống" -> "Đuống").
_PLANTS = frozenset(fold(w) for w in ("thủy điện", "nhiệt điện"))
# Lower-case words that tell a site's kind between its feature word and its name ("sân bay quốc tế Tân Sơn Nhất",
# "khu kinh tế mở Chu Lai", "khu du lịch sinh thái và nghỉ dưỡng Cồn Hến", "hồ thủy điện Sê San 4", "khu đô thị mới
# Thủ Thiêm"): the name after them is the site's, as it is right after the feature word.
_KIND_WORDS = frozenset(tuple(fold(w).split()) for w in (
    "quốc tế", "nội địa", "quốc gia", "sinh thái", "nghỉ dưỡng", "mở", "mới", "thủy điện", "nhiệt điện", "chứa nước",
    "thủy lợi", "ven biển", "biển", "cá", "tổng hợp", "công nghệ cao", "nhà ở xã hội", "tái định cư", "dịch vụ",
    "hỗn hợp", "du lịch", "tưởng niệm", "liệt sĩ", "liệt sỹ", "lấn biển", "đô thị"))
_KIND_LENGTHS = sorted({len(k) for k in _KIND_WORDS}, reverse=True)
# Feature words of sites that take such kind words (a settlement's or a street's word never does)
_KIND_TAKERS = frozenset({"sân bay", "cảng", "cảng hàng không", "khu kinh tế", "khu công nghiệp", "kcn", "khu đô thị",
                          "khu du lịch", "cụm công nghiệp", "hồ", "khu", "đền", "chợ", "vườn quốc gia"})
# Road junctions are named after the streets that meet there, often named after people ("nút giao Nguyễn Thái
# Học", "cầu vượt Mai Dịch", "ngã tư An Sương").
_JUNCTIONS = frozenset({"nút giao", "ngã tư", "ngã ba", "ngã năm", "ngã sáu", "cầu vượt", "giao lộ"})
# Words that put a place after them only when it is a known one ("bãi rác Nam Sơn", "đoạn Mai Dịch - cầu Thăng
# Long", "khu Thủ Thiêm", "đi qua Kim Mã, Hàng Đẫy"): "khu A", "đoạn Kết" are labels and titles, not places.
_KNOWN_PLACE_ONLY = frozenset({"bãi rác", "đoạn", "khu", "qua"})
# Streets, canals and parks are often named after people: a person-like name after them is still a place.
_NAMED_AFTER_PEOPLE = frozenset({"đường", "phố", "kênh", "khu công nghiệp", "kcn", "cầu", "công viên",
                                 "quảng trường", "tượng đài", "hầm", "chợ", "trường", "đại lộ", "ngõ", "hẻm",
                                 # airports, ports and zones take the name of a place, whatever it reads like
                                 "sân bay", "cảng", "cảng hàng không", "khu kinh tế", "cửa khẩu", "chợ đầu mối",
                                 "khu du lịch", "khu đô thị", "cụm công nghiệp"}) | _PLANTS
# A number after these is part of the place's name: "quận 1", "quốc lộ 30", "đường vành đai 2".
_NUMBERED_PLACES = frozenset({"quốc lộ", "tỉnh lộ", "đường tỉnh", "vành đai", "đường vành đai", "ql"})
_PERSON_CUES = frozenset({"ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cháu", "cụ"})
_ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"})
_FEATURE_KEYS = {tuple(w.split()) for w in FEATURE_WORDS | _NUMBERED_PLACES}
_FEATURE_KEYS_FLAT = frozenset(w for w in FEATURE_WORDS if " " not in w)
_FEATURE_FIRSTS = frozenset(key[0] for key in _FEATURE_KEYS)  # most syllables start no feature word: skip them fast


def _starts_with_feature(keys: list[str], i: int) -> bool:
    """Does a unit or feature word ("TP", "quận", "thủ đô") start at ``i``?"""
    return any(tuple(keys[i:i + n]) in _FEATURE_KEYS for n in (1, 2, 3))
def _after_a_body_head(stream: Stream, i: int) -> bool:
    """Does a capitalised body's head stand right before the feature word at ``i`` ("Trưởng Ban Khu kinh tế mở Chu
    Lai")? Then the site's words are the body's name, which the organisation finder may have left."""
    return i > 0 and stream.syls[i - 1].cap and stream.syls[i - 1].sent == stream.syls[i].sent \
        and org_heads().longest(stream.keys, i - 1, i) is not None


def _after_kind_words(stream: Stream, j: int, stop: int) -> int:
    """Where the name starts after the lower-case kind words at ``j`` ("quốc tế", "sinh thái và nghỉ dưỡng"), or
    ``j`` itself; the kind words must run up to a capitalised word, else ``j`` (no name follows them)."""
    k = j
    while k < stop and not stream.syls[k].cap:
        n = next((n for n in _KIND_LENGTHS if tuple(stream.keys[k:k + n]) in _KIND_WORDS
                  and stream.syls[k].first and stream.syls[k + n - 1].last), 0)
        if not n:
            if k > j and stream.keys[k] == "và":
                k += 1  # "sinh thái và nghỉ dưỡng"
                continue
            return j
        k += n
    return k if k > j and k < stop and stream.syls[k].cap and stream.keys[k - 1] != "và" else j


# After these the name must be a known place or clearly a name; after a true unit word any capitalised run.
_PREPOSITIONS = frozenset({"tại", "ở", "đến", "tới", "từ", "về"})
_NUMBERED = frozenset({"quận", "phường", "thôn", "ấp", "khu phố"})
# Settlements: a name after these is the settlement's even when it reads like a person's ("thôn Quan Nhân",
# "xã Phan Thanh"), unless the unit word ends a title ("trưởng thôn Lê Văn A", "Chủ tịch xã Trần B").
_SETTLEMENTS = frozenset({"thôn", "ấp", "xóm", "làng", "bản", "xã", "phường", "thị trấn", "khu phố", "buôn", "plei"})
_TITLE_ENDS = frozenset({"trưởng", "phó", "già", "thư", "tịch", "trực"})
_ADMIN_UNITS = frozenset({"huyện", "quận", "tỉnh", "thành phố", "thị xã"})
# Alleys are numbered; the street named after them is a place, often named after a person ("ngõ 36 Giang Văn
# Minh"); the alley number itself is no LOC.
_ALLEYS = frozenset({"ngõ", "hẻm", "ngách", "kiệt"})
# After "phía"/"hướng" a compass word is a direction even where it also names a region ("phía Tây Bắc").
_DIRECTION_CUES = frozenset({"phía", "hướng"})
_COMPASS = frozenset({"đông", "tây", "nam", "bắc"})
# One-syllable places that are also given names or pronouns: at a sentence start they are the person ("Anh cho
# biết", "Đức khai nhận"); the others ("Mỹ", "Lào", "TPHCM") are the place there too.
_NAME_LIKE_PLACES = frozenset({"anh", "nga", "đức", "nhật", "huế", "áo", "ý"})


def _case_matches(stream: Stream, i: int, spellings: str) -> bool:
    """The text has the capitalisation of one of the gazetteer's spellings ("Anh" the country, not "anh")."""
    return any(all(stream.syls[i + k].cap == p[0].isupper() for k, p in enumerate(name.split()))
               for name in spellings.split("\n"))


def _district_of_province(stream: Stream, i: int, stop: int, taken: list[bool], depth: int = 0) -> int:
    """Length of a known district or commune written before its province without a unit word: "(Long Biên,
    Hà Nội)", "Gia Lâm, Hà Nội" — the address form the press gives after a person. Two syllables or more,
    capitalised as in the gazetteer, and a province or country (a major place) right after the comma."""
    minor, major = gazetteer().minor, gazetteer().major
    hit = minor.longest(stream.keys, i, stop)
    if hit is None or hit[0] < 2 or _starts_with_feature(stream.keys, i) or any(taken[i:i + hit[0]]) \
            or not _case_matches(stream, i, hit[1]):
        return 0  # "TP HCM, Việt Nam" is the unit-word case, read by rule 1
    end = i + hit[0]
    if depth == 0 and _province_in_brackets(stream, end, stop) and stream.syls[end - 1].last \
            and not person_like(stream, i, stop):
        return hit[0]  # "các huyện A Lưới (Thừa Thiên Huế), Kim Thành (Hải Dương)"
    if not stream.syls[end - 1].last or end + 1 >= stop or stream.keys[end] != "," or person_like(stream, i, stop):
        return 0
    province = major.longest(stream.keys, end + 1, stop)
    if province is None or not _case_matches(stream, end + 1, province[1]):
        # "(Đạo Lý, Lý Nhân, Hà Nam)": a commune, then its district, then the province
        return hit[0] if depth == 0 and _district_of_province(stream, end + 1, stop, taken, 1) else 0
    return hit[0] if stream.syls[end + province[0]].last else 0


def _province_in_brackets(stream: Stream, k: int, stop: int) -> bool:
    """Is a province or country, alone in brackets, written at ``k`` ("(Hải Dương)")?"""
    if k + 2 >= stop or stream.keys[k] != "(":
        return False
    province = gazetteer().major.longest(stream.keys, k + 1, stop)
    if province is None:
        return False
    close = k + 1 + province[0]
    return close < stop and stream.keys[close] == ")" and _case_matches(stream, k + 1, province[1])


def _ends_word(stream: Stream, k: int) -> bool:
    """Does syllable ``k`` end its word? An all-capitals token ("TPHCM", "VN") always ends a name: the segmenter
    sometimes glues it to the verb after it ("TPHCM dập dịch"), but no Vietnamese word runs on from an acronym."""
    text = stream.syls[k].text
    return stream.syls[k].last or (len(text) > 1 and text.isupper())


# Streets are named after people and events ("các phố Tràng Tiền, Đinh Tiên Hoàng", "đường Hùng Vương và Ba Tháng
# Hai"), plants after any place: a list after a street's or a plant's word names such sites whatever they read like.
_STREET_UNITS = frozenset({"đường", "phố", "đại lộ"})
_PLURALS = frozenset({"các", "những", "hai", "ba", "bốn", "năm", "tuyến", "mấy"})


def _street_list(stream: Stream, i: int, unit: str) -> str | None:
    """How a street's word at ``i`` opens a list: "plural" after "các"/"những"/"tuyến" ("các phố A, B, C"), "single"
    otherwise (only a last item after "và" is read then: "đường A và B."), None for any other unit word."""
    if unit in _PLANTS:
        return "plural"  # "Thủy điện Đại Ninh, A Vương, Sor Phu Miêng": plants listed after one plant's word
    if unit not in _STREET_UNITS:
        return None
    return "plural" if any(k >= 0 and stream.keys[k] in _PLURALS for k in (i - 1, i - 2)) else "single"


def _listed_street(stream: Stream, k: int, stop: int, taken: list[bool], streets: str) -> int:
    """End of a street listed after the joiner at ``k``: a capitalised run of up to four syllables, word-aligned, no
    body's head, unit word or personal cue; 0 otherwise. Every item of a plural list ("các phố A, B, C") is a street;
    after a single street only a last item after "và" that closes the clause is one ("đường A và B."), since a comma
    there may open the next clause's subject ("đường Lê Lợi, Nguyễn Văn An nói")."""
    if streets == "single" and stream.keys[k] != "và":
        return 0
    a = k + 1
    end = a
    while end < stop and end - a < 4 and stream.syls[end].cap and stream.word_cap[end] \
            and not stream.syls[end].punct and not taken[end]:
        end += 1
    if end == a or not stream.syls[end - 1].last or body_head_at(stream, a, stop) \
            or _starts_with_feature(stream.keys, a) or stream.keys[a] in _PERSON_CUES or stream.keys[a] in honorifics():
        return 0
    if streets == "plural":
        return end
    closes = end >= stop or (stream.syls[end].punct and stream.keys[end] not in ("-", "–", ","))
    return end if closes else 0


# Rivers, lakes and mountains are often named like people ("sông Tô Lịch", "hồ Đồng Mô", "núi Bà Đen"). Written in
# lower case the feature word says the name is the place's; a capitalised "Hồ" may be the surname ("Hồ Xuân Hương").
_NATURAL_FEATURES = frozenset({"sông", "hồ", "núi", "suối", "đầm", "rạch", "đèo", "vịnh", "đảo", "kênh"})


def _named_after_people(stream: Stream, i: int, unit: str) -> bool:
    """May the place after the unit word at ``i`` carry a person's name? Streets and parks may ("đường Lê Lợi");
    so may villages and communes ("thôn Quan Nhân"), unless the unit word ends a title ("trưởng thôn Lê A");
    so may rivers and lakes whose feature word is written in lower case ("sông Tô Lịch", "hồ Đồng Mô")."""
    if unit in _NAMED_AFTER_PEOPLE or unit in _ALLEYS or unit in _JUNCTIONS:
        return True
    if unit in _NATURAL_FEATURES:
        return not stream.syls[i].cap
    return unit in _SETTLEMENTS and (i == 0 or stream.keys[i - 1] not in _TITLE_ENDS)


# Words before an administrative unit that make it a post's ("Chủ tịch huyện", "lãnh đạo tỉnh", "cán bộ xã"): the name
# after the unit word is then the holder's.
_POST_ENDS = _TITLE_ENDS | frozenset({"đạo", "biểu", "bộ"})


def _division_named_like_a_person(stream: Stream, i: int, j: int, stop: int, unit: str) -> bool:
    """Is the name at ``j`` after an administrative unit word at ``i`` a division's though it opens with a surname
    ("huyện Từ Liêm", "thành phố Ninh Ba")? A two-syllable run is; a person's full name is mostly three syllables,
    and a unit word ending a post ("Chủ tịch huyện Lê Văn A") names its holder."""
    if unit not in _ADMIN_UNITS or (i > 0 and stream.keys[i - 1] in _POST_ENDS):
        return False
    end = j
    while end < stop and stream.syls[end].cap and stream.word_cap[end] and not stream.syls[end].punct:
        end += 1
    return end - j == 2


_CITY_UNITS = frozenset({"tp", "tp.", "phố"})  # "TP. hồ Chí Minh": a slip of case, not a lake


def _lake_names(stream: Stream) -> set[tuple[str, ...]]:
    """Names the article writes after a lower-case "hồ" ("hồ Đồng Mô"): the lake's name, also where a sentence
    opens with "Hồ Đồng Mô" and the segmenter glues it into one word that reads like a person's name."""
    names: set[tuple[str, ...]] = set()
    for i, key in enumerate(stream.keys):
        if key == "hồ" and not stream.syls[i].cap and (i == 0 or stream.keys[i - 1] not in _CITY_UNITS):
            end = i + 1
            while end < len(stream.syls) and end - i <= 3 and stream.syls[end].cap and not stream.syls[end].punct:
                end += 1
            if end > i + 1:
                names.add(tuple(stream.keys[i + 1:end]))
    return names


def _capitalised_lake(stream: Stream, i: int, stop: int, lakes: set[tuple[str, ...]]) -> int:
    """End of the lake's name after a capitalised "Hồ" at ``i`` when the article names that lake in lower case
    elsewhere ("Hồ Đồng Mô vẫn tấp nập" beside "ven hồ Đồng Mô"); 0 otherwise (the surname: "Hồ Xuân Hương")."""
    if stream.keys[i] != "hồ" or not stream.syls[i].cap:
        return 0
    for name in lakes:
        end = i + 1 + len(name)
        if end <= stop and tuple(stream.keys[i + 1:end]) == name and _ends_word(stream, end - 1) \
                and all(stream.syls[k].cap for k in range(i + 1, end)) \
                and (end == stop or not stream.syls[end].cap or stream.syls[end].punct):
            return end
    return 0


def _one_syllable_lake(stream: Stream, i: int, stop: int, title_end: set[int]) -> int:
    """End of a lake written "Hồ" and one capitalised syllable ("Hồ Gươm", "Hồ Tây"), 0 otherwise. A person's name
    with the surname Hồ has a given name of two syllables or more in the press ("Hồ Xuân Hương", "Hồ Đức Việt"), or a
    person word or title before it ("ông Hồ Nam"); so two syllables alone, closed by a lower-case word or a mark,
    with none of these before, are the lake, one LOC with its word as GUIDELINES keep "Hồ Gươm"."""
    end = i + 2
    if end > stop or not stream.syls[i + 1].cap or stream.syls[i + 1].punct or not stream.syls[i + 1].last \
            or (end < stop and stream.syls[end].cap and not stream.syls[end].punct) or i in title_end:
        return 0
    if i > 0 and stream.syls[i - 1].sent == stream.syls[i].sent and (
            stream.keys[i - 1] in _PERSON_CUES or stream.keys[i - 1] in honorifics()
            or (stream.syls[i - 1].cap and not stream.syls[i - 1].punct)):
        return 0
    return end


def _islet_head(stream: Stream, i: int, stop: int) -> int:
    """Length of an islet's word at ``i`` ("hòn", "cồn", "cù lao"), or 0."""
    if stream.keys[i] in _ISLET_WORDS:
        return 1
    return 2 if i + 1 < stop and stream.keys[i] == "cù" and stream.keys[i + 1] == "lao" else 0


def _islet(stream: Stream, i: int, stop: int, taken: list[bool]) -> int:
    """End of an islet's name at ``i``: a capitalised "Hòn", "Cồn" or "Cù lao" is part of the name ("tại Hòn Mun",
    "ra Hòn Tằm", "Cồn Phụng", "Cù lao Gò Gia"), as the gazetteer keeps "Hòn Đất"; no person or body is named so."""
    head = _islet_head(stream, i, stop) if stream.syls[i].cap and not taken[i] else 0
    if not head or i + head >= stop:
        return 0
    end = i + head
    while end < stop and end - i - head < 3 and stream.syls[end].cap and not stream.syls[end].punct \
            and not taken[end]:
        end += 1
    return end if end > i + head and _ends_word(stream, end - 1) else 0


def _glued_to_a_name(stream: Stream, i: int, end: int, title_end: set[int]) -> bool:
    """A country right after a title that the segmenter glued to the holder's name ("Tổng thống Belarus_Lukashenko"):
    the place ends where the name starts, a capitalised syllable inside the same word."""
    return i in title_end and end < len(stream.syls) and not stream.syls[end - 1].last \
        and stream.syls[end].cap and not stream.syls[end].punct and stream.syls[end].word == stream.syls[end - 1].word


_STATE_FORM_LENGTHS = sorted({len(f) for f in STATE_FORMS}, reverse=True)
_STATE_FORM_HEADS = frozenset(f[0] for f in STATE_FORMS)


def _state_and_country(stream: Stream, i: int, stop: int, taken: list[bool]) -> int:
    """End of a country written with its state form at ``i`` ("Cộng hòa Nhân dân Trung Hoa"), or 0."""
    if stream.keys[i] not in _STATE_FORM_HEADS or not stream.syls[i].cap or not stream.syls[i].first or taken[i]:
        return 0
    for n in _STATE_FORM_LENGTHS:
        if tuple(stream.keys[i:i + n]) in STATE_FORMS and i + n < stop:
            country = gazetteer().major.longest(stream.keys, i + n, stop)
            end = i + n + country[0] if country else 0
            if country and _case_matches(stream, i + n, country[1]) and not any(taken[i:end]) \
                    and (_ends_word(stream, end - 1) or stream.syls[end - 1].word != stream.syls[end].word
                         or stream.syls[end].cap):
                return end
    return 0


def _named_with_its_feature(stream: Stream, i: int, stop: int, feature: int) -> bool:
    """Does the gazetteer hold a major place that starts with the feature word at ``i`` and goes past it ("Chợ
    Lớn")? Then the name is read whole by the gazetteer rule, not cut after the feature word."""
    whole = gazetteer().major.longest(stream.keys, i, stop)
    return whole is not None and whole[0] > feature and _case_matches(stream, i, whole[1]) \
        and _ends_word(stream, i + whole[0] - 1)


# Words that name a settlement or a site after them, never a person's monument: a name read as a place after them
# ("sân bay Chu Lai", "xã Phan Thanh") is that place where the article repeats it alone ("Chu Lai là ..."). Streets,
# parks and bridges are left out: "đường Lê Lợi" does not make every "Lê Lợi" a street.
# Units before a foreign place's name ("Thành phố Mora", "thị trấn Salen", "vùng Dalarma"): a foreign name read after
# one of these is that place where the article repeats it alone, as settlements are.
_FOREIGN_NAMING_UNITS = frozenset({"thành phố", "tp", "tp.", "thị trấn", "vùng", "tỉnh", "làng", "xã", "huyện",
                                   "quận", "khu vực", "đảo", "hồ", "sông", "núi"})
_SETTLEMENT_FEATURES = frozenset({"sân bay", "cảng", "cảng hàng không", "khu kinh tế", "cửa khẩu", "xã", "thôn",
                                  "ấp", "xóm", "làng", "bản", "phường", "thị trấn", "huyện", "thị xã", "quận"})


def _repeated_settlements(stream: Stream, names: set[tuple[str, ...]], found: list[Match],
                          taken: list[bool]) -> list[Match]:
    """The article's other mentions of places named like people that it once wrote after a settlement's word,
    standing alone and capitalised, not after a personal cue ("ông Chu Lai")."""
    covered = taken[:]
    for m in found:
        for k in range(m.i, m.j):
            covered[k] = True
    heads = {name[0] for name in names}
    repeats: list[Match] = []
    for k, key in enumerate(stream.keys):
        if key not in heads or covered[k] or not stream.syls[k].cap or not stream.syls[k].first \
                or (k > 0 and stream.keys[k - 1] in _PERSON_CUES):
            continue
        if k > 0 and stream.syls[k - 1].sent == stream.syls[k].sent and stream.syls[k - 1].cap \
                and not stream.syls[k - 1].punct and stream.keys[k - 1] not in _FEATURE_KEYS_FLAT:
            continue  # the end of a longer name: "Bắc Từ Liêm" after "huyện Từ Liêm"
        for name in names:
            end = k + len(name)
            if tuple(stream.keys[k:end]) == name and _ends_word(stream, end - 1) and not any(covered[k:end]) \
                    and all(stream.syls[x].cap for x in range(k, end)) \
                    and (end >= len(stream.syls) or not stream.syls[end].cap or stream.syls[end].punct):
                repeats.append(make_match(stream, "LOC", k, end))
                break
    return repeats


# Economic and industrial zones are often named after the two communes they span ("khu kinh tế Chân Mây - Lăng Cô",
# "KCN Điện Nam - Điện Ngọc"): each commune is a place (as the dev gold tags them), the second one too.
_ZONES = frozenset({"khu công nghiệp", "kcn", "khu kinh tế", "cụm công nghiệp", "khu đô thị"})


def _twin_name(stream: Stream, end: int, stop: int, taken: list[bool]) -> int:
    """End of the second place a zone's name gives after a dash at ``end``; 0 when the part after the dash is no
    name, or is the province the zone is in ("khu công nghiệp Thăng Long - Hà Nội", which the gazetteer rule reads)."""
    if end + 1 >= stop or stream.keys[end] not in DASHES or not stream.syls[end + 1].cap:
        return 0
    k = end + 1
    if gazetteer().major.longest(stream.keys, k, stop) or _starts_with_feature(stream.keys, k):
        return 0
    last = k
    while last < stop and last - k < 4 and stream.syls[last].cap and stream.word_cap[last] \
            and not stream.syls[last].punct and not taken[last]:
        last += 1
    return last if last > k and stream.syls[last - 1].last else 0


def _closing_byline(stream: Stream, i: int, end: int) -> bool:
    """Is the place at ``i..end`` a two-syllable name written alone after the article's last full stop, ending
    the text ("... năm nay diễn ra vào ngày 1-3 tháng 6. Hòa Bình")? The press signs so; pen names are often
    places ("Hòa Bình", "Khánh Hòa"), and the person finder reads the signature."""
    return end == len(stream.syls) and end - i == 2 and i > 0 and stream.keys[i - 1] in (".", "!", "?", "…") \
        and "\n" not in stream.text[stream.syls[i - 1].end:stream.syls[i].start]


def _after_alley_number(stream: Stream, j: int, stop: int) -> int:
    """Skip the house or alley number after "ngõ"/"hẻm" ("ngõ 36", "hẻm 12/4"): the street name follows it."""
    k = j
    while k < stop and (stream.syls[k].digit or stream.keys[k] == "/"):
        k += 1
    return k if k > j and k < stop else j


# Countries the press clips to one syllable in pairs ("quan hệ Việt - Lào", "Nga-Trung"): GUIDELINES count each
# side as a LOC. Alone these are names ("Trung", "Việt"), so they count only beside a dash and another country.
_CLIPPED = frozenset({"việt", "trung", "hàn", "nhật", "xô", "ấn", "thái", "lào", "mỹ", "nga", "pháp", "đức", "anh",
                      "úc", "cuba", "campuchia"})
# "từ điển Anh - Việt" pairs languages; "Nam miền Trung - Tây Nguyên" pairs regions
_NOT_A_PAIR_AFTER = frozenset({"tiếng", "điển", "dịch", "ngữ", "miền", "vùng"})


def _country_part(stream: Stream, k: int, stop: int) -> int:
    """Length of a country at ``k`` that may stand in a dash pair: a clipped one or a known major place."""
    if k >= stop or not stream.syls[k].cap:
        return 0
    if stream.keys[k] in _CLIPPED and stream.syls[k].first and stream.syls[k].last:
        return 1
    hit = gazetteer().major.longest(stream.keys, k, stop)
    return hit[0] if hit and stream.syls[k + hit[0] - 1].last and _case_matches(stream, k, hit[1]) else 0


def _country_pair(stream: Stream, i: int, stop: int) -> list[Match]:
    """The two countries of "Việt - Trung" (or glued, "Việt-Lào"), when one of them is a clipped form."""
    syl = stream.syls[i]
    if not syl.cap or (i > 0 and stream.syls[i - 1].sent == syl.sent
                       and (stream.keys[i - 1] in _NOT_A_PAIR_AFTER or stream.syls[i - 1].cap)):
        return []
    if "-" in syl.text and not syl.punct:  # glued: one syllable "Việt-Lào"
        left, _, right = syl.text.partition("-")
        if fold(left) in _CLIPPED and fold(right) in _CLIPPED and left[:1].isupper() and right[:1].isupper():
            left_match = Match("LOC", syl.start, syl.start + len(left), left, i=i, j=i + 1, sent=syl.sent)
            # the right part may open a longer name: "Lào-Việt Nam"
            longer = gazetteer().major.longest([fold(right)] + stream.keys[i + 1:stop], 0)
            j = i + (longer[0] if longer and longer[0] > 1 and stream.syls[i + longer[0] - 1].last else 1)
            start = syl.start + len(left) + 1
            end = stream.syls[j - 1].end
            right_match = Match("LOC", start, end, stream.text[start:end], i=i, j=j, sent=syl.sent)
            return [left_match, right_match]
        return []
    first = _country_part(stream, i, stop)
    dash = i + first
    if not first or dash + 1 >= stop or stream.keys[dash] not in DASHES:
        return []
    second = _country_part(stream, dash + 1, stop)
    end = dash + 1 + second
    if not second or (end < stop and stream.syls[end].cap and not stream.syls[end].punct):
        return []  # "Việt - Trung Quốc" is read whole; a longer capitalised run is some other name
    if first > 1 and second > 1:
        return []  # two full names: rule 2 reads each
    return [make_match(stream, "LOC", i, dash), make_match(stream, "LOC", dash + 1, end)]


# Words a house number follows in an address ("số 23", "tại 360", "nhà 12", "địa chỉ 5", "(677 ...").
_ADDRESS_CUES = frozenset({"số", "tại", "nhà", "chỉ", "ở", "trú", "ngụ", ",", "(", ":", "cư", "thự"})
_HOUSE_NUMBER = re.compile(r"\d+[A-Za-z]?(?:/\d+[A-Za-z]?)*")


def _street_of_address(stream: Stream, i: int, stop: int, taken: list[bool], chained: bool = False) -> int:
    """End of a street name at ``i`` written after a house number and before the ward, district or city that
    follows a comma ("số 23 Lê Quý Đôn, phường 7", "tại 360 Kim Mã, Ba Đình, Hà Nội"): streets are often named
    after people, and there the address, not the name, says it is a place. 0 when ``i`` opens none."""
    if i < 2 or taken[i] or not stream.syls[i].cap or stream.syls[i].punct:
        return 0
    number = stream.syls[i - 1]
    first = i - 1  # the tokenizer splits "156/7", "489A/23/16" into parts: the number is all of them
    while first > 1 and stream.syls[first - 1].end == stream.syls[first].start \
            and (stream.keys[first - 1] == "/" or stream.syls[first - 1].text.isalnum()):
        first -= 1
    written = stream.text[stream.syls[first].start:number.end]
    if not _HOUSE_NUMBER.fullmatch(written) or stream.keys[first - 1] not in _ADDRESS_CUES \
            or number.sent != stream.syls[i].sent or stream.syls[i].start == number.end:
        return 0  # "35E Hồ Hảo Hớn": a letter glued to the number belongs to it
    end = i
    while end < stop and end - i < 5 and stream.syls[end].cap and stream.word_cap[end] \
            and not stream.syls[end].punct and not taken[end]:
        end += 1
    if end > i and chained and stream.syls[end - 1].last:
        return end  # the next address of a list whose first one was read: "..., 20 Bạch Đằng, 7 Hải Phòng."
    if end == i or end + 1 >= stop or stream.keys[end] != "," or not stream.syls[end - 1].last:
        return 0
    nxt = end + 1
    if _starts_with_feature(stream.keys, nxt) or stream.syls[nxt].text[:2] in ("Q.", "P."):
        return end
    if stream.keys[first - 1] != "," and _opens_address(stream, nxt, stop):
        return end  # a list of addresses: "số 45 Nguyễn Thái Học, 20 Bạch Đằng, số 34 Hoàng Văn Thụ"
    if not stream.syls[nxt].cap:
        return 0  # "5 Premier League, 1 FA Cup": a count, not an address (wards "1", "2" are known places)
    place = gazetteer().minor.longest(stream.keys, nxt, stop)
    return end if place and _case_matches(stream, nxt, place[1]) else 0


def _opens_address(stream: Stream, k: int, stop: int) -> bool:
    """Does another address start at ``k``: a house number ("20", "số 34") and a capitalised street after it?"""
    if k < stop and stream.keys[k] == "số":
        k += 1
    return k + 1 < stop and bool(_HOUSE_NUMBER.fullmatch(stream.syls[k].text)) and stream.syls[k + 1].cap \
        and not stream.syls[k + 1].punct and stream.syls[k + 1].start > stream.syls[k].end


def _unknown_acronym(stream: Stream, j: int) -> bool:
    """An all-capitals word of three letters or more that no gazetteer knows, standing alone, names a thing, not a
    place ("chiến trường THAAD", "xây dựng xã NTM"); "khu vực ĐBSCL" is known and read before this."""
    text = stream.syls[j].text
    followed = j + 1 < len(stream.syls) and stream.syls[j + 1].cap and stream.syls[j + 1].sent == stream.syls[j].sent
    return len(text) >= 3 and text.isupper() and text.isalpha() and not followed  # "nước CHND Trung Hoa" is


def _long_enough(stream: Stream, j: int, stop: int) -> bool:
    """A one-letter name word is a list label ("xã A, xã B"), unless a name word follows it ("xã A Tiêng",
    "huyện A Lưới", "xã Y Tý" in the highlands)."""
    if len(stream.syls[j].text) > 1:
        return True
    return j + 1 < stop and stream.syls[j + 1].cap and not stream.syls[j + 1].punct and stream.syls[j].key != "i"


def _bracketed_list(stream: Stream, i: int, j: int, stop: int, unit: str,
                    taken: list[bool]) -> list[tuple[int, int]]:
    """The places listed in a bracket after a counted unit ("2 xã (Thủy Vân, Thủy Bằng)", "4 phường (Hương Hồ
    và Hương An)"): the bracket names the units counted, so each capitalised item is a place, known or not."""
    if unit not in _SETTLEMENTS and unit not in _ADMIN_UNITS or j + 1 >= stop or stream.keys[j] != "(" \
            or i == 0 or not stream.syls[i - 1].digit:
        return []
    spans: list[tuple[int, int]] = []
    k = j + 1
    while k < stop:
        end = k
        while end < stop and end - k < 4 and stream.syls[end].cap and stream.word_cap[end] \
                and not stream.syls[end].punct and not taken[end]:
            end += 1
        if end == k or not stream.syls[end - 1].last or end >= stop or stream.keys[end] not in (",", "và", ")"):
            return []  # not a plain list of names: leave the bracket alone
        spans.append((k, end))
        if stream.keys[end] == ")":
            return spans
        if stream.keys[end] == "," and end + 1 < stop and not stream.syls[end + 1].cap:
            return spans  # "2 thôn (Hoàng Các và Nại Khê, thuộc xã Tiên Tiến)": a clause closes the list
        k = end + 1
    return []


_ABBREVIATED_UNIT = re.compile(r"[QP]\.(?:\d+\.?|[A-ZĐÂ][^\W\d_]*)?")


def _abbreviated_unit(stream: Stream, i: int, stop: int) -> Match | None:
    """"Q."/"P." for "quận"/"phường" in an address: a number glued to it is the place with its unit, as "quận 3"
    is ("Q.3"); a name glued to it or after it is the place without the unit ("Q.Tân Bình" → "Tân Bình")."""
    syl = stream.syls[i]
    if syl.text[:2] not in ("Q.", "P."):
        return None  # the common case, without a regex
    form = _ABBREVIATED_UNIT.fullmatch(syl.text)
    if form is None:
        return None
    if i > 0 and stream.syls[i - 1].sent == syl.sent and (
            stream.keys[i - 1] in ("-", "–") or (stream.syls[i - 1].cap and not stream.syls[i - 1].text.isupper())):
        return None  # a person's initial: "Sean P. Tortora", a byline "T.Duy - P.Minh"
    if syl.text[2:].rstrip(".").isdigit():
        return make_match(stream, "LOC", i, i + 1)
    first = i if len(syl.text) > 2 else i + 1  # the name starts inside the glued syllable, or after it
    end = first + (0 if first > i else 1)
    while end < stop and end - first < 4 and stream.syls[end].cap and stream.syls[end].text.isalpha() \
            and (end == first or not stream.syls[end].first or stream.word_cap[end]):
        end += 1
        if stream.syls[end - 1].last:
            break
    if end <= first or (first > i and not stream.syls[first].cap):
        return None
    match = make_match(stream, "LOC", first, end)
    if first == i:  # drop the "Q." glued in front
        start = syl.start + 2
        match = Match("LOC", start, match.end, stream.text[start:match.end], i=i, j=end, sent=syl.sent)
    return match


# Words that open Central Highlands place names (water, river, mountain, village in Ede, Jarai, Bahnar...): "Ea
# Kao", "Krông Ana", "Chư Mga", "Cư M'gar", "Đắk R'lấp", "Buôn Trắp", "Ia Grai", "Kon Plông". No Vietnamese
# name starts so ("Đắc" is also a given name and stays out).
_HIGHLAND_HEADS = frozenset({"ea", "krông", "chư", "cư", "đắk", "đăk", "buôn", "ia", "plei", "kon"})


def _highland_place(stream: Stream, i: int, stop: int, taken: list[bool]) -> int:
    """End of a highland place name at ``i``: the segmenter's word that opens with a highland head word, every
    syllable capitalised ("Buôn Trắp", "Ea Ktua"); 0 inside a longer capitalised name ("Lữ Hồng Cư")."""
    syl = stream.syls[i]
    if syl.key not in _HIGHLAND_HEADS or not syl.cap or not syl.first or taken[i]:
        return 0
    if i > 0 and stream.syls[i - 1].sent == syl.sent and stream.syls[i - 1].cap and not stream.syls[i - 1].punct \
            and stream.keys[i - 1] not in _FEATURE_KEYS_FLAT:
        return 0
    end = word_end(stream, i)
    if end - i < 2 or end > stop or not all(stream.syls[k].cap for k in range(i, end)) or any(taken[i:end]):
        return 0
    return end


# Plural place nouns a list follows after "như" ("các tuyến đường như Lũy Bán Bích, Âu Cơ", "các địa phương như
# Hà Nam, Hưng Yên"); streets and junctions may carry any name, the other kinds a known place's.
_STREET_KINDS = frozenset({"đường", "phố", "giao lộ", "nút giao", "ngã tư", "tuyến", "tuyến đường", "tuyến phố",
                           "con đường", "đại lộ"}) | _PLANTS  # "các hồ thủy điện như Trị An, Thác Mơ và Đa Nhim"
_PLACE_KINDS = _STREET_KINDS | frozenset({"tỉnh", "thành", "thành phố", "tp", "huyện", "quận", "xã", "phường",
                                          "nước", "quốc gia", "địa phương", "khu vực", "vùng", "thị xã"})
_LIST_JOINERS = frozenset({",", "và", "hay", "hoặc"})


def _kind_before_like(stream: Stream, k: int) -> str | None:
    """The place noun a few words before "như" at ``k`` ("các quận lân cận như"), or None."""
    for back in range(1, 4):
        for n in (2, 1):
            a = k - back - n + 1
            if a >= 0 and " ".join(stream.keys[a:k - back + 1]) in _PLACE_KINDS:
                return " ".join(stream.keys[a:k - back + 1])
    return None


def _places_after_like(stream: Stream, k: int, stop: int, taken: list[bool]) -> list[tuple[int, int]]:
    """The places listed after "như" at ``k`` when a place noun stands before it; the list stops at the first item
    that is no place of that kind."""
    kind = _kind_before_like(stream, k) if stream.keys[k] == "như" else None
    if kind is None:
        return []
    spans: list[tuple[int, int]] = []
    a = k + 1
    while a < stop and stream.syls[a].cap and not stream.syls[a].punct and not taken[a] \
            and not _starts_with_feature(stream.keys, a):
        known = gazetteer().minor.longest(stream.keys, a, stop)
        if known and stream.syls[a + known[0] - 1].last and _case_matches(stream, a, known[1]) \
                and not any(taken[a:a + known[0]]):
            end = a + known[0]
        elif kind in _STREET_KINDS:
            end = a
            while end < stop and end - a < 4 and stream.syls[end].cap and stream.word_cap[end] \
                    and not stream.syls[end].punct and not taken[end]:
                end += 1
            if end == a or not stream.syls[end - 1].last:
                break
        else:
            break
        spans.append((a, end))
        if end >= stop or stream.keys[end] not in _LIST_JOINERS:
            break
        a = end + 1
    return spans


_GLUED_CITY = re.compile(r"(?:TP|Tp)\.(?P<name>[A-ZĐ][^\W\d_]*)")


def _glued_city(stream: Stream, i: int, stop: int) -> Match | None:
    """"TP." glued to a city's spelled name ("TP.Hà Nội", "TP.Vinh", "TP.Đà Nẵng"): the name without the unit word, as
    "thành phố Hà Nội" gives "Hà Nội"; the fused short name "TP.HCM" is one word the gazetteer holds whole."""
    syl = stream.syls[i]
    if syl.text[:3] not in ("TP.", "Tp."):
        return None  # the common case, without a regex
    form = _GLUED_CITY.fullmatch(syl.text)
    if form is None:
        return None
    keys = [fold(form.group("name"))] + stream.keys[i + 1:stop]
    hit = gazetteer().minor.longest(keys, 0)
    if hit is None or gazetteer().major.longest(stream.keys, i, stop):
        return None
    end = i + hit[0]
    if not _ends_word(stream, end - 1) or not all(stream.syls[k].cap for k in range(i + 1, end)):
        return None
    start = syl.start + 3
    return Match("LOC", start, stream.syls[end - 1].end, stream.text[start:stream.syls[end - 1].end], i=i, j=end,
                 sent=syl.sent)


def _named_provinces(stream: Stream, found: list[Match]) -> set[str]:
    """The provinces the article names (folded): any province, big city or its other name written anywhere, a
    body's name included ("UBND tỉnh Quảng Nam", "Công an TP.HCM"), and the province of a district or commune found
    with its unit word when only one province has a place of that name."""
    located = gazetteer().provinces
    named: set[str] = set()
    for k, syl in enumerate(stream.syls):
        if syl.cap and syl.first and syl.key in gazetteer().major.firsts:
            hit = gazetteer().major.longest(stream.keys, k)
            if hit and _case_matches(stream, k, hit[1]):
                named |= located.get(tuple(stream.keys[k:k + hit[0]]), frozenset())
    for m in found:
        provinces = located.get(tuple(stream.keys[m.i:m.j]), frozenset())
        if len(provinces) == 1:
            named |= provinces
    return named


def _written_as_a_person(stream: Stream, name: tuple[str, ...], title_end: set[int]) -> bool:
    """Does the article write ``name`` after a personal cue or a title ("ông Thanh Bình", "Chủ tịch Thanh Bình"), or
    as the end of a longer capitalised name ("Nguyễn Thanh Bình")? Then its bare mentions may be that person."""
    honor = honorifics()
    for k in [k for k, key in enumerate(stream.keys) if key == name[0]]:
        if tuple(stream.keys[k:k + len(name)]) != name or k == 0 or stream.syls[k - 1].sent != stream.syls[k].sent:
            continue
        before = stream.syls[k - 1]
        if k in title_end or before.key in honor or " ".join(stream.keys[max(0, k - 2):k]) in honor \
                or (before.cap and not before.punct and before.key not in _FEATURE_KEYS_FLAT):
            return True
    return False


_LIST_MARKS = frozenset({",", ";", "-", "–", "và"})


def _list_around(stream: Stream, i: int, j: int) -> list[tuple[int, int]]:
    """The other capitalised items of the list the run ``i..j`` stands in ("Hồ Quý Ly, Nguyễn Huệ - Quang Trung,
    Nguyễn Du"): runs of up to five capitalised syllables joined to it by commas, dashes or "và"."""
    items: list[tuple[int, int]] = []
    sent = stream.syls[i].sent
    k = i - 1
    while len(items) < 8 and k > 0 and stream.syls[k].sent == sent and stream.keys[k] in _LIST_MARKS:
        a = k
        while a > 0 and k - a < 5 and stream.syls[a - 1].sent == sent and stream.syls[a - 1].cap \
                and not stream.syls[a - 1].punct:
            a -= 1
        if a == k:
            break
        items.append((a, k))
        k = a - 1
    k = j
    while len(items) < 16 and k + 1 < len(stream.syls) and stream.syls[k].sent == sent \
            and stream.keys[k] in _LIST_MARKS:
        b = k + 1
        while b < len(stream.syls) and b - k <= 5 and stream.syls[b].sent == sent and stream.syls[b].cap \
                and not stream.syls[b].punct:
            b += 1
        if b == k + 1:
            break
        items.append((k + 1, b))
        k = b
    return items


def _listed_with_people_or_firms(stream: Stream, i: int, j: int) -> bool:
    """Is the run ``i..j`` an item of a list of people ("Hồ Quý Ly, Nguyễn Huệ - Quang Trung": a full name of three
    syllables led by a surname) or of firms ("DIC, Sông Hồng, Bạch Đằng, VIGLACERA": an acronym no gazetteer holds)?
    Then its items are named after places, not places."""
    for a, b in _list_around(stream, i, j):
        known = gazetteer().minor.longest(stream.keys, a, b)
        if b - a >= 3 and stream.keys[a] in surnames() and (known is None or known[0] < 2):
            return True  # "Nông Cống Như Thanh", "Lê Hồng Phong" open with a place: no sign of people
        if b - a == 1 and _unknown_acronym(stream, a) and gazetteer().minor.longest(stream.keys, a, b) is None:
            return True
    return False


def _in_a_body_name(stream: Stream, k: int) -> bool:
    """Do the lower-case words right before ``k`` open an organisation's name the organisation finder left ("Báo
    ảnh Đất Mũi", "Nhựa Thiếu niên Tiền Phong")?"""
    a = k - 1
    while a >= 0 and k - a <= 4 and stream.syls[a].sent == stream.syls[k].sent and not stream.syls[a].punct:
        if stream.syls[a].cap and org_heads().longest(stream.keys, a, k):
            return True
        a -= 1
    return False


# Commune names that are slogans and common words ("Độc Lập", "Thống Nhất", "Tiền Phong", "Thành Công"): capitalised
# bare, they name a palace, a newspaper, a firm or a pen name more often than the commune.
_SLOGAN_NAMES = frozenset(tuple(fold(name).split()) for name in (
    "độc lập", "thống nhất", "tiền phong", "thành công", "thắng lợi", "quyết thắng", "đoàn kết", "hợp tác", "tự do",
    "giải phóng", "chiến thắng", "đồng khởi", "quyết tiến", "tiến bộ", "dân chủ", "hạnh phúc", "tân tiến", "hòa bình",
    "cộng hòa", "nhân dân", "quang trung", "đại đoàn kết", "kiến thiết", "văn minh"))


def _bare_division_at(stream: Stream, k: int, covered: list[bool]) -> int:
    """End of a district or commune name the gazetteer holds, standing bare at ``k`` as a whole capitalised run
    ("..., Bình Chánh (TP.HCM)"); 0 where there is none, or where it is a slogan, a major place (read before), part
    of a longer name, led by a common surname, or a pen name before an outlet ("Ảnh: Thống Nhất/TTXVN")."""
    syl = stream.syls[k]
    minor = gazetteer().minor
    if covered[k] or not syl.cap or not syl.first or syl.punct or syl.key not in minor.firsts \
            or syl.key in COMMON_SURNAMES or not stream.word_cap[k]:
        return 0
    stop = stream.sent_end[k]
    hit = minor.longest(stream.keys, k, stop)
    if hit is None or hit[0] < 2:
        return 0
    end = k + hit[0]
    inside_a_name = (k > 0 and stream.syls[k - 1].sent == syl.sent and stream.syls[k - 1].cap
                     and not stream.syls[k - 1].punct) \
        or (end < stop and stream.syls[end].cap and not stream.syls[end].punct)
    if inside_a_name or tuple(stream.keys[k:end]) in _SLOGAN_NAMES or not _ends_word(stream, end - 1) \
            or any(covered[k:end]) or not _case_matches(stream, k, hit[1]) \
            or gazetteer().major.longest(stream.keys, k, end) or stream.text.startswith("/", stream.syls[end - 1].end):
        return 0
    return end


def _bare_divisions(stream: Stream, found: list[Match], taken: list[bool], title_end: set[int]) -> list[Match]:
    """Districts and communes named bare, with no unit word ("kỷ niệm 30 năm giải phóng Gia Nghĩa", "Công an quận 8,
    Bình Chánh", "các huyện đoàn Đông Anh, Quốc Oai"), where the article names the province they lie in: a name the
    gazetteer holds for a place of that province is then the place. Not where the article also gives the name to a
    person ("ông Thanh Bình"), signs with it, or lists it among people or firms."""
    covered = taken[:]
    for m in found:
        for k in range(m.i, m.j):
            covered[k] = True
    named: set[str] | None = None  # computed when the first candidate shows up: most articles have none
    signature: int | None = None
    people: dict[tuple[str, ...], bool] = {}
    bare: list[Match] = []
    firsts = gazetteer().minor.firsts
    after = 0  # where the last place found ends
    for k in [k for k, syl in enumerate(stream.syls) if syl.cap and syl.first and syl.key in firsts]:
        end = _bare_division_at(stream, k, covered) if k >= after else 0
        if not end:
            continue
        if named is None:
            named = _named_provinces(stream, found)
            signature = signature_start(stream.text)
        name = tuple(stream.keys[k:end])
        if not gazetteer().provinces.get(name, frozenset()) & named \
                or (signature is not None and stream.syls[k].start >= signature) \
                or _listed_with_people_or_firms(stream, k, end) or _in_a_body_name(stream, k):
            continue
        if name not in people:
            people[name] = _written_as_a_person(stream, name, title_end)
        if not people[name]:
            bare.append(make_match(stream, "LOC", k, end))
            after = end
    return bare


def _foreign_run(stream: Stream, j: int, stop: int, taken: list[bool]) -> int:
    """End of a foreign name at ``j``: up to three capitalised words of letters, not acronyms ("TP", "VII"), one of
    them at least three letters long that no Vietnamese syllable could spell ("Mora", "Oxford", "Le Bourget"); 0
    otherwise, and 0 for an abbreviation ("St. Tropez") or a part of a longer capitalised run."""
    end = j
    while end < stop and end - j < 3 and stream.syls[end].cap and stream.syls[end].text.isalpha() \
            and not stream.syls[end].text.isupper() and not taken[end] \
            and (end == j or stream.syls[end].first or not stream.syls[end - 1].last):
        end += 1
    while end > j and not _ends_word(stream, end - 1):
        end -= 1
    if end == j or (end < stop and stream.syls[end].cap and not stream.syls[end].punct) \
            or (stream.text.startswith(".", stream.syls[end - 1].end) and len(stream.syls[end - 1].text) <= 3):
        return 0
    foreign = any(not is_syllable(key) and len(key) >= 3 for key in stream.keys[j:end])
    return end if foreign else 0


def _country_after(stream: Stream, k: int, stop: int) -> bool:
    """Is a country or province written at ``k`` as a foreign place's location: "(Pháp)", ", Anh" closing the
    clause?"""
    if k + 1 >= stop or stream.keys[k] not in ("(", ","):
        return False
    place = gazetteer().major.longest(stream.keys, k + 1, stop)
    if place is None or not _case_matches(stream, k + 1, place[1]):
        return False
    after = k + 1 + place[0]
    if stream.keys[k] == "(":
        return after < stop and stream.keys[after] == ")"
    return after >= stop or (stream.syls[after].punct and stream.keys[after] != "-")


def _foreign_place_after_preposition(stream: Stream, i: int, j: int, stop: int, taken: list[bool],
                                     found: list[Match]) -> int:
    """End of a foreign place after the preposition at ``i`` ("tại Oxford, Anh", "từ Salen đến Mora"): a foreign
    name is a place there when its country follows it, or when it is an end of a route "từ X đến Y"; a firm or a
    person is rarely written so ("làm việc tại Google" has neither)."""
    end = _foreign_run(stream, j, stop, taken)
    if not end:
        return 0
    if _country_after(stream, end, stop):
        return end
    unit = stream.keys[i]
    if unit == "từ" and end + 1 < stop and stream.keys[end] in ("đến", "tới"):
        known = gazetteer().major.longest(stream.keys, end + 1, stop)
        other = _foreign_run(stream, end + 1, stop, taken) or (known and _case_matches(stream, end + 1, known[1]))
        return end if other else 0  # "Từ Vasaloppet đến ý tưởng ...": an idea, not Italy
    came_from = unit in ("đến", "tới") and found and found[-1].j == i and found[-1].i > 0 \
        and stream.keys[found[-1].i - 1] == "từ"
    return end if came_from else 0


def _places_before_a_province(stream: Stream, j: int, stop: int, taken: list[bool]) -> list[tuple[int, int]]:
    """The places a preposition puts before the province or country that locates them in brackets ("tại Nậm La, Nậm
    Pàn (Sơn La)", "ở Côn Minh (Trung Quốc)"), though the gazetteer knows none: each a word-aligned run of two or three
    Vietnamese syllables that reads like no person and heads no body, joined by commas or "và"; [] otherwise."""
    spans: list[tuple[int, int]] = []
    a = j
    while a < stop:
        end = a
        while end < stop and end - a < 3 and stream.syls[end].cap and stream.word_cap[end] \
                and not stream.syls[end].punct and not taken[end] and is_syllable(stream.keys[end]):
            end += 1
        if end - a < 2 or end >= stop or not stream.syls[end - 1].last or person_like(stream, a, stop) \
                or body_head_at(stream, a, stop) or _starts_with_feature(stream.keys, a):
            return []
        spans.append((a, end))
        if _province_in_brackets(stream, end, stop):
            return spans
        if stream.keys[end] not in (",", "và") or len(spans) == 3:
            return []
        a = end + 1
    return []


def _palace(stream: Stream, i: int, stop: int, taken: list[bool]) -> int:
    """End of a foreign palace's one-word name after "Điện" ("Điện Elysee", "điện Kremlin" + its spokesman's name),
    which GUIDELINES drop like "đền"; 0 otherwise. A Vietnamese name after "Điện" is a place of its own ("Điện
    Biên", "Điện Bàn")."""
    if stream.keys[i] != "điện" or not stream.syls[i].first or taken[i] or i + 1 >= stop:
        return 0
    return i + 2 if _foreign_run(stream, i + 1, i + 2, taken) else 0


_AFTER_A_SITE_NUMBER = frozenset({",", ";", ")", "(", "-", "–", "và", "."})


def _with_its_number(stream: Stream, end: int, stop: int, taken: list[bool]) -> int:
    """End of a place name after a unit word that a site's number closes ("KCN Biên Hòa 1", "thôn Lộc Thượng 1", "cầu
    Văn Thánh 2", "nhiệt điện Vĩnh Tân 3."): a one- or two-digit number right after it, ending the item (a comma,
    bracket, dash, "và" or a full stop after it), stays in the name as GUIDELINES keep it; a number before a noun is a
    count ("ở xã A 2 ngày"), and a bare province's number is a tally ("3 trạm: Quảng Ngãi 1, Bình Định 3"), so it is
    not read there."""
    if end >= stop or not stream.syls[end].digit or not stream.syls[end].text.isdigit() \
            or len(stream.syls[end].text) > 2 or taken[end]:
        return end
    return end + 1 if end + 1 >= stop or stream.keys[end + 1] in _AFTER_A_SITE_NUMBER else end


def _residence(stream: Stream, i: int, stop: int, taken: list[bool]) -> int:
    """End of a palace named with "Dinh" ("Dinh Độc Lập", "dinh Thống Nhất", "Dinh Bảo Đại"), one LOC with its word,
    as "Hồ Gươm" keeps "Hồ": the name after it is no place by itself, and a person it is named after is no PER
    inside (GUIDELINES). 0 where "Dinh" closes a person's name ("Nguyễn Văn Dinh") or opens a word ("dinh dưỡng")."""
    syl = stream.syls[i]
    if syl.key != "dinh" or not syl.first or not syl.last or taken[i] or i + 1 >= stop \
            or (i > 0 and stream.syls[i - 1].sent == syl.sent and stream.syls[i - 1].cap
                and not stream.syls[i - 1].punct) \
            or (i > 0 and stream.keys[i - 1] in _PERSON_CUES):
        return 0
    end = i + 1
    while end < stop and end - i <= 3 and stream.syls[end].cap and stream.word_cap[end] \
            and not stream.syls[end].punct and not taken[end]:
        end += 1
    return end if end > i + 1 and _ends_word(stream, end - 1) else 0


# The readers tried after the unit-word rule (1h ... 1b, then rule 2) each start on a capitalised syllable, or on
# one of these lower-case words: "điện Kremlin", "dinh Thống Nhất", "các tỉnh như ...". A new reader there that
# starts on a lower-case word adds its word here, or the finder never tries it.
_LOWER_CASE_STARTS = frozenset({"điện", "dinh", "như"})


@lru_cache(maxsize=1)
def _lower_case_openers() -> frozenset[str]:
    """Lower-case syllables any reader after rule 1 can start on: the few words above, and the first syllables of
    gazetteer places the gazetteer also spells in lower case ("miền Trung", the ward "3"). Rule 2 wants the text
    cased as the gazetteer spells it (``_case_matches``), so no other lower-case syllable opens a known place.

    Why: ``PlaceFinder.find`` used to try some twenty readers at every syllable, and most syllables are lower-case
    words none of them can start on; skipping those halves the finder's time and changes no output."""
    openers = set(_LOWER_CASE_STARTS)
    for table in (gazetteer().major, gazetteer().minor):
        for key, spellings in table.entries.items():
            # as _case_matches reads a spelling: the first letter of its first word
            if any(not words or not words[0][0].isupper() for words in map(str.split, spellings.split("\n"))):
                openers.add(key[0])
    return frozenset(openers)


class PlaceFinder(RuleComponent):
    label = "LOC"

    def find(self, doc: Doc) -> list[Match]:
        stream = self.stream(doc)
        taken = occupied(matches(doc, "ORG"), len(stream.syls))
        title_end = {m.j for m in matches(doc, "TITLE")}
        found: list[Match] = []
        major = gazetteer().major
        minor = gazetteer().minor
        lakes = _lake_names(stream)
        settled: set[tuple[str, ...]] = set()  # places named like people, written after a settlement's word
        lower_case_openers = _lower_case_openers()
        i = 0
        n = len(stream.syls)
        while i < n:
            stop = stream.sent_end[i]
            if taken[i]:
                i += 1
                continue
            syl = stream.syls[i]
            # 1. unit word + name
            feature = next((k for k in (3, 2, 1) if i + k < stop and tuple(stream.keys[i:i + k]) in _FEATURE_KEYS
                            and stream.syls[i].first and stream.syls[i + k - 1].last), 0) \
                if stream.keys[i] in _FEATURE_FIRSTS else 0
            if feature and (_named_with_its_feature(stream, i, stop, feature)
                            or (syl.cap and _islet_head(stream, i, stop) == feature)):
                feature = 0  # "Chợ Lớn", "Hồ Tây": the gazetteer holds the name with its feature word; "Cồn Phụng"
            if feature:
                j = i + feature
                unit = " ".join(stream.keys[i:j])
                if (unit in _NUMBERED or unit in _NUMBERED_PLACES) and stream.syls[j].digit:
                    found.append(make_match(stream, self.label, i, j + 1))
                    i = self._list_after(stream, j + 1, stop, taken, found, numbers=unit in _NUMBERED)
                    continue
                if unit in _GROUPS:
                    if _numbered_group(stream, j, stop, taken):  # "tổ 42, tổ 52, phường Minh Tân"
                        found.append(make_match(stream, self.label, i, j + 1))
                        i = j + 1
                    else:
                        i += 1  # "Tổ Quốc", "tổ công tác": no place
                    continue
                if unit in _ALLEYS:
                    j = _after_alley_number(stream, j, stop)
                if (unit in _KIND_TAKERS or unit in _PLANTS) and not _after_a_body_head(stream, i):
                    j = _after_kind_words(stream, j, stop)
                if unit in _PLANTS and stream.keys[j] == "sông" and j + 1 < stop and stream.syls[j + 1].cap:
                    j += 1  # "thủy điện Sông Hinh": the river's word goes, as the plant's does
                listed = _bracketed_list(stream, i, j, stop, unit, taken)
                if listed:
                    found.extend(make_match(stream, self.label, a, b) for a, b in listed)
                    i = listed[-1][1] + 1
                    continue
                if not taken[j] and stream.syls[j].cap and not stream.syls[j].punct \
                        and stream.syls[j].text not in _ROMAN and _long_enough(stream, j, stop):
                    known = minor.longest(stream.keys, j, stop)
                    if known and not stream.syls[j + known[0] - 1].last:
                        known = None  # "đường Hồ Học Lãm" is not the place "Hồ"
                    located = _places_before_a_province(stream, j, stop, taken) \
                        if unit in _PREPOSITIONS and not known else []
                    if located:  # "tại Nậm La, Nậm Pàn (Sơn La)"
                        found.extend(make_match(stream, self.label, a, b) for a, b in located)
                        i = located[-1][1]
                        continue
                    foreign = _foreign_place_after_preposition(stream, i, j, stop, taken, found) \
                        if unit in _PREPOSITIONS and not known else 0
                    if known and _case_matches(stream, j, known[1]):
                        length = known[0]
                    elif foreign:
                        length = foreign - j
                    elif unit in _PREPOSITIONS or unit in _KNOWN_PLACE_ONLY \
                            or body_head_at(stream, j, stop) \
                            or stream.syls[j].text in known_abbreviations() or _unknown_acronym(stream, j) \
                            or (person_like(stream, j, stop) and not _named_after_people(stream, i, unit)
                                and not _division_named_like_a_person(stream, i, j, stop, unit)):
                        length = 0
                    else:
                        k = j
                        while k < stop and k - j < 4 and stream.syls[k].cap and stream.word_cap[k] \
                                and not stream.syls[k].punct and not taken[k]:
                            k = word_end(stream, k)
                        length = k - j
                    if length:
                        length = _with_its_number(stream, j + length, stop, taken) - j
                        found.append(make_match(stream, self.label, j, j + length))
                        twin = _twin_name(stream, j + length, stop, taken) if unit in _ZONES else 0
                        if twin:
                            found.append(make_match(stream, self.label, j + length + 1, twin))
                            length = twin - j
                        if length > 1 and unit in _SETTLEMENT_FEATURES and person_like(stream, j, stop):
                            settled.add(tuple(stream.keys[j:j + length]))
                        elif (unit in _FOREIGN_NAMING_UNITS or foreign) \
                                and _foreign_run(stream, j, j + length, taken) == j + length:
                            settled.add(tuple(stream.keys[j:j + length]))  # "Thành phố Mora" ... "tới được Mora"
                        i = self._list_after(stream, j + length, stop, taken, found,
                                             streets=_street_list(stream, i, unit))
                        continue
            if not syl.cap and syl.key not in lower_case_openers:
                i += 1  # no reader below starts on this lower-case word (see _lower_case_openers)
                continue
            # 1h. a foreign palace: "Điện Elysee", "điện Kremlin"
            palace = _palace(stream, i, stop, taken)
            if palace:  # the match holds "Điện" too, so no person is read over it; its text is the name alone
                start, end = stream.syls[i + 1].start, stream.syls[palace - 1].end
                found.append(Match(self.label, start, end, stream.text[start:end], i=i, j=palace, sent=syl.sent))
                settled.add(tuple(stream.keys[i + 1:palace]))
                i = palace
                continue
            # 1d. a capitalised "Hồ" before a lake the article names after a lower-case "hồ"
            lake = _capitalised_lake(stream, i, stop, lakes) \
                or (stream.keys[i] == "hồ" and syl.cap and _one_syllable_lake(stream, i, stop, title_end))
            if lake:  # the match holds "Hồ" too, so no person is read over it; its text is the name alone,
                # unless one syllable is no name by itself ("Hồ Gươm", as GUIDELINES keep it)
                start, end = stream.syls[i + (1 if lake - i > 2 else 0)].start, stream.syls[lake - 1].end
                found.append(Match(self.label, start, end, stream.text[start:end], i=i, j=lake, sent=syl.sent))
                i = lake
                continue
            # 1i. a palace named with "Dinh" ("Dinh Độc Lập"), a state form with its country ("Cộng hòa Belarus"), an
            # islet ("Hòn Mun")
            end = _residence(stream, i, stop, taken) or _state_and_country(stream, i, stop, taken) \
                or _islet(stream, i, stop, taken)
            if end:
                found.append(make_match(stream, self.label, i, end))
                i = end
                continue
            # 1a. clipped country names paired by a dash: "Việt - Trung", "Việt-Lào", "Nga-Trung"
            pair = _country_pair(stream, i, stop)
            if pair:
                found.extend(pair)
                i = pair[-1].j
                continue
            # 1c. the street of an address after its house number: "số 23 Lê Quý Đôn, Q.3", "tại 360 Kim Mã, Ba Đình"
            chained = bool(found) and found[-1].j + 2 == i - (stream.keys[i - 2] == "số") \
                and stream.keys[found[-1].j] == ","
            street = _street_of_address(stream, i, stop, taken, chained)
            if street:
                found.append(make_match(stream, self.label, i, street))
                i = street
                continue
            # 1g. a list of places after "như" and a place noun: "các tuyến đường như Lũy Bán Bích, Âu Cơ"
            listed = _places_after_like(stream, i, stop, taken)
            if listed:
                found.extend(make_match(stream, self.label, a, b) for a, b in listed)
                i = listed[-1][1]
                continue
            # 1f. Central Highlands names: "Ea Kao", "Krông Ana", "Buôn Trắp"
            highland = _highland_place(stream, i, stop, taken)
            if highland:
                found.append(make_match(stream, self.label, i, highland))
                i = highland
                continue
            # 1e. "TP." glued to the city's name: "TP.Hà Nội", "TP.Vinh"; 1b. the abbreviated district or ward of an
            # address: "Q.3", "P.5", "Q.Tân Bình", "Q. Ba Đình"
            short = _glued_city(stream, i, stop) or _abbreviated_unit(stream, i, stop)
            if short:
                found.append(short)
                i = short.j
                continue
            # 2. a known major place standing alone (word-aligned, case as in the gazetteer)
            inside_name = i > 0 and stream.syls[i - 1].sent == syl.sent and stream.syls[i - 1].cap \
                and stream.word_cap[i - 1] and not stream.syls[i - 1].punct and i not in title_end
            # "bà Nga", "ông Hà": after a person cue a one-word place name is the person's name
            after_person_cue = i > 0 and stream.syls[i - 1].sent == syl.sent and stream.keys[i - 1] in _PERSON_CUES
            if syl.first and not syl.punct and not inside_name and not after_person_cue:
                seat = _district_of_province(stream, i, stop, taken)
                if seat:
                    found.append(make_match(stream, self.label, i, i + seat))
                    i += seat
                    continue
                hit = major.longest(stream.keys, i, stop)
                if hit and hit[0] == 1 and (i == 0 or stream.syls[i - 1].sent != syl.sent) \
                        and syl.key in _NAME_LIKE_PLACES:
                    hit = None  # "Anh cho biết": a one-syllable country at a sentence start is a pronoun
                if hit and i > 0 and stream.keys[i - 1] in _DIRECTION_CUES and stream.keys[i] in _COMPASS:
                    hit = None  # "về phía Tây Bắc": a direction, not the region
                if hit and _closing_byline(stream, i, i + hit[0]):
                    hit = None  # "... tháng 6. Hòa Bình": the author's name after the last sentence
                if hit:
                    length = hit[0]
                    end = i + length
                    if (_ends_word(stream, end - 1) or _glued_to_a_name(stream, i, end, title_end)) \
                            and _case_matches(stream, i, hit[1]) and not any(taken[i:end]):
                        found.append(make_match(stream, self.label, i, end))
                        # a route's other end: "Kiên Lương - Hà Tiên", "Dầu Giây – Phan Thiết"
                        i = self._list_after(stream, end, stop, taken, found, joiners=DASHES)
                        continue
            i += 1
        if settled:
            found = sorted(found + _repeated_settlements(stream, settled, found, taken), key=lambda m: m.i)
        bare = _bare_divisions(stream, found, taken, title_end)
        if bare:
            found = sorted(found + bare, key=lambda m: m.i)
        return found

    @staticmethod
    def _list_after(stream: Stream, k: int, stop: int, taken: list[bool], found: list[Match],
                    numbers: bool = False, joiners: Collection[str] = (",", "và", "-", "–"),
                    streets: str | None = None) -> int:
        """"các quận Tân Bình, Phú Nhuận và Gò Vấp": known places listed after the first one are places too;
        after a numbered one ("các quận 1, 3, Tân Bình") the bare numbers are skipped (they are no LOC). After
        a street's word (``streets``) the listed streets may carry any name, a person's too (``_street_list``)."""
        minor = gazetteer().minor
        while k + 1 < stop and stream.keys[k] in joiners:
            if numbers and stream.syls[k + 1].digit:
                k += 2
                continue
            # a capitalised name: wards named by a number ("Phường 3") are in the gazetteer as "3"
            # ("quận 1, TP HCM": a unit word starts the next place, which rule 1 reads)
            listed = stream.syls[k + 1].cap and not _starts_with_feature(stream.keys, k + 1)
            hit = minor.longest(stream.keys, k + 1, stop) if listed else None
            end = k + 1 + hit[0] if hit else 0
            if not hit or any(taken[k + 1:end]) or not stream.syls[end - 1].last \
                    or not _case_matches(stream, k + 1, hit[1]):
                # a known place is read as such ("thủy điện Đăkdrinh, Quảng Nam"), any other name after a street's
                # or a plant's word is one too
                street = _listed_street(stream, k, stop, taken, streets) if streets else 0
                if not street:
                    break
                found.append(make_match(stream, "LOC", k + 1, street))
                k = street
                continue
            found.append(make_match(stream, "LOC", k + 1, end))
            k = end
        return k
