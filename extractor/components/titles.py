"""TITLE: position titles with their modifiers, as written ("Phó Bí thư Thường trực", "nguyên Bộ trưởng").

    TITLE := PREFIX* ROLE SUFFIX*
    PREFIX := "nguyên" | "cựu" | "Phó" | "Quyền" ...;  SUFFIX := "Thường trực" | "thứ nhất"

Titles are found wherever written; whether one is a *position* of someone is decided by the officials
builder, which links titles to the persons and bodies around them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import titles
from ..stream import Stream
from .base import Match, RuleComponent, make_match

PREFIXES = frozenset({"nguyên", "cựu", "phó", "quyền", "tân"})
SUFFIXES = (("thường", "trực"), ("thứ", "nhất"), ("kiêm", "nhiệm"))


def title_at(stream: Stream, i: int, stop: int) -> tuple[int, int] | None:
    """(start, end) syllables of a title starting at ``i``; the role must start a word or follow a prefix."""
    j = i
    while j < stop and stream.keys[j] in PREFIXES:
        j += 1
    hit = titles().longest(stream.keys, j, stop)
    # the role starts a word, or continues the word of its prefix ("Phó trưởng" segmented as one word)
    glued = (j > i or stream.keys[j - 1] == "chức") and stream.syls[j - 1].word == stream.syls[j].word
    if hit is None or not (stream.syls[j].first or glued):
        return None
    k = j + hit[0]
    if not stream.syls[k - 1].last:
        return None
    for suffix in SUFFIXES:
        if tuple(stream.keys[k:k + len(suffix)]) == suffix:
            k += len(suffix)
    return i, k


def _after_post_noun(stream: Stream, i: int) -> bool:
    """Does syllable ``i`` follow "chức" inside one word? The segmenter glues "cách chức ủy viên" into a word."""
    return i > 0 and stream.keys[i - 1] == "chức" and stream.syls[i - 1].word == stream.syls[i].word


class TitleFinder(RuleComponent):
    label = "TITLE"

    def find(self, doc: Doc) -> list[Match]:
        stream = self.stream(doc)
        found: list[Match] = []
        i = 0
        while i < len(stream.syls):
            starts = stream.syls[i].first or _after_post_noun(stream, i)
            hit = title_at(stream, i, stream.sent_end[i]) if starts else None
            if hit is None:
                i += 1
                continue
            found.append(make_match(stream, self.label, hit[0], hit[1]))
            i = hit[1]
        return found
