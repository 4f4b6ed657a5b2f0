"""Each evaluation error names its near miss, so the listing says why a record was missed or wrong."""

from __future__ import annotations

from typing import Any

import pytest

from extractor.error_causes import error_cause
from extractor.evaluate import evaluate

Record = dict[str, Any]


@pytest.mark.parametrize(("record_type", "kind", "record", "others", "cause"), [
    # a name cut short is a boundary error on both sides
    ("organizations", "FN", {"name": "Trung tâm Y tế huyện Lệ Thủy"}, [{"name": "Trung tâm Y tế"}],
     "boundary: 'Trung tâm Y tế'"),
    ("organizations", "FP", {"name": "Ban Chỉ đạo Tổng"}, [{"name": "Ban Chỉ đạo Tổng điều tra kinh tế"}],
     "boundary: 'Ban Chỉ đạo Tổng điều tra kinh tế'"),
    ("organizations", "FN", {"name": "Sở Y tế"}, [{"name": "Bộ Tài chính"}], "missed"),
    ("organizations", "FP", {"name": "Sở Y tế"}, [], "spurious"),
    # entities: same offsets with another label, or overlapping offsets
    ("entities", "FN", {"label": "ORG", "text": "Quảng Bình", "start": 10, "end": 20},
     [{"label": "LOC", "text": "Quảng Bình", "start": 10, "end": 20}], "label: LOC on the other side"),
    ("entities", "FN", {"label": "ORG", "text": "UBND tỉnh Quảng Bình", "start": 0, "end": 20},
     [{"label": "ORG", "text": "UBND tỉnh", "start": 0, "end": 9}], "boundary: ORG 'UBND tỉnh'"),
    ("entities", "FP", {"label": "PER", "text": "Hà", "start": 30, "end": 32},
     [{"label": "PER", "text": "Lan", "start": 40, "end": 43}], "spurious"),
    # officials: the person found with the same title elsewhere, another title, or not at all
    ("officials", "FN", {"name": "Nguyễn Văn A", "title": "Giám đốc", "organization": "Sở Y tế"},
     [{"name": "Nguyễn Văn A", "title": "Giám đốc", "organization": None}], "organization: null"),
    ("officials", "FP", {"name": "Nguyễn Văn A", "title": "Chủ tịch", "organization": "UBND tỉnh"},
     [{"name": "Nguyễn Văn A", "title": "Bí thư", "organization": "Tỉnh ủy"}], "title: 'Bí thư' of 'Tỉnh ủy'"),
    ("officials", "FN", {"name": "Trần Thị Lan", "title": "Phó Chủ tịch", "organization": None},
     [{"name": "Trần Thị", "title": "Phó Chủ tịch", "organization": None}], "boundary: person 'Trần Thị'"),
    ("officials", "FN", {"name": "Lê B", "title": "Bí thư", "organization": None}, [], "missed"),
    # counts: same value with another unit, or same unit with another value
    ("counts", "FN", {"value": 76, "unit": "đảng viên", "percent": False},
     [{"value": 76, "unit": "người", "percent": False}], "unit: 'người'"),
    ("counts", "FP", {"value": 98, "unit": "đảng viên", "percent": True},
     [{"value": 97, "unit": "đảng viên", "percent": True}], "value: 97 'đảng viên'"),
    # documents, awards and abbreviations: the same key with other details
    ("documents", "FN", {"kind": "Nghị quyết", "number": "18-NQ/TW"},
     [{"kind": "Nghị quyết", "number": "18", "name": None}], "attribute: number '18'"),
    ("abbreviations", "FN", {"short": "UBKT", "long": "Ủy ban Kiểm tra Tỉnh ủy"},
     [{"short": "UBKT", "long": "Ủy ban Kiểm tra"}], "attribute: long 'Ủy ban Kiểm tra'"),
    ("periods", "FN", {"start_year": 2016, "end_year": 2020}, [], "missed"),
])
def test_error_cause(record_type: str, kind: str, record: Record, others: list[Record], cause: str) -> None:
    assert error_cause(kind, record_type, record, others) == cause


def test_report_counts_errors_by_cause() -> None:
    gold = {"a": {"id": "a", "organizations": [{"name": "Sở Giáo dục và Đào tạo"}, {"name": "Bộ Y tế"}]}}
    pred = {"a": {"id": "a", "organizations": [{"name": "Sở Giáo dục"}]}}
    report = evaluate(gold, pred)
    assert report.causes() == {("organizations", "FN", "boundary"): 1, ("organizations", "FP", "boundary"): 1,
                               ("organizations", "FN", "missed"): 1}
