"""Score predictions against gold by the matching rules of SPEC.md ("How a record matches gold").

Strings compare after :func:`fold` (NFC, lower case, one tone placement, single spaces, no edge
punctuation). Records are matched one-to-one, greedily, per article; precision, recall and F1 are
micro-averaged over all articles, per record type, and over all record types together ("all").
Officials are scored per (person, position) pair, so a person with two positions counts twice; a person
the article gives no position is not an official. Entities are scored by exact (label, start, end).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .canonical import fold
from .error_causes import error_cause
from .sentences import sentence_spans

Record = dict[str, Any]
ENTITY_LABELS = ("PER", "ORG", "LOC")
SCORED_TYPES = ("organizations", "officials", "counts", "periods", "awards", "abbreviations", "documents")


def _contains(a: str | None, b: str | None) -> bool:
    fa, fb = fold(a), fold(b)
    if not fa and not fb:
        return a is None and b is None or (fa == fb)
    return bool(fa) and bool(fb) and (fa in fb or fb in fa)


def _org_match(g: Record, p: Record) -> bool:
    return fold(g.get("name")) == fold(p.get("name"))


def _position_match(g: Record, p: Record) -> bool:
    if fold(g.get("name")) != fold(p.get("name")) or fold(g.get("title")) != fold(p.get("title")):
        return False
    go, po = g.get("organization"), p.get("organization")
    if go is None or po is None:
        return go is None and po is None
    return _contains(go, po)


def _count_match(g: Record, p: Record) -> bool:
    try:
        same_value = abs(float(g["value"]) - float(p["value"])) < 1e-6
    except (TypeError, ValueError, KeyError):
        return False
    return same_value and bool(g.get("percent")) == bool(p.get("percent")) and _contains(g.get("unit"), p.get("unit")) \
        and bool(fold(g.get("unit")))


def _period_match(g: Record, p: Record) -> bool:
    return (g.get("start_year"), g.get("end_year")) == (p.get("start_year"), p.get("end_year"))


def _award_match(g: Record, p: Record) -> bool:
    if fold(g.get("award")) != fold(p.get("award")):
        return False
    if fold(g.get("grantor")) != fold(p.get("grantor")):
        return False
    gr = {fold(r) for r in g.get("recipients") or []}
    pr = {fold(r) for r in p.get("recipients") or []}
    return bool(gr & pr) or (not gr and not pr)


def _abbreviation_match(g: Record, p: Record) -> bool:
    return fold(g.get("short")) == fold(p.get("short")) and fold(g.get("long")) == fold(p.get("long"))


def _document_match(g: Record, p: Record) -> bool:
    if fold(g.get("kind")) != fold(p.get("kind")):
        return False
    if g.get("number") or p.get("number"):
        return fold(g.get("number")) == fold(p.get("number"))
    return _contains(g.get("name"), p.get("name"))


def _entity_match(g: Record, p: Record) -> bool:
    return (g.get("label"), g.get("start"), g.get("end")) == (p.get("label"), p.get("start"), p.get("end"))


MATCHERS: dict[str, Callable[[Record, Record], bool]] = {
    "organizations": _org_match, "officials": _position_match, "counts": _count_match,
    "periods": _period_match, "awards": _award_match, "abbreviations": _abbreviation_match,
    "documents": _document_match, "entities": _entity_match,
}


def units(article: Record, record_type: str) -> list[Record]:
    """The scored units of one record type: officials are flattened to (name, title, organization)."""
    records = article.get(record_type) or []
    if record_type != "officials":
        return list(records)
    return [{"name": o.get("name"), "title": p.get("title"), "organization": p.get("organization")}
            for o in records for p in o.get("positions") or []]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class ErrorItem:
    kind: str  # "FP" or "FN"
    record_type: str
    article_id: str
    record: Record
    sentence: str | None = None
    cause: str = ""  # see error_causes: "boundary: ...", "position: ...", "missed", "spurious"


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=dict)
    errors: list[ErrorItem] = field(default_factory=list)
    articles: int = 0
    missing: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "missing_predictions": self.missing,
                "scores": {k: v.as_dict() for k, v in self.scores.items()}}

    def causes(self) -> Counter[tuple[str, str, str]]:
        """How many errors of each (record type, FP/FN, cause key), e.g. ("officials", "FN", "position")."""
        return Counter((e.record_type, e.kind, e.cause.split(":")[0]) for e in self.errors)


def match_records(gold: list[Record], pred: list[Record],
                  same: Callable[[Record, Record], bool]) -> tuple[list[Record], list[Record], int]:
    """Greedy one-to-one matching: (unmatched gold, unmatched predictions, matched count)."""
    left = list(pred)
    missed: list[Record] = []
    hits = 0
    for g in gold:
        k = next((n for n, p in enumerate(left) if same(g, p)), None)
        if k is None:
            missed.append(g)
        else:
            left.pop(k)
            hits += 1
    return missed, left, hits


def _sentence_of(text: str | None, record: Record) -> str | None:
    if not text:
        return None
    needle = record.get("text") or record.get("name") or record.get("long") or record.get("number")
    start = record.get("start") if isinstance(record.get("start"), int) else (text.find(needle) if needle else -1)
    if start is None or start < 0:
        return None
    # the extractor's own sentence boundaries, so "90.000 Kronor" or "TP. Huế" is not cut at its dot
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    for s_start, s_end in sentence_spans(line):
        if s_start <= start - line_start < s_end:
            return line[s_start:s_end]
    return line.strip() or None


def evaluate(gold: dict[str, Record], predictions: dict[str, Record],
             texts: dict[str, str] | None = None) -> Report:
    """Score ``predictions`` (id → output object) against ``gold`` (id → gold object)."""
    report = Report()
    texts = texts or {}
    has_entities = any("entities" in g for g in gold.values())
    types = list(SCORED_TYPES) + (["entities"] if has_entities else [])
    for t in types + ["all"] + ([f"entities:{label}" for label in ENTITY_LABELS] if has_entities else []):
        report.scores[t] = Score()
    for article_id, g in sorted(gold.items()):
        report.articles += 1
        p = predictions.get(article_id)
        if p is None:
            report.missing.append(article_id)
            p = {}
        for t in types:
            if t == "entities" and "entities" not in g:
                continue
            missed, extra, hits = match_records(units(g, t), units(p, t), MATCHERS[t])
            score = report.scores[t]
            score.tp += hits
            score.fn += len(missed)
            score.fp += len(extra)
            if t == "entities":  # per label: PER / ORG / LOC
                for label in ENTITY_LABELS:
                    by_label = report.scores[f"entities:{label}"]
                    by_label.fn += sum(1 for r in missed if r.get("label") == label)
                    by_label.fp += sum(1 for r in extra if r.get("label") == label)
                    by_label.tp += sum(1 for r in units(g, t) if r.get("label") == label) \
                        - sum(1 for r in missed if r.get("label") == label)
            if t != "entities":
                total = report.scores["all"]
                total.tp += hits
                total.fn += len(missed)
                total.fp += len(extra)
            text = texts.get(article_id)
            report.errors.extend(ErrorItem("FN", t, article_id, r, _sentence_of(text, r),
                                           error_cause("FN", t, r, extra)) for r in missed)
            report.errors.extend(ErrorItem("FP", t, article_id, r, _sentence_of(text, r),
                                           error_cause("FP", t, r, missed)) for r in extra)
    return report


def load_gold(directory: str | Path) -> tuple[dict[str, Record], dict[str, str]]:
    """Gold objects (id → record) from every ``*.json`` under ``directory``, and the texts beside them."""
    gold: dict[str, Record] = {}
    texts: dict[str, str] = {}
    for path in sorted(Path(directory).rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "id" not in data:
            continue
        gold[str(data["id"])] = data
        beside = path.with_suffix(".txt")
        if beside.exists():
            texts[str(data["id"])] = beside.read_text(encoding="utf-8")
    return gold, texts


def load_predictions(lines: Iterable[str]) -> dict[str, Record]:
    """Predictions from JSON Lines (one output object a line) or one JSON array/object."""
    text = "".join(lines)
    stripped = text.lstrip()
    if stripped.startswith("["):
        items = json.loads(stripped)
    elif stripped.startswith("{") and "\n{" not in stripped.strip():
        items = [json.loads(stripped)]
    else:
        items = [json.loads(line) for line in text.splitlines() if line.strip()]
    return {str(item["id"]): item for item in items}
