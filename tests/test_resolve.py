"""Resolving written forms of one body to one organisation record."""

from __future__ import annotations

import pytest

from extractor.api import extract
from extractor.resolve import expand_key


@pytest.mark.parametrize(("a", "b"), [
    ("Hiệp hội Bất động sản TP.HCM", "Hiệp hội Bất động sản Tp.HCM"),  # the press capitalises "Tp" either way
    ("Hiệp hội Bất động sản TP.HCM", "Hiệp hội Bất động sản TP HCM"),
    ("Hiệp hội Bất động sản TPHCM", "Hiệp hội Bất động sản thành phố Hồ Chí Minh"),
    ("Công an Tp Đà Nẵng", "Công an thành phố Đà Nẵng"),
    ("UBTƯ MTTQ Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    # a place written twice by a slip of the press
    ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
])
def test_spellings_of_one_name_share_a_key(a: str, b: str) -> None:
    assert expand_key(a) == expand_key(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"),
    ("Sở Tư pháp", "Sở Tài chính"),
])
def test_other_names_keep_other_keys(a: str, b: str) -> None:
    assert expand_key(a) != expand_key(b)


def test_a_capitalised_word_is_not_read_as_an_acronym_unless_listed() -> None:
    assert expand_key("Ban Mai") == "ban mai"


def test_two_capitalisations_give_one_organisation() -> None:
    text = ("Hiệp hội Bất động sản Tp.HCM tổ chức hội thảo.\n"
            "Ông Lê Hoàng Châu, Chủ tịch Hiệp hội Bất động sản TP.HCM, cho biết thị trường đang ấm lên.")
    names = [o.name for o in extract(text, article_id="t").organizations]
    assert len([n for n in names if n.startswith("Hiệp hội")]) == 1, names


def test_a_defined_short_form_with_the_place_after_it_is_the_long_name() -> None:
    text = ("Ông A, Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam (UBTƯ MTTQ), phát biểu.\n"
            "Ông A được hiệp thương giữ chức Chủ tịch UBTƯ MTTQ Việt Nam.")
    names = [o.name for o in extract(text, article_id="t").organizations]
    assert names == ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"], names
