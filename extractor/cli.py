"""The command line: a thin layer that parses arguments and calls the library."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(
    help="Extract facts (organizations, officials, counts, periods, awards, abbreviations, documents) "
         "from Vietnamese press articles.",
    no_args_is_help=True,
    add_completion=False,
)


class Format(str, Enum):
    jsonl = "jsonl"
    json = "json"


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help=".txt files, JSON Lines files or directories of them.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="jsonl: one article a line; json: pretty array.")]
    = Format.jsonl,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")]  # noqa: UP045
    = None,
) -> None:
    """Extract the records of every article under PATHS."""
    from .runner import run, write

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise _fail(f"no such file or directory: {', '.join(missing)}")
    try:
        out = output.open("w", encoding="utf-8") if output else sys.stdout
    except OSError as exc:
        raise _fail(f"cannot write {output}: {exc.strerror}") from exc
    try:
        failures = write(run(paths), out, sys.stderr, fmt=fmt.value)
    finally:
        if output:
            out.close()
    if failures:
        typer.echo(f"{failures} article(s) failed", err=True)
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output (one article's records)."""
    from .records import ArticleRecords

    typer.echo(json.dumps(ArticleRecords.model_json_schema(), ensure_ascii=False, indent=2))


@app.command()
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Directory of gold JSON files (texts beside them).")],
    predictions: Annotated[Optional[Path], typer.Argument(help="Predictions as JSON Lines.")] = None,  # noqa: UP045
    run_on: Annotated[Optional[Path], typer.Option("--run", help="Run the extractor on these articles instead.")]  # noqa: UP045
    = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print scores as JSON.")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="List every false positive and negative.")] = False,
) -> None:
    """Score predictions against gold: precision, recall and F1 per record type."""
    from .evaluate import evaluate as score
    from .evaluate import load_gold, load_predictions
    from .runner import Failure, run

    if not gold_dir.is_dir():
        raise _fail(f"not a directory: {gold_dir}")
    gold, texts = load_gold(gold_dir)
    if not gold:
        raise _fail(f"no gold JSON files in {gold_dir}")
    if predictions is not None:
        if not predictions.is_file():
            raise _fail(f"no such file: {predictions}")
        try:
            preds = load_predictions(predictions.read_text(encoding="utf-8").splitlines(keepends=True))
        except (ValueError, KeyError) as exc:
            raise _fail(f"{predictions}: not JSON Lines of extractor output ({exc})") from exc
    else:
        source = run_on or gold_dir
        preds = {}
        for result in run([source]):
            if isinstance(result, Failure):
                typer.echo(f"error: {result.where}: {result.message}", err=True)
            else:
                preds[result.id] = result.model_dump(mode="json")
    report = score(gold, preds, texts)
    if as_json:
        payload = report.as_dict()
        if errors:
            payload["errors"] = [e.__dict__ for e in report.errors]
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"{report.articles} articles")
    for col in ("type", "tp", "fp", "fn", "precision", "recall", "F1"):
        table.add_column(col, justify="right" if col != "type" else "left")
    for name, s in report.scores.items():
        table.add_row(name, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
    console.print(table)
    if report.missing:
        console.print(f"[yellow]no prediction for {len(report.missing)} article(s): {', '.join(report.missing)}")
    if errors:
        for e in report.errors:
            record = json.dumps(e.record, ensure_ascii=False)
            console.print(f"{e.kind} {e.record_type} {e.article_id}: {record}", markup=False)
            if e.sentence:
                console.print(f"    « {e.sentence} »", markup=False)


def main() -> None:  # pragma: no cover
    app()
