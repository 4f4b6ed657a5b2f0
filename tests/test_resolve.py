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
