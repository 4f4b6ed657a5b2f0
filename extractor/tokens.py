"""Stage 2: canonical text → sentences and words → a spaCy ``Doc``.

Sentences come from line breaks (press paragraphs) refined by underthesea's sentence splitter; words come
from underthesea's CRF word segmenter (``word_tokenize``), which joins syllables into words ("Nội vụ",
"Thường vụ"). The rule components rely on those word boundaries to know where a capitalised name ends.

The Doc is built from (word, trailing-space) pairs aligned back onto the canonical text, so
``doc.text == text`` holds exactly and every token's ``idx`` is a true character offset. Where underthesea
returns a token we cannot find verbatim in the text, the sentence falls back to a plain syllable split
rather than moving offsets.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc
from spacy.vocab import Vocab

from .canonical import old_tone_view

_LINE = re.compile(r"[^\n]+")
# Where make_doc leaves the canonical text and its word spans, so later stages need not iterate spaCy tokens
LAYOUT_KEY = "extractor.layout"
_SYLLABLE = re.compile(r"\w+(?:[.,]\w+)*|[^\w\s]", re.UNICODE)

Segmenter = Callable[[str], list[str]]


@lru_cache(maxsize=1)
def _underthesea() -> tuple[Callable[[str], list[str]], Callable[..., list[str]]]:
    from underthesea import sent_tokenize, word_tokenize

    return sent_tokenize, word_tokenize


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of sentences: each line split further by underthesea's sentence splitter."""
    sent_tokenize, _ = _underthesea()
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        if not line.group().strip():
            continue
        pos = line.start()
        for sentence in sent_tokenize(line.group()):
            sentence = sentence.strip()
            if not sentence:
                continue
            found = text.find(sentence, pos, line.end())
            if found < 0:  # the splitter changed the text: keep the rest of the line whole
                rest = text[pos:line.end()]
                stripped = rest.strip()
                if stripped:
                    begin = pos + rest.index(stripped)
                    spans.append((begin, begin + len(stripped)))
                pos = line.end()
                break
            spans.append((found, found + len(sentence)))
            pos = found + len(sentence)
    return spans


# underthesea's CRF is fed one sentence at a time; a "sentence" of a megabyte (a file with no punctuation or
# line breaks) is cut at spaces into pieces of about this many characters so memory and time stay bounded.
MAX_SENTENCE_CHARS = 2000


def _bounded(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
            cut = cut if cut > start else start + MAX_SENTENCE_CHARS
            out.append((start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            out.append((start, end))
    return out


def _align(text: str, start: int, end: int, words: list[str]) -> list[tuple[int, int]] | None:
    """Find each word (its syllables separated by single spaces) in text[start:end], in order."""
    out: list[tuple[int, int]] = []
    pos = start
    for word in words:
        parts = word.split(" ")
        first = text.find(parts[0], pos, end)
        if first < 0 or text[pos:first].strip():
            return None
        cursor = first + len(parts[0])
        for part in parts[1:]:
            nxt = text.find(part, cursor, end)
            if nxt < 0 or text[cursor:nxt].strip():
                return None
            cursor = nxt + len(part)
        out.append((first, cursor))
        pos = cursor
    return out


def word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Word spans of one sentence from underthesea, or syllable spans when alignment fails."""
    _, word_tokenize = _underthesea()
    sentence = text[start:end]
    try:
        words = word_tokenize(sentence, use_token_normalize=False)
    except Exception:  # the segmenter is a black box: never let it lose an article
        words = None
    spans = _align(text, start, end, words) if words else None
    if spans is None:
        spans = [(start + m.start(), start + m.end()) for m in _SYLLABLE.finditer(sentence)]
    return spans


def make_doc(text: str, vocab: Vocab) -> Doc:
    """Build a Doc whose text is exactly ``text``, with sentence starts set.

    Segmentation runs on the old-tone view of the text (same length, see :func:`old_tone_view`), so every
    offset found there is an offset into ``text``.
    """
    view = old_tone_view(text)
    words: list[str] = []
    spaces: list[bool] = []
    sent_starts: list[bool | int | None] = []
    layout: list[tuple[int, int, int, bool]] = []  # (token index, start, end, starts a sentence) of each word
    pos = 0
    for s_start, s_end in _bounded(sentence_spans(view), view):
        for i, (w_start, w_end) in enumerate(word_spans(view, s_start, s_end)):
            if w_start > pos:  # whitespace (or stray text) between tokens
                gap = text[pos:w_start]
                if words and gap == " ":
                    spaces[-1] = True
                else:
                    words.append(gap)
                    spaces.append(False)
                    sent_starts.append(False)
            layout.append((len(words), w_start, w_end, i == 0))
            words.append(text[w_start:w_end])
            spaces.append(False)
            sent_starts.append(i == 0)
            pos = w_end
    if pos < len(text):
        words.append(text[pos:])
        spaces.append(False)
        sent_starts.append(False)
    if not words:
        return Doc(vocab, words=[], spaces=[])
    # The words are slices of ``text`` in order, so the Doc's text is ``text`` by construction; checking the
    # length is enough (comparing ``doc.text`` would rebuild the whole string).
    assert sum(map(len, words)) + sum(spaces) == len(text), "tokenizer must preserve the canonical text"
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=sent_starts)
    doc.user_data[LAYOUT_KEY] = (text, layout)
    return doc


class UndertheseaTokenizer:
    """spaCy tokenizer that segments with underthesea and keeps exact offsets."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return make_doc(text, self.vocab)
