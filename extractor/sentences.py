"""Sentence boundaries as character spans.

Press text puts one paragraph per line, so every line break ends a sentence. Inside a line a sentence ends
at ``.``, ``?``, ``!`` or an ellipsis, together with any closing quotes or brackets after it, when
whitespace and then a character that can open a sentence (not a lower-case letter) follow, or the line
ends. A full stop after a known abbreviation ("TP.", "ThS.", "PGS.") or a single initial does not end one.
A body that opens with a capitalised time ("Sáng 13-7, ...") after a headline run into it starts a sentence.

Spans are computed on the text itself, never on a copy, so they are true offsets; splitting needs no model.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import data_lines

_LINE = re.compile(r"[^\n]+")
# A run of end punctuation with the closing quotes and brackets that belong to the sentence it ends.
_END = re.compile(r"(?:[.?!]+|…)[\"”’')\]»]*(?=\s|$)")
_WORD_BEFORE = re.compile(r"[\w.]+$")
# A headline or photo caption run into the body without punctuation: the body opens with a capitalised time
# ("... chúc mừng 2 tân Phó Chủ tịch Sáng 13-7, HĐND ..."), which never stands capitalised mid-sentence.
_RUN_IN = re.compile(
    r"(?<=[\w)\"”]) (?=(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm)(?: nay| qua)? \d{1,2}[-/.]\d{1,2}(?!\d))"
)


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Lower-cased words that take a full stop without ending a sentence."""
    return frozenset(line.lower() for line in data_lines("sentence_abbreviations.txt"))


def _ends_sentence(line: str, match: re.Match[str]) -> bool:
    after = line[match.end():].lstrip()
    if after and after[0].islower():
        return False
    if match.group().startswith(".") and not match.group().startswith(".."):
        # only the last few characters can hold an abbreviation; searching the whole line would be quadratic
        word = _WORD_BEFORE.search(line[max(0, match.start() - 12):match.start()])
        if word:
            token = word.group().lower()
            if len(token) == 1 and token.isalpha() or token in _abbreviations():
                return False
    return True


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence, stripped of surrounding whitespace, in text order."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        body = line.group()
        cuts = sorted([m.end() for m in _END.finditer(body) if _ends_sentence(body, m)]
                      + [m.start() for m in _RUN_IN.finditer(body)])
        start = 0
        for cut in cuts:
            _append(spans, body, line.start(), start, cut)
            start = cut
        _append(spans, body, line.start(), start, len(body))
    return spans


def _append(spans: list[tuple[int, int]], body: str, base: int, start: int, end: int) -> None:
    piece = body[start:end]
    stripped = piece.strip()
    if stripped:
        begin = start + piece.index(stripped)
        spans.append((base + begin, base + begin + len(stripped)))
