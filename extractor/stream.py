"""Stage 3 helper: the Doc seen as a stream of syllables that remember their word and sentence.

Vietnamese writes one syllable per space-separated unit; underthesea's words group them ("Nội vụ"). The rule
components need both views: lexicons are matched syllable by syllable (folded), while a capitalised *word*
tells where a name ends ("Sở Nội vụ": the word "Nội vụ" is one name word though "vụ" is lower case).
The stream is computed once per Doc and cached in ``doc.user_data``.
"""

from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from .canonical import fold

_KEY = "extractor.stream"
# The dashes that join two names or fields ("Văn hóa - Xã hội", "Long Thành – Dầu Giây"), as syllable keys
DASHES = frozenset({"-", "–"})


@dataclass(slots=True, eq=False)  # not frozen: a frozen dataclass is built five times slower, and the
class Syl:                       # stream makes one per syllable; nothing changes a Syl once built
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
    """Folded syllable; syllables repeat a lot, so the fold is cached. The HTML entity of "&" that archived
    text keeps ("NN&amp;PTNT") reads as "&"."""
    if syllable.startswith("&") and syllable.endswith(";"):
        return html.unescape(syllable)
    return fold(syllable) or syllable


def _layout(doc: Doc) -> tuple[str, list[tuple[int, int, int, bool]]]:
    """The canonical text and word spans: from the tokenizer's record, or read off the Doc's tokens."""
    from .tokens import LAYOUT_KEY

    recorded = doc.user_data.get(LAYOUT_KEY)
    if recorded is not None:
        return recorded
    words = [(t.i, t.idx, t.idx + len(t.text), bool(t.is_sent_start)) for t in doc if not t.is_space]
    return doc.text, words


@lru_cache(maxsize=262144)
def _traits(syllable: str) -> tuple[str, bool, bool, bool]:
    """(folded key, capitalised, punctuation, digit) of a syllable; cached, syllables repeat a lot."""
    return _key(syllable), syllable[0].isupper(), _is_punct(syllable), syllable[0].isdigit()


def build_stream(doc: Doc) -> Stream:
    text, words = _layout(doc)
    syls: list[Syl] = []
    sent_end: list[int] = []
    word_cap: list[bool] = []
    sent = -1
    sent_start = 0
    for word_index, start, end, starts_sentence in words:
        if starts_sentence or sent < 0:
            if sent >= 0:
                sent_end.extend([len(syls)] * (len(syls) - sent_start))
            sent += 1
            sent_start = len(syls)
        written = text[start:end]
        if written and " " not in written:  # a one-syllable word, most of them: the loop below, unrolled
            key, cap, punct, digit = _traits(written)
            syls.append(Syl(written, start, end, key, word_index, True, True, sent, cap, punct, digit))
            word_cap.append(cap)
            continue
        parts = written.split(" ")
        last = len(parts) - 1
        offset = start
        added = 0
        all_cap = True
        for n, part in enumerate(parts):
            if part:
                key, cap, punct, digit = _traits(part)
                syls.append(Syl(part, offset, offset + len(part), key, word_index, n == 0, n == last, sent, cap,
                                punct, digit))
                all_cap = all_cap and cap
                added += 1
            offset += len(part) + 1
        word_cap.extend([all_cap] * added)
    sent_end.extend([len(syls)] * (len(syls) - sent_start))
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
