"""Word lists the rule components share: organisation heads, titles, honorifics, surnames, places.

Lists live as plain text in ``extractor/data`` so a linguist can extend them without touching code; the
administrative places come from the maintained ``vietnam-provinces`` package (63 provinces, their districts
and communes, the map the press archives were written under). Everything is loaded once, lazily.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .cache import cached, entry_path
from .canonical import fold


def data_lines(name: str) -> list[str]:
    text = resources.files("extractor").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def phrase_key(phrase: str) -> tuple[str, ...]:
    """A phrase as a tuple of folded syllables: the key every lexicon is indexed by."""
    return tuple(fold(phrase).split())


@dataclass(frozen=True)
class PhraseTable:
    """Phrases indexed by folded syllable tuples, for longest-match lookups over a syllable stream."""

    entries: dict[tuple[str, ...], str]
    max_len: int
    firsts: frozenset[str]  # first syllables of all phrases: most lookups stop here

    @classmethod
    def build(cls, items: dict[str, str]) -> PhraseTable:
        entries = {phrase_key(k): v for k, v in items.items() if k.strip()}
        return cls(entries, max((len(k) for k in entries), default=0), frozenset(k[0] for k in entries if k))

    def longest(self, keys: list[str], start: int, limit: int | None = None) -> tuple[int, str] | None:
        """Longest phrase starting at ``keys[start]``: (length in syllables, value) or None."""
        if start >= len(keys) or keys[start] not in self.firsts:
            return None
        stop = len(keys) if limit is None else min(limit, len(keys))
        for length in range(min(self.max_len, stop - start), 0, -1):
            value = self.entries.get(tuple(keys[start:start + length]))
            if value is not None:
                return length, value
        return None


@lru_cache(maxsize=1)
def org_heads() -> PhraseTable:
    return PhraseTable.build(dict(line.split("\t") for line in data_lines("org_heads.tsv")))


@lru_cache(maxsize=1)
def titles() -> PhraseTable:
    return PhraseTable.build({line: "title" for line in data_lines("titles.txt")})


@lru_cache(maxsize=1)
def name_words() -> PhraseTable:
    """Lower-case field words that continue an organisation name ("vận tải" in "Bộ Giao thông vận tải")."""
    return PhraseTable.build({line: "name" for line in data_lines("name_words.txt")})


@lru_cache(maxsize=1)
def press() -> PhraseTable:
    """Press outlets named without "báo": value ``"<any|cue>\t<spelling>"`` (see data/press.txt)."""
    rows = [line.split("\t") for line in data_lines("press.txt")]
    table: dict[str, str] = {}
    for name, context in rows:
        # the stream splits "&" and "+" from the letters around them ("GD & TĐ", "Vietnam +")
        key = " ".join(phrase_key(re.sub(r"\s*([&+])\s*", r" \1 ", name)))
        table[key] = table[key] + "\n" + name if key in table else f"{context}\t{name}"
    return PhraseTable.build(table)


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    """Words before a name that are not part of it: "ông", "đồng chí", and occupations and ranks."""
    return frozenset(fold(line) for line in data_lines("honorifics.txt"))


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(fold(line) for line in data_lines("surnames.txt"))


@lru_cache(maxsize=1)
def known_abbreviations() -> dict[str, str]:
    return dict(line.split("\t") for line in data_lines("abbreviations.tsv"))


_UNIT_PREFIX = re.compile(
    r"^(Thành phố|Tỉnh|Quận|Huyện|Thị xã|Phường|Xã|Thị trấn)\s+", re.IGNORECASE)


def _strip_unit(name: str) -> str:
    return _UNIT_PREFIX.sub("", name).strip()


@dataclass(frozen=True)
class Gazetteer:
    """Known place names as folded syllable tuples.

    ``major`` names (provinces, countries, regions, big cities) are places even without a unit word in
    front; ``minor`` names (districts, communes) count only after one ("huyện", "xã", ...), because many of
    them are also people's given names.
    """

    major: PhraseTable
    minor: PhraseTable
    # the provinces (folded names) each district and commune name lies in, and each province's own name: tells a
    # bare "Bình Chánh" in an article about TP.HCM from a person named so
    provinces: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)


def _division_names() -> tuple[set[str], set[str], dict[tuple[str, ...], frozenset[str]]]:
    import vietnam_provinces

    path = Path(vietnam_provinces.__file__).parent / "data" / "nested-divisions.json"
    provinces: set[str] = set()
    minor: set[str] = set()
    located: dict[tuple[str, ...], set[str]] = {}
    for province in json.loads(path.read_text(encoding="utf-8")):
        name = _strip_unit(province["name"])
        provinces.add(name)
        province_key = " ".join(phrase_key(name))
        located.setdefault(phrase_key(name), set()).add(province_key)
        for district in province.get("districts", []):
            minor.add(_strip_unit(district["name"]))
            located.setdefault(phrase_key(_strip_unit(district["name"])), set()).add(province_key)
            for ward in district.get("wards", []):
                minor.add(_strip_unit(ward["name"]))
                located.setdefault(phrase_key(_strip_unit(ward["name"])), set()).add(province_key)
    return provinces, minor, {key: frozenset(names) for key, names in located.items()}


@lru_cache(maxsize=1)
def foreign_places() -> frozenset[str]:
    """Countries and foreign cities: places, and the mark of a foreign body ("Quốc hội Cuba")."""
    return frozenset(data_lines("foreign_places.txt"))


_GAZETTEER_FORMAT = 2  # bump when Gazetteer or PhraseTable change shape


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The place tables, from the user cache (:mod:`extractor.cache`) when the sources are unchanged: folding
    some 10,000 division names is a tenth of a cold start."""
    try:
        import vietnam_provinces

        sources = [Path(vietnam_provinces.__file__).parent / "data" / "nested-divisions.json"]
    except ImportError:
        sources = []
    data = resources.files("extractor").joinpath("data")
    sources += [Path(str(data.joinpath(name))) for name in ("places_extra.txt", "foreign_places.txt")]
    try:
        path = entry_path("gazetteer", _GAZETTEER_FORMAT, sources)
    except OSError:
        return _build_gazetteer()
    return cached(path, Gazetteer, _build_gazetteer)


# Other names of a province the press writes ("TP.HCM", "Sài Gòn"; "Thừa Thiên Huế" before the 2025 merger, "Hà Tây"
# before the 2008 one), folded, with the province's own name in the gazetteer's data
_PROVINCE_ALIASES = {
    "tp.hcm": "hồ chí minh", "tphcm": "hồ chí minh", "tp hcm": "hồ chí minh", "hcm": "hồ chí minh",
    "sài gòn": "hồ chí minh", "thừa thiên huế": "huế", "thừa thiên - huế": "huế", "hà tây": "hà nội",
}


def _build_gazetteer() -> Gazetteer:
    try:
        provinces, minor, located = _division_names()
    except (ImportError, OSError, ValueError, KeyError):  # the package moved its data: degrade, don't die
        provinces, minor, located = set(), set(), {}
    major = provinces | set(data_lines("places_extra.txt")) | foreign_places()
    everything = minor | major
    # "Hồ Chí Minh" alone is far more often the person than the city; the city needs "TP"/"thành phố".
    major.discard("Hồ Chí Minh")
    for alias, province in _PROVINCE_ALIASES.items():
        if any(province in names for names in located.values()):
            located[phrase_key(alias)] = located.get(phrase_key(alias), frozenset()) | {province}
    return Gazetteer(major=_spellings_table(major), minor=_spellings_table(everything), provinces=located)


def _spellings_table(names: set[str]) -> PhraseTable:
    """Names by folded key; the value lists every spelling of that key ("Châu Á" and "châu Á"), one a line,
    sorted, so lookups do not depend on set order (which changes from process to process)."""
    spellings: dict[tuple[str, ...], set[str]] = {}
    for name in names:
        if name.strip():
            spellings.setdefault(phrase_key(name), set()).add(name)
    entries = {key: "\n".join(sorted(variants)) for key, variants in spellings.items()}
    return PhraseTable(entries, max((len(k) for k in entries), default=0), frozenset(k[0] for k in entries))
