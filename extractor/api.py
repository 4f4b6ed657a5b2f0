"""The public Python API: one function per task (text → records; many articles → records).

Imported lazily by ``extractor.extract`` and ``extractor.extract_many`` (see ``__init__``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .pipeline import extract_doc, load_pipeline
from .reading import Article, article_from_text
from .records import ArticleRecords


def extract(text: str, *, article_id: str = "article", title: str | None = None,
            source: str | None = None) -> ArticleRecords:
    """Extract the SPEC records of one article given as text (title on the first line)."""
    article = article_from_text(article_id, text, title=title, source=source)
    return extract_article(article)


def extract_article(article: Article) -> ArticleRecords:
    nlp = load_pipeline()
    doc = nlp.make_doc(article.text)
    doc.user_data["id"] = article.id
    for _, component in nlp.pipeline:
        doc = component(doc)
    return extract_doc(doc, article_id=article.id, title=article.title, source=article.source)


def extract_many(articles: Iterable[Article]) -> Iterator[ArticleRecords]:
    """Extract records from many articles, in order."""
    for article in articles:
        yield extract_article(article)
