"""Word segmentation: which syllables of a sentence form one word ("Nội vụ", "Thường vụ").

We use underthesea's CRF word segmenter (trained on VLSP 2013), read from the installed underthesea package,
but featurize and decode it ourselves:

- **Syllables** come from our own tokenizer with character offsets, so no alignment back onto the text is
  needed. It keeps the units underthesea's regex tokenizer keeps whole (numbers with separators, dates,
  dotted abbreviations such as "TP.HCM", hyphenated words, URLs).
- **Features** are the model's own templates (``T[-1,0].lower``, ``T[0].is_in_dict``, ...). Every template
  looks only at an n-gram of syllables, so the weight an n-gram adds to each nearby position is computed
  once per distinct n-gram and cached; a sentence then costs a few dictionary lookups per syllable instead
  of some 43 feature strings. ``tests/test_segmenter.py`` checks the result against underthesea's own
  featurizer and tagger.

Nothing imports underthesea here (its ``__init__`` loads every pipeline it has); the model files are found
with ``importlib.util.find_spec``.
"""

from __future__ import annotations

import pickle
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.util import find_spec
from operator import add
from pathlib import Path

from .cache import cached, entry_path
from .crfsuite import CrfModel, ModelFormatError, read_model

_UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_AMPERSAND = r"&(?:amp|#0*38);"
# One alternative per unit, most specific first (alternation order decides).
_SYLLABLE = re.compile(
    "|".join([
        r"(?:https?|ftp)://[^\s<>\"“”]+[^\s<>\"“”.,;:!?)\]]",  # URL
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",  # e-mail
        r"\.{2,}|-{2,}|=>|->",  # runs of dots and dashes, arrows
        r"v\.v\.?",  # "và vân vân"
        rf"[{_UPPER}]+(?:\.\w+)+\.?",  # dotted abbreviations: TP.HCM, T.Ư
        rf"[{_UPPER}]+\.(?!$)",  # an abbreviation's closing dot inside a sentence: "TP. Huế"
        r"(?:Tp|ThS|Th\.S|Mr|Mrs|Ms|Dr)\.",
        r"\w+['’]\w+",  # H'Mông, N’Thôn
        r"\d{1,2}/\d{1,2}/\d+|\d{1,2}/\d{1,4}|\d{1,2}-\d{1,2}-\d+|\d{1,2}-\d{1,4}|\d{1,2}\.\d{1,2}\.\d{4}",  # dates
        r"\d+(?:[.,]\d+)+|\d+",  # numbers: 1.500.000, 4,5
        r"\w+(?:-\w+)+",  # hyphenated words
        r"\w+",
        _AMPERSAND,  # archived text keeps "&" as the HTML entity: "Bộ NN&amp;PTNT"
        r"[^\w\s]",
    ]),
    re.UNICODE,
)
_AS_AMPERSAND = re.compile(rf"^{_AMPERSAND}$")
_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(lower|isdigit|istitle|is_in_dict))?")
_MODEL_DIR = ("pipeline", "word_tokenize", "models")
# Syllables the segmenter remembers the weights of before it starts afresh: a long batch keeps bringing new numbers
# and names, and 20,000 syllables hold about 5 MB (an article uses a few hundred, nearly all common ones)
_MEMO_LIMIT = 20_000


def syllable_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Syllable (and punctuation) spans of ``text[start:end]`` as absolute offsets."""
    piece = text[start:end]
    return [(start + m.start(), start + m.end()) for m in _SYLLABLE.finditer(piece)]


@dataclass
class _Window:
    """The model's templates over one syllable window ``[a, b]`` relative to the position being tagged,
    folded into lookups that each return the weight difference B-W minus I-W (decoding two labels needs
    nothing else: adding the same amount to both labels at a position never changes the best path)."""

    a: int
    b: int
    text: dict[str, float] = field(default_factory=dict)  # T[a,b]=<syllables>
    lower: dict[str, float] = field(default_factory=dict)  # T[a,b].lower=<syllables>
    digit: list[float] = field(default_factory=lambda: [0.0, 0.0])  # T[a,b].isdigit=False/True
    flags: list[list[float]] = field(default_factory=lambda: [[0.0, 0.0], [0.0, 0.0]])  # [istitle][is_in_dict]
    bos: float = 0.0  # the window starts before the sentence
    eos: float = 0.0  # the window ends after it
    uses_digit: bool = False


def _windows(model: CrfModel, templates: Iterable[str]) -> list[_Window]:
    by_template: dict[str, dict[str, float]] = {}
    for attribute, (begin, inside) in model.state.items():
        name, _, value = attribute.partition("=")
        by_template.setdefault(name, {})[value] = begin - inside
    windows: dict[tuple[int, int], _Window] = {}
    for name in templates:
        parsed = _TEMPLATE.fullmatch(name)
        if not parsed:
            raise ModelFormatError(f"feature template {name!r} is not supported")
        a = int(parsed.group(1))
        b = int(parsed.group(2)) if parsed.group(2) is not None else a
        window = windows.setdefault((a, b), _Window(a, b))
        values = by_template.get(name, {})
        window.bos += values.get("BOS", 0.0)
        window.eos += values.get("EOS", 0.0)
        function = parsed.group(3)
        if function is None:
            window.text = values
        elif function == "lower":
            window.lower = values
        elif function == "isdigit":
            window.uses_digit = True
            window.digit = [values.get("False", 0.0), values.get("True", 0.0)]
        else:
            for title in (0, 1):
                for known in (0, 1):
                    flag = title if function == "istitle" else known
                    window.flags[title][known] += values.get(str(bool(flag)), 0.0)
    return list(windows.values())


class WordSegmenter:
    """Tags each syllable B-W (begins a word) or I-W (continues one) with a CRFsuite model."""

    def __init__(self, model: CrfModel, templates: Iterable[str], dictionary: frozenset[str]) -> None:
        if tuple(model.labels) != ("B-W", "I-W"):
            raise ModelFormatError(f"unexpected labels {model.labels}")
        (bb, bi), (ib, ii) = model.transitions
        self._transitions = (bb, bi, ib, ii)
        self._dictionary = dictionary
        self._by_length: dict[int, list[_Window]] = {}
        for window in _windows(model, templates):
            self._by_length.setdefault(window.b - window.a + 1, []).append(window)
        self._syllable_rows: dict[str, tuple[float, ...]] = {}  # see _syllable_row

    def is_word(self, phrase: str) -> bool:
        """Is ``phrase`` (folded, syllables joined by spaces) a word of the model's dictionary ("văn hoá")?"""
        return phrase in self._dictionary

    def tags(self, syllables: list[str]) -> list[bool]:
        """For each syllable, whether it begins a word."""
        n = len(syllables)
        if n == 0:
            return []
        lowered = [s.lower() for s in syllables]
        # The model's ``istitle`` of an n-gram: none of its syllables begins with a lower-case letter.
        capital = [not s[:1].islower() for s in syllables]
        score = [0.0] * n  # weight of B-W minus weight of I-W at each position
        dictionary = self._dictionary
        for length, windows in self._by_length.items():
            columns: Sequence[Sequence[float]]  # per window: what it adds where it reads each n-gram
            if length == 1:
                columns = self._syllable_columns(syllables)
            else:
                count = n - length + 1
                texts = [" ".join(syllables[p:p + length]) for p in range(count)]
                lows = [" ".join(lowered[p:p + length]) for p in range(count)]
                titles = [all(capital[p:p + length]) for p in range(count)]
                known = [low in dictionary for low in lows]
                columns = [self._window_values(w, texts, lows, titles, known) for w in windows]
            for w, values in zip(windows, columns, strict=True):
                a = w.a
                first, stop = max(0, -a), min(n, len(values) - a)  # positions whose window lies inside
                if stop > first:  # score[i] += values[i + a] over those positions, in one pass
                    score[first:stop] = map(add, score[first:stop], values[first + a:stop + a])
                for i in range(0, min(first, n)):
                    score[i] += w.bos
                for i in range(max(stop, first), n):
                    score[i] += w.eos
        return self._decode(score)

    @staticmethod
    def _window_values(w: _Window, texts: list[str], lows: list[str], titles: list[bool],
                       known: list[bool]) -> list[float]:
        """What window ``w`` adds where it reads each n-gram (its text, lower-cased text, title and dictionary
        flags)."""
        text_get, lower_get, flags = w.text.get, w.lower.get, w.flags
        values = [text_get(t, 0.0) + lower_get(lo, 0.0) + flags[ti][k]
                  for t, lo, ti, k in zip(texts, lows, titles, known, strict=True)]
        if w.uses_digit:
            digit = w.digit
            values = [v + digit[t.isdigit()] for v, t in zip(values, texts, strict=True)]
        return values

    def _syllable_columns(self, syllables: list[str]) -> list[tuple[float, ...]]:
        """For each one-syllable window, what it adds where it reads each syllable: the sentence's rows of
        ``_syllable_row`` turned into one column per window."""
        memo = self._syllable_rows
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
        rows = [memo.get(s) or self._syllable_row(s) for s in syllables]
        return list(zip(*rows, strict=True))

    def _syllable_row(self, syllable: str) -> tuple[float, ...]:
        """What each one-syllable window adds where it reads ``syllable``, remembered: a few thousand syllables
        make up nearly all text, so each is weighed once instead of once per window at every occurrence (this cuts
        the tagger's time by a fifth). Same terms in the same order as ``_window_values``, so the same floats and
        the same tags."""
        lower = syllable.lower()
        title, known, digit = not syllable[:1].islower(), lower in self._dictionary, syllable.isdigit()
        row = []
        for w in self._by_length[1]:
            value = w.text.get(syllable, 0.0) + w.lower.get(lower, 0.0) + w.flags[title][known]
            row.append(value + w.digit[digit] if w.uses_digit else value)
        self._syllable_rows[syllable] = weights = tuple(row)
        return weights

    def _decode(self, score: list[float]) -> list[bool]:
        """Viterbi over the two labels (B-W = True) given per-position score differences."""
        bb, bi, ib, ii = self._transitions
        best_b, best_i = score[0], 0.0
        back: list[tuple[bool, bool]] = []  # (B-W came from B-W, I-W came from B-W)
        for d in score[1:]:
            from_b, from_i = best_b + bb, best_i + ib
            to_i_from_b, to_i_from_i = best_b + bi, best_i + ii
            b_from_b = from_b >= from_i
            i_from_b = to_i_from_b >= to_i_from_i
            back.append((b_from_b, i_from_b))
            best_b = (from_b if b_from_b else from_i) + d
            best_i = to_i_from_b if i_from_b else to_i_from_i
        label = best_b >= best_i
        path = [label]
        for b_from_b, i_from_b in reversed(back):
            label = b_from_b if label else i_from_b
            path.append(label)
        path.reverse()
        return path

    def word_spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Word spans of the sentence ``text[start:end]``: runs of syllables the model joins."""
        syllables = syllable_spans(text, start, end)
        if not syllables:
            return []
        texts = [text[s:e] for s, e in syllables]
        begins = self.tags([_AS_AMPERSAND.sub("&", t) for t in texts])
        words: list[tuple[int, int]] = []
        for n, ((s, e), first) in enumerate(zip(syllables, begins, strict=True)):
            # The model sometimes glues a title to the name after it ("Bí thư Thăng"); a Vietnamese word never
            # runs from a lower-case syllable into a capitalised one, so a capital there starts a new word. Nor
            # does a number run into a name ("tháng 9-2006 TP.HCM").
            glued = n > 0 and texts[n][:1].isupper() and (texts[n - 1][:1].islower() or texts[n - 1][:1].isdigit())
            if first or glued or not words:
                words.append((s, e))
            else:
                words[-1] = (words[-1][0], e)
        return self._unglue_names(text, words)

    def _unglue_names(self, text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Split a word that runs from a capitalised syllable into a lower-case dictionary word of two or more
        syllables: the model glues a name to the verb after it ("Thăng yêu cầu"). Real words of that shape have
        a one-syllable tail ("Nội vụ", "Bí thư")."""
        out: list[tuple[int, int]] = []
        for start, end in words:
            parts = text[start:end].split(" ")
            if len(parts) >= 3 and parts[0][:1].isupper():
                cut = next((k for k, p in enumerate(parts) if p[:1].islower()), len(parts))
                tail = parts[cut:]
                if len(tail) >= 2 and all(p[:1].islower() for p in tail) and " ".join(tail).lower() in self._dictionary:
                    split = start + len(" ".join(parts[:cut]))
                    out.extend([(start, split), (split + 1, end)])
                    continue
            out.append((start, end))
        return out


def _model_dir() -> Path:
    """The directory of underthesea's word segmentation model, found without importing underthesea."""
    spec = find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise ModelFormatError("underthesea is not installed")
    root = Path(next(iter(spec.submodule_search_locations))).joinpath(*_MODEL_DIR)
    candidates = sorted(p.parent for p in root.glob("*/models.bin"))
    if not candidates:
        raise ModelFormatError(f"no word segmentation model under {root}")
    return candidates[-1]


_MODEL_FILES = ("models.bin", "features.bin", "dictionary.bin")
_CACHE_FORMAT = 2  # bump when WordSegmenter's pickled state changes


def _build(directory: Path) -> WordSegmenter:
    with open(directory / "features.bin", "rb") as f:
        templates = pickle.load(f)  # noqa: S301 - a file of the installed underthesea package
    with open(directory / "dictionary.bin", "rb") as f:
        dictionary = frozenset(pickle.load(f))  # noqa: S301
    return WordSegmenter(read_model(directory / "models.bin"), templates, dictionary)


@lru_cache(maxsize=1)
def load_segmenter() -> WordSegmenter:
    """The word segmenter, loaded once per process.

    Parsing the CRFsuite file and folding its templates takes about 0.3 s, a tenth of a cold start, so the
    folded tables are kept in the user cache (:mod:`extractor.cache`) while the model files stay the same.
    """
    directory = _model_dir()
    path = entry_path("segmenter", _CACHE_FORMAT, [directory / name for name in _MODEL_FILES])
    return cached(path, WordSegmenter, lambda: _build(directory))
