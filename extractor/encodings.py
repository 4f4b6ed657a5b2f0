"""Stage 0 helper: article bytes → NFC text, for the encodings Vietnamese archives really hold.

Why this exists: press archives from before ~2005, and many official attachments since, were typed in
8-bit *font* encodings rather than code pages: TCVN3 ("ABC", TCVN 5712:1993 VN3, the ``.VnTime`` fonts)
and VNI-Windows (the ``VNI-Times`` fonts). To the operating system such a file is plain cp1252; the
Vietnamese letters exist only in the font, so Python has no codec for them and the tables live here.
Windows-1258 is a real code page (Python has it) but writes most tone marks as combining characters.
Every result is NFC-normalised because offsets index the NFC text (see ``canonical.py``).

Detection (``encoding=None``), in order:

1. a byte-order mark (UTF-8, UTF-16 LE/BE) decides; NUL bytes without one mean binary;
2. valid UTF-8 is taken, unless all of its non-ASCII characters are cp1252 characters: that is what
   legacy-font text looks like after a trip through a Unicode editor or a web page ("Thñ t\xadíng"), so
   the legacy readings of those characters compete with the UTF-8 reading and must beat it (the name is
   then e.g. "utf-8+tcvn3"; the same holds for text behind a UTF-8 or UTF-16 byte-order mark);
3. otherwise the bytes are read as cp1258, TCVN3 and VNI and the reading whose words are most often valid
   Vietnamese syllables (with a bonus for the commonest ones: "của", "và", "được" …) wins. A wrong reading
   turns letters into symbols ("¸", "ø") or into impossible syllables ("caực"), so the margin is wide.

When no reading is plausible (most words not Vietnamese syllables, or control characters) the input is
rejected with :class:`UndecodableError` rather than guessed: a wrong guess would silently yield no facts.

TCVN3 cannot store upper-case letters that carry a tone (the ``.VnTimeH`` fonts drew them from the
lower-case codes). :func:`encode_legacy` writes them as the upper-case base letter followed by the
standard's combining tone mark (bytes 0xB0-0xB4), which :func:`decode_bytes` composes back, so every one
of the 134 Vietnamese letters round-trips. The 16 capitals that the full standard (VN1) puts in bytes VN3
leaves free are read as well. Text typed for ``.VnTimeH`` decodes as lower case: the case is not in the file.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "ENCODINGS",
    "LEGACY_ENCODINGS",
    "UndecodableError",
    "UnencodableError",
    "decode_bytes",
    "encode_legacy",
    "normalize_encoding_name",
]

LEGACY_ENCODINGS = ("cp1258", "tcvn3", "vni")
# Every name decode_bytes returns; each can be passed back as `encoding` to get the same text.
ENCODINGS = (
    "utf-8", "utf-16", *LEGACY_ENCODINGS,
    *(f"{container}+{name}" for container in ("utf-8", "utf-16") for name in LEGACY_ENCODINGS),
)
_FORCE_ONLY = ("utf-16-le", "utf-16-be")  # BOM-less UTF-16; detection never returns these

_ALIASES = {
    "utf8": "utf-8", "utf-8-sig": "utf-8", "utf8-sig": "utf-8", "utf16": "utf-16",
    "windows-1258": "cp1258", "cp-1258": "cp1258", "win1258": "cp1258",
    "tcvn": "tcvn3", "tcvn-3": "tcvn3", "tcvn5712": "tcvn3", "vn3": "tcvn3", "abc": "tcvn3",
    "vni-windows": "vni", "vni-win": "vni",
}


class UndecodableError(ValueError):
    """The bytes are not text in any supported encoding (binary, or no reading looks like Vietnamese)."""


class UnencodableError(ValueError):
    """The text holds a character that the chosen legacy encoding cannot represent."""


# --- the tables ------------------------------------------------------------------------------------------

# Tone marks in the order every row below uses: none, huyền, sắc, hỏi, ngã, nặng.
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")

# TCVN3 (VN3): the lower-case vowels, one byte each, in _TONES order. A byte is written as the character
# cp1252 gives it ("\xb5" is the byte 0xB5); a plain ASCII letter stands for itself.
_TCVN3_VOWELS = {
    "a": "a\xb5\xb8\xb6\xb7\xb9",
    "ă": "\xa8\xbb\xbe\xbc\xbd\xc6",
    "â": "\xa9\xc7\xca\xc8\xc9\xcb",
    "e": "e\xcc\xd0\xce\xcf\xd1",
    "ê": "\xaa\xd2\xd5\xd3\xd4\xd6",
    "i": "i\xd7\xdd\xd8\xdc\xde",
    "o": "o\xdf\xe3\xe1\xe2\xe4",
    "ô": "\xab\xe5\xe8\xe6\xe7\xe9",
    "ơ": "\xac\xea\xed\xeb\xec\xee",
    "u": "u\xef\xf3\xf1\xf2\xf4",
    "ư": "\xad\xf5\xf8\xf6\xf7\xf9",
    "y": "y\xfa\xfd\xfb\xfc\xfe",
}
# The other letters VN3 has a byte for, and its five combining tone marks.
_TCVN3_OTHERS = {
    "đ": "\xae", "Ă": "\xa1", "Â": "\xa2", "Ê": "\xa3", "Ô": "\xa4", "Ơ": "\xa5", "Ư": "\xa6", "Đ": "\xa7",
    "\u0300": "\xb0", "\u0309": "\xb1", "\u0303": "\xb2", "\u0301": "\xb3", "\u0323": "\xb4",
}
# Capitals that the full standard (VN1) puts in bytes VN3 leaves free: read, never written.
_TCVN3_VN1_CAPITALS = {
    "Ằ": "\xaf", "Ẳ": "\xba", "Ẵ": "\xbf", "Ắ": "\xc0", "Ầ": "\xc1", "Ẩ": "\xc2", "Ẫ": "\xc3", "Ấ": "\xc4",
    "Ề": "\xc5", "Ể": "\xcd", "Ễ": "\xd9", "Ế": "\xda", "Ồ": "\xdb", "Ổ": "\xe0", "Ỗ": "\xf0", "Ố": "\xff",
}

# VNI-Windows: a letter is its base letter followed by up to one mark character (cp1252), in _TONES order;
# i, y-nặng, đ, ơ and ư have a character of their own. Upper case is the same strings upper-cased.
_VNI_VOWELS = {
    "a": ("a", "aø", "aù", "aû", "aõ", "aï"),
    "ă": ("aê", "aè", "aé", "aú", "aü", "aë"),
    "â": ("aâ", "aà", "aá", "aå", "aã", "aä"),
    "e": ("e", "eø", "eù", "eû", "eõ", "eï"),
    "ê": ("eâ", "eà", "eá", "eå", "eã", "eä"),
    "i": ("i", "ì", "í", "æ", "ó", "ò"),
    "o": ("o", "oø", "où", "oû", "oõ", "oï"),
    "ô": ("oâ", "oà", "oá", "oå", "oã", "oä"),
    "ơ": ("ô", "ôø", "ôù", "ôû", "ôõ", "ôï"),
    "u": ("u", "uø", "uù", "uû", "uõ", "uï"),
    "ư": ("ö", "öø", "öù", "öû", "öõ", "öï"),
    "y": ("y", "yø", "yù", "yû", "yõ", "î"),
}
_VNI_D = "ñ"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _letters() -> list[tuple[str, str, str]]:
    """(base, tone, NFC letter) for the 132 toned/untoned vowels, lower case then upper case."""
    rows = [(base, tone, _nfc(base + tone)) for base in _TCVN3_VOWELS for tone in _TONES]
    return rows + [(base.upper(), tone, letter.upper()) for base, tone, letter in rows]


def _total_table(codec: str) -> str:
    """The 256-character decoding table of a single-byte codec; undefined bytes map to the same code point.

    Files in the wild do contain the five bytes cp1252 leaves undefined; keeping them (as C1 controls)
    makes decoding total, and the control-character check decides whether the result is text.
    """
    chars = []
    for byte in range(256):
        try:
            chars.append(bytes([byte]).decode(codec))
        except UnicodeDecodeError:
            chars.append(chr(byte))
    return "".join(chars)


_CP1252 = _total_table("cp1252")
_CP1258 = _total_table("cp1258")


def _tcvn3_table() -> str:
    table = list(_CP1252)
    for base, row in _TCVN3_VOWELS.items():
        for tone, char in zip(_TONES, row, strict=True):
            if not char.isascii():
                table[ord(char)] = _nfc(base + tone)
    for letter, char in (*_TCVN3_OTHERS.items(), *_TCVN3_VN1_CAPITALS.items()):
        table[ord(char)] = letter
    return "".join(table)


def _encoding_map(table: str, preferred: str = "") -> dict[int, int]:
    """Character → byte for a decoding table; where two bytes read as one character, `preferred` wins.

    The TCVN3 table keeps cp1252's reading of the bytes VN3 leaves unassigned (0x93 is still "“"), and
    reads some as VN1 capitals; a writer must use the VN3 byte (0xB5 for "à", 0xA2 for "Â").
    """
    mapping = {ord(char): byte for byte, char in enumerate(table)}
    mapping.update({ord(table[ord(char)]): ord(char) for char in preferred})
    return mapping


_TCVN3 = _tcvn3_table()
_DECODING_TABLES = {"cp1258": _CP1258, "tcvn3": _TCVN3, "vni": _CP1252}
_TCVN3_BYTES = "".join(row for row in _TCVN3_VOWELS.values()) + "".join(_TCVN3_OTHERS.values())
_ENCODING_MAPS = {
    "cp1258": _encoding_map(_CP1258),
    "tcvn3": _encoding_map(_TCVN3, preferred="".join(ch for ch in _TCVN3_BYTES if not ch.isascii())),
    "vni": _encoding_map(_CP1252),
}


def _build_vni() -> tuple[dict[str, str], dict[str, str]]:
    encode: dict[str, str] = {"đ": _VNI_D, "Đ": _VNI_D.upper()}
    for base, row in _VNI_VOWELS.items():
        for tone, seq in zip(_TONES, row, strict=True):
            letter = _nfc(base + tone)
            encode[letter] = seq
            encode[letter.upper()] = seq.upper()
    decode = {seq: letter for letter, seq in encode.items() if not seq.isascii()}
    # Typists mixed the cases of base and mark (caps lock on the mark key); the base letter decides.
    for seq, letter in list(decode.items()):
        if len(seq) == 2:
            decode.setdefault(seq[0] + seq[1].swapcase(), letter)
    return encode, decode


_VNI_ENCODE, _VNI_DECODE = _build_vni()
_VNI_PATTERN = re.compile("|".join(re.escape(s) for s in sorted(_VNI_DECODE, key=len, reverse=True)))

# Letters that TCVN3 has no byte for: upper case with a tone → base letter + combining tone mark.
_TCVN3_SPLIT = {ord(letter): base + tone for base, tone, letter in _letters() if base.isupper() and tone}


def _cp1258_split() -> dict[int, str]:
    split: dict[int, str] = {}
    for base, tone, letter in _letters():
        try:
            letter.encode("cp1258")
        except UnicodeEncodeError:
            split[ord(letter)] = base + tone
    return split


_CP1258_SPLIT = _cp1258_split()


# --- how Vietnamese a reading looks ----------------------------------------------------------------------

_ONSETS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
           "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")
# Nucleus (with its medial o/u, if any) → the codas it takes; "-" is the open syllable.
_RIMES = {
    "a": "- c ch i m n ng nh o p t u y", "ă": "c m n ng p t", "â": "c m n ng p t u y",
    "e": "- c m n ng o p t", "ê": "- ch m n nh p t u", "i": "- ch m n nh p t u",
    "o": "- c i m n ng p t", "oo": "c ng", "ô": "- c i m n ng p t", "ơ": "- i m n p t u",
    "u": "- c i m n ng p t", "ư": "- c i m n ng t u", "y": "- ch nh t",  # "quy", "quýt", "Quỳnh"
    "ia": "-", "iê": "c m n ng p t u", "ya": "-", "yê": "m n t u",
    "ua": "-", "uô": "c i m n ng t", "ưa": "-", "ươ": "c i m n ng p t u",
    "oa": "- c ch i m n ng nh p t y", "oă": "c m n ng t", "oe": "- n o t",
    "uâ": "n ng t y", "uê": "- ch nh", "uơ": "-", "uy": "- ch nh t u", "uyê": "n t", "uya": "-",
}
_RIME_SET = frozenset(
    nucleus + ("" if coda == "-" else coda) for nucleus, codas in _RIMES.items() for coda in codas.split()
)
_SYLLABLE = re.compile(
    "(?:" + "|".join(_ONSETS) + ")(?:" + "|".join(sorted(_RIME_SET, key=len, reverse=True)) + ")"
)
# The commonest syllables of press text: a reading full of them is almost surely the right one.
_COMMON = frozenset((
    "của", "và", "các", "người", "được", "trong", "đã", "năm", "có", "cho", "là", "với", "không", "những",
    "một", "này", "đến", "tại", "về", "ngày", "cũng", "đồng", "công", "nhà", "thành", "phố", "việt", "tỉnh",
    "huyện", "xã", "đảng", "nhân", "dân", "chủ", "tịch", "bộ", "trưởng", "ủy", "ban", "để", "đó", "từ", "sẽ",
    "nhiều", "hội", "tế", "động", "văn", "quốc",
))
_TONE_MARKS = frozenset(_TONES[1:])
# Words: runs between white space, ASCII punctuation and typographic quotes/dashes.
_WORD = re.compile(r"[^\s!-/:-@\[-`{-~“”‘’„–—…•]+")


@functools.lru_cache(maxsize=1 << 16)
def _is_syllable(word: str) -> bool:
    """True when `word` (NFC, lower case) is a well-formed Vietnamese syllable with at most one tone."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = sum(1 for ch in decomposed if ch in _TONE_MARKS)
    if tones > 1:
        return False
    plain = _nfc("".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    return _SYLLABLE.fullmatch(plain) is not None


def is_syllable(word: str) -> bool:
    """Is folded ``word`` a well-formed Vietnamese syllable? "Canon", "Sawaco" are not: a foreign name."""
    return _is_syllable(word)


@dataclass(frozen=True)
class _Score:
    good: int  # non-ASCII words that are Vietnamese syllables
    bad: int  # non-ASCII words that are not
    common: int  # good words among the commonest syllables

    @property
    def valid(self) -> float:
        return self.good / (self.good + self.bad) if self.good + self.bad else 0.0

    @property
    def value(self) -> float:
        total = self.good + self.bad
        return (self.good - self.bad + self.common) / total if total else 0.0

    @property
    def plausible(self) -> bool:
        # No non-ASCII word at all (only smart quotes or dashes were non-ASCII) is plausible text too.
        return self.good + self.bad == 0 or self.valid >= 0.6


_SAMPLE_CHARS = 50_000


def _score(text: str) -> _Score:
    """Count the non-ASCII words of (a prefix of) `text` that are and are not Vietnamese syllables.

    ASCII words read the same in every candidate encoding, so they cannot tell candidates apart.
    """
    good = bad = common = 0
    for match in _WORD.finditer(text[:_SAMPLE_CHARS]):
        word = match.group(0)
        if word.isascii() or any(ch.isdigit() for ch in word) or not any(ch.isalpha() for ch in word):
            continue
        word = word.lower()
        if _is_syllable(word):
            good += 1
            common += word in _COMMON
        else:
            bad += 1
    return _Score(good, bad, common)


# --- decoding --------------------------------------------------------------------------------------------

def _decode_single(data: bytes, name: str) -> str:
    """Decode with one of the legacy encodings (no detection), NFC."""
    text, _ = codecs.charmap_decode(data, "strict", _DECODING_TABLES[name])
    if name == "vni":
        text = _VNI_PATTERN.sub(lambda m: _VNI_DECODE[m.group(0)], text)
    return _nfc(text)


def _decode_unicode(data: bytes, codec: str) -> str:
    """UTF-8 (a BOM is dropped) or UTF-16 (the BOM decides; little-endian without one), NFC."""
    if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif codec == "utf-16" and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        codec = "utf-16-le"  # what Windows writes; Python's own default would be the machine's order
    try:
        return _nfc(data.decode(codec))
    except UnicodeDecodeError as exc:
        raise UndecodableError(f"not valid {codec.upper()} (byte {exc.start}: {exc.reason})") from exc


def _as_cp1252_bytes(text: str) -> bytes | None:
    """The bytes a cp1252 reader saw to produce `text`, or None when `text` holds other characters."""
    try:
        data, _ = codecs.charmap_encode(text, "strict", _ENCODING_MAPS["vni"])
    except UnicodeEncodeError:
        return None
    return data


def _decode_forced(data: bytes, name: str) -> str:
    container, _, legacy = name.partition("+")
    if container in LEGACY_ENCODINGS:
        return _decode_single(data, container)
    text = _decode_unicode(data, container)
    if not legacy:
        return text
    inner = _as_cp1252_bytes(text)
    if inner is None:
        raise UndecodableError(f"holds characters that {legacy} text read as cp1252 never has")
    return _decode_single(inner, legacy)


def normalize_encoding_name(name: str) -> str:
    """Canonical name for a user-given encoding name ("Windows-1258" → "cp1258"); ValueError if unknown."""
    key = name.strip().lower().replace("_", "-").replace(" ", "-")
    key = _ALIASES.get(key, key)
    if key not in ENCODINGS and key not in _FORCE_ONLY:
        raise ValueError(f"unknown encoding {name!r}; expected one of: {', '.join(ENCODINGS)}")
    return key


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode article bytes to NFC text; return (text, name of the encoding used).

    `encoding` forces one of :data:`ENCODINGS` (aliases such as "windows-1258" or "abc" are accepted);
    None detects it (see the module docstring). The returned name reproduces the text when forced.
    Raises :class:`UndecodableError` for binary input or when no encoding gives plausible text, and
    ValueError for an unknown encoding name.
    """
    if encoding is not None:
        name = normalize_encoding_name(encoding)
        text = _decode_forced(data, name)
    elif data.startswith(codecs.BOM_UTF8):
        text, name = _unwrap_legacy(_decode_unicode(data, "utf-8"), "utf-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, name = _unwrap_legacy(_decode_unicode(data, "utf-16"), "utf-16")
    elif b"\x00" in data:
        raise UndecodableError("looks binary (NUL bytes) and has no UTF-16 byte-order mark")
    else:
        text, name = _detect(data)
    _check_not_binary(text, name)
    return text, name


def _detect(data: bytes) -> tuple[str, str]:
    """No byte-order mark: UTF-8 if it is valid, else the most Vietnamese-looking legacy reading."""
    try:
        text = _nfc(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    else:
        return _unwrap_legacy(text, "utf-8")
    best = _best_legacy(data)
    if not best.score.plausible:
        raise UndecodableError(
            "not UTF-8, and no Vietnamese legacy encoding gives plausible text "
            f"(best: {best.name}, {best.score.valid:.0%} of words are Vietnamese syllables)"
        )
    return best.text, best.name


def _unwrap_legacy(text: str, container: str) -> tuple[str, str]:
    """Decoded Unicode text, or the legacy text it carries when that reads as better Vietnamese.

    Legacy-font text that went through a Unicode editor or a web page is ASCII plus cp1252 characters
    ("Thñ t\xadíng"); real Vietnamese Unicode text almost always has a letter outside cp1252 ("ư", "ộ").
    """
    if text.isascii():
        return text, container
    inner = _as_cp1252_bytes(text)
    if inner is None:
        return text, container
    best = _best_legacy(inner)
    if best.score.plausible and best.score.value > _score(text).value:
        return best.text, f"{container}+{best.name}"
    return text, container


@dataclass(frozen=True)
class _Reading:
    text: str
    name: str
    score: _Score


def _best_legacy(data: bytes) -> _Reading:
    """The highest-scoring legacy reading of `data`; ties go to the earlier of LEGACY_ENCODINGS."""
    readings = (_read_as(data, name) for name in LEGACY_ENCODINGS)
    return max(readings, key=lambda reading: reading.score.value)


def _read_as(data: bytes, name: str) -> _Reading:
    text = _decode_single(data, name)
    return _Reading(text, name, _score(text))


# Control characters (Unicode category Cc) other than tab, line breaks and form feed.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _check_not_binary(text: str, name: str) -> None:
    controls = len(_CONTROLS.findall(text))
    if controls > 1 + len(text) // 100:
        raise UndecodableError(f"looks binary: {controls} control characters when read as {name}")


# --- encoding --------------------------------------------------------------------------------------------

def encode_legacy(text: str, encoding: str) -> bytes:
    """Write `text` in a legacy encoding ("cp1258", "tcvn3" or "vni"); the inverse of :func:`decode_bytes`.

    cp1258 uses its precomposed letters where it has them and base letter + combining tone elsewhere, as
    Windows does. Raises :class:`UnencodableError` for a character the encoding cannot hold, or one that
    would read back as something else (a literal "«" in TCVN3 is the letter "ô").
    """
    name = normalize_encoding_name(encoding)
    if name not in LEGACY_ENCODINGS:
        raise ValueError(f"encode_legacy writes {', '.join(LEGACY_ENCODINGS)}, not {name!r}")
    nfc = _nfc(text)
    if name == "vni":
        chars = "".join(_VNI_ENCODE.get(ch, ch) for ch in nfc)
    else:
        chars = nfc.translate(_TCVN3_SPLIT if name == "tcvn3" else _CP1258_SPLIT)
    try:
        data, _ = codecs.charmap_encode(chars, "strict", _ENCODING_MAPS[name])
    except UnicodeEncodeError as exc:
        bad = exc.object[exc.start]
        raise UnencodableError(f"{bad!r} (U+{ord(bad):04X}) cannot be written in {name}") from exc
    back = _decode_single(data, name)
    if back != nfc:
        at = next((i for i, (a, b) in enumerate(zip(nfc, back, strict=False)) if a != b), min(len(nfc), len(back)))
        context = nfc[max(0, at - 10): at + 10]
        raise UnencodableError(f"{name} cannot represent the text near {context!r} (it would read back differently)")
    return data
