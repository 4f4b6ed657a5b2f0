"""Stage 2: canonical text → sentences and words → a spaCy ``Doc``.

Sentences come from :mod:`extractor.sentences` (line breaks, then end punctuation); words from
:mod:`extractor.segmenter`, underthesea's CRF word segmenter run by our own featurizer, which joins
syllables into words ("Nội vụ", "Thường vụ"). The rule components rely on those word boundaries to know
where a capitalised name ends.

Both stages return character offsets, so the Doc is built from slices of the text: ``doc.text == text``
holds exactly and every token's ``idx`` is a true character offset.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from .canonical import old_tone_view
from .segmenter import load_segmenter
from .sentences import sentence_spans

# Where make_doc leaves the canonical text and its word spans, so later stages need not iterate spaCy tokens
LAYOUT_KEY = "extractor.layout"

# A "sentence" of a megabyte (a file with no punctuation or line breaks) is cut at spaces into pieces of
# about this many characters, so the segmenter's memory and time stay bounded.
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


def make_doc(text: str, vocab: Vocab) -> Doc:
    """Build a Doc whose text is exactly ``text``, with sentence starts set.

    Segmentation runs on the old-tone view of the text (same length, see :func:`old_tone_view`), so every
    offset found there is an offset into ``text``.
    """
    view = old_tone_view(text)
    segmenter = load_segmenter()
    words: list[str] = []
    spaces: list[bool] = []
    sent_starts: list[bool | int | None] = []
    layout: list[tuple[int, int, int, bool]] = []  # (token index, start, end, starts a sentence) of each word
    pos = 0
    for s_start, s_end in _bounded(sentence_spans(view), view):
        for i, (w_start, w_end) in enumerate(segmenter.word_spans(view, s_start, s_end)):
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


class VietnameseTokenizer:
    """spaCy tokenizer: sentences and CRF-segmented words with exact offsets."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return make_doc(text, self.vocab)
