"""Stage 5a: organisation mentions → distinct organisations, each under its fullest name.

Three things make two mentions one organisation:
- the same name once well-known abbreviations are expanded ("UBND tỉnh Quảng Nam" = "Ủy ban nhân dân tỉnh
  Quảng Nam"): the longer written form becomes the name;
- a short form that refers back ("Đảng bộ sở", "UBND tỉnh", a bare "Đảng ủy"): it is an alias of the named
  organisation with the same head whose name it begins, the one mentioned most;
- an abbreviation the article defines ("Tập đoàn Điện lực Việt Nam (EVN)").
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .canonical import fold
from .components.abbreviations import spells
from .lexicon import foreign_places, gazetteer, known_abbreviations, org_heads

# Unit words that start the place a body belongs to ("tỉnh", "TP"), folded as group keys are.
_PLACE_UNIT_KEYS = frozenset({"tỉnh", "thành", "tp", "tp.", "huyện", "quận", "thị", "xã", "phường"})


@dataclass
class OrgGroup:
    name: str
    key: str
    head: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    count: int = 0
    forms: Counter[str] = field(default_factory=Counter)  # written forms of the name, for the most usual one

    def all_aliases(self) -> list[str]:
        """The aliases, and every other spelling of the name itself ("Thành ủy TP HCM" beside "Thành ủy TP.HCM"):
        the two share a key, so no merge ever listed the second."""
        aliases = list(self.aliases)
        seen = {fold(self.name), *(fold(a) for a in aliases)}
        for form in self.forms:
            if fold(form) not in seen:
                seen.add(fold(form))
                aliases.append(form)
        return aliases


# Abbreviated place units ("sở Tài chính TP Hải Phòng"): "TP" names the city, it does not spell "Tư pháp".
_PLACE_UNITS = frozenset({"TP", "TX", "TT"})


_BRACKETED = re.compile(r"\s*\([^()]*\)")
# A unit abbreviation glued to the place after it ("UBND TP.Hà Nội", "Công an Q.Ninh Kiều"): the same name as
# "UBND thành phố Hà Nội", so the key parts them before spelling the unit out.
_GLUED_UNIT = re.compile(r"\b(TP|Tp|TX|Q|H|P)\.(?=[A-ZĐ][a-zà-ỹđ])")
# A dash between two words of one name, or a comma before a lower-case word, is a spelling, not a part of it:
# "Ban chỉ đạo phòng, chống dịch" and "Ban chỉ đạo Phòng chống dịch", "Bộ Lao động - Thương binh và Xã hội" and
# "Bộ Lao động Thương binh và Xã hội" are one body, and so are "Sở Tài nguyên và Môi trường" and "Sở Tài
# nguyên - Môi trường": "và" joins two fields as the dash does. A comma before a capital parts two names ("Bộ
# Chính trị, Thường trực Ban Bí thư"), so it stays.
_WORD_JOINT = re.compile(r"(?<=\w)\s*[–-]\s*(?=\w)|(?<=\w)\s*,\s*(?=[a-zà-ỹđ])|(?<=\w)\s+[vV]à\s+(?=\w)")
# The joint between the parts of an acronym, written "TN&MT", "TN-MT", "TN - MT", "VHTT & DL" or not at all
# ("TNMT"): one body, so the keys drop it.
_ACRONYM_JOIN = re.compile(r"\b([A-ZĐ]{1,6})\s*[-–&]\s*(?=[A-ZĐ]{2,}\b)")


def _spelled_length(name: str) -> int:
    """Length of a name with its acronym joints dropped: "Bộ VHTT & DL" says no more than "Bộ VHTT&DL", so the
    form the article writes most names the body, while "Ủy ban nhân dân tỉnh" still beats "UBND tỉnh"."""
    return len(_ACRONYM_JOIN.sub(r"\1", name).replace(" ", ""))


def expand_key(name: str) -> str:
    """Folded name with known abbreviations spelled out, for comparing written forms."""
    table = known_abbreviations()
    # a short form in brackets inside a name ("Sở Tài nguyên và Môi trường (TN-MT) tỉnh X") only repeats it
    name = _BRACKETED.sub("", html.unescape(name) if "&" in name else name)  # archived "NN&amp;PTNT"
    name = _ACRONYM_JOIN.sub(r"\1", name)
    name = _GLUED_UNIT.sub(r"\1. ", name)
    name = _WORD_JOINT.sub(" ", name)
    words = re.findall(r"[^\s]+", name)
    return _without_repeats(fold(" ".join(_spelled_out(w, table) for w in words)))


def _without_repeats(key: str) -> str:
    """A key with a run of words written twice in a row kept once: the press slips ("Mặt trận Tổ quốc Việt Nam
    Việt Nam"), and spelling out a defined short form can double a place written after it."""
    words = key.split()
    for width in (3, 2, 1):
        k = 0
        while k + 2 * width <= len(words):
            if words[k:k + width] == words[k + width:k + 2 * width]:
                del words[k + width:k + 2 * width]
            else:
                k += 1
    return " ".join(words)


def _spelled_out(word: str, table: dict[str, str]) -> str:
    """A known abbreviation's long form, also when the press capitalises it differently ("Tp.HCM" for
    "TP.HCM"); only a word that starts with a capital is tried in upper case, so a lower-case common word
    is never read as an acronym."""
    for form in (word, word.rstrip(".")):
        if form in table:
            return table[form]
    if word[:1].isupper() and not word.isupper():
        return table.get(word.upper(), table.get(word.rstrip(".").upper(), word))
    return word


def _is_place(key: str) -> bool:
    """Is a folded name rest a place: a unit and its name ("tỉnh quảng nam") or a known place ("hà nội")?"""
    words = key.split()
    if words[0] in _PLACE_UNIT_KEYS:
        return True
    known = gazetteer().minor.longest(words, 0)
    return known is not None and known[0] == len(words)


def _top_level_place(rest: str, unit: tuple[str, ...] | None) -> bool:
    """Is a folded name rest a province or city, written bare ("đà nẵng") or after ``unit`` ("tỉnh thanh hóa")?"""
    words = rest.split()
    if unit and tuple(words[:len(unit)]) == unit:
        words = words[len(unit):]
    known = gazetteer().major.longest(words, 0) if words else None
    return known is not None and known[0] == len(words) and not _foreign(" ".join(words))


@lru_cache(maxsize=1)
def _foreign_keys() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(name).split()) for name in foreign_places())


def _foreign(rest: str) -> bool:
    """Does the folded rest of a fuller name hold a foreign country or city ("cuba", "đảng cộng sản cuba")?
    A Vietnamese article writes its own bodies bare: "Quốc hội" is the Vietnamese one even when the article
    also names the "Quốc hội Cuba", and "Bộ Y tế" is not the "Bộ Y tế Campuchia"."""
    words = tuple(rest.split())
    keys = _foreign_keys()
    a = 0
    while a < len(words):
        known = gazetteer().minor.longest(list(words), a)
        if known is not None and known[0] > 1 and words[a:a + known[0]] not in keys:
            a += known[0]  # "huyện Đức Thọ" is a Vietnamese district, though "Đức" alone is Germany
            continue
        if any(words[a:b] in keys for b in range(a + 1, min(len(words), a + 4) + 1)):
            return True
        a += 1
    return False


# Words that name the central level of a body ("Ủy ban Trung ương MTTQ Việt Nam", "UBTƯ", "Ban Tổ chức TW").
_CENTRAL_WORDS = frozenset({"trung ương", "tư", "tw", "t.ư", "t.w"})


def _central(key: str) -> bool:
    """Does a folded (expanded) name name the central level ("ủy ban trung ương mặt trận tổ quốc việt nam")?"""
    words = key.split()
    return any(w in _CENTRAL_WORDS for w in words) or any(" ".join(words[k:k + 2]) in _CENTRAL_WORDS
                                                           for k in range(len(words) - 1))


def _local_rest(rest: str) -> bool:
    """Does the folded rest of a fuller name hold a place unit below the nation ("tỉnh quảng trị", "huyện x")?"""
    return any(w in _PLACE_UNIT_KEYS for w in rest.split())


def _other_level(key: str, fuller: str) -> bool:
    """Is the fuller name ``fuller`` of another level than the central body ``key`` names? "UBTƯ MTTQ Việt Nam
    tỉnh Quảng Trị" (a slip for the province's front) is not the "UBTƯ MTTQ Việt Nam": the central level and a
    province's unit never name one body."""
    return _central(key) and _local_rest(fuller[len(key):])


def _unit_words(key: str, head_key: str) -> set[str]:
    """The place-unit words a short form writes after its head: {"thành"} for "UBND TP". A short form with a
    unit refers only to a body of that level: "UBND TP" is not "UBND quận 5", "Công an TP" not "Công an
    huyện Mỹ Đức", though they share a head."""
    rest = key[len(head_key):] if key.startswith(head_key) else key
    return {w for w in rest.split() if w in _PLACE_UNIT_KEYS}


def _without_unit(key: str) -> str:
    """A folded place without its unit word: "tỉnh đồng tháp" → "đồng tháp" (also "thành phố", "thị xã")."""
    words = key.split()
    if words[0] in ("thành", "thị") and len(words) > 2:
        return " ".join(words[2:])
    return " ".join(words[1:]) if words[0] in _PLACE_UNIT_KEYS and len(words) > 1 else key


# Spellings of one place that expand_key leaves apart ("Công an HN" and "Công an Hà Nội"); "HCM" is spelled out
# by expand_key itself (data/abbreviations.tsv), so "TP HCM" and "TP.HCM" already share a key.
_PLACE_SPELLINGS = {"hn": "hà nội"}
# Unit words a place is written with or without ("Sở Y tế tỉnh Yên Bái" / "Sở Y tế Yên Bái", "Trung tâm Y tế huyện
# Đông Anh" / "Trung tâm Y tế Đông Anh").
_OPTIONAL_UNITS = (("thành", "phố"), ("tỉnh",), ("huyện",), ("quận",))
# The units of a province or centrally-run city, which a body written with the bare unit refers back to.
_TOP_UNITS = (("thành", "phố"), ("tỉnh",))


def _unitless_words(key: str) -> tuple[list[str], list[str]]:
    """A folded name's words with optional unit words dropped and place spellings unified, and those units."""
    words = [_PLACE_SPELLINGS.get(w, w) for w in key.split()]
    out: list[str] = []
    units: list[str] = []
    i = 0
    while i < len(words):
        unit = next((u for u in _OPTIONAL_UNITS if tuple(words[i:i + len(u)]) == u and i + len(u) < len(words)
                     and out), None)
        if unit is None:
            out.append(words[i])
            i += 1
        else:
            units.append(" ".join(unit))
            i += len(unit)
    return out, units


def _unitless_key(key: str) -> str:
    return " ".join(_unitless_words(key)[0])


def _unit_signature(key: str) -> tuple[str, ...]:
    return tuple(_unitless_words(key)[1])


# Companies (folded keys, abbreviations spelled out) and the legal forms their names may be written with or without
_COMPANY_KEYS = ("công ty", "cty", "tổng công ty", "tổng cty", "tcty", "ctcp")
_LEGAL_FORM = re.compile(r"\s(?:trách nhiệm hữu hạn|tnhh|cổ phần|cp|một thành viên|mtv)(?=\s)")


def _in_order(words: list[str], others: list[str]) -> bool:
    """Are ``words`` found in ``others`` in the same order (a subsequence)?"""
    rest = iter(others)
    return all(word in rest for word in words)


# Company heads written short, spelled out so that "CTCP X" and "Công ty Cổ phần X" share a key
_COMPANY_HEAD_SPELLINGS = (("ctcp ", "công ty cp "), ("tổng cty ", "tổng công ty "), ("tcty ", "tổng công ty "),
                           ("cty ", "công ty "))


def _without_legal_form(key: str) -> str:
    """A company's folded key without its legal form: "công ty tnhh hoa đức" → "công ty hoa đức", "ctcp hoa đức"
    → "công ty hoa đức"."""
    for short, full in _COMPANY_HEAD_SPELLINGS:
        if key.startswith(short):
            key = full + key[len(short):]
            break
    return _LEGAL_FORM.sub("", key + " ").strip()


@dataclass
class OrgMention:
    text: str
    start: int
    end: int
    head: str
    short: bool  # a back-reference: no capitalised name of its own
    standalone: bool = False
    alias_of: str | None = None  # a trade name written alone: the business's full name ("Mai Linh")


class OrganizationResolver:
    """Groups organisation mentions; ``resolve(text)`` maps any written form to its organisation's name."""

    def __init__(self, mentions: list[OrgMention], *, implied: list[str] | None = None,
                 defined: dict[str, str] | None = None, nested: list[OrgMention] | None = None) -> None:
        """``implied``: organisations the article implies but never writes whole ("Đảng ủy Sở Nội vụ" from
        "Bí thư Đảng ủy, Giám đốc Sở Nội vụ"); ``defined``: abbreviations the article defines; ``nested``: bodies
        named only inside a longer name ("UBND tỉnh Cần Thơ" in "Đảng ủy Văn phòng UBND tỉnh Cần Thơ"), which a
        short form may refer to ("Chánh Văn phòng UBND tỉnh") though they are no organisation of their own until
        one does (SPEC)."""
        self.groups: list[OrgGroup] = []
        self._latent: dict[str, OrgGroup] = {}
        self._by_key: dict[str, OrgGroup] = {}
        self._alias_of: dict[str, OrgGroup] = {}
        defined = defined or {}
        self._defined = defined
        # longest first, so "UBTƯ MTTQ" is spelled out before "MTTQ"
        self._expansions = sorted(defined.items(), key=lambda kv: -len(kv[0]))
        # a standalone body written bare ("Thành ủy") is a short form when the article names a fuller one
        # ("Thành ủy TP HCM"), and an organisation of its own otherwise
        trade = [m for m in mentions if m.alias_of]
        full = [m for m in mentions if not m.short and not m.alias_of]
        short = [m for m in mentions if m.short and not m.alias_of]
        for m in full:
            self._add_full(m)
        for name in implied or []:
            if expand_key(name) not in self._by_key:
                group = OrgGroup(name=name, key=expand_key(name), head="")
                self._by_key[group.key] = group
                self.groups.append(group)
        for m in nested or []:
            key = self._key(m.text)
            if key not in self._by_key and key not in self._latent:
                self._latent[key] = OrgGroup(name=m.text, key=key, head=fold(m.head))
        # short forms with a unit ("Đảng ủy sở") before bare heads ("Đảng ủy"): the specific ones decide
        # which organisation a bare head most likely means
        for m in sorted(short, key=lambda m: fold(m.text) == fold(m.head)):
            self._add_short(m)
        for m in trade:
            self._add_trade_name(m)
        self._merge_acronyms()
        self._merge_bare_units()
        self._merge_placed()
        self._merge_unit_variants()
        self._merge_legal_forms()
        self._merge_numbered_short_forms()
        self._merge_elliptic_ministries()
        # abbreviations the article defines: "EVN" → the group of "Tập đoàn Điện lực Việt Nam"
        for abbr, long in defined.items():
            target = self._by_key.get(expand_key(long)) or self._written_with(abbr, long)
            if target is None:
                if not (long[:1].isupper() and org_heads().longest([fold(w) for w in long.split()], 0)):
                    continue
                target = self._add_full(OrgMention(text=long, start=-1, end=-1, head=long.split()[0], short=False))
                target.mentions.remove((-1, -1))
            other = self._by_key.get(expand_key(abbr))
            if other is not None and other is not target:
                self._merge(other, target)
            self._alias_of[fold(abbr)] = target
            if fold(target.name) == fold(abbr) and long[:1].isupper() \
                    and org_heads().longest([fold(w) for w in long.split()], 0):
                # "Trung tâm điều phối hỗ trợ nhân đạo ASEAN (AHA)": the definition writes the full name, the
                # short form the article goes on with is its alias (GUIDELINES)
                target.name = long
            if abbr not in target.aliases and fold(abbr) != fold(target.name):
                target.aliases.append(abbr)

    def _written_with(self, abbr: str, long: str) -> OrgGroup | None:
        """The organisation whose name holds the definition itself: "Ban Kiểm soát (BKS) Sacombank" for "BKS"."""
        written = fold(f"{long} ({abbr})")
        return next((g for g in self.groups if fold(g.name).startswith(written)), None)

    def _merge_placed(self) -> None:
        """"Sở Tài chính" and "Sở Tài chính TP Hải Phòng" (or "Sở Xây dựng Hà Nội") are one organisation: the
        article names the body once with its place and then without it; so are "Đảng ủy Công an" and "Đảng ủy
        Công an trung ương" (its level). Merged only when exactly one fuller name with a place exists."""
        for group in sorted(self.groups, key=lambda g: len(g.key)):
            if group not in self.groups:
                continue
            fuller = [g for g in self.groups if g is not group and g.key.startswith(group.key + " ")
                      and (_is_place(g.key[len(group.key) + 1:]) or g.key[len(group.key) + 1:] == "trung ương")
                      and not _foreign(g.key[len(group.key) + 1:]) and not _other_level(group.key, g.key)]
            places = {_without_unit(g.key[len(group.key) + 1:]) for g in fuller}
            if len(fuller) > 1 and len(places) == 1:
                # "Sở Y tế Đồng Tháp" and "Sở Y tế tỉnh Đồng Tháp": one place, written with and without its unit
                fullest = max(fuller, key=lambda g: len(g.key))
                for other in fuller:
                    if other is not fullest:
                        self._merge(other, fullest)
                fuller = [fullest]
            if len(fuller) == 1 and group.head:
                self._merge(group, fuller[0])

    def _merge_bare_units(self) -> None:
        """"Sở Tài chính thành phố" and "Sở Tài chính Đà Nẵng", "Trung tâm Kiểm soát bệnh tật tỉnh" and "... Thanh
        Hóa": a body written with its bare top-level unit refers back to the one the article names with its province
        or city (written with that unit or none). Merged only when exactly one such place exists; "... huyện X" is
        another level."""
        for group in list(self.groups):
            if group not in self.groups or not group.head:
                continue
            unit = next((u for u in _TOP_UNITS if tuple(group.key.split()[-len(u):]) == u), None)
            base = " ".join(group.key.split()[:-len(unit)]) if unit else ""
            if not base or len(base.split()) < 2:
                continue
            fuller = [g for g in self.groups if g is not group and g.key.startswith(base + " ")
                      and _top_level_place(g.key[len(base) + 1:], unit)]
            if len({_without_unit(g.key[len(base) + 1:]) for g in fuller}) == 1:
                self._merge(group, max(fuller, key=lambda g: len(g.key)))

    def _merge_elliptic_ministries(self) -> None:
        """A ministry written after a title without "Bộ" ("Bộ trưởng VHTTDL", "Bộ trưởng Quốc phòng") is the
        "Bộ VHTT & DL" the article names: an alias of it (GUIDELINES), not a second organisation."""
        by_key = {g.key: g for g in self.groups}
        for group in list(self.groups):
            ministry = by_key.get("bộ " + group.key)
            if ministry is not None and ministry is not group and group in self.groups:
                self._merge(group, ministry)

    def _merge_unit_variants(self) -> None:
        """"Sở Y tế Yên Bái" and "Sở Y tế tỉnh Yên Bái", "Thành ủy TP.HCM" and "Thành ủy TP HCM": one body whose
        place is written with and without its unit word, or spelled two ways. Merged under the fullest written
        name only when at most one unit is written, so "UBND tỉnh Thái Nguyên" and "UBND TP Thái Nguyên" stay two."""
        buckets: dict[str, list[OrgGroup]] = {}
        for group in self.groups:
            buckets.setdefault(_unitless_key(group.key), []).append(group)
        for same in buckets.values():
            units = {_unit_signature(g.key) for g in same} - {()}
            if len(same) < 2 or len(units) > 1:
                continue
            target = max(same, key=lambda g: (bool(g.mentions), len(g.name)))
            for other in same:
                if other is not target:
                    self._merge(other, target)

    def _merge_legal_forms(self) -> None:
        """"Công ty TNHH Hoa Đức" and "Công ty Hoa Đức" are one company: the article names it with its legal form
        once and then without. Merged under the fuller name when the keys are equal without the legal form."""
        buckets: dict[str, list[OrgGroup]] = {}
        for group in self.groups:
            if group.key.startswith(_COMPANY_KEYS):
                buckets.setdefault(_without_legal_form(group.key), []).append(group)
        for same in buckets.values():
            if len(same) > 1:
                target = max(same, key=lambda g: (len(g.key), g.count))
                for other in same:
                    if other is not target:
                        self._merge(other, target)

    def _merge_numbered_short_forms(self) -> None:
        """"Lữ đoàn pháo binh 490" and "Lữ đoàn 490" are one unit: a numbered body written again with its head and
        number only (the words of the shorter key, in order, within the longer). Merged under the longer name when
        exactly one longer name holds them."""
        numbered = [g for g in self.groups if g.key.split()[-1].isdigit() and len(g.key.split()) >= 2]
        for short in sorted(numbered, key=lambda g: len(g.key)):
            words = short.key.split()
            longer = [g for g in numbered if g is not short and g in self.groups and g.key.split()[-1] == words[-1]
                      and g.key.split()[0] == words[0] and len(g.key) > len(short.key)
                      and _in_order(words, g.key.split())]
            if len(longer) == 1 and short in self.groups:
                self._merge(short, longer[0])

    def _merge_acronyms(self) -> None:
        """"Sở GTVT" and "Sở Giao thông Vận tải" are one organisation: the acronym spells the other's name."""
        for group in list(self.groups):
            words = html.unescape(group.name).split()  # archived "NN&amp;PTNT"
            acronym = next((w for w in words[1:] if len(w) >= 2 and w.replace("&", "").isupper()
                            and w.rstrip(".") not in _PLACE_UNITS), None)
            if acronym is None or group not in self.groups:
                continue
            head = fold(words[0])
            for other in self.groups:
                rest = other.name.split()
                if other is group or fold(rest[0]) != head or acronym in rest:
                    continue
                if any(spells(rest[1:n], acronym) for n in range(2, len(rest) + 1)):
                    self._merge(group, other)
                    break

    def _key(self, text: str) -> str:
        """expand_key, after spelling out the abbreviations this article defines ("UBTƯ MTTQ Việt Nam")."""
        for short, long in self._expansions:
            if short in text and long not in text:
                text = text.replace(short, long)
        return expand_key(text)

    def _add_full(self, m: OrgMention) -> OrgGroup:
        key = self._key(m.text)
        group = self._by_key.get(key)
        if group is None:
            group = OrgGroup(name=m.text, key=key, head=fold(m.head))
            self._by_key[key] = group
            self.groups.append(group)
        group.forms[m.text] += 1
        group.name = max(group.forms, key=lambda form: (_spelled_length(form), group.forms[form]))
        group.mentions.append((m.start, m.end))
        group.count += 1
        return group

    def _add_trade_name(self, m: OrgMention) -> None:
        """A form that stands for a fuller name is an alias of it: a business's trade name written alone ("Bảo Việt"
        for "Tổng công ty Bảo hiểm Việt Nam (Bảo Việt)"), a ministry after a title ("Y tế" in "Bộ trưởng Y tế" for
        "Bộ Y tế"). The fuller name is the organisation also when the article never writes it so."""
        full = m.alias_of or m.text
        target = self._by_key.get(self._key(full)) or self._alias_of.get(fold(full))
        if target is None:
            target = self._add_full(OrgMention(text=full, start=m.start, end=m.end, head=full.split()[0], short=False))
            if m.text not in target.aliases and fold(m.text) != fold(target.name):
                target.aliases.append(m.text)
            self._alias_of[fold(m.text)] = target
            return
        target.mentions.append((m.start, m.end))
        target.count += 1
        if m.text not in target.aliases and fold(m.text) != fold(target.name):
            target.aliases.append(m.text)
        self._alias_of[fold(m.text)] = target

    def _add_short(self, m: OrgMention) -> None:
        key = self._key(m.text)
        candidates = self._fuller(key, m.head, self.groups) or self._placed_latent(key)
        if candidates:
            target = max(candidates, key=lambda g: g.count)
            if target.key in self._latent:  # named inside a longer name, and now referred to on its own
                del self._latent[target.key]
                self._by_key[target.key] = target
                self.groups.append(target)
            target.mentions.append((m.start, m.end))
            target.count += 1
            if m.text not in target.aliases and fold(m.text) != fold(target.name):
                target.aliases.append(m.text)
            self._alias_of[fold(m.text)] = target
            return
        if fold(m.text) != fold(m.head) or m.standalone:  # "UBND tỉnh" with no fuller form: keep as written
            self._add_full(m)

    def _placed_latent(self, key: str) -> list[OrgGroup]:
        """The bodies named only inside a longer name that are the short form ``key`` with its place ("UBND tỉnh"
        → "UBND tỉnh Cần Thơ" in "Đảng ủy Văn phòng UBND tỉnh Cần Thơ"); a name going on otherwise ("Trung
        ương" → "Trung ương MTTQ Việt Nam") is another body."""
        return [g for g in self._latent.values() if g.key.startswith(key + " ") and _is_place(g.key[len(key) + 1:])
                and not _foreign(g.key[len(key) + 1:]) and not _other_level(key, g.key)]

    @staticmethod
    def _fuller(key: str, head: str, groups: list[OrgGroup]) -> list[OrgGroup]:
        """The organisations of ``groups`` a short form (folded ``key``, written head ``head``) may refer to: those
        whose name it begins ("UBND tỉnh" → "UBND tỉnh Quảng Nam"), else those of its head with its unit words
        ("Đảng ủy sở" → "Đảng ủy Sở Nội vụ"); never a foreign one nor one of another level."""
        candidates = [g for g in groups if g.key != key and g.key.startswith(key + " ")
                      and not _foreign(g.key[len(key) + 1:]) and not _other_level(key, g.key)]
        if not candidates and head:
            units = _unit_words(key, expand_key(head))
            candidates = [g for g in groups if g.head == fold(head) and units <= set(g.key.split())
                          and not _foreign(g.key[len(key):])]
        return candidates

    def _merge(self, source: OrgGroup, target: OrgGroup) -> None:
        target.aliases.extend(a for a in [source.name, *source.aliases] if a not in target.aliases)
        target.mentions.extend(source.mentions)
        target.count += source.count
        self.groups.remove(source)
        for key, g in list(self._by_key.items()):
            if g is source:
                self._by_key[key] = target

    def resolve(self, text: str | None) -> str | None:
        """The name of the organisation a written form refers to (the form itself if unknown)."""
        if text is None:
            return None
        key = self._key(text)
        group = self._by_key.get(key) or self._alias_of.get(fold(text))
        if group is None:  # "UBTƯ MTTQ Việt Nam" with "UBTƯ MTTQ" defined by the article
            for short, long in sorted(self._defined.items(), key=lambda kv: -len(kv[0])):
                if short in text:
                    expanded = text.replace(short, long)
                    group = self._by_key.get(expand_key(expanded))
                    return group.name if group else expanded
        return group.name if group else text

    def ranked(self) -> list[OrgGroup]:
        return self.groups


def most_common(values: list[str]) -> str | None:
    return Counter(values).most_common(1)[0][0] if values else None
