"""Stage 1: bytes → canonical text, and the string folding used to compare names.

Every offset the extractor reports indexes the *canonical text*: the decoded article after Unicode NFC
normalisation and nothing else. Spaces, blank lines and punctuation stay where they were, so a user can
slice the text they hold with our offsets. Anything that would move characters (tone re-placement,
whitespace collapsing) is done only in :func:`fold`, which builds comparison keys, never output.
"""

from __future__ import annotations

import re
import unicodedata

# Old-style tone placement ("hoà", "uỷ") → new style ("hòa", "ủy"). Keys are NFC, lower case.
_OLD_TO_NEW_TONES = {
    "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
    "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
    "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
}
# We fold towards the *old* placement on the vowel pair, whichever way the text wrote it; the only
# requirement is that both spellings map to one key.
_TONE_FOLD = re.compile("(?:" + "|".join(_OLD_TO_NEW_TONES) + r")(?!\w)")
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
# The same pairs in any case, for the case-preserving view below.
_TONE_PAIR = re.compile(
    r"(?<![qQ])([oO][\u0300\u0301\u0303\u0309\u0323][aAeE]|[uU][\u0300\u0301\u0303\u0309\u0323][yY])(?!\w)"
)
_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = " \t\n\r\"'“”‘’.,;:!?()[]{}-–—…«»"


def canonicalize(text: str) -> str:
    """Return the canonical text: NFC, nothing else changed (offsets are stable)."""
    return unicodedata.normalize("NFC", text)


def fold(text: str | None) -> str:
    """Comparison key: NFC, lower case, one tone placement, single spaces, no edge punctuation."""
    if not text:
        return ""
    # "Ð" (Icelandic eth) stands for "Đ" in some archives ("Ðảng"): compare them as one letter
    key = unicodedata.normalize("NFC", text).replace("Ð", "Đ").replace("ð", "đ").lower()
    key = _TONE_FOLD.sub(lambda m: _OLD_TO_NEW_TONES[m.group(0)], key)
    key = _SPACES.sub(" ", key)
    return key.strip(_EDGE_PUNCT)


def old_tone_view(text: str) -> str:
    """The text with old-style tone placement ("ủy" → "uỷ", "hòa" → "hoà"), same length, case kept.

    underthesea's word segmenter was trained on old-style spelling: it splits "Đảng ủy" but joins
    "Đảng uỷ". Segmenting this view and mapping offsets 1:1 back gives better words for free.
    """
    decomposed = unicodedata.normalize("NFD", text)
    if not _TONE_PAIR.search(decomposed):
        return text

    def move(m: re.Match[str]) -> str:
        first, mark, second = m.group(1)[0], m.group(1)[1], m.group(1)[2]
        return first + second + mark

    view = unicodedata.normalize("NFC", _TONE_PAIR.sub(move, decomposed))
    return view if len(view) == len(text) else text


class _WithoutMarks(dict[int, int | None]):
    """A ``str.translate`` table that drops combining marks (category Mn), filled in per code point as
    met: looking each character's category up in Python was half the time of writing an article to the
    store."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.category(chr(code)) == "Mn" else code
        self[code] = value
        return value


_WITHOUT_MARKS = _WithoutMarks()


def strip_diacritics(text: str) -> str:
    """ASCII-ish key for diacritic-insensitive search ("Trần Thế Vương" → "tran the vuong")."""
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return decomposed.translate(_WITHOUT_MARKS).lower()
