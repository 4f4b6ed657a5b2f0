"""The seed article yields its gold (corpus/seed, copied from ../shared/gold) in every record type."""

import json

import pytest

from conftest import CORPUS
from extractor.api import extract
from extractor.evaluate import SCORED_TYPES, evaluate

SEED = "000_67d6dfd70fd0a3c3"


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    gold = json.loads((CORPUS / "seed" / f"{SEED}.json").read_text(encoding="utf-8"))
    text = (CORPUS / "seed" / f"{SEED}.txt").read_text(encoding="utf-8")
    predicted = extract(text, article_id=SEED).model_dump(mode="json")
    return evaluate({SEED: gold}, {SEED: predicted}), predicted, gold


@pytest.mark.parametrize("record_type", SCORED_TYPES)
def test_seed_matches_gold(report, record_type: str) -> None:  # type: ignore[no-untyped-def]
    scores, _, _ = report
    s = scores.scores[record_type]
    assert (s.fp, s.fn) == (0, 0), [e.record for e in scores.errors if e.record_type == record_type]


def test_seed_title_and_source(report) -> None:  # type: ignore[no-untyped-def]
    _, predicted, gold = report
    assert (predicted["title"], predicted["source"]) == (gold["title"], gold["source"])
