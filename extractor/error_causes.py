"""Why a record was missed or wrong: pair each article's false negatives with its false positives.

A bare list of misses and spurious records hides the commonest failure: the extractor found the fact
but cut the name short, took the wrong unit, or gave the person another post. One such error is
counted twice (an FN and an FP). Here each error gets a *cause* naming its near miss, so the error
listing says which errors are boundaries, which are wrong attributes, and which are true misses.

Causes (the first word is the stable key; the rest names the near miss):
- ``boundary``: a span or name overlaps one on the other side ("predicted 'Vụ Thanh tra'");
- ``label``: an entity with the same offsets and another label;
- ``organization`` / ``title``: an official's person was found with the same title and another
  organisation, or with another title;
- ``unit`` / ``value``: a count with the same value and another unit, or the same unit and another value;
- ``attribute``: a document, award or abbreviation of the same kind/short form with other details;
- ``missed`` / ``spurious``: nothing on the other side resembles it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .canonical import fold

Record = dict[str, Any]


def _show(value: object) -> str:
    return f"'{value}'" if value is not None else "null"


def _overlap(a: str | None, b: str | None) -> bool:
    """One folded string inside the other, or both starting with the same two words."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return False
    if fa in fb or fb in fa:
        return True
    wa, wb = fa.split(), fb.split()
    return len(wa) >= 2 and len(wb) >= 2 and wa[:2] == wb[:2]


def _entity(record: Record, others: list[Record]) -> str | None:
    start, end = record.get("start"), record.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    for other in others:
        o_start, o_end = other.get("start"), other.get("end")
        if not isinstance(o_start, int) or not isinstance(o_end, int):
            continue
        if (o_start, o_end) == (start, end):
            return f"label: {other.get('label')} on the other side"
        if o_start < end and start < o_end:
            return f"boundary: {other.get('label')} {_show(other.get('text'))}"
    return None


def _organization(record: Record, others: list[Record]) -> str | None:
    near = next((o for o in others if _overlap(record.get("name"), o.get("name"))), None)
    return f"boundary: {_show(near.get('name'))}" if near else None


def _official(record: Record, others: list[Record]) -> str | None:
    name = fold(record.get("name"))
    same_person = [o for o in others if fold(o.get("name")) == name]
    same_title = [o for o in same_person if fold(o.get("title")) == fold(record.get("title"))]
    if same_title:
        return f"organization: {_show(same_title[0].get('organization'))}"
    if same_person:
        o = same_person[0]
        return f"title: {_show(o.get('title'))} of {_show(o.get('organization'))}"
    same_post = [o for o in others if fold(o.get("title")) == fold(record.get("title"))
                 and _overlap(record.get("name"), o.get("name"))]
    if same_post:
        return f"boundary: person {_show(same_post[0].get('name'))}"
    return None


def _count(record: Record, others: list[Record]) -> str | None:
    for o in others:
        try:
            same_value = abs(float(record["value"]) - float(o["value"])) < 1e-6
        except (TypeError, ValueError, KeyError):
            continue
        if same_value:
            return f"unit: {_show(o.get('unit'))}{' (percent)' if o.get('percent') else ''}"
    for o in others:
        if fold(o.get("unit")) and fold(o.get("unit")) == fold(record.get("unit")):
            return f"value: {o.get('value')} {_show(o.get('unit'))}"
    return None


def _same_key(key: str) -> Callable[[Record, list[Record]], str | None]:
    def cause(record: Record, others: list[Record]) -> str | None:
        near = next((o for o in others if fold(o.get(key)) and fold(o.get(key)) == fold(record.get(key))), None)
        if near is None:
            return None
        details = ", ".join(f"{k} {_show(v)}" for k, v in near.items() if k not in (key, "mentions") and v)
        return f"attribute: {details}" if details else "attribute"
    return cause


NEAR_MISS: dict[str, Callable[[Record, list[Record]], str | None]] = {
    "entities": _entity, "organizations": _organization, "officials": _official, "counts": _count,
    "documents": _same_key("kind"), "awards": _same_key("award"), "abbreviations": _same_key("short"),
}


def error_cause(kind: str, record_type: str, record: Record, others: list[Record]) -> str:
    """The cause of one error; ``others`` are the same article's errors of the other kind and same type."""
    near_miss = NEAR_MISS.get(record_type)
    found = near_miss(record, others) if near_miss else None
    if found:
        return found
    return "missed" if kind == "FN" else "spurious"
