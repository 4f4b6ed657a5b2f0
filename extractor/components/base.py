"""What every span-finding component shares: the match record and where matches are stored on a Doc."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from ..stream import Stream, stream_of

_MATCHES = "extractor.matches"
_NAME_LABELS = frozenset({"ORG", "LOC", "PER"})
_CLOSERS = {")": "(", "]": "["}


@dataclass
class Match:
    """A found span: ``label`` says what it is; ``data`` holds what the records need (values, parts)."""

    label: str
    start: int  # character offsets into the canonical text
    end: int
    text: str
    i: int = -1  # first syllable index in the stream
    j: int = -1  # one past the last syllable
    sent: int = -1
    data: dict[str, Any] = field(default_factory=dict)


def matches(doc: Doc, label: str) -> list[Match]:
    """Matches a component stored on the Doc under ``label`` (empty if it has not run)."""
    return list(doc.user_data.get(_MATCHES, {}).get(label, []))


def store(doc: Doc, label: str, found: list[Match], *, span_key: str | None = None) -> None:
    """Keep structured matches on the Doc and mirror them as a spaCy SpanGroup."""
    doc.user_data.setdefault(_MATCHES, {})[label] = found
    spans: list[Span] = []
    for m in found:
        span = doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[span_key or label.lower()] = spans


def make_match(stream: Stream, label: str, i: int, j: int, **data: Any) -> Match:
    """A match covering syllables ``i .. j-1`` of the stream."""
    s, e = stream.syls[i].start, stream.syls[j - 1].end
    if label in _NAME_LABELS and e - s > 1 and stream.text[e - 1] == ".":
        e -= 1  # "Thành ủy TP.HCM." at a sentence end: the segmenter keeps the full stop on the last word
    if label in _NAME_LABELS and e - s > 1 and stream.text[e - 1] in _CLOSERS \
            and _CLOSERS[stream.text[e - 1]] not in stream.text[s:e]:
        e -= 1  # "[... giữa Việt Nam và Bangladesh]": a bracket the name does not open is not part of it
    return Match(label=label, start=s, end=e, text=stream.text[s:e], i=i, j=j, sent=stream.syls[i].sent, data=data)


def occupied(found: list[Match], length: int) -> list[bool]:
    """Syllable mask of the spans already taken by ``found``."""
    mask = [False] * length
    for m in found:
        for k in range(m.i, m.j):
            mask[k] = True
    return mask


class RuleComponent:
    """Base for the rule components: ``__call__`` = ``set_annotations(doc, find(doc))``."""

    label = ""

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[Match]:  # pragma: no cover - abstract
        raise NotImplementedError

    def set_annotations(self, doc: Doc, found: list[Match]) -> None:
        store(doc, self.label, found)

    @staticmethod
    def stream(doc: Doc) -> Stream:
        return stream_of(doc)
