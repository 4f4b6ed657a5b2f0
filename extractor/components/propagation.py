"""Mentions again: a name found once is the same name wherever else the article writes it.

Rules find a name where its context shows it ("ông Long Nhật", "Tổng thống Mỹ Donald Trump"); the article
then repeats it bare ("Long Nhật cho biết"). This component tags those repeats with the label first found,
for names of two or more syllables (or acronyms), word-aligned and outside spans already taken. It also
reads names from bylines and photo credits ("Ảnh: Thanh Vũ/TTXVN"), where no other cue exists.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from ..canonical import fold
from ..encodings import is_syllable
from ..lexicon import gazetteer, honorifics, name_words, org_heads
from ..stream import Stream, word_end
from .base import Match, RuleComponent, make_match, matches, occupied, store
from .organizations import (
    COMMON_SURNAMES,
    NOT_ORG_ACRONYMS,
    UNITS,
    body_head_at,
    person_like,
    place_name,
    place_unit_at,
)
from .persons import ends_glued_to_a_verb
from .titles import title_at

_LABELS = ("ORG", "LOC", "PER")
# A capital letter, accented ones included: names open with vowels too ("Ánh Dương", "Út", "Ý Nhi")
_CAP = "[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]"
_NAME = rf"{_CAP}[^\s/()\n,.;:]*(?:\s+{_CAP}[^\s/()\n,.;:]*){{1,3}}"
# "Ảnh: Thanh Vũ/TTXVN", "Ảnh: Hải An. Chủ tịch ..." (the credit ends at a slash, bracket, line or full stop); some
# outlets write the credit in lower case in brackets ("(ảnh: Trung Kiên)") or without its colon ("Ảnh Thành Duy.")
_CREDIT = re.compile(
    rf"(?:(?:Ảnh|ảnh|Video|Clip|Đồ họa|Bài và ảnh|Bài, ảnh)\s*:\s*|(?P<bare>(?<!\w)Ảnh[ \t]+(?={_CAP})))"
    rf"(?P<name>{_NAME})\s*(?=[/)\n]|\.(?:\s|$)|$|[-–]\s*{_CAP})"  # "Ảnh: Trọng Đức - TTXVN": a dash before the outlet
)
# An author's name, or a clipped one with the given name's initial ("N.Mạnh", "H. Nam")
_AUTHOR = rf"(?:{_NAME}|{_CAP}\.[ \t]?{_CAP}[^\s/()\n,.;:]*)"
# The article's signature: a line that is only the authors' names ("Hoàng Thuận - Khoa Nam"), or its last words
# after the final full stop ("... các ban quản lý… Huy Thắng"), up to four names joined by a dash, comma or "và",
# maybe with the outlet or a note after a slash or bracket ("Đức Dũng  (TTXVN)", "Minh Thà/KD&PL", "Công Danh
# (tổng hợp theo TTXVN)"), or a dash left dangling ("Phong Vân -"); "Theo Minh Sơn/VnExpress" credits the author
# before the outlet's slash ("Theo Dân trí" names only the outlet, and has no slash).
_BYLINE = re.compile(
    r"(?:(?:^|\n)[ \t]*|[.…!?)][ \t]+(?:Theo[ \t]+(?=[^\n/]*/))?)"
    rf"(?P<names>{_AUTHOR}(?:[ \t]*(?:[-–,]|[ \t]và)[ \t]*{_AUTHOR}){{0,3}})"
    r"(?:[ \t]*[-–]|[ \t]*[(/][^\n]{0,60})?\s*\Z"
)
_ONE_AUTHOR = re.compile(_AUTHOR)
# A credit in capitals run into the next sentence ("Ảnh: DUY HÀ Trong giai đoạn ..."): the capitals end the name
_CAPITALS_CREDIT = re.compile(r"(?:Ảnh|ảnh)\s*:\s*(?P<name>(?:[^\W\d_]+[ \t]+){1,3}[^\W\d_]+)")


# A credit run into the next sentence ("Ảnh: Quang Hiếu Theo ông ..."): the name ends before a word that opens a
# sentence or a title, capitalised, with a lower-case word after it
_RUN_ON_CREDIT = re.compile(r"(?:Ảnh|ảnh)[ \t]*:[ \t]*"
                            rf"(?P<name>{_CAP}[^\s/()\n,.;:]*(?:[ \t]+{_CAP}[^\s/()\n,.;:]*){{1,2}})"
                            rf"[ \t]+(?P<next>{_CAP}[^\s/()\n,.;:]*)[ \t]+[a-zđà-ỹ]")
_OPENERS = frozenset(fold(w) for w in (
    "Theo", "Trong", "Một", "Về", "Các", "Tại", "Tham", "Tuy", "Cùng", "Trước", "Do", "Riêng", "Sáng", "Sau", "Khi",
    "Ngay", "Chưa", "Cũng", "Thời", "Chiều", "Tối", "Trưa", "Đêm", "Ngày", "Hôm", "Đây", "Đó", "Những", "Với", "Để",
    "Nhưng", "Năm", "Tháng", "Ông", "Bà", "Anh", "Chị", "Hiện", "Từ", "Nhằm", "Qua", "Dù", "Nếu", "Vì", "Ngoài", "Bên",
    "Chủ", "Bí", "Phó", "Thủ", "Giám", "Tổng", "Thiếu", "Trung", "Đại", "Thượng"))


def _run_on_credits(text: str) -> Iterator[tuple[int, int]]:
    """Spans of credited names that run into the next sentence ("Ảnh: Thành Duy Tại cuộc làm việc, ...")."""
    for m in _RUN_ON_CREDIT.finditer(text):
        if fold(m.group("next")) in _OPENERS and not _a_body(m.group("name")) and not _an_outlet(m.group("name")):
            yield m.start("name"), m.end("name")


def _capitals_credits(text: str) -> Iterator[tuple[int, int]]:
    """Spans of credited names written in capitals: the leading words of the credit that are Vietnamese syllables
    in capitals, two or more ("HOÀNG GIANG" of "Ảnh: HOÀNG GIANG TS ..."; "Ảnh: TN TP" names none)."""
    for m in _CAPITALS_CREDIT.finditer(text):
        words = list(re.finditer(r"\S+", m.group("name")))
        n = 0
        while n < len(words) and words[n].group().isupper() and len(words[n].group()) > 1 \
                and is_syllable(fold(words[n].group())):
            n += 1
        if n >= 2 and not _an_outlet(" ".join(w.group() for w in words[:n])):
            yield m.start("name"), m.start("name") + words[n - 1].end()


def signature_start(text: str) -> int | None:
    """Where the article's closing signature (its authors' names) starts, or None: pen names are often places
    ("Thanh Bình - Hoài Thu"), which the place finders must leave to the byline."""
    found = _BYLINE.search(text)
    return found.start("names") if found else None


def _a_body(name: str) -> bool:
    """Is the credited ``name`` a body or an outlet ("Bộ GD-ĐT", "Hà Nam TV"): an acronym in a name not written all in
    capitals ("THU HƯƠNG" is a person's)? A body's head word is no sign: "Trường", "Hội" are given names too."""
    acronym = any(len(w) > 1 and w.isupper() for w in name.split())
    return acronym and not name.isupper()


def _an_outlet(name: str) -> bool:
    """Is the credited ``name`` a body named after its place ("BÁO ĐÀ NẴNG", "Báo Đà Nẵng"): a body's head, then a
    province or country?"""
    keys = [fold(w) for w in name.split()]
    head = org_heads().longest(keys, 0)
    return head is not None and gazetteer().major.longest(keys, head[0]) is not None


def _a_place(name: str) -> bool:
    """Is ``name`` exactly a major place (a province, city or country)? Pen names are often communes' names."""
    keys = [fold(w) for w in name.split()]
    hit = gazetteer().major.longest(keys, 0)
    return hit is not None and hit[0] == len(keys)


class _Offsets:
    """Syllable index by start and by end offset, to turn character spans into syllable spans."""

    def __init__(self, stream: Stream) -> None:
        self.by_start = {s.start: k for k, s in enumerate(stream.syls)}
        self.by_end = {s.end: k for k, s in enumerate(stream.syls)}

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Syllables covering exactly [start, end), or None when the span cuts a syllable."""
        lo, hi = self.by_start.get(start), self.by_end.get(end)
        return (lo, hi + 1) if lo is not None and hi is not None and hi >= lo else None


def _occurrences(name: str, text: str) -> Iterator[int]:
    """Start of every occurrence of ``name`` in ``text``, left to right, not overlapping (as ``re.finditer`` of
    the escaped name, without compiling one pattern per name and article)."""
    at = text.find(name)
    while at >= 0 and name:
        yield at
        at = text.find(name, at + len(name))


def _continues_name(stream: Stream, k: int) -> bool:
    """Is syllable ``k`` next to another capitalised word of its sentence (part of a longer name)?"""
    def cap(n: int) -> bool:
        return 0 <= n < len(stream.syls) and stream.syls[n].sent == stream.syls[k].sent \
            and stream.syls[n].cap and not stream.syls[n].punct
    return (cap(k - 1) and stream.keys[k - 1] not in _CUES) or cap(k + 1)


_CUES = frozenset({"ông", "bà", "anh", "chị", "em", "cháu", "cô", "chú", "bác"})
# Given names that are also words opening a sentence ("Nhưng nếu ...", "Năm 2008 ...", "Sau đó ..."): capitalised
# there by the sentence, not by the name.
_SENTENCE_OPENERS = frozenset({
    "nhưng", "năm", "tháng", "sau", "trước", "khi", "nếu", "vì", "do", "để", "còn", "mà", "song", "tuy", "dù",
    "hiện", "nay", "vậy", "thế", "riêng", "chiều", "sáng", "tối", "trưa", "đêm", "ngày", "hôm", "cùng", "theo",
})
# Directions and regions whose word is also a given name ("phía Nam", "miền Bắc", "hướng Tây")
_DIRECTION_WORDS = frozenset({"phía", "miền", "hướng", "phương", "vùng", "mạn", "cực", "bờ", "nam", "bắc"})


def _common_word_use(stream: Stream, k: int) -> bool:
    """Is the given name at ``k`` a common word here: a sentence opener at the start of a sentence ("Nhưng",
    "Năm 2008"), a year or month word before a number, a direction after a direction word ("phía Nam"), or a
    people after "người" ("người Việt", "người Hoa")?"""
    key = stream.keys[k]
    prev = k - 1 if k > 0 and stream.syls[k - 1].sent == stream.syls[k].sent else None
    if key in _SENTENCE_OPENERS and (prev is None or (stream.syls[prev].punct and stream.keys[prev] not in ",;")):
        return True
    if key in ("năm", "tháng") and k + 1 < len(stream.syls) and stream.syls[k + 1].digit:
        return True
    return prev is not None and not stream.syls[prev].cap and (stream.keys[prev] in _DIRECTION_WORDS
                                                                or stream.keys[prev] == "người")


class MentionPropagator(RuleComponent):
    """Adds repeated mentions to the ORG / LOC / PER matches (it stores under those labels)."""

    label = "PROPAGATED"

    def find(self, doc: Doc) -> list[Match]:
        stream = self.stream(doc)
        text = stream.text
        current = {label: matches(doc, label) for label in _LABELS}
        taken = occupied([m for ms in current.values() for m in ms] + matches(doc, "TITLE"), len(stream.syls))
        offsets = _Offsets(stream)
        added: list[Match] = []

        def add(label: str, i: int, j: int, **data: object) -> None:
            ends = stream.syls[j - 1].last or (label == "PER" and ends_glued_to_a_verb(stream, j - 1))
            if any(taken[i:j]) or not stream.syls[i].first or not ends:
                return
            if label == "ORG" and _class_use(stream, i):
                return  # "5 BQL dự án", "các BQL": a defined short form used as a class noun
            for k in range(i, j):
                taken[k] = True
            added.append(make_match(stream, label, i, j, propagated=True, **data))

        authors = [(m.start("name"), m.end("name")) for m in _CREDIT.finditer(text)
                   if not (m.group("bare") and _a_place(m.group("name"))) and not _a_body(m.group("name"))]
        authors += list(_capitals_credits(text)) + list(_run_on_credits(text))
        for m in _BYLINE.finditer(text):
            at = m.start("names")
            authors += [(at + a.start(), at + a.end()) for a in _ONE_AUTHOR.finditer(m.group("names"))]
        for start, end in authors:
            span = offsets.span(start, end)
            if span and all(stream.syls[k].cap for k in range(*span)):
                add("PER", *span)
        names: dict[str, str] = {}
        for label in _LABELS:
            for found in current[label]:
                if found.data.get("bare") or found.data.get("cued"):
                    continue  # a bare head; an outlet named after a place ("báo Khánh Hòa"), which it is elsewhere
                if found.j - found.i >= 2 or (found.text.isupper() and len(found.text) >= 2):
                    names.setdefault(found.text, label)
        heads = org_heads()
        org_names = {m.text for m in current["ORG"]}
        for abbreviation in matches(doc, "ABBR"):  # "Tập đoàn Điện lực Việt Nam (EVN)": every "EVN" is the body
            long = abbreviation.data["long"]
            if abbreviation.data.get("meeting"):
                continue  # "Hội nghị lần thứ hai các quan chức cao cấp (SOM2)": a meeting, not a body
            # a long form read as a body ("đảng Xã hội (PS)"), or capitalised after a body's head
            if long in org_names or (long[:1].isupper() and heads.longest([fold(w) for w in long.split()], 0)):
                names.setdefault(abbreviation.data["short"], "ORG")
                added.extend(_short_forms_with_place(stream, offsets, abbreviation.data["short"], taken,
                                                     current["LOC"]))
        for name, label in sorted(names.items(), key=lambda kv: -len(kv[0])):
            for start in _occurrences(name, text):
                span = offsets.span(start, start + len(name))
                if span is not None:
                    add(label, *span)
        # "Công ty Mai Linh" ... "cống hiến cho Mai Linh": a business's trade name written alone is the business
        persons = {(m.i, m.j): m for m in current["PER"]}
        for name, full in _trade_names(stream, offsets, current["ORG"]).items():
            for start in _occurrences(name, text):
                span = offsets.span(start, start + len(name))
                if span is None or _inside_longer_name(stream, *span):
                    continue
                person = persons.get(span)
                if person is not None and not _named_as_person(stream, span[0]):
                    for k in range(*span):
                        taken[k] = False  # read as a person only for its surname-like first syllable
                    add("ORG", *span, alias_of=full or None, replaces=[(person.start, person.end)])
                else:
                    add("ORG", *span, alias_of=full or None)
        # "Bộ trưởng Y tế", "Thứ trưởng Ngoại giao": the ministry written without "Bộ" is an ORG mention (GUIDELINES)
        # and "Trưởng ban Tổ chức Trung ương": the board, "Ban" read into the title (GUIDELINES)
        org_syllables = occupied(current["ORG"], len(stream.syls))
        for title in matches(doc, "TITLE"):
            end = _elliptic_ministry_end(stream, title)
            if not end or any(org_syllables[title.i:title.j]):
                continue  # "Hội đồng Bộ trưởng": the title's words are a body's name
            board = stream.syls[title.j - 1].text == "ban"
            # "Bộ trưởng Quốc phòng Nga": a country after the field is the ministry's ("Bộ Quốc phòng Nga"); the
            # body a board belongs to ends its name ("Ban Tổ chức" + "Trung ương", "Ban Tuyên giáo" + "Thành ủy")
            closing = next((m for m in current["LOC"] if m.i == end), None) if not board else \
                next((m for m in current["ORG"] if m.i == end and m.data.get("kind") in _GOVERNING_KINDS), None)
            if board and closing is None and place_unit_at(stream, end, stream.sent_end[end] if end < len(
                    stream.syls) else end):  # "Phó ban Quy hoạch TP Đà Nẵng"
                closing = next((m for m in current["LOC"] if m.i == end + place_unit_at(stream, end, m.j)), None)
                if closing is not None:
                    closing = make_match(stream, "LOC", end, closing.j, place=closing)
            if closing is not None:
                for k in range(closing.i, closing.j):
                    taken[k] = False
                end = closing.j
            field = stream.text[stream.syls[title.j].start:stream.syls[end - 1].end]
            replaced = closing.data.get("place", closing) if closing is not None else None
            add("ORG", title.j, end, alias_of=("Ban " if board else "Bộ ") + field,
                replaces=[(replaced.start, replaced.end)] if replaced is not None else [])
        # "Trưởng đoàn đại biểu Quốc hội tỉnh Nghệ An": the delegation, "Đoàn" read into the title as "Ban" is
        for title in matches(doc, "TITLE"):
            end = _delegation_end(stream, title)
            if not end:
                continue
            inside = [m for label in ("ORG", "LOC") for m in current[label] if title.j <= m.i and m.j <= end]
            deputies = [m for m in matches(doc, "TITLE") if title.j <= m.i and m.j <= end]  # "đại biểu"
            covered = occupied(inside + deputies, len(stream.syls))
            if any(taken[k] and not covered[k] for k in range(title.j, end)):
                continue
            for k in range(title.j, end):
                taken[k] = False
            field = stream.text[stream.syls[title.j].start:stream.syls[end - 1].end]
            add("ORG", title.j, end, alias_of="Đoàn " + field, replaces=[(m.start, m.end) for m in inside])
        # "Đinh La Thăng ... Thăng cũng cho biết": a person named in full is then called by the given name alone
        given = {m.text.split()[-1] for m in current["PER"]
                 if len(m.text.split()) >= 2 and not m.text.split()[-1].isupper()}
        for k, syl in enumerate(stream.syls):
            if syl.text in given and syl.first and (syl.last or ends_glued_to_a_verb(stream, k)) and not taken[k] \
                    and heads.longest(stream.keys, k) is None and not _continues_name(stream, k) \
                    and not _common_word_use(stream, k):
                add("PER", k, k + 1)
        return added

    def set_annotations(self, doc: Doc, found: list[Match]) -> None:
        replaced = {span for m in found for span in m.data.get("replaces", [])}
        for label in _LABELS:
            extra = [m for m in found if m.label == label]
            kept = [m for m in matches(doc, label) if (m.start, m.end) not in replaced]
            if extra or len(kept) < len(matches(doc, label)):
                store(doc, label, sorted(kept + extra, key=lambda m: m.start))


def _place_after(stream: Stream, k: int, stop: int) -> int:
    """Length of the place right after syllable ``k - 1``: a unit and its name, or a known place; else 0."""
    unit = place_unit_at(stream, k, stop)
    if unit:
        name = place_name(stream, k + unit, stop)
        return unit + name if name else 0
    known = gazetteer().minor.longest(stream.keys, k, stop)
    return known[0] if known and stream.syls[k].cap and stream.syls[k + known[0] - 1].last else 0


def _short_forms_with_place(stream: Stream, offsets: _Offsets, short: str, taken: list[bool],
                            places: list[Match]) -> list[Match]:
    """A body's defined short form followed by a place is the body of that place, one ORG: "VPĐKĐĐ Thanh Hóa"
    for "Văn phòng Đăng ký đất đai (VPĐKĐĐ) Thanh Hóa", as "EVN Hà Nội" is. The place found as a LOC there is
    replaced (flat entities); the segmenter often glues the short form to the place, so the short form alone
    need not end a word."""
    place_at = {k: m for m in places for k in range(m.i, m.j)}
    found: list[Match] = []
    for start in _occurrences(short, stream.text):
        lo, hi = offsets.by_start.get(start), offsets.by_end.get(start + len(short))
        if lo is None or hi is None or not stream.syls[lo].first:
            continue
        stop = stream.sent_end[lo]
        length = _place_after(stream, hi + 1, stop)
        j = hi + 1 + length
        inside = {place_at[k].start: place_at[k] for k in range(lo, j) if k in place_at}
        if not length or any(taken[k] and k not in place_at for k in range(lo, j)) \
                or any(m.i < lo or m.j > j for m in inside.values()):
            continue
        for k in range(lo, j):
            taken[k] = True
        found.append(make_match(stream, "ORG", lo, j, propagated=True,
                                replaces=[(m.start, m.end) for m in inside.values()]))
    return found


# Heads of businesses, whose names end in a trade name the article also writes alone ("Công ty Mai Linh" ...
# "Mai Linh"; "Tổng công ty Bảo hiểm Việt Nam (Bảo Việt)" ... "Bảo Việt đã chi trả").
_BUSINESS_HEADS = ("công ty", "cty", "tổng công ty", "tổng cty", "tcty", "ctcp", "tập đoàn", "ngân hàng", "hãng")
# "(Bảo Việt)", "(ABBank)": a name in brackets right after a business's full name
_BRACKETED_NAME = re.compile(r"[ \t]*\((?P<name>[^()\n,;:]{2,40})\)")
_CLASS_WORDS = frozenset({"các", "những", "mỗi", "từng", "nhiều"})
# Organs a company has (folded heads): the name after them is the company's ("Đảng ủy Sawaco"); not "Đảng",
# "Quốc hội", whose foreign name is a country ("Đảng Cộng sản Bangladesh").
_COMPANY_ORGANS = frozenset({
    "đảng uỷ", "đảng bộ", "chi bộ", "công đoàn", "đoàn thanh niên", "hội đồng quản trị", "hđqt", "hội đồng thành viên",
    "hđtv", "ban giám đốc", "ban kiểm soát", "bks", "ban điều hành",
})


def _class_use(stream: Stream, i: int) -> bool:
    """Is the name at ``i`` counted or made plural ("24 BQL dự án", "các BQL")? Then it is a class noun."""
    return i > 0 and stream.syls[i - 1].sent == stream.syls[i].sent \
        and (stream.keys[i - 1] in _CLASS_WORDS or stream.syls[i - 1].digit)


def _inside_longer_name(stream: Stream, i: int, j: int) -> bool:
    """Does a capitalised word go on right after ``[i, j)`` ("Bảo Việt Nhân thọ" is another company), or stand
    right before it other than as the sentence's first word?"""
    after = j < len(stream.syls) and stream.syls[j].sent == stream.syls[i].sent and stream.syls[j].cap \
        and not stream.syls[j].punct
    before = i > 0 and stream.syls[i - 1].sent == stream.syls[i].sent and stream.syls[i - 1].cap \
        and not stream.syls[i - 1].punct and i - 1 > 0 and stream.syls[i - 2].sent == stream.syls[i].sent
    return after or before


def _named_as_person(stream: Stream, i: int) -> bool:
    """Is the name at ``i`` introduced as a person's ("ông Mai Linh")?"""
    return i > 0 and stream.keys[i - 1] in honorifics()


def _name_like(stream: Stream, i: int, j: int, whole_words: bool = True) -> bool:
    """Can syllables ``[i, j)`` be a trade name: capitalised whole words, no place and no unit; one syllable only
    when it is no Vietnamese syllable ("Canon", "Sawaco") or an acronym ("FLC")?"""
    syls = stream.syls[i:j]
    if not syls or not syls[0].first or (whole_words and not syls[-1].last) \
            or any(not s.cap or s.punct or s.digit or not stream.word_cap[k] for k, s in enumerate(syls, i)):
        return False
    keys = stream.keys[i:j]
    if any(k in NOT_ORG_ACRONYMS or k in UNITS for k in keys):
        return False
    places = gazetteer().minor
    whole = places.longest(stream.keys, i, j)
    if (whole is not None and whole[0] == j - i) or any(places.longest(stream.keys, k, j) for k in range(i + 1, j)):
        return False  # a place ("Sài Gòn"), or a name ending in one ("Liên Bang Nga"); "Bảo Việt" holds none
    if j - i == 1:
        text = syls[0].text
        return (text.isupper() and len(text) >= 3 and text.isalpha()) or not is_syllable(keys[0])
    return True


def _trade_names(stream: Stream, offsets: _Offsets, orgs: list[Match]) -> dict[str, str]:
    """Trade names of the businesses the article names, each with the full name it stands for: the capitalised
    words that end the name after its head, legal form and trade ("Công ty TNHH Keppel Land" → "Keppel Land",
    "Công ty BĐS An Gia" → "An Gia", "Tập đoàn FLC" → "FLC"), and a name in brackets right after it; and a
    company's foreign name after another body's head ("Đảng ủy Sawaco" → "Sawaco", standing for no fuller name)."""
    found: dict[str, str] = {}
    for m in orgs:
        head = fold(m.data.get("head") or "")
        if m.data.get("propagated") or m.i < 0:
            continue
        start = m.i + len(head.split())
        if m.data.get("firm_trade"):  # "VietJet Air" → "VietJet" (organizations._foreign_firms)
            found.setdefault(m.data["firm_trade"], m.text)
            continue
        if not head.startswith(_BUSINESS_HEADS):
            if head not in _COMPANY_ORGANS:
                continue
            # "Đảng ủy Sawaco", "Công đoàn Vinatex": an organ of a company written as one foreign word
            # (the company, not that body: no alias; the segmenter may glue the word to a name after it)
            if m.j - start == 1 and not stream.syls[start].text.isupper() and stream.syls[start].first \
                    and _name_like(stream, start, m.j, whole_words=False):
                found.setdefault(stream.syls[start].text, "")
            continue
        k = m.j
        while k > start and stream.syls[k - 1].cap and stream.word_cap[k - 1] and not stream.syls[k - 1].punct \
                and not stream.syls[k - 1].digit:
            k -= 1
        while k < m.j - 1 and stream.syls[k].text.isupper() and stream.syls[k].first and stream.syls[k].last:
            k += 1  # a legal form or trade written as an acronym ("TNHH", "BĐS") before the name
        acronym_after_trade = m.j - k == 1 and any(not s.cap for s in stream.syls[start:k])
        if k < m.j and (k == start or stream.keys[k - 1] not in UNITS) and not acronym_after_trade \
                and _name_like(stream, k, m.j):  # "Tập đoàn đầu tư BĐS": the trade's acronym, not a name
            found.setdefault(stream.text[stream.syls[k].start:stream.syls[m.j - 1].end], m.text)
        bracket = _BRACKETED_NAME.match(stream.text, m.end)
        span = offsets.span(bracket.start("name"), bracket.end("name")) if bracket else None
        if bracket and span and span[1] - span[0] <= 4 and _name_like(stream, *span) \
                and org_heads().longest(stream.keys, span[0], span[1]) is None \
                and not person_like(stream, span[0], span[1]):
            found.setdefault(bracket.group("name"), m.text)
    return found


_MINISTERIAL_TITLES = ("bộ trưởng", "thứ trưởng", "trưởng ban", "phó ban")
# Bodies a board belongs to, which end its name: "Trung ương", "Thành ủy Đà Nẵng", "HĐND thành phố Hà Nội"
_GOVERNING_KINDS = frozenset({"standalone", "committee", "party"})


def _elliptic_ministry_end(stream: Stream, title: Match) -> int:
    """End of the ministry a minister's title names without "Bộ" ("Bộ trưởng Quốc phòng", "Thứ trưởng Giáo dục và
    Đào tạo", "Bộ trưởng VHTTDL"), else 0. The field is a word of mixed case (a person's name is capitalised in
    every syllable), its lower-case field words and fields joined by "và", or an acronym; not a place, a body
    with its own head ("Bộ trưởng Bộ Y tế" is read by the grammar), a title's suffix or a person."""
    k, stop = title.j, stream.sent_end[title.i] if title.i >= 0 else 0
    if title.i < 0 or not fold(title.text).endswith(_MINISTERIAL_TITLES) or k >= stop:
        return 0
    if fold(title.text).endswith("ban") and stream.syls[title.j - 1].text != "ban":
        return 0  # "Trưởng Ban Tuyên giáo": the grammar reads the board from its capitalised head
    syl = stream.syls[k]
    if not syl.cap or syl.punct or syl.digit or not syl.first or body_head_at(stream, k, stop) \
            or gazetteer().minor.longest(stream.keys, k, stop) or title_at(stream, k, stop) \
            or person_like(stream, k, stop) or syl.key in COMMON_SURNAMES:
        return 0
    end = _field_word_end(stream, k)
    letters = syl.text.replace("&", "")
    if end - k == 1 and syl.last:
        acronym = len(letters) >= 3 and letters.isalpha() and letters.isupper() and syl.key not in NOT_ORG_ACRONYMS
        return end if acronym else 0
    if stream.word_cap[k]:
        return 0  # "Bộ trưởng Văn Tùng": a name, capitalised in every syllable
    end = _field_words_after(stream, end, stop)
    while end + 1 < stop and stream.keys[end] in ("và", "&") and stream.syls[end + 1].cap \
            and not stream.syls[end + 1].punct and not person_like(stream, end + 1, stop):
        end = _field_words_after(stream, _field_word_end(stream, end + 1), stop)
    return end


def _delegation_end(stream: Stream, title: Match) -> int:
    """End of a National Assembly delegation a delegation head's title names without its "Đoàn" ("Trưởng đoàn" +
    "đại biểu Quốc hội tỉnh Nghệ An", "Phó trưởng đoàn" + "ĐBQH TP Hà Nội"): the deputies' words and the province or
    city they are elected in, as a unit and its name or a known place; else 0."""
    k, stop = title.j, stream.sent_end[title.i] if title.i >= 0 else 0
    if title.i < 0 or k >= stop or stream.keys[title.j - 1] != "đoàn" or not fold(title.text).endswith("trưởng đoàn"):
        return 0
    if stream.keys[k] == "đbqh":
        k += 1
    elif tuple(stream.keys[k:k + 4]) == ("đại", "biểu", "quốc", "hội"):
        k += 4
    else:
        return 0
    place = _place_after(stream, k, stop)
    return k + place if place else 0


def _field_word_end(stream: Stream, i: int) -> int:
    """End of the word at ``i`` without a "và" the segmenter glued to it ("Giáo dục và" + "Đào tạo")."""
    end = word_end(stream, i)
    return end - 1 if end - 1 > i and stream.keys[end - 1] == "và" else end


def _field_words_after(stream: Stream, j: int, stop: int) -> int:
    """End of the field words after a field ("Giao thông" + "vận tải", "Lao động" + "Thương binh"), or ``j``."""
    while j < stop and stream.syls[j].first and not (stream.syls[j].cap and person_like(stream, j, stop)):
        more = name_words().longest(stream.keys, j, stop)
        if more is None:
            break
        k = j + more[0]
        if not stream.syls[k - 1].last and not (k < stop and stream.keys[k] == "và" and stream.syls[k].last):
            break  # the field ends its word, or a "và" the segmenter glued to it ("Thương binh và")
        j = k
    return j
