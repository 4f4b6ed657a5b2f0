"""Stage 3 helper: the Doc seen as a stream of syllables that remember their word and sentence.

Vietnamese writes one syllable per space-separated unit; underthesea's words group them ("Nội vụ"). The rule
components need both views: lexicons are matched syllable by syllable (folded), while a capitalised *word*
tells where a name ends ("Sở Nội vụ": the word "Nội vụ" is one name word though "vụ" is lower case).
The stream is computed once per Doc and cached in ``doc.user_data``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from .canonical import fold

_KEY = "extractor.stream"


@dataclass(frozen=True, slots=True)
class Syl:
    text: str
    start: int
    end: int
    key: str  # folded text
    word: int  # index of the word (spaCy token) it belongs to
    first: bool  # first syllable of its word
    last: bool  # last syllable of its word
    sent: int  # sentence index
    cap: bool  # starts with an upper-case letter
    punct: bool
    digit: bool


@dataclass
class Stream:
    text: str  # the canonical text (``doc.text`` is rebuilt on every access in spaCy: read it once)
    syls: list[Syl]
    keys: list[str]
    sent_end: list[int]  # for each syllable, index one past the last syllable of its sentence
    word_cap: list[bool]  # per syllable: every syllable of its word is capitalised

    def sentence_bounds(self) -> list[tuple[int, int]]:
        bounds: list[tuple[int, int]] = []
        i = 0
        while i < len(self.syls):
            bounds.append((i, self.sent_end[i]))
            i = self.sent_end[i]
        return bounds


@lru_cache(maxsize=65536)
def _is_punct(text: str) -> bool:
    return all(unicodedata.category(ch).startswith(("P", "S")) for ch in text)


@lru_cache(maxsize=262144)
def _key(syllable: str) -> str:
    """Folded syllable; syllables repeat a lot, so the fold is cached."""
    return fold(syllable) or syllable


def _layout(doc: Doc) -> tuple[str, list[tuple[int, int, int, bool]]]:
    """The canonical text and word spans: from the tokenizer's record, or read off the Doc's tokens."""
    from .tokens import LAYOUT_KEY

    recorded = doc.user_data.get(LAYOUT_KEY)
    if recorded is not None:
        return recorded
    words = [(t.i, t.idx, t.idx + len(t.text), bool(t.is_sent_start)) for t in doc if not t.is_space]
    return doc.text, words


def build_stream(doc: Doc) -> Stream:
    text, words = _layout(doc)
    syls: list[Syl] = []
    sent = -1
    for word_index, start, end, sent_start in words:
        if sent_start or sent < 0:
            sent += 1
        parts = text[start:end].split(" ")
        offset = start
        for n, part in enumerate(parts):
            if part:
                syls.append(Syl(
                    text=part, start=offset, end=offset + len(part), key=_key(part),
                    word=word_index, first=n == 0, last=n == len(parts) - 1, sent=sent,
                    cap=part[0].isupper(), punct=_is_punct(part), digit=part[0].isdigit(),
                ))
            offset += len(part) + 1
    sent_end = [0] * len(syls)
    i = 0
    while i < len(syls):
        j = i
        while j < len(syls) and syls[j].sent == syls[i].sent:
            j += 1
        for k in range(i, j):
            sent_end[k] = j
        i = j
    word_cap: list[bool] = []
    i = 0
    while i < len(syls):
        j = i
        while j < len(syls) and syls[j].word == syls[i].word:
            j += 1
        all_cap = all(s.cap for s in syls[i:j])
        word_cap.extend([all_cap] * (j - i))
        i = j
    return Stream(text, syls, [s.key for s in syls], sent_end, word_cap)


def stream_of(doc: Doc) -> Stream:
    """The cached syllable stream of a Doc."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = build_stream(doc)
        doc.user_data[_KEY] = cached
    return cached


def word_end(stream: Stream, i: int) -> int:
    """Index one past the last syllable of the word that syllable ``i`` belongs to."""
    j = i
    while j < len(stream.syls) and stream.syls[j].word == stream.syls[i].word:
        j += 1
    return j
