"""Throughput of the extractor against underthesea's `ner`, measured in one run on the same texts.

    python benchmarks/throughput.py [--articles N] [--corpus DIR]

Words are whitespace-separated syllables of the article text, the same count for every contender. Each
contender gets a warm-up article first (model loading is not throughput). Reports words/second, the
ratio ours/baseline, and the process's peak resident memory (ru_maxrss) after each stage. Machines here
are noisy: compare ratios from one run, never absolute numbers across runs.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_texts(corpus: Path, n: int) -> list[str]:
    files = sorted(corpus.rglob("*.txt"))
    files = [f for f in files if f.name != "PROVENANCE.md"]
    step = max(1, len(files) // n)
    return [f.read_text(encoding="utf-8") for f in files[::step][:n]]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(name: str, fn: Callable[[str], object], texts: list[str]) -> float:
    fn(texts[0])  # warm-up: load models
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    for text in texts:
        fn(text)
    elapsed = time.perf_counter() - start
    rate = words / elapsed
    print(f"{name:<28} {words:>8} words  {elapsed:7.2f} s  {rate:9.0f} words/s  peak RSS {peak_mb():6.0f} MB")
    return rate


def underthesea_ner(text: str) -> object:
    from underthesea import ner, sent_tokenize

    return [ner(s) for line in text.splitlines() if line.strip() for s in sent_tokenize(line)]


def ours(text: str) -> object:
    from extractor.extract import extract

    return extract(text, article_id="bench")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=60)
    default_corpus = ROOT.parent / "shared" / "corpus"
    parser.add_argument("--corpus", type=Path, default=default_corpus if default_corpus.is_dir() else ROOT / "corpus")
    args = parser.parse_args()
    texts = load_texts(args.corpus, args.articles)
    print(f"{len(texts)} articles from {args.corpus}", file=sys.stderr)
    ours_rate = measure("extractor (1 process)", ours, texts)
    base_rate = measure("underthesea ner (baseline)", underthesea_ner, texts)
    print(f"ratio extractor / underthesea ner: {ours_rate / base_rate:.1f}x")


if __name__ == "__main__":
    main()
