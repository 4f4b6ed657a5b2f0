"""The spaCy pipeline: underthesea segmentation, then one rule component per span type.

``load_pipeline()`` returns a ``spacy.Language``; ``nlp(text)`` gives a Doc with ``doc.ents`` (PER/ORG/LOC),
``doc.spans[...]`` for every span type, and ``doc._.records`` with the article's SPEC records.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import factories  # noqa: F401  (registers the component factories)
from .assemble import build_records
from .components.base import matches
from .records import ArticleRecords
from .tokens import VietnameseTokenizer

COMPONENTS = ("vi_organizations", "vi_titles", "vi_places", "vi_persons", "vi_abbreviations", "vi_propagation",
              "vi_periods", "vi_counts", "vi_documents", "vi_awards", "vi_entities")

if not Doc.has_extension("records"):
    Doc.set_extension("records", getter=lambda doc: build_records(doc, article_id=doc.user_data.get("id", "")))
if not Doc.has_extension("officials"):
    Doc.set_extension("officials", getter=lambda doc: doc._.records.officials)


@Language.component("vi_entities")
def set_entities(doc: Doc) -> Doc:
    """Expose PER/ORG/LOC as ``doc.ents`` (spaCy's usual place), aligned outward to token edges."""
    spans: list[Span] = []
    for label in ("ORG", "LOC", "PER"):
        for m in matches(doc, label):
            if label == "ORG" and not m.data.get("entity", True):
                continue
            span = doc.char_span(m.start, m.end, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
    doc.ents = filter_spans(spans)
    return doc


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """Build (once per process) the Vietnamese extraction pipeline."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = VietnameseTokenizer(nlp.vocab)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def extract_doc(doc: Doc, *, article_id: str, title: str | None = None, source: str | None = None) -> ArticleRecords:
    return build_records(doc, article_id=article_id, title=title, source=source)
