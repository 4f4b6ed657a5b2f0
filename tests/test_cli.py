"""The command line: output formats, exit codes, and errors on stderr."""

import json
from pathlib import Path

from typer.testing import CliRunner

from conftest import CORPUS
from extractor.cli import app

runner = CliRunner()
SEED = CORPUS / "seed" / "000_67d6dfd70fd0a3c3.txt"


def test_extract_jsonl_one_line_per_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Tiêu đề\nÔng Trần Văn An, Giám đốc Sở Y tế, cho biết.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Tiêu đề\nCó 5 người.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["id"] for d in lines] == ["a", "b"]


def test_extract_json_pretty_to_file(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["extract", str(SEED), "--format", "json", "--output", str(out)])
    assert result.exit_code == 0, result.output
    [record] = json.loads(out.read_text(encoding="utf-8"))
    assert record["id"] == "000_67d6dfd70fd0a3c3" and record["source"] == "QBĐT"


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_bad_article_is_reported_and_others_still_written(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Tiêu đề\nCó 5 người.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   ", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["good"]
    assert "empty.txt" in result.stderr and "empty" in result.stderr


def test_schema_is_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert schema["title"] == "ArticleRecords" and "officials" in schema["properties"]


def test_evaluate_runs_on_gold_dir_json(tmp_path: Path) -> None:
    result = runner.invoke(app, ["evaluate", str(CORPUS / "seed"), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["scores"]
    assert scores["all"]["f1"] == 1.0


def test_batch_query_export_round_trip(tmp_path: Path) -> None:
    db = tmp_path / "facts.sqlite"
    result = runner.invoke(app, ["batch", str(SEED), "--db", str(db), "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    again = runner.invoke(app, ["batch", str(SEED), "--db", str(db), "--workers", "1", "--quiet"])
    assert "skipped 1" in again.stderr
    officials = runner.invoke(app, ["query", "officials", "--db", str(db), "--name", "tran the vuong", "-f", "json"])
    rows = json.loads(officials.stdout)
    assert {(r["title"], r["organization"]) for r in rows} == {("Bí thư", "Đảng ủy Sở Nội vụ"),
                                                               ("Giám đốc", "Sở Nội vụ")}
    found = runner.invoke(app, ["query", "search", "--db", str(db), "dang bo so noi vu", "-f", "json"])
    assert json.loads(found.stdout)
    refused = runner.invoke(app, ["query", "sql", "--db", str(db), "DROP TABLE articles"])
    assert refused.exit_code == 1 and "read-only" in refused.stderr
    out = tmp_path / "export"
    exported = runner.invoke(app, ["export", str(out), "--db", str(db), "--format", "jsonl"])
    assert exported.exit_code == 0, exported.output
    assert (out / "articles.jsonl").read_text(encoding="utf-8").count("\n") == 1


def test_batch_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["batch", str(tmp_path / "nope"), "--db", str(tmp_path / "f.sqlite")])
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_python_api_and_spacy_pipeline() -> None:
    from extractor import extract, extract_many, load_pipeline
    from extractor.reading import article_from_text

    records = extract("Tin\nÔng Trần Văn An, Giám đốc Sở Y tế, cho biết.", article_id="x")
    assert records.officials[0].positions[0].organization == "Sở Y tế"
    assert [r.id for r in extract_many([article_from_text("a", "Tin\nCó 5 người.")])] == ["a"]
    nlp = load_pipeline()
    doc = nlp("Ông Trần Văn An, Giám đốc Sở Y tế, cho biết.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Trần Văn An", "PER"), ("Sở Y tế", "ORG")]
    assert [s.text for s in doc.spans["title"]] == ["Giám đốc"]
    assert doc._.officials[0].name == "Trần Văn An"
    assert [len(d.ents) for d in nlp.pipe(["Ông Lê Văn Bình, Chủ tịch UBND tỉnh Quảng Nam.", "Có 5 người."])] == [2, 0]


def test_docs_schema_is_up_to_date() -> None:
    result = runner.invoke(app, ["schema"])
    committed = (CORPUS.parent / "docs" / "schema.json").read_text(encoding="utf-8")
    assert json.loads(result.stdout) == json.loads(committed), "regenerate: extractor schema > docs/schema.json"
