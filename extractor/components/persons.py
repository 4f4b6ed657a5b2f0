"""PER: person names. Vietnamese names are runs of capitalised words; a run is a name when it follows an
honorific ("ông", "bà", "đồng chí") or a title, or when it starts with a common surname and is not a
known place. Spans already taken by organisations and places are left alone."""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import gazetteer, honorifics, org_heads, surnames
from ..stream import Stream, word_end
from .base import Match, RuleComponent, make_match, matches, occupied
from .titles import title_at

MAX_NAME = 5


def cap_run(stream: Stream, i: int, stop: int, taken: list[bool]) -> int:
    """End of the run of fully capitalised words starting at ``i`` (at most MAX_NAME syllables)."""
    j = i
    while j < stop and stream.syls[j].cap and (stream.word_cap[j] or j == i) and not stream.syls[j].punct \
            and not stream.syls[j].digit and not taken[j]:
        nxt = word_end(stream, j)
        if nxt - i > MAX_NAME:
            break
        if j > i and (org_heads().longest(stream.keys, j, stop) or title_at(stream, j, stop)):
            break
        j = nxt
    return j


class PersonFinder(RuleComponent):
    label = "PER"

    def find(self, doc: Doc) -> list[Match]:
        stream = self.stream(doc)
        # titles are not names either ("ĐB Nguyễn Ngọc Phương": the name starts after "ĐB")
        taken = occupied(matches(doc, "ORG") + matches(doc, "LOC") + matches(doc, "TITLE"), len(stream.syls))
        title_end = {m.j for m in matches(doc, "TITLE")}
        title_end |= {m.j for m in matches(doc, "ORG") + matches(doc, "LOC") if m.i in title_end}
        found: list[Match] = []
        i = 0
        n = len(stream.syls)
        honor = honorifics()
        names = surnames()
        while i < n:
            stop = stream.sent_end[i]
            syl = stream.syls[i]
            # a name starts a word, or follows an honorific the segmenter glued to it ("Anh Tuấn")
            glued = i > 0 and not syl.first and stream.keys[i - 1] in honor and stream.syls[i - 1].word == syl.word
            if taken[i] or not syl.cap or not (syl.first or glued) or syl.key in honor \
                    or not (stream.word_cap[i] or glued):
                i += 1
                continue
            j = cap_run(stream, i, stop, taken)
            if j == i:
                i += 1
                continue
            prev = stream.keys[i - 1] if i > 0 and stream.syls[i - 1].sent == syl.sent else ""
            prev2 = " ".join(stream.keys[i - 2:i]) if i > 1 else ""
            after_honorific = prev in honor or prev2 in honor
            after_title = i in title_end
            is_name = False
            if after_honorific or after_title:
                is_name = not (org_heads().longest(stream.keys, i, stop) or title_at(stream, i, stop))
            elif syl.key in names and j - i >= 2:
                is_name = True
            if is_name and all(s.text.isupper() and len(s.text) > 1 for s in stream.syls[i:j]) and not after_honorific:
                is_name = False  # "VHTTDL", "UBND": acronyms, not names
            if is_name:
                place = gazetteer().major.longest(stream.keys, i, stop)
                if place and place[0] >= j - i and not after_honorific:
                    is_name = False
            if is_name:
                found.append(make_match(stream, self.label, i, j, doc.text))
            i = j
        return found
