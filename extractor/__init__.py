"""Vietnamese news-article information extractor: articles in, SPEC records out.

    >>> from extractor import extract
    >>> records = extract("Tiêu đề\\nÔng Trần Văn A, Bí thư Tỉnh ủy ...")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["extract", "extract_many", "load_pipeline", "ArticleRecords", "__version__"]

if TYPE_CHECKING:
    from .api import extract, extract_many
    from .pipeline import load_pipeline
    from .records import ArticleRecords


def __getattr__(name: str) -> Any:
    # Lazy: importing the package must not load spaCy and underthesea (the CLI's --help stays fast).
    if name in ("extract", "extract_many"):
        from . import api

        return getattr(api, name)
    if name == "load_pipeline":
        from .pipeline import load_pipeline

        return load_pipeline
    if name == "ArticleRecords":
        from .records import ArticleRecords

        return ArticleRecords
    raise AttributeError(name)
