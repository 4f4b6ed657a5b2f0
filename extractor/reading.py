"""Stage 0: files on disk → :class:`Article` objects holding canonical text.

Inputs are `.txt` files (one article; id = file stem), saved `.html`/`.htm` pages (their visible article
text), JSON Lines files (one article a line; id = the `id` field) and directories of them (recursive, sorted
so runs are reproducible). Bytes are decoded by :mod:`extractor.encodings` (UTF-8/16, Windows-1258, TCVN3,
VNI, detected or forced). Problems are reported as :class:`ReadError` items in the same stream, never
raised, so a batch can record them and go on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .canonical import canonicalize

# An article is a few thousand words; a file over this is a mistake (an archive, a dump), refused with a
# message rather than tying up a worker for half an hour.
MAX_ARTICLE_BYTES = 5_000_000
# Share of words with Vietnamese letters below which a long text is "not Vietnamese" (news prose: 60-80%).
MIN_VIETNAMESE_SHARE = 0.10
_VIETNAMESE_LETTERS = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]",
                                 re.IGNORECASE)
TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass(frozen=True)
class Article:
    """One article, its text already canonical (NFC)."""

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    source: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ReadError:
    """An input that could not be turned into an article; `where` names the file (and line)."""

    id: str
    where: str
    message: str


class InputError(ValueError):
    """Raised for input that cannot be decoded as text."""


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode article bytes, detecting the encoding unless one is forced (see :mod:`extractor.encodings`)."""
    from .encodings import UndecodableError, decode_bytes

    if not data.strip():
        raise InputError("is empty")
    try:
        return decode_bytes(data, encoding)[0]
    except UndecodableError as exc:
        raise InputError(str(exc)) from exc


def article_from_text(article_id: str, text: str, *, path: str | None = None,
                      title: str | None = None, source: str | None = None) -> Article:
    """Build an article from raw text: canonicalise it and take the first non-empty line as title."""
    canonical = canonicalize(text)
    if not canonical.strip():
        raise InputError("is empty")
    words = canonical.split(maxsplit=2000)[:2000]  # the first 2,000 words tell the language well enough
    if len(words) >= 30:
        share = sum(1 for w in words if _VIETNAMESE_LETTERS.search(w)) / len(words)
        if share < MIN_VIETNAMESE_SHARE:
            raise InputError(f"does not look like Vietnamese text ({share:.0%} of words have Vietnamese letters)")
    if title is None:
        title = next((line.strip() for line in canonical.splitlines() if line.strip()), None)
    return Article(id=article_id, text=canonical, path=path, title=title, source=source)


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise InputError(f"is {size / 1e6:.1f} MB; files over {MAX_ARTICLE_BYTES / 1e6:.0f} MB are refused "
                         "(an article is a few KB: split the file, or use JSON Lines)")
    return path.read_bytes()


def _read_text_file(path: Path, encoding: str | None = None) -> Iterator[Article | ReadError]:
    try:
        text = decode(_read_bytes(path), encoding)
        if path.suffix.lower() in HTML_SUFFIXES:
            from .html import html_to_text

            text = html_to_text(text)
        yield article_from_text(path.stem, text, path=str(path))
    except (OSError, InputError) as exc:
        yield ReadError(id=path.stem, where=str(path), message=_message(exc))


def _jsonl_lines(path: Path, encoding: str | None) -> Iterator[tuple[int, str | InputError]]:
    """(line number, text or the error of that line), streamed: a JSON Lines file may hold a whole archive."""
    if encoding not in (None, "utf-8"):
        yield from enumerate(decode(path.read_bytes(), encoding).splitlines(), start=1)
        return
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                yield number, raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield number, InputError(f"not valid UTF-8 (byte {exc.start} of the line)")


def _read_jsonl_file(path: Path, encoding: str | None = None) -> Iterator[Article | ReadError]:
    try:
        for number, line in _jsonl_lines(path, encoding):
            yield from _read_jsonl_line(path, number, line)
    except (OSError, InputError) as exc:
        yield ReadError(id=path.stem, where=str(path), message=_message(exc))


def _read_jsonl_line(path: Path, number: int, line: str | InputError) -> Iterator[Article | ReadError]:
    where = f"{path}:{number}"
    if isinstance(line, InputError):
        yield ReadError(id=f"{path.stem}:{number}", where=where, message=str(line))
        return
    if not line.strip():
        return
    if len(line) > MAX_ARTICLE_BYTES:
        yield ReadError(id=f"{path.stem}:{number}", where=where,
                        message=f"line is {len(line) / 1e6:.1f} M characters; articles over "
                                f"{MAX_ARTICLE_BYTES / 1e6:.0f} MB are refused")
        return
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        yield ReadError(id=f"{path.stem}:{number}", where=where, message=f"invalid JSON ({exc.msg})")
        return
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        yield ReadError(id=f"{path.stem}:{number}", where=where, message="no string field 'text'")
        return
    article_id = str(obj.get("id") or f"{path.stem}:{number}")
    text: str = obj["text"]
    title = obj.get("title") if isinstance(obj.get("title"), str) else None
    if title is not None:
        text = title + "\n" + text
    try:
        yield article_from_text(article_id, text, path=where, title=title,
                                source=obj.get("source") if isinstance(obj.get("source"), str) else None)
    except InputError as exc:
        yield ReadError(id=article_id, where=where, message=_message(exc))


def _message(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | ReadError]:
    """Expand paths into the article files they name; a missing path becomes a :class:`ReadError`."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES:
                    yield child
        elif path.is_file():
            yield path
        else:
            yield ReadError(id=path.stem, where=str(path), message="no such file or directory")


def read_articles(paths: Iterable[str | Path], *, encoding: str | None = None) -> Iterator[Article | ReadError]:
    """Yield every article (or read error) under the given paths, in a stable order.

    ``encoding`` forces one encoding for every file ("utf-8", "utf-16", "cp1258", "tcvn3", "vni").
    """
    for item in iter_files(paths):
        if isinstance(item, ReadError):
            yield item
        elif item.suffix.lower() in JSONL_SUFFIXES:
            yield from _read_jsonl_file(item, encoding)
        else:
            yield from _read_text_file(item, encoding)
