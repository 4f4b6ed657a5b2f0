"""Two tiny hand-built articles for the store, query and export tests (no extraction: they stay fast)."""

from __future__ import annotations

from pathlib import Path

from extractor.records import (
    Abbreviation,
    ArticleRecords,
    Award,
    Count,
    Document,
    Entity,
    Mention,
    Official,
    Organization,
    Period,
    Position,
)
from extractor.store import FactStore

QB_TEXT = (
    "Đại hội Đảng bộ Sở Nội vụ\n"
    "(QBĐT) Ông Trần Thế Vương, Bí thư Đảng bộ Sở Nội vụ, cho biết Đảng bộ có 120 đảng viên. "
    "Đảng bộ Sở Nội vụ được Thủ tướng Chính phủ tặng Bằng khen vì thành tích giai đoạn 2019-2021."
)
HN_TEXT = (
    "Hội nghị Sở Tài chính\n"
    "Bà Nguyễn Thị Đào, Phó Giám đốc Sở Tài chính (STC), cho biết nhiệm kỳ 2020-2025 đã chi hơn 15 tỷ đồng "
    "theo Nghị quyết số 18-NQ/TW. Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Công ty Điện lực."
)


def _at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def qb_article() -> ArticleRecords:
    """An article with one official, one organisation (and alias), one count and one award."""
    t = QB_TEXT
    name, org = _at(t, "Trần Thế Vương"), _at(t, "Đảng bộ Sở Nội vụ")
    count = _at(t, "120 đảng viên")
    return ArticleRecords(
        id="qb1",
        title="Đại hội Đảng bộ Sở Nội vụ",
        source="QBĐT",
        entities=[
            Entity(label="PER", text="Trần Thế Vương", start=name[0], end=name[1]),
            Entity(label="ORG", text="Đảng bộ Sở Nội vụ", start=org[0], end=org[1]),
        ],
        organizations=[
            Organization(name="Đảng bộ Sở Nội vụ", aliases=["Đảng bộ"], mentions=[Mention(start=org[0], end=org[1])]),
        ],
        officials=[
            Official(name="Trần Thế Vương", positions=[Position(title="Bí thư", organization="Đảng bộ Sở Nội vụ")],
                     mentions=[Mention(start=name[0], end=name[1])]),
        ],
        counts=[Count(value=120, unit="đảng viên", percent=False, text="120 đảng viên", start=count[0], end=count[1])],
        awards=[
            Award(award="bằng khen", grantor="Thủ tướng Chính phủ", recipients=["Đảng bộ Sở Nội vụ"],
                  reason="thành tích giai đoạn 2019-2021", start_year=2019, end_year=2021),
        ],
    )


def hn_article() -> ArticleRecords:
    """An article with a name containing 'Đ', a range-less count with a qualifier, a period and a document."""
    t = HN_TEXT
    name, count, period = _at(t, "Nguyễn Thị Đào"), _at(t, "hơn 15 tỷ đồng"), _at(t, "nhiệm kỳ 2020-2025")
    return ArticleRecords(
        id="hn1",
        title="Hội nghị Sở Tài chính",
        entities=[Entity(label="PER", text="Nguyễn Thị Đào", start=name[0], end=name[1])],
        organizations=[Organization(name="Sở Tài chính", aliases=["STC"]), Organization(name="Công ty Điện lực")],
        officials=[
            Official(name="Nguyễn Thị Đào", positions=[
                Position(title="Phó Giám đốc", organization="Sở Tài chính"),
                Position(title="đại biểu", organization=None),
            ]),
        ],
        counts=[Count(value=15, unit="tỷ đồng", percent=False, qualifier="hơn", text="hơn 15 tỷ đồng",
                      start=count[0], end=count[1])],
        periods=[Period(start_year=2020, end_year=2025, text="nhiệm kỳ 2020-2025", start=period[0], end=period[1])],
        awards=[Award(award="huân chương lao động hạng ba", grantor="Chủ tịch nước", recipients=["Công ty Điện lực"])],
        abbreviations=[Abbreviation(short="STC", long="Sở Tài chính")],
        documents=[Document(kind="Nghị quyết", number="18-NQ/TW", text="Nghị quyết số 18-NQ/TW")],
    )


# Rows each data table holds after writing both articles.
EXPECTED_ROWS = {
    "articles": 2, "entities": 3, "organizations": 3, "organization_aliases": 2, "officials": 2, "positions": 3,
    "counts": 2, "periods": 1, "awards": 2, "award_recipients": 2, "abbreviations": 1, "documents": 1, "errors": 0,
}


def build_store(path: Path) -> Path:
    """A store at `path` holding both articles."""
    with FactStore(path) as store:
        store.write_article(qb_article(), text=QB_TEXT, path="qb1.txt")
        store.write_article(hn_article(), text=HN_TEXT, path="hn1.txt")
    return path
