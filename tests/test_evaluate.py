"""The evaluator itself, on hand-built gold/prediction pairs with known precision and recall."""

import pytest

from extractor.evaluate import evaluate, load_predictions

GOLD = {"a": {
    "id": "a",
    "organizations": [{"name": "Đảng bộ Sở Nội vụ"}, {"name": "Ủy ban nhân dân tỉnh"}, {"name": "Bộ Chính trị"}],
    "officials": [{"name": "Trần Thế Vương", "positions": [
        {"title": "Bí thư", "organization": "Đảng ủy Sở Nội vụ"}, {"title": "Giám đốc", "organization": "Sở Nội vụ"}]}],
    "counts": [{"value": 76, "unit": "đảng viên", "percent": False},
               {"value": 98, "unit": "đảng viên", "percent": True}],
    "periods": [{"start_year": 2016, "end_year": 2020}],
    "awards": [{"award": "bằng khen", "grantor": "Ban Thường vụ Tỉnh ủy", "recipients": ["Đảng bộ Sở Nội vụ"]}],
    "abbreviations": [{"short": "TSVM", "long": "trong sạch vững mạnh"}],
    "documents": [{"kind": "Chỉ thị", "number": "05"}, {"kind": "Luật", "number": None, "name": "Luật Đất đai"}],
    "entities": [{"label": "PER", "start": 0, "end": 5}, {"label": "ORG", "start": 10, "end": 20}],
}}
PRED = {"a": {
    "id": "a",
    # "Uỷ" old tone placement and extra spaces still match; one wrong name
    "organizations": [{"name": "Đảng  bộ Sở Nội vụ"}, {"name": "Uỷ ban nhân dân tỉnh"}, {"name": "Sở Nội vụ"}],
    # the organisation matches by containment; the second title is wrong
    "officials": [{"name": "Trần Thế Vương", "positions": [
        {"title": "Bí thư", "organization": "Đảng ủy Sở Nội vụ tỉnh Quảng Bình"},
        {"title": "Phó Giám đốc", "organization": "Sở Nội vụ"}]}],
    # unit containment both ways; percent must agree
    "counts": [{"value": 76.0, "unit": "đảng viên trẻ", "percent": False},
               {"value": 98, "unit": "đảng", "percent": False}],
    "periods": [{"start_year": 2016, "end_year": 2020}, {"start_year": 2015, "end_year": None}],
    "awards": [{"award": "Bằng khen", "grantor": "Ban Thường vụ Tỉnh ủy", "recipients": ["Đảng bộ Sở Nội vụ", "X"]}],
    "abbreviations": [],
    "documents": [{"kind": "Chỉ thị", "number": "05"}, {"kind": "Luật", "number": None, "name": "Đất đai"}],
    "entities": [{"label": "PER", "start": 0, "end": 5}, {"label": "ORG", "start": 10, "end": 21}],
}}


@pytest.mark.parametrize(("record_type", "tp", "fp", "fn"), [
    ("organizations", 2, 1, 1), ("officials", 1, 1, 1), ("counts", 1, 1, 1), ("periods", 1, 1, 0),
    ("awards", 1, 0, 0), ("abbreviations", 0, 0, 1), ("documents", 2, 0, 0), ("entities", 1, 1, 1),
    ("all", 8, 4, 4), ("entities:PER", 1, 0, 0), ("entities:ORG", 0, 1, 1), ("entities:LOC", 0, 0, 0),
])
def test_counts_of_matches(record_type: str, tp: int, fp: int, fn: int) -> None:
    s = evaluate(GOLD, PRED).scores[record_type]
    assert (s.tp, s.fp, s.fn) == (tp, fp, fn)


def test_precision_recall_f1() -> None:
    s = evaluate(GOLD, PRED).scores["organizations"]
    assert s.precision == pytest.approx(2 / 3) and s.recall == pytest.approx(2 / 3) and s.f1 == pytest.approx(2 / 3)


def test_missing_prediction_counts_every_gold_record_as_missed() -> None:
    report = evaluate(GOLD, {})
    assert report.missing == ["a"] and report.scores["all"].tp == 0 and report.scores["all"].fn == 12


def test_errors_name_the_article_and_kind() -> None:
    errors = evaluate(GOLD, PRED).errors
    assert {(e.kind, e.record_type) for e in errors} >= {("FP", "organizations"), ("FN", "abbreviations")}
    assert all(e.article_id == "a" for e in errors)


def test_error_sentence_is_not_cut_at_a_thousands_dot() -> None:
    # regression: the sentence shown beside an error was cut at any ".", so "90.000" lost its start
    text = "Tin\nMở đầu. Năm nay giải thưởng 90.000 Kronor thuộc về tay đua.\nHết."
    gold = {"a": {"id": "a", "counts": [{"value": 90000, "value_max": None, "unit": "Kronor", "percent": False,
                                          "qualifier": None, "text": "90.000 Kronor"}]}}
    [error] = evaluate(gold, {"a": {"id": "a"}}, texts={"a": text}).errors
    assert error.sentence == "Năm nay giải thưởng 90.000 Kronor thuộc về tay đua."


def test_load_predictions_jsonl_and_array() -> None:
    assert list(load_predictions(['{"id": "a"}\n', '{"id": "b"}\n'])) == ["a", "b"]
    assert list(load_predictions(['[{"id": "a"}]'])) == ["a"]
