"""Run the extractor over inputs and write results: the library behind `extractor extract`.

Every input becomes either an output line or an error on the error stream: an article is never lost
silently, and one bad article never stops the others.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .reading import Article, ReadError, read_articles
from .records import ArticleRecords


@dataclass
class Failure:
    id: str
    where: str
    message: str


def run(paths: Iterable[str | Path], *, encoding: str | None = None) -> Iterator[ArticleRecords | Failure]:
    """Extract every article under ``paths``; failures come back as :class:`Failure` items, in order."""
    for item in read_articles(paths, encoding=encoding):
        if isinstance(item, ReadError):
            yield Failure(item.id, item.where, item.message)
            continue
        yield _extract_safely(item)


def _extract_safely(article: Article) -> ArticleRecords | Failure:
    from .api import extract_article  # lazy: reading and writing need no NLP models

    try:
        return extract_article(article)
    except Exception as exc:  # one article's failure must not stop a batch
        return Failure(article.id, article.path or article.id, f"{type(exc).__name__}: {exc}")


def to_json(records: ArticleRecords, *, indent: int | None = None) -> str:
    return json.dumps(records.model_dump(mode="json"), ensure_ascii=False, indent=indent)


def write(results: Iterable[ArticleRecords | Failure], out: TextIO, errors: TextIO, *, fmt: str = "jsonl") -> int:
    """Write results as JSON Lines or a pretty JSON array; return the number of failures."""
    failures = 0
    first = True
    if fmt == "json":
        out.write("[")
    for result in results:
        if isinstance(result, Failure):
            failures += 1
            errors.write(f"error: {result.where}: {result.message}\n")
            continue
        if fmt == "json":
            out.write(("\n" if first else ",\n") + to_json(result, indent=2))
        else:
            out.write(to_json(result) + "\n")
        out.flush()
        first = False
    if fmt == "json":
        out.write("\n]\n" if not first else "]\n")
    return failures
