"""A small on-disk cache for tables derived from installed data (the segmenter's folded CRF weights, the
gazetteer's place-name tables), so a cold start does not rebuild them.

Entries are pickles named by a hash of what they were built from (paths, sizes, mtimes, our own format
version), written atomically; anything unreadable or unwritable is ignored, because the cache only ever saves
time. Location: ``$EXTRACTOR_CACHE_DIR``, else ``$XDG_CACHE_HOME/vn-news-extractor``, else
``~/.cache/vn-news-extractor``.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """Where derived tables are kept between runs."""
    explicit = os.environ.get("EXTRACTOR_CACHE_DIR")
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "vn-news-extractor"


def entry_path(name: str, version: int, sources: Iterable[Path]) -> Path:
    """The cache file for ``name``, changing whenever a source file (or the table format) does."""
    stamp = hashlib.sha256(f"{name}:{version}".encode())
    for source in sources:
        info = source.stat()
        stamp.update(f"{source}:{info.st_size}:{info.st_mtime_ns}".encode())
    return cache_dir() / f"{name}-{stamp.hexdigest()[:20]}.pickle"


def cached(path: Path, kind: type[T], build: Callable[[], T]) -> T:
    """The object pickled at ``path`` if it is a ``kind``, else ``build()`` (then stored there if possible)."""
    try:
        with open(path, "rb") as f:
            value = pickle.load(f)  # noqa: S301 - written by this module, in the user's own cache
        if isinstance(value, kind):
            return value
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    value = build()
    _write(path, value)
    return value


def _write(path: Path, value: object) -> None:
    partial: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=".partial-", delete=False) as f:
            partial = f.name
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)  # atomic: a concurrent worker reads the old file or the new one, whole
    except OSError:
        if partial:
            Path(partial).unlink(missing_ok=True)
        return
    name = path.name.rsplit("-", 1)[0]
    for stale in path.parent.glob(f"{name}-*.pickle"):  # tables built from sources since replaced
        if stale != path:
            stale.unlink(missing_ok=True)
