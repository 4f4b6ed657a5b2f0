"""PERIOD: spans of years with at least one explicit year (SPEC "periods").

Spellings covered: "giai đoạn 2016-2020", "2016 - 2020", "2016–2020", "nhiệm kỳ 2020-2025", "năm học 2018-2019",
"từ năm 2015 đến nay", "(kể) từ năm 2015", "sau năm 2025", "từ tháng 8-2001 đến tháng 1-2002",
"đến (hết/đầu/cuối) năm 2025", "tầm nhìn (đến năm) 2030", "từ 2015-2020", "tính đến tháng 3/2017",
"từ tháng 12/2013 đến trước năm 2017". A single year is a date, not a period, and so is a range of days
("từ ngày 26 đến 28/4/2021").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .base import Match, RuleComponent

_YEAR = r"(?:1[5-9]|20)\d{2}"
# A date that ends in a year: "năm 2015", "tháng 8-2001", "tháng 3/2017", "ngày 14-11-2005", "8/2001".
_DATE = (rf"(?:(?:ngày\s+)?\d{{1,2}}\s*[-/.]\s*\d{{1,2}}\s*[-/.]\s*(?P<{{n}}a>{_YEAR})"
         rf"|tháng\s+\d{{1,2}}\s*(?:[-/.]\s*|\s+năm\s+)(?P<{{n}}b>{_YEAR})"
         rf"|\d{{1,2}}\s*[-/]\s*(?P<{{n}}c>{_YEAR})"
         rf"|(?:năm\s+)?(?P<{{n}}d>{_YEAR}))")


def _date(name: str) -> str:
    return _DATE.replace("{n}", name)


_DASH = r"\s*[-–—]\s*"
_RANGE = re.compile(
    rf"(?:(?:giai đoạn|nhiệm kỳ|năm học|niên khóa|niên khoá|thời kỳ|kế hoạch|từ năm|từ|trong|khóa|khoá)\s+)?"
    rf"(?<![\d/.-])(?P<y1>{_YEAR}){_DASH}(?P<y2>{_YEAR})(?![\d/])",
    re.IGNORECASE,
)
_FROM_TO = re.compile(
    rf"(?:kể\s+|tính\s+)?từ\s+{_date('s')}\s+(?:đến|tới|cho đến|cho tới)\s+(?:(?:trước|hết|đầu|cuối|giữa)\s+)?"
    rf"(?:(?P<now>nay|hiện nay|bây giờ)|{_date('e')})",
    re.IGNORECASE,
)
_DATE_RANGE = re.compile(
    rf"(?:(?:từ|tháng)\s+)?(?<![\d/.])(?:\d{{1,2}}[/.]){{1,2}}(?P<y1>{_YEAR}){_DASH}(?:(?:tháng\s+)?\d{{1,2}}[/.]){{1,2}}"
    rf"(?P<y2>{_YEAR})(?!\d)",
    re.IGNORECASE,
)
# A range of days ending in a full date is a date, not a period (GUIDELINES): "từ ngày 26 đến 28/4/2021",
# "từ ngày 8 đến 13-2-2005", "từ 24 - 27/4/2021". Its span is reserved so "đến 28/4/2021" is not read alone.
_DAY_RANGE = re.compile(
    rf"(?:từ\s+)?(?:ngày\s+)?(?<![\d/.-])\d{{1,2}}(?![\d/.-])\s*(?:đến|tới|[-–])\s*(?:ngày\s+)?"
    rf"\d{{1,2}}\s*[-/.]\s*\d{{1,2}}\s*[-/.]\s*{_YEAR}(?!\d)",
    re.IGNORECASE,
)
_OPEN_END = re.compile(
    rf"(?:(?:kể|tính)\s+từ|từ|sau)\s+(?:(?:đầu|cuối|giữa)\s+(?=năm))?{_date('s')}(?!\s*[-–—]\s*\d)",
    re.IGNORECASE,
)
# "đến (hết) năm 2025", "tầm nhìn đến năm 2030", and "tầm nhìn 2050" with the "đến" left out (a plan's horizon).
_OPEN_START = re.compile(
    rf"(?:(?:tầm nhìn\s+)?(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|(?:đầu|cuối|giữa)\s+(?=năm|tháng))?"
    rf"|tầm nhìn\s+(?=(?:năm\s+)?{_YEAR}))"
    rf"{_date('e')}(?!\s*[-–—]\s*\d)",
    re.IGNORECASE,
)


def _year(m: re.Match[str], name: str) -> int | None:
    for suffix in "abcd":
        value = m.groupdict().get(name + suffix)
        if value:
            return int(value)
    return None


def find_periods(text: str) -> list[tuple[int, int, int | None, int | None]]:
    """(start, end, start_year, end_year) for every period phrase, longest first, non-overlapping."""
    found: list[tuple[int, int, int | None, int | None]] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, y1: int | None, y2: int | None) -> None:
        if any(s < te and ts < e for ts, te in taken):
            return
        if y1 is not None and y2 is not None and not (y1 <= y2 <= y1 + 100):
            return
        taken.append((s, e))
        found.append((s, e, y1, y2))

    taken.extend((m.start(), m.end()) for m in _DAY_RANGE.finditer(text))
    for m in _FROM_TO.finditer(text):
        add(m.start(), m.end(), _year(m, "s"), None if m.group("now") else _year(m, "e"))
    for m in _DATE_RANGE.finditer(text):  # "(3.2.1930 - 3.2.2006)", "Tháng 7.1979 – 6.1994", "từ 2/2016-5/2017"
        if int(m.group("y1")) <= int(m.group("y2")):
            add(m.start(), m.end(), int(m.group("y1")), int(m.group("y2")))
    for m in _RANGE.finditer(text):
        add(m.start(), m.end(), int(m.group("y1")), int(m.group("y2")))
    for m in _OPEN_END.finditer(text):
        add(m.start(), m.end(), _year(m, "s"), None)
    for m in _OPEN_START.finditer(text):
        add(m.start(), m.end(), None, _year(m, "e"))
    found.sort()
    return found


class PeriodFinder(RuleComponent):
    label = "PERIOD"

    def find(self, doc: Doc) -> list[Match]:
        text = self.stream(doc).text
        return [Match(self.label, s, e, text[s:e], data={"start_year": y1, "end_year": y2})
                for s, e, y1, y2 in find_periods(text)]
