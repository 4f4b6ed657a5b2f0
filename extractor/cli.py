"""The command line: a thin layer that parses arguments and calls the library."""

from __future__ import annotations

import json
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

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


EncodingOption = Annotated[Optional[str], typer.Option(  # noqa: UP045
    help="Force an encoding: utf-8, utf-16, cp1258, tcvn3 or vni (default: detect per file).")]


def _check_encoding(encoding: str | None) -> str | None:
    if encoding is None:
        return None
    from .encodings import normalize_encoding_name

    try:
        return normalize_encoding_name(encoding)
    except ValueError as exc:
        raise _fail(str(exc)) from exc


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
    encoding: EncodingOption = None,
) -> None:
    """Extract the records of every article under PATHS (.txt, .html, .jsonl or directories)."""
    from .runner import run, write

    encoding = _check_encoding(encoding)
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise _fail(f"no such file or directory: {', '.join(missing)}")
    try:
        out = output.open("w", encoding="utf-8") if output else sys.stdout
    except OSError as exc:
        raise _fail(f"cannot write {output}: {exc.strerror}") from exc
    try:
        failures = write(run(paths, encoding=encoding), out, sys.stderr, fmt=fmt.value)
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
            console.print(f"{e.kind} {e.record_type} {e.article_id} [{e.cause}]: {record}", markup=False)
            if e.sentence:
                console.print(f"    « {e.sentence} »", markup=False)
        causes = Table(title="errors by cause")
        for col in ("type", "error", "cause", "count"):
            causes.add_column(col, justify="right" if col == "count" else "left")
        for (record_type, kind, cause), n in sorted(report.causes().items(), key=lambda item: (item[0][0], -item[1])):
            causes.add_row(record_type, kind, cause, str(n))
        console.print(causes)


@app.command()
def batch(
    inputs: Annotated[list[Path], typer.Argument(help=".txt / .jsonl files and directories (recursive).")],
    db: Annotated[Path, typer.Option("--db", help="The SQLite fact store to write (created if missing).")],
    workers: Annotated[Optional[int], typer.Option(help="Worker processes (default: every core).")] = None,  # noqa: UP045
    scheduler: Annotated[Optional[str], typer.Option(  # noqa: UP045
        help="Run on a Dask cluster instead, e.g. tcp://host:8786.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Redo articles already stored with the same content.")]
    = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    encoding: EncodingOption = None,
) -> None:
    """Extract many articles into a fact store, on every core or on a Dask cluster."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .batch import DaskRunner, LocalRunner, run_batch
    from .store import FactStore, StoreError

    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        raise _fail(f"no such file or directory: {', '.join(missing)}")
    if workers is not None and workers < 1:
        raise _fail("--workers must be at least 1")
    encoding = _check_encoding(encoding)
    runner = DaskRunner(scheduler) if scheduler else LocalRunner(workers)
    console = Console(stderr=True)
    try:
        store = FactStore(db)
    except StoreError as exc:
        raise _fail(f"{db}: {exc}") from exc
    with store, Progress(TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(),
                         TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), console=console,
                         disable=quiet) as bar:
        task = bar.add_task("articles", total=None, rate="")
        started = time.perf_counter()

        def advance(step: int, total: int) -> None:
            bar.update(task, advance=step, total=total)
            done = bar.tasks[0].completed
            bar.update(task, rate=f"{done / max(time.perf_counter() - started, 1e-9):.1f} articles/s")

        summary = run_batch(inputs, store, runner=runner, force=force, progress=advance, encoding=encoding)
    console.print(f"done {summary.done}, skipped {summary.skipped}, failed {summary.failed}; "
                  f"{summary.words_per_second:,.0f} words/s over {summary.seconds:.1f} s")
    for _id, where, message in summary.errors:
        console.print(f"error: {where}: {message}", markup=False)
    if summary.failed:
        raise typer.Exit(1)


query_app = typer.Typer(help="Ask the fact store questions (read-only).", no_args_is_help=True)
app.add_typer(query_app, name="query")


class QueryFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


DbOption = Annotated[Path, typer.Option("--db", help="The SQLite fact store to read.")]
FormatOption = Annotated[QueryFormat, typer.Option("--format", "-f", help="table, csv, json or jsonl.")]
LimitOption = Annotated[Optional[int], typer.Option(help="At most this many rows.")]  # noqa: UP045


def _print_rows(run: Any, fmt: QueryFormat) -> None:
    from .query import QueryError, format_rows

    try:
        rows = run()
    except QueryError as exc:
        raise _fail(str(exc), 1) from exc
    typer.echo(format_rows(rows, fmt.value), nl=False)


@query_app.command("officials")
def query_officials(
    db: DbOption,
    name: Annotated[Optional[str], typer.Option(help="Part of the name (any case, with or without tones).")]  # noqa: UP045
    = None,
    title: Annotated[Optional[str], typer.Option(help="Part of the title, e.g. 'bí thư'.")] = None,  # noqa: UP045
    organization: Annotated[Optional[str], typer.Option(help="Part of the organisation's name.")] = None,  # noqa: UP045
    fmt: FormatOption = QueryFormat.table,
    limit: LimitOption = None,
) -> None:
    """Officials and their positions."""
    from . import query

    _print_rows(lambda: query.officials(db, name=name, title=title, organization=organization, limit=limit), fmt)


@query_app.command("awards")
def query_awards(
    db: DbOption,
    grantor: Annotated[Optional[str], typer.Option(help="Part of the grantor's name.")] = None,  # noqa: UP045
    recipient: Annotated[Optional[str], typer.Option(help="Part of a recipient's name.")] = None,  # noqa: UP045
    year: Annotated[Optional[int], typer.Option(help="A year the award's period covers.")] = None,  # noqa: UP045
    fmt: FormatOption = QueryFormat.table,
    limit: LimitOption = None,
) -> None:
    """Awards with grantor, recipients, reason and period."""
    from . import query

    _print_rows(lambda: query.awards(db, grantor=grantor, recipient=recipient, year=year, limit=limit), fmt)


@query_app.command("counts")
def query_counts(
    db: DbOption,
    unit: Annotated[Optional[str], typer.Option(help="Part of the unit, e.g. 'đảng viên'.")] = None,  # noqa: UP045
    fmt: FormatOption = QueryFormat.table,
    limit: LimitOption = None,
) -> None:
    """Counts by unit."""
    from . import query

    _print_rows(lambda: query.counts(db, unit=unit, limit=limit), fmt)


@query_app.command("search")
def query_search(
    db: DbOption,
    text: Annotated[str, typer.Argument(help="Words to find; tones and case are ignored.")],
    fmt: FormatOption = QueryFormat.table,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50,
) -> None:
    """Full-text search over names and article texts ("tran the vuong" finds "Trần Thế Vương")."""
    from . import query

    _print_rows(lambda: query.search(db, text, limit=limit), fmt)


@query_app.command("sql")
def query_sql(
    db: DbOption,
    statement: Annotated[str, typer.Argument(help="One SELECT statement.")],
    fmt: FormatOption = QueryFormat.table,
) -> None:
    """Any read-only SQL over the store's tables."""
    from . import query

    _print_rows(lambda: query.sql(db, statement), fmt)


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


@app.command()
def export(
    out_dir: Annotated[Path, typer.Argument(help="Directory to write one file per table into.")],
    db: DbOption,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="parquet, csv or jsonl.")] = ExportFormat.csv,
) -> None:
    """Export every table of the store, for pandas, DuckDB or Spark."""
    from .export import ExportError, export_store

    if not db.is_file():
        raise _fail(f"no such store: {db}")
    try:
        written = export_store(db, out_dir, fmt.value)
    except ExportError as exc:
        raise _fail(str(exc), 1) from exc
    for table, (path, rows) in written.items():
        typer.echo(f"{table}: {rows} rows -> {path}")


@app.command()
def serve(
    db: DbOption,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8001,
) -> None:
    """Browse the fact store in Datasette (read-only), with facets and ready queries."""
    from .serve import serve as run_server

    if not db.is_file():
        raise _fail(f"no such store: {db}")
    typer.echo(f"serving {db} at http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    run_server(db, host=host, port=port)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # python -m extractor.cli
    main()
