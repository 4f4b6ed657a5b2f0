"""Throughput of the extractor against underthesea's `ner`, measured in one run on the same texts.

    python benchmarks/throughput.py [--articles N] [--corpus DIR] [--cold-starts K] [--batch-rounds R]

Words are whitespace-separated syllables of the article text, the same count for every contender. Each
contender gets a warm-up article first (model loading is not throughput). Reports words/second, the
ratio ours/baseline, and the process's peak resident memory (ru_maxrss) after each stage. Cold start is
the wall time of a fresh ``extractor extract`` process on the seed article (median of K runs), next to a
fresh Python that only imports underthesea and tags one sentence with its ``ner``. Machines here
are noisy: compare ratios from one run, never absolute numbers across runs.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sample_files(corpus: Path, n: int) -> list[Path]:
    """``n`` article files spread evenly over the corpus (every collection represented); files the reader
    refuses (lists of ids, notes) are not articles and are left out."""
    from extractor.reading import Article, read_articles

    files = [Path(a.path) for a in read_articles([corpus]) if isinstance(a, Article) and a.path]
    step = max(1, len(files) // n)
    return files[::step][:n]


def load_texts(corpus: Path, n: int) -> list[str]:
    return [f.read_text(encoding="utf-8") for f in sample_files(corpus, n)]


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


def measure_interleaved(texts: list[str]) -> tuple[float, float]:
    """(ours, baseline) words/s, timing the two on each article in turn, so a burst of load from elsewhere on
    the machine slows both alike and the ratio stays honest."""
    ours(texts[0])
    underthesea_ner(texts[0])
    spent = {"ours": 0.0, "ner": 0.0}
    for text in texts:
        for name, fn in (("ours", ours), ("ner", underthesea_ner)):
            start = time.perf_counter()
            fn(text)
            spent[name] += time.perf_counter() - start
    words = sum(len(t.split()) for t in texts)
    for name, label in (("ours", "interleaved: extractor"), ("ner", "interleaved: underthesea ner")):
        print(f"{label:<28} {words:>8} words  {spent[name]:7.2f} s  {words / spent[name]:9.0f} words/s")
    return words / spent["ours"], words / spent["ner"]


def underthesea_ner(text: str) -> object:
    from underthesea import ner, sent_tokenize

    return [ner(s) for line in text.splitlines() if line.strip() for s in sent_tokenize(line)]


def ours(text: str) -> object:
    from extractor.api import extract

    return extract(text, article_id="bench")


def batch_rate(corpus_files: list[Path], workers: int) -> float:
    """(c): `extractor batch` on every core, into a fresh store; worker start-up included."""
    import tempfile

    from extractor.batch import LocalRunner, run_batch
    from extractor.store import FactStore

    ticks: list[float] = []
    with tempfile.TemporaryDirectory() as tmp, FactStore(Path(tmp) / "bench.sqlite") as store:
        summary = run_batch(corpus_files, store, runner=LocalRunner(workers),
                            progress=lambda step, total: ticks.append(time.perf_counter()))
    rate = summary.words / summary.seconds
    # workers load the models once each; with few articles that start-up weighs on the rate
    startup = ticks[1] - ticks[0] if len(ticks) > 1 else 0.0
    print(f"{'  (after worker start-up)':<28} {'':>8}        {summary.seconds - startup:7.2f} s  "
          f"{summary.words / max(summary.seconds - startup, 1e-9):9.0f} words/s  start-up {startup:.2f} s")
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{f'extractor batch ({workers} procs)':<28} {summary.words:>8} words  {summary.seconds:7.2f} s  "
          f"{rate:9.0f} words/s  peak RSS {peak_mb():6.0f} MB parent, {child_mb:.0f} MB largest worker")
    return rate


def batch_vs_single(files: list[Path], texts: list[str], workers: int, rounds: int) -> float:
    """Median ratio batch / one process over ``rounds`` pairs, each pair run back to back, so load from
    elsewhere on the machine moves both halves of a pair alike; the spread of the pairs is printed too."""
    import statistics

    ratios = []
    for n in range(1, rounds + 1):
        print(f"round {n}:")
        single = measure("extractor (1 process)", ours, texts)
        ratios.append(batch_rate(files, workers) / single)
    median = statistics.median(ratios)
    print(f"ratio batch ({workers} procs) / 1 process: {median:.2f}x "
          f"(median of {len(ratios)} paired rounds, range {min(ratios):.2f}-{max(ratios):.2f})")
    return median


SEED = ROOT / "corpus" / "seed" / "000_67d6dfd70fd0a3c3.txt"


def cold_start(runs: int) -> tuple[float, float]:
    """Median wall seconds of (ours, baseline) fresh processes, run alternately."""
    import statistics
    import subprocess

    ours_cmd = [sys.executable, "-m", "extractor.cli", "extract", str(SEED), "--format", "json"]
    base_cmd = [sys.executable, "-c", "from underthesea import ner; ner('Ông Trần Thế Vương dự hội nghị.')"]
    spent: dict[str, list[float]] = {"ours": [], "ner": []}
    for _ in range(runs):
        for name, cmd in (("ours", ours_cmd), ("ner", base_cmd)):
            start = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
            spent[name].append(time.perf_counter() - start)
    ours_s, base_s = statistics.median(spent["ours"]), statistics.median(spent["ner"])
    print(f"{'cold start: extractor extract':<34} {ours_s:5.2f} s (median of {runs}, seed article)")
    print(f"{'cold start: underthesea ner':<34} {base_s:5.2f} s (median of {runs}, one sentence)")
    return ours_s, base_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--batch-rounds", type=int, default=3,
                        help="paired rounds of 1 process then batch; the ratio reported is their median (0: skip)")
    parser.add_argument("--skip-baseline", action="store_true", help="do not run underthesea ner (slow)")
    parser.add_argument("--cold-starts", type=int, default=5, help="fresh processes timed for cold start (0: skip)")
    default_corpus = ROOT.parent / "shared" / "corpus"
    parser.add_argument("--corpus", type=Path, default=default_corpus if default_corpus.is_dir() else ROOT / "corpus")
    args = parser.parse_args()
    files = sample_files(args.corpus, args.articles)
    texts = [f.read_text(encoding="utf-8") for f in files]
    print(f"{len(texts)} articles from {args.corpus}", file=sys.stderr)
    if args.batch_rounds > 0:
        batch_vs_single(files, texts, args.workers, args.batch_rounds)
    if not args.skip_baseline:
        mine, base = measure_interleaved(texts)
        print(f"ratio extractor / underthesea ner: {mine / base:.1f}x (interleaved article by article)")
    if args.cold_starts:
        ours_s, base_s = cold_start(args.cold_starts)
        print(f"ratio cold start extractor / underthesea ner: {ours_s / base_s:.2f}x")


if __name__ == "__main__":
    main()
