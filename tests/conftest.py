"""Shared fixtures: paths to the repo's corpus and (when present) ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.api import extract
from extractor.records import ArticleRecords

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"


def run(text: str) -> ArticleRecords:
    """Extract from a snippet: a dummy title line, then the text as the body."""
    return extract("Tin\n" + text, article_id="t")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (CORPUS / "seed" / "000_67d6dfd70fd0a3c3.txt").read_text(encoding="utf-8")
