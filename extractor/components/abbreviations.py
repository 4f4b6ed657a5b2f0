"""ABBR: abbreviations the article defines, both ways (SPEC "abbreviations").

    "tổ chức cơ sở đảng (TCCSĐ)"    long form, then the short form in parentheses
    "TCCSĐ (tổ chức cơ sở đảng)"    short form, then the long form in parentheses
    "Liên hiệp ... Việt Nam - VUSTA" long form, a dash, the short form

The long form is the shortest run of words before the parenthesis whose initials spell the short form,
letter by letter (function words like "và", "của" may be skipped; "Đ" matches "đ").
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from spacy.tokens import Doc

from ..canonical import fold
from ..lexicon import gazetteer, honorifics, known_abbreviations, org_heads, phrase_key, press
from .base import Match, RuleComponent

# Vietnamese capitals with marks occur inside short forms ("UBTƯ" for Ủy ban Trung ương)
# ("&amp;": archived text keeps "&" as its HTML entity, "KHXH&amp;NV")
_SHORT = (r"[A-ZĐ](?:&amp;|[A-ZĐƯƠÂÊÔĂ0-9&\-.]){1,11}[a-z]?(?: [A-ZĐ][A-ZĐƯƠÂÊÔĂ0-9&\-.]{1,8}"
          r"| [A-ZĐ][a-zà-ỹđ]+(?: [a-zà-ỹđ]+)?)?")  # "(UBKT Trung ương)": an acronym and the words it keeps
# a listed company's stock code may follow the short form inside the brackets: "(Sacombank - mã STB)"
_TICKER = r"(?:\s*[-–,;]\s*mã(?:\s+(?:CK|chứng khoán))?\s*:?\s*[A-Z0-9]{2,5})?"
_LONG_SHORT = re.compile(rf"\( ?(?P<short>{_SHORT}){_TICKER} ?\)")  # "( IMF )": spaces inside, as some archives write
_SHORT_LONG = re.compile(rf"(?<![\w(])(?P<short>{_SHORT})\s+\((?P<long>[^()\n]{{4,120}})\)")
# A brand or short name in brackets after a company (GUIDELINES: "(EVN)", "(Samco)" are abbreviations): Latin words
# with a capital, at least one written in mixed case ("Vinacomin", "VPBank", "HoREA", "Sun Group", "SaiGon Co.op"),
# or any capitalised words ending in the company's number ("LICOGI 9", "Cienco 5").
_BRAND_WORD = r"[A-Z][A-Za-z]*(?:\.[a-z]+)?"
_BRAND_SHORT = re.compile(
    rf"\(\s?(?P<short>(?=[^()\n]*[A-Z][a-z]*[a-z])(?=[^()\n]*[a-z])"
    rf"{_BRAND_WORD}(?: {_BRAND_WORD}){{0,2}}(?:[ -]?\d{{1,3}})?|[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)?[ -]?\d{{1,3}})"
    rf"{_TICKER}\s?\)")
_DASH_SHORT = re.compile(r"\s+[-–]\s+(?P<short>[A-ZĐ]{3,8})(?=[,;)]|\s*$)", re.MULTILINE)
_WORD = re.compile(r"[\wÀ-ỹĐđ]+(?:-[\wÀ-ỹĐđ]+)*")
_SKIPPABLE = frozenset({"và", "của", "các", "về", "for", "of", "and", "the", "de", "la", "-", "&"})


def _base(ch: str) -> str:
    """A letter without its diacritics, upper case; "Đ" and "D" are one letter here."""
    if ch in "Đđ":
        return "D"
    return unicodedata.normalize("NFD", ch)[0].upper()


def _initial(word: str) -> str:
    return _base(word[0])


def spells(words: list[str], short: str) -> bool:
    """Do the words' initials spell ``short`` (letters only), allowing skippable words and multi-letter
    pieces ("TP" from "Thành phố")?"""
    letters = [_base(c) for c in html.unescape(short) if c.isalpha()]

    def go(w: int, c: int) -> bool:
        if c == len(letters):
            return w == len(words)
        if w == len(words):
            return False
        word = words[w]
        if _initial(word) == letters[c] and go(w + 1, c + 1):
            return True
        # a word giving two letters ("Việt Nam" → VN is two words; "VHTT" from "Văn hóa" gives V,H)
        return word.lower() in _SKIPPABLE and go(w + 1, c)

    return bool(letters) and go(0, 0)


_ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+);")
_INNER_DOT = re.compile(r"(?<=[A-Za-zĐ])\.(?=[A-Za-zĐ0-9])")


def _last_break(window: str, marks: str) -> int:
    """Where the clause before a parenthesis starts: the last of ``marks`` in ``window``. Archived text keeps
    HTML entities as written ("Công nghệ &amp; Quản lý"), and the ";" that closes one breaks no clause."""
    masked = _ENTITY.sub(lambda e: "&" * len(e.group()), window)
    masked = _INNER_DOT.sub("&", masked)  # "Hiệp hội Bất động sản TP.HCM (HoREA)": a dot inside a word ends nothing
    return max(masked.rfind(c) for c in marks)


def long_form_before(text: str, end: int, short: str) -> tuple[int, str] | None:
    """Shortest word run ending at ``end`` whose initials spell ``short``."""
    window_start = max(0, end - 200)
    window = text[window_start:end]
    cut = _last_break(window, "(\n;:")
    if cut >= 0:
        window_start += cut + 1
        window = text[window_start:end]
    # an HTML entity ("&amp;") is no word; blanking it keeps the offsets
    words = list(_WORD.finditer(_ENTITY.sub(lambda e: " " * len(e.group()), window)))
    letters = sum(1 for c in html.unescape(short) if c.isalpha())
    if letters < 2:
        return None  # "G20" spells nothing: one letter would take any word ("thế giới (G20)" → "giới")
    for tail in _unspelled_tails(window, words):
        body = words[:len(words) - tail]
        for n in range(letters, min(len(body), letters + 4) + 1):
            chunk = body[-n:]
            if spells([w.group() for w in chunk], short) and chunk[0].group().lower() not in _SKIPPABLE:
                start = window_start + chunk[0].start()
                return start, text[start:window_start + chunk[-1].end()]
    return None


def _unspelled_tails(window: str, words: list[re.Match[str]]) -> list[int]:
    """How many words at the end of a name its acronym may leave unspelled: none, or "Đảng" or a place written after
    the body's own name ("Ban Chấp hành Trung ương Đảng (BCH TƯ)", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam
    (UBTƯ MTTQ)"), once or repeated; the long form is then the name without them."""
    tails = [0]
    keys = [fold(w.group()) for w in words]
    end = len(words)
    while end > 1:
        if keys[end - 1] == "đảng" and words[end - 1].group()[0].isupper():
            end -= 1
        else:
            place = next((n for n in range(min(4, end - 1), 0, -1) if words[end - n].group()[0].isupper()
                          and tuple(keys[end - n:end]) in gazetteer().major.entries), 0)
            if not place:
                break
            end -= place
        tails.append(len(words) - end)
    return tails


def _clause_words(text: str, end: int) -> tuple[list[re.Match[str]], list[str]]:
    """The words (and their folded keys) of the clause that ends at ``end``, at most 120 characters back."""
    window_start = max(0, end - 120)
    cut = _last_break(text[window_start:end], "(,;:.\n")
    if cut >= 0:
        window_start += cut + 1
    words = list(_WORD.finditer(text, window_start, end))
    return words, [fold(w.group()) for w in words]


def organization_before(text: str, end: int) -> tuple[int, str] | None:
    """An organisation name ending at ``end`` that starts with a capitalised head ("Tập đoàn điện lực VN"),
    for company and agency acronyms whose letters do not follow the Vietnamese words ("EVN", "VUSTA")."""
    words, keys = _clause_words(text, end)
    heads = org_heads()
    for n, word in enumerate(words[-14:], start=max(0, len(words) - 14)):
        hit = heads.longest(keys, n)
        if word.group().isupper() and len(word.group()) > 1:
            continue  # "IMF cho biết tốc độ ... (GDP)": an acronym heads no spelled-out name
        if word.group()[0].isupper() and hit and hit[1] != "skip" and len(words) - n > hit[0]:
            if keys[n + hit[0]] == "trưởng":
                continue  # "Viện trưởng Viện Nghiên cứu ... (CIEM)": a title; the name is the next head
            if any(key in _VERB_BREAKS for key in keys[n + hit[0]:]) \
                    or any(keys[k] in _LATER_NAME_AFTER and words[k + 1].group()[0].isupper()
                           and heads.longest(keys, k + 1) for k in range(n + hit[0], len(words) - 1)):
                continue  # "Sở làm việc với Cơ quan ... (JICA)", "Sở X và Cơ quan Y (JICA)": the name is the later one
            if hit[1] == "party" and words[n + hit[0]].group()[0].isupper() and heads.longest(keys, n + hit[0]):
                continue  # "Ban Thường vụ Đảng ủy Tập đoàn Dầu khí (PVN)": an organ of the body the bracket names
            return word.start(), text[word.start():words[-1].end()]
    return None


# Words after which a capitalised head starts another name, the one the bracket closes: "Tổng công ty Phát điện thuộc
# Tập đoàn Điện lực Việt Nam (EVN)", "Báo cáo của Cục Quản lý lao động ngoài nước (Dolab)", "Vụ sai phạm ở Ban quản lý
# các dự án 18 (PMU18)".
_LATER_NAME_AFTER = frozenset({"và", "thuộc", "của", "ở", "tại"})
# Words of a clause between a body's head and the bracket that show the bracket closes another phrase.
_VERB_BREAKS = frozenset({"với", "được", "bị", "đã", "sẽ", "đang", "là", "thì", "mà", "khi", "nếu", "để", "nhằm",
                          "theo", "bởi", "cùng"})


# Heads of the translated names of international bodies, agencies, treaties, declarations and mechanisms, whose
# acronyms follow the foreign words ("Tổ chức Thương mại Thế giới (WTO)", "Hiệp định Đối tác Xuyên Thái Bình Dương
# (TPP)", "Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA)", "Tuyên bố về ứng xử của các bên ở Biển Đông (DOC)").
# Meetings ("Hội nghị ... (SOM)") are left out: propagation would tag every later "SOM" as an organisation.
_INTERNATIONAL_HEADS = (("tổ", "chức"), ("hiệp", "định"), ("diễn", "đàn"), ("nhóm",),
                        ("liên", "minh"), ("hiệp", "hội"), ("chương", "trình"), ("quỹ",), ("ngân", "hàng"),
                        ("cộng", "đồng"), ("bộ", "quy", "tắc"), ("công", "ước"), ("hiệp", "ước"),
                        ("thỏa", "thuận"), ("sáng", "kiến"), ("cơ", "quan"), ("tuyên", "bố"), ("cơ", "chế"))


# Words that join two phrases of a clause, never a name: "Chương trình hợp tác GMS được Ngân hàng Phát triển
# Châu Á (ADB) viện trợ" defines ADB by the name after "được", not by the whole clause.
_CLAUSE_VERBS = frozenset({"được", "bị", "bởi", "đã", "sẽ", "là"})  # not "do": "tự do"


def translated_name_before(text: str, end: int) -> tuple[int, str] | None:
    """The translated name of an international body, treaty or meeting ending at ``end``: from the first
    capitalised head of such names in the clause ("Hiệp định thương mại tự do Việt Nam - Liên minh châu Âu
    (EVFTA)" keeps its whole name; "Hội nghị cấp cao Nhóm các nền kinh tế ... (G20)" starts at "Nhóm"). At
    least three words, so a bare "Nhóm (G7)" is not a definition."""
    words, keys = _clause_words(text, end)
    after = max((n + 1 for n, key in enumerate(keys) if key in _CLAUSE_VERBS), default=0)
    starts = [n for n, word in enumerate(words) if n >= after and word.group()[0].isupper() and any(
        tuple(keys[n:n + len(h)]) == h for h in _INTERNATIONAL_HEADS)]
    # "Nhóm công tác Thuế thuộc Diễn đàn Doanh nghiệp Việt Nam (VBF)": a head after "thuộc", "của", "và" starts the name
    starts = [n for n in starts if n == starts[0] or keys[n - 1] in _LATER_NAME_AFTER][-1:]
    if not starts or len(words) - starts[0] < 3:
        return None
    first = words[starts[0]]
    return first.start(), text[first.start():words[-1].end()]


# Function words that end a name read backwards from its bracket: "Francois Hollande của đảng Xã hội (PS)" is
# "đảng Xã hội"; "thông qua quy chế thương mại bình thường vĩnh viễn (PNTR)" is the "quy chế ..." after the verb.
_NAME_BREAKS = frozenset({"của", "và", "với", "cho", "là", "được", "bị", "tại", "ở", "từ", "trong", "theo", "do",
                          "bởi", "như", "thì", "mà", "các", "những", "đã", "sẽ", "đang", "thuộc", "qua", "về", "vào",
                          "tới", "đến", "có", "thể", "gồm", "khi", "nếu", "để", "nhằm", "này", "đó", "hay", "hoặc",
                          "bằng"})
# Nouns that describe what kind of thing a lower-case term is, written before it: "theo hình thức đối tác công tư
# (PPP)" defines "đối tác công tư" (GUIDELINES fifth round: a description in front is not part of the long form).
_DESCRIPTORS = (("hình", "thức"), ("mô", "hình"), ("báo", "cáo"), ("phương", "thức"))
# Syllables of titles: "Trưởng ban Pháp chế (VCCI)" names a post and the body it is in, not the body.
_TITLE_SYLLABLES = frozenset({"trưởng", "phó", "chủ tịch", "giám đốc", "bí thư", "thư ký", "tổng thống", "thủ tướng"})
_FOREIGN_SHORT = re.compile(r"[A-Z]{2,6}")


def _foreign_initialism(short: str) -> bool:
    """A short form of Latin capitals only ("PS", "EP", "CPI", "PAPI"), which may stand for a foreign name its
    Vietnamese rendering does not spell, and which is no well-known Vietnamese abbreviation."""
    return bool(_FOREIGN_SHORT.fullmatch(short)) and short not in known_abbreviations()


def _joins_name_parts(words: list[re.Match[str]], keys: list[str], n: int) -> bool:
    """Does "và" at ``n`` join two parts of one rendered name? The part after it is capitalised and is no body or
    place of its own ("Sở X và Bộ Y (Z)", "Việt Nam và Hoa Kỳ (US)" join two names)."""
    if n == 0 or n + 1 >= len(words) or not words[n + 1].group()[0].isupper() or words[n + 1].group().isupper():
        return False
    if org_heads().longest(keys, n + 1) or gazetteer().major.longest(keys, n + 1) or words[n - 1].group().isupper():
        return False  # "Tổ chức Y tế thế giới (WHO) và Nông lương thế giới (FAO)": an acronym ends the name before
    return words[n - 1].group()[0].islower() or not gazetteer().major.longest(keys, n - 1)


def rendered_name_before(text: str, end: int) -> tuple[int, str] | None:
    """The Vietnamese rendering of a foreign name ending at ``end`` (GUIDELINES fifth round): the capitalised name
    written before the bracket, lower-case words inside it included ("Nghị viện châu Âu (EP)", "đảng Những người
    cộng hòa (LR)"), with "đảng" in front when it is written right before the name ("đảng Xã hội (PS)"), but not a
    description ("đảng cực hữu Mặt trận Quốc gia (FN)" is "Mặt trận Quốc gia"). At least two words."""
    words, keys = _clause_words(text, end)
    first_cap = None
    lower_run = 0
    for n in range(len(words) - 1, -1, -1):
        word = words[n].group()
        if keys[n] == "và" and first_cap is not None and _joins_name_parts(words, keys, n):
            lower_run += 1
            continue  # "Tiểu ban Tiêu chuẩn và Hợp chuẩn (SCSC)": "và" between two parts of one name
        if keys[n] in _NAME_BREAKS and (not word[0].isupper() or keys[n] not in ("những", "các")):
            break  # "Theo bà X (FN)" opens with a preposition; "Những người cộng hòa" is a name
        if word[0].isupper():
            first_cap, lower_run = n, 0
            continue
        lower_run += 1
        if keys[n] == "đảng" and first_cap == n + 1:
            first_cap = n  # the party's own word, right before its name
            break
        if lower_run > (4 if first_cap is None else 3):
            break
    if first_cap is None or len(words) - first_cap < 2 or words[first_cap].group().isupper() \
            or any(key in honorifics() for key in keys[max(0, first_cap - 1):]):
        return None  # "Ông Nguyễn Văn An (PV)": a person and their paper, no definition
    name_keys = keys[first_cap:]
    if any(key in _TITLE_SYLLABLES or " ".join(name_keys[n:n + 2]) in _TITLE_SYLLABLES
           for n, key in enumerate(name_keys)):
        return None
    if len(name_keys) < 3 and all(word.group()[0].isupper() for word in words[first_cap:]):
        return None  # "Cơ quan Hợp tác quốc tế Nhật Bản (JICA)" read only back to "Nhật Bản": a place, not the name
    start = words[first_cap].start()
    return start, text[start:words[-1].end()]


# Words of two syllables one of which is a function word: "hiệp định thương mại tự do (FTA)", "tổng sản phẩm trong
# nước (GDP)" are one term each, not a term cut at "do" or "trong".
_COMPOUNDS = frozenset({("tự", "do"), ("trong", "nước"), ("cho", "vay"), ("cho", "thuê")})


def _in_compound(keys: list[str], n: int) -> bool:
    return (n > 0 and (keys[n - 1], keys[n]) in _COMPOUNDS) or (n + 1 < len(keys) and (keys[n], keys[n + 1])
                                                                 in _COMPOUNDS)


def _opens_sentence(text: str, pos: int) -> bool:
    """Does the word at ``pos`` start a sentence (or the text, or a line)? Its capital is then no mark of a name."""
    before = text[:pos].rstrip(" \t“\"'")
    return not before or before[-1] in ".!?:\n"


# Nouns that open a technical term: a run much longer than its acronym that holds one started with the verb or
# measure in front of it ("đồng ý mức tăng trưởng tổng sản phẩm trong nước (GDP)" is "tổng sản phẩm trong nước").
_TERM_HEADS = (("chỉ", "số"), ("tổng", "sản", "phẩm"), ("hệ", "thống"), ("phương", "pháp"), ("tỷ", "lệ"), ("tỉ", "lệ"),
               ("mô", "hình"), ("hiệp", "định"), ("cơ", "chế"), ("chương", "trình"), ("hợp", "đồng"), ("vốn",))


def _term_start(keys: list[str], start: int, letters: int) -> int:
    """Where a lower-case term starts in a run from ``start``: at its first term head when the run is more than two
    words longer than the acronym has letters, else where the run starts. A head after a preposition is the object
    inside the term, not its start ("thu nhập trên vốn cổ phần (ROE)")."""
    if len(keys) - start <= letters + 2:
        return start
    return next((n for n in range(start, len(keys) - 1) if keys[n - 1] not in _PREPOSITIONS
                 and any(tuple(keys[n:n + len(head)]) == head for head in _TERM_HEADS)), start)


_PREPOSITIONS = frozenset({"trên", "dưới", "của", "cho", "với", "theo", "về", "từ", "so", "vào", "trong"})


def described_name_before(text: str, end: int) -> tuple[int, str] | None:
    """A lower-case rendering of a foreign term ending at ``end``: the run of words before the bracket back to a
    function word, a verb of the clause, a number or a capitalised word ("đẩy mạnh phát hành cổ phiếu ra công chúng
    lần đầu (IPO)", "300 triệu USD vốn đầu tư nước ngoài (FDI)", "thuộc chỉ số hiệu quả quản trị và hành chính công
    cấp tỉnh (PAPI)"). "và" is kept inside the run when both sides are lower case; two to twelve words; not the
    lower-case tail of a capitalised name; a descriptor in front ("hình thức", "báo cáo") is left out. A capital
    that only opens the sentence belongs to the run ("Vốn đầu tư trực tiếp nước ngoài (FDI) tăng")."""
    words, keys = _clause_words(text, end)
    start = len(words)
    for n in range(len(words) - 1, -1, -1):
        word = words[n].group()
        if not word.isalpha() or not word[0].islower() or len(words) - n > 12:
            break
        if keys[n] in _NAME_BREAKS and not _in_compound(keys, n) and not (
                keys[n] == "và" and n > 0 and words[n - 1].group()[0].islower() and keys[n - 1] not in _NAME_BREAKS):
            break
        start = n
    if 0 < start < len(words) and len(words) - start < 12 and _opens_sentence(text, words[start - 1].start()) \
            and words[start - 1].group().isalpha() and not words[start - 1].group().isupper() \
            and fold(words[start - 1].group()) not in honorifics() | _NAME_BREAKS:
        start -= 1  # the sentence's first word, capitalised as every first word is
    while len(words) - start > 3 and tuple(keys[start:start + 2]) in _DESCRIPTORS:
        start += 2
    if len(words) - start < 2:
        return None
    if start > 0 and words[start - 1].group()[0].isupper() and not words[start - 1].group().isupper():
        return None  # "Trưởng Ban Công tác đại biểu (UBTVQH)": the tail of a name, not a term of its own
    start = _term_start(keys, start, sum(c.isalpha() for c in text[end:text.find(")", end)]))
    first = words[start]
    return first.start(), text[first.start():words[-1].end()]


_TRAILING_NUMBER = re.compile(r"[ -]?\d+$")


_LIST_ITEM = re.compile(r"[a-zà-ỹđ]+(?: [a-zà-ỹđ]+){0,2}")
_LIST_SEPARATOR = re.compile(r", | và ")


def listed_terms_before(text: str, end: int, short: str) -> tuple[int, str] | None:
    """A foreign acronym of a list of terms, one term a letter: "hợp đồng thiết kế, mua sắm, xây dựng (EPC)" is
    "thiết kế, mua sắm, xây dựng". The terms are lower-case runs of one to three words parted by commas (or a last
    "và"); the first takes as many words as the second (its front is the description of the list)."""
    letters = sum(c.isalpha() for c in short)
    separators = list(_LIST_SEPARATOR.finditer(text, max(0, end - 150), end))
    if letters < 2 or len(separators) < letters - 1:
        return None
    used = separators[len(separators) - (letters - 1):]
    starts = [m.end() for m in used]
    terms = [text[a:b] for a, b in zip(starts, [m.start() for m in used[1:]] + [end], strict=True)]
    before_first = separators[len(separators) - letters].end() if len(separators) >= letters else max(0, end - 150)
    first_words = text[before_first:used[0].start()].split()[-len(terms[0].split()):]
    first = " ".join(first_words)
    if any(not _LIST_ITEM.fullmatch(term) or any(fold(w) in _NAME_BREAKS for w in term.split())
           for term in [first, *terms]):
        return None
    start = used[0].start() - len(first)
    return (start, text[start:end]) if text[start:used[0].start()] == first else None


def _may_name_freely(short: str) -> bool:
    """May ``short`` stand for an organisation name its letters do not spell ("EVN", "VUSTA")? Not when it holds
    digits before its end ("H5N1" names a virus; a number at the end is the company's: "PMU18") or starts with a
    well-known Vietnamese abbreviation: "Ban Công tác đại biểu (UBTVQH)", "Trưởng Ban Văn hóa - Xã hội (HĐND TP)"
    name the body the one before belongs to."""
    core = _TRAILING_NUMBER.sub("", short)
    if not core or any(ch.isdigit() for ch in core):
        return False
    first = core.split()[0]
    if any(first.startswith(known) for known in known_abbreviations() if len(known) >= 2):
        return False
    letters = "".join(_base(c) for c in first if c.isalpha())
    return not any(letters == initials or (len(initials) >= 3 or initials == "UB") and letters.startswith(initials)
                   for initials in _head_initials())


@lru_cache(maxsize=1)
def _head_initials() -> frozenset[str]:
    """Initials of the Vietnamese organisation heads of two or more words ("UB" for "Ủy ban", "BCĐ" for "Ban Chỉ
    đạo"). A short form that is such initials ("TU"), or starts with three of them ("TTXVN") or with "UB" (no foreign
    acronym does: "UBTVQH"), is a Vietnamese acronym of such a body, never a brand name. Two letters alone say
    nothing: foreign acronyms start with them as often ("CDC", "CPI", "TAT")."""
    return frozenset("".join(_base(w[0]) for w in key) for key in org_heads().entries if len(key) >= 2)


def _acronym_with_words(text: str, end: int, short: str) -> tuple[int, str] | None:
    """"Ủy ban Kiểm tra Trung ương (UBKT Trung ương)": an acronym followed by words the long form ends with."""
    acronym, _, words = short.partition(" ")
    if not words or not text[:end].endswith(words):
        return None
    hit = long_form_before(text, end - len(words) - 1, acronym) if text[end - len(words) - 1] == " " else None
    return (hit[0], text[hit[0]:end]) if hit else None


def _may_be_brand(short: str) -> bool:
    """Is a capitalised name in brackets after a body its brand, not the place it is in ("Huyện ủy Chư Păh (Gia
    Lai)", "Đại học Cambridge (Anh)") nor a press credit ("(VnExpress)")?"""
    key = phrase_key(short)
    if key[0] in _NAME_BREAKS or key[0] in ("nguồn", "ảnh") \
            or any(press().longest(list(key), n) for n in range(len(key))):
        return False  # "(Theo VTV)", "(Nguồn: VnExpress)": a credit
    if short.split()[0].isupper() and len(key) > 1 and not key[1].isdigit():
        key = key[1:]  # "(KCN Quang Minh)", "(TP Vinh)": a unit abbreviation before a place
    return key not in gazetteer().minor.entries


_NUMBER = re.compile(r"\d+")


def _same_number(short: str, long: str) -> bool:
    """A short form with a number names the company numbered so: "Cty Cơ giới và Xây lắp số 9 (LICOGI 9)", "Ban quản
    lý các dự án 18 (PMU18)"; "liên danh với Công ty 889 (CIENCO 8)" is another company, "Bệnh viện (H5N1)" no name."""
    numbers = _NUMBER.findall(short)
    return not numbers or _NUMBER.findall(long)[-1:] == numbers[-1:]


def _numbered_body_before(text: str, end: int, short: str) -> tuple[int, str] | None:
    """The organisation named before the bracket, when a number in the short form is the body's own number."""
    hit = organization_before(text, end)
    return hit if hit and _same_number(short, hit[1]) else None


# A numbered meeting's short form ends in its number, which the long form writes as "lần thứ <number>" in digits
# or in words: "Hội nghị lần thứ hai các quan chức cao cấp (SOM2)", "Hội nghị Bộ trưởng lần thứ 3 (AMM3)".
_NUMBERED_SHORT = re.compile(r"[A-Z]{2,6}(?P<number>[1-9])")
_NUMBER_WORDS = ("một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín")
_MEETING_HEADS = (("hội", "nghị"), ("cuộc", "họp"), ("phiên", "họp"), ("kỳ", "họp"), ("vòng", "đàm", "phán"))


def numbered_meeting_before(text: str, end: int, short: str) -> tuple[int, str] | None:
    """A numbered meeting named before the bracket: from the last capitalised meeting head in the clause, when the
    clause says "lần thứ" with the short form's number ("thứ hai" for "SOM2"); the letters follow the foreign name,
    so they spell nothing here."""
    numbered = _NUMBERED_SHORT.fullmatch(short)
    if not numbered:
        return None
    digit = numbered.group("number")
    words, keys = _clause_words(text, end)
    ordinal = {digit, _NUMBER_WORDS[int(digit) - 1]} | ({"nhất"} if digit == "1" else set())
    if not any(keys[n] == "thứ" and keys[n + 1] in ordinal for n in range(len(keys) - 1)):
        return None
    starts = [n for n, word in enumerate(words) if word.group()[0].isupper()
              and any(tuple(keys[n:n + len(head)]) == head for head in _MEETING_HEADS)]
    if not starts:
        return None
    first = words[starts[-1]]
    return first.start(), text[first.start():words[-1].end()]


def _first_definitions(found: list[Match]) -> list[Match]:
    """Each short form once, as the article first defines it: a later bracket with the same letters after another
    phrase ("Trưởng ban Pháp chế (VCCI)") repeats the short form for that phrase's sake, it defines nothing new."""
    seen: set[str] = set()
    out: list[Match] = []
    for match in found:
        if match.data["short"] not in seen:
            seen.add(match.data["short"])
            out.append(match)
    return out


class AbbreviationFinder(RuleComponent):
    label = "ABBR"

    def find(self, doc: Doc) -> list[Match]:
        text = self.stream(doc).text
        found: list[Match] = []
        for m in _LONG_SHORT.finditer(text):
            short = m.group("short").rstrip(".")
            if m.start() == 0 or text[:m.start()].rstrip(" \t").endswith("\n"):
                continue  # "(NLĐ)-" opening a line is a dateline: the line above (the title) defines nothing
            before = text[:m.start()].rstrip()
            hit = long_form_before(text, len(before), short) or _acronym_with_words(text, len(before), short) or (
                translated_name_before(text, len(before)) if short not in known_abbreviations() else None) or (
                _numbered_body_before(text, len(before), short) if _may_name_freely(short) else None) or (
                rendered_name_before(text, len(before)) if _foreign_initialism(short) and _may_name_freely(short)
                else None) or (listed_terms_before(text, len(before), short) or described_name_before(
                text, len(before)) if _foreign_initialism(short) else None)
            meeting = None if hit else numbered_meeting_before(text, len(before), short)
            if meeting:  # a meeting is no body: its short form is not propagated as an organisation
                found.append(Match(self.label, meeting[0], m.end(), text[meeting[0]:m.end()],
                                   data={"short": short, "long": meeting[1], "meeting": True}))
            if hit:  # "written": the whole name before the bracket, a place the acronym leaves unspelled included
                found.append(Match(self.label, hit[0], m.end(), text[hit[0]:m.end()],
                                   data={"short": short, "long": hit[1], "written": before[hit[0]:]}))
        for m in _SHORT_LONG.finditer(text):
            short, long = m.group("short"), m.group("long").strip()
            words = _WORD.findall(long)
            if spells(words, short):
                found.append(Match(self.label, m.start(), m.end(), text[m.start():m.end()],
                                   data={"short": short, "long": long}))
        for m in _BRAND_SHORT.finditer(text):  # "Tập đoàn công nghiệp than khoáng sản VN (Vinacomin)"
            short = m.group("short")
            hit = organization_before(text, len(text[:m.start()].rstrip())) if _may_be_brand(short) else None
            if hit and _same_number(short, hit[1]):
                found.append(Match(self.label, hit[0], m.end(), text[hit[0]:m.end()],
                                   data={"short": short, "long": hit[1]}))
        for m in _DASH_SHORT.finditer(text):  # "Liên hiệp các Hội ... Việt Nam - VUSTA"
            short = m.group("short")
            if short in known_abbreviations():
                continue  # "Đảng bộ khối doanh nghiệp quận Tân Bình - TPHCM": the place the body is in
            hit = long_form_before(text, m.start(), short) or organization_before(text, m.start())
            if hit:
                found.append(Match(self.label, hit[0], m.end("short"), text[hit[0]:m.end("short")],
                                   data={"short": short, "long": hit[1]}))
        found.sort(key=lambda a: a.start)
        return _first_definitions(found)
